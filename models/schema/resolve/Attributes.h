// SPDX-License-Identifier: MIT
#pragma once

#include "ResolveContext.h"

// Helpers shared by the attribute pass files (internal).
namespace facet::schema::resolve {

// Reads `@default(...)` into field.defaultValue (Defaults.cpp).
void readDefault(const Context &context, const Attribute &attribute, ResolvedField &field);

// Reads the `fields` list of @@id/@@unique/@@index/@@fulltext (also a single field without brackets),
// with per-field sort/length/ops. `what` names the definition in Prisma's unknown-field message.
std::vector<IndexField> readIndexFields(const Context &context, const Expression &fields, const ResolvedModel &model,
                                        QStringView what, Span attributeSpan);

} // namespace facet::schema::resolve
