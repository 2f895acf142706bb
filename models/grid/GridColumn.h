// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "ResolvedSchema.h"
#include "mapping/ModelTable.h"

#include <QList>
#include <QString>

namespace facet::grid {

/// How a grid column presents itself in the header: the Prisma field with its type as written in the
/// schema, the arity marker, key markers and the column's database type.
struct GridColumn {
    QString field;       ///< Prisma field name
    QString column;      ///< database column (after @map)
    QString prismaType;  ///< "Int", "Decimal", an enum name, …
    bool optional = false;
    bool list = false;
    bool id = false;     ///< part of @id / @@id
    bool unique = false; ///< @unique, or part of a single-field @@unique
    QString nativeType;  ///< "@db.VarChar(200)" when written, else the column type Prisma Migrate gives it

    /// `Int?`, `String[]`, `Decimal`.
    [[nodiscard]] QString typeText() const;
    /// `id`, `unique`, or empty.
    [[nodiscard]] QString keyMarker() const;
};

/// One GridColumn per ModelTable column, in the same order.
[[nodiscard]] QList<GridColumn> gridColumns(const schema::ResolvedModel &model, const mapping::ModelTable &table);

} // namespace facet::grid
