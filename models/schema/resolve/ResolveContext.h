// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"
#include "ParallelFor.h"
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

// Models, views and composite types in source order (Prisma visits them so; the first error is the one it
// reports first).
[[nodiscard]] std::vector<ResolvedModel *> blocksInSourceOrder(ResolvedSchema &result);

// Runs visit(context, block) for every block. Passes whose work reads only the AST, the names and the
// configuration and writes only the block visited give it to this: large schemas then visit groups of
// consecutive blocks on threads, each group reporting into a list of its own, and the lists are joined in
// block order, so the diagnostics come out exactly as from one loop over the blocks.
template <typename Visit>
void forEachBlock(const Context &context, const std::vector<ResolvedModel *> &blocks, Visit &&visit)
{
    constexpr size_t minBlocksPerGroup = 32; // below this a thread costs more than the blocks
    const size_t groups = groupCount(blocks.size(), context.threads, minBlocksPerGroup);
    std::vector<Diagnostics> reported(groups);
    forEachGroup(blocks.size(), groups, context.threads, [&](size_t group, size_t begin, size_t end) {
        const Context local{context.parsed, context.result, &reported[group], context.tops, context.datasourceName, 1};
        for (size_t i = begin; i < end; ++i)
            visit(local, *blocks[i]);
    });
    for (const Diagnostics &diagnostics : reported)
        context.diagnostics->append(diagnostics);
}

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
