// SPDX-License-Identifier: MIT
#pragma once

#include "Ast.h"
#include "Diagnostic.h"
#include "SourceFile.h"

namespace facet::schema {

struct ParsedSchema;
struct ValidatedSchema;

// How parseSchema() and validateSchema() run; the result is the same either way (parseFilesInParallel
// below, and resolveAttributes in resolve/Attributes.cpp). The overloads without options use the default.
struct ParseOptions {
    // Threads to use: 1 runs sequentially; 0 (default) means FACET_SCHEMA_THREADS, else the cores.
    int threads = 0;
};
[[nodiscard]] ParsedSchema parseSchema(const SourceSet &sources, ParseOptions options);
[[nodiscard]] ValidatedSchema validateSchema(ParsedSchema parsed, ParseOptions options);
[[nodiscard]] ValidatedSchema validateSchema(const SourceSet &sources, ParseOptions options);

// How many threads parseSchema() may use: `requested` when above 0, else FACET_SCHEMA_THREADS when set
// (1 forces the sequential parse, for comparisons and benchmarks), else the machine's cores.
[[nodiscard]] int parseThreadCount(int requested);

// Parses every file of the set into `ast` and `diagnostics` with up to `threads` threads, with the same
// result, item for item and diagnostic for diagnostic, as parsing the files one after the other.
//
// Files are cut after block ends (suggested by TopLevelSplitter.h) into stretches of similar size; the
// stretches of all files are parsed by a few threads, then their items and diagnostics are joined in
// source order. A file whose cuts the parser does not confirm is parsed again in one piece, and
// schemas too small to gain from threads are parsed sequentially from the start.
void parseFilesInParallel(const SourceSet &sources, int threads, SchemaAst &ast, Diagnostics &diagnostics);

} // namespace facet::schema
