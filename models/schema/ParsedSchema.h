// SPDX-License-Identifier: MIT
#pragma once

#include "Ast.h"
#include "Diagnostic.h"
#include "SourceFile.h"

#include <QString>

namespace facet::schema {

// The result of parsing: the sources (so spans can be shown), one AST for all files and every
// diagnostic. Parsing never fails: garbage gives an AST with what could be read plus errors.
struct ParsedSchema {
    SourceSet sources;
    SchemaAst ast;
    Diagnostics diagnostics;

    [[nodiscard]] bool hasErrors() const { return diagnostics.hasErrors(); }
};

// Parses one file of a SourceSet, appending its top-level items (tagged with `file`) to `ast`.
void parseSourceFile(const SourceSet &sources, FileId file, SchemaAst &ast, Diagnostics &diagnostics);

// Parses every file of the set, in order, into one AST (large schemas on several threads: ParallelParse.h).
ParsedSchema parseSchema(const SourceSet &sources);

// Convenience for tests and tools: one in-memory file.
ParsedSchema parseSchemaText(const QString &text, const QString &path = QStringLiteral("schema.prisma"));

} // namespace facet::schema
