// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"
#include "ParsedSchema.h"
#include "ResolvedSchema.h"

#include <QtGlobal>

#include <utility>
#include <vector>

// Prisma reports the errors of a broken schema pass by pass (psl/parser-database/src/lib.rs runs names,
// types, attributes and relations on every schema, valid or not; only psl-core's validation pipeline
// stops at the first error). Facet's resolver walks blocks in its own order and makes some of those checks
// in validate/attributes.cpp, so the errors of the types and attributes passes are put back into
// Prisma's order here, from where each one points into the schema.
namespace facet::schema::validate {

// How many errors had been reported when each resolve pass began (ResolvedSchema.cpp fills it in).
struct ResolveStages {
    qsizetype types = 0;      // resolveTypes
    qsizetype attributes = 0; // resolveAttributes
    qsizetype relations = 0;  // resolveRelations and what follows
};

// The errors of `reported` (parse, names, types, attributes, relations; warnings untouched), with
// `typeChecks` joined to the types pass and `attributeChecks` to the attributes pass, each pass in
// parser-database's order:
// - types (types.rs): blocks in source order;
// - attributes (attributes.rs): every relation field first (models in source order), then per block in
//   source order its scalar fields (per field: @map, @ignore, @relation, @id, @updatedAt, @default,
//   @db.*, @unique, then unknown attributes), the block attributes (@@ignore, @@id, @@map, @@schema,
//   @@index, @@unique, @@fulltext), enum values and enum attributes. Prisma never visits the
//   attributes of a field whose type it could not resolve, so errors there are dropped;
// - relations: only the first ambiguous relation, and only on an otherwise clean schema (see the .cpp).
// `anchors` names, for some errors of `attributeChecks` (by index), the place Prisma reports them from
// when their span is elsewhere (the whole model for a second @id).
struct AttributeChecks {
    const Diagnostics &diagnostics;
    const std::vector<std::pair<size_t, Span>> &anchors;
};
[[nodiscard]] Diagnostics inParserDatabaseOrder(const Diagnostics &reported, const ResolveStages &stages,
                                                const Diagnostics &typeChecks, const AttributeChecks &attributeChecks,
                                                const ResolvedSchema &schema, const ParsedSchema &parsed);

} // namespace facet::schema::validate
