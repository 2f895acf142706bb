// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

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
///  - values are typed by the field (fieldValueFromJson), enums by their Prisma names.
/// Relation filters (some/every/is) and Json path filters are refused with a message naming the key.
[[nodiscard]] std::expected<db::Filter, WhereError> parseWhere(const QString &json, const ModelTable &table);

} // namespace facet::mapping
