// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "dialect/TableSpec.h"

#include <QList>
#include <QString>

#include <optional>

namespace facet::db {

/// Two columns that must be equal for rows of two tables to belong together (database names).
struct JoinColumns {
    QString outer; ///< column of the table nearer the filtered table
    QString inner; ///< column of the table further from it
};

/// How the rows of a related table belong to one row of the filtered (outer) table, in database names only:
/// the dialect knows nothing of Prisma relations, models/mapping translates them into this.
///
/// Direct (a foreign key on either side; several pairs for a composite key): `related.inner = outer.outer`
/// for every pair in `columns`. Through a link table (Prisma's implicit many-to-many `_AToB`):
/// `link.inner = outer.outer` for `through->near` and `related.inner = link.outer` for `through->far`.
struct RelationJoin {
    struct Link {
        QString schema; ///< empty: the connection's default
        QString table;
        QList<JoinColumns> near; ///< outer: the filtered table's column; inner: the link table's column
        QList<JoinColumns> far;  ///< outer: the link table's column; inner: the related table's column
    };

    TableSpec related; ///< the nested filter's columns are this table's columns
    QList<JoinColumns> columns;
    std::optional<Link> through;
};

} // namespace facet::db
