// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"
#include "ParsedSchema.h"
#include "ResolvedSchema.h"

#include <QHash>
#include <QString>

// Internal to resolveSchema(): the state the passes share, like parser-database's `Context`.
// The passes run in Prisma's order (ResolvedSchema.cpp); each is a free function in its own file.
namespace facet::schema::resolve {

// What a top-level name refers to (Prisma's `names.tops`).
struct TopRef {
    enum class Kind { Model, View, CompositeType, Enum };
    Kind kind = Kind::Model;
    int index = -1; // into ResolvedSchema::models / compositeTypes / enums
};

struct Context {
    const ParsedSchema &parsed;
    ResolvedSchema &result;
    // Where the passes report. Like Prisma's parser-database, every pass runs and reports on a broken schema
    // too; validate/PassOrder puts the errors into Prisma's order.
    Diagnostics *diagnostics = nullptr;
    QHash<QString, TopRef> tops;
    QString datasourceName = QStringLiteral("db"); // the prefix of native type attributes (`@db.VarChar`)
    // Threads a pass may use where its work is independent per block (resolveAttributes); 1 = sequential.
    int threads = 1;

    void report(Diagnostic diagnostic) const { diagnostics->push(std::move(diagnostic)); }
    [[nodiscard]] Provider provider() const { return result.provider(); }
    [[nodiscard]] const Top &top(int topIndex) const { return parsed.ast.tops.at(static_cast<size_t>(topIndex)); }
};

// Pass 0: datasource and generator blocks (no diagnostics beyond duplicate keys, reported by resolveNames).
void resolveConfiguration(Context &context);
// Pass 1: top-level names, fields and enum values (duplicates, reserved names, identifier rules).
void resolveNames(Context &context);
// Pass 2: every field type → scalar / enum / relation / composite / Unsupported.
void resolveTypes(Context &context);
// Pass 3: field, block and enum attributes (Attributes.cpp, Defaults.cpp, Indexes.cpp).
void resolveAttributes(Context &context);
// Pass 4: relations on both sides, implicit m-n join tables, ambiguity.
void resolveRelations(Context &context);
// Pass 5: derived values: column types, constraint names, version guard.
void finishModels(Context &context);

} // namespace facet::schema::resolve
