// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "ResolvedSchema.h"
#include "mapping/ModelTable.h"
#include "dialect/Filter.h"

#include <QString>

#include <expected>

namespace facet::mapping {

/// Why a --where was refused: `path` is where in the JSON (`where.OR[1].title.contains`), `offset` the
/// character position for JSON syntax errors (-1 otherwise).
struct WhereError {
    QString path;
    QString message;
    qsizetype offset = -1;

    /// One line: `--where: at OR[1].title: unknown operator "containz" (...)`.
    [[nodiscard]] QString render() const;
};

/// Parses a Prisma `where` object for one model into the dialect's Filter, with Prisma Client's rules:
///  - `{ field: value }` is equals, `{ field: null }` is IS NULL;
///  - `{ field: { equals, not, in, notIn, lt, lte, gt, gte, contains, startsWith, endsWith, mode } }`,
///    several operators in one object all apply (AND); `mode: "insensitive"` on String fields only;
///    `not` takes a value, null (IS NOT NULL) or a nested operator object (negated);
///  - `AND` (object or array: all), `OR` (array: any; an empty OR matches nothing, as in Prisma),
///    `NOT` (object or array: none of them);
///  - values are typed by the field (fieldValueFromJson), enums by their Prisma names;
///  - relation filters, with `schema` (the schema `table`'s model comes from): to-many
///    `{ posts: { some | every | none: {…} } }` (several at once all apply), to-one
///    `{ author: { is | isNot: {…} | null } }`, the shorthand `{ author: {…} }` for `is`, and `{ author: null }`
///    for `is: null` (null only on optional relations, as Prisma's types allow); the nested object is a where
///    on the related model, relation filters included. Without `schema` a relation field is refused.
/// Json path filters and list filters (has, hasSome) are refused with a message naming the key.
[[nodiscard]] std::expected<db::Filter, WhereError> parseWhere(const QString &json, const ModelTable &table,
                                                               const schema::ResolvedSchema *schema = nullptr);

} // namespace facet::mapping
