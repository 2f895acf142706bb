// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "dialect/TableSpec.h"
#include "value/Value.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace facet::db {
class ConnectionPool;
}

namespace facet::cellinput {

/// The model a relation points at, as the relation picker searches it: the related table, the columns the
/// foreign key references (in the foreign key's order) and the readable field people search by.
struct RelationTarget {
    QString model;             ///< Prisma model name, for the dialog's title
    db::TableSpec table;       ///< the related table (database names)
    QStringList keyColumns;    ///< referenced columns, in foreign-key order
    QString displayColumn;     ///< the column shown and searched ("name", "email", "title")
    QString displayField;      ///< its Prisma field name, for the dialog
};

/// One related record the user can pick: the referenced key values (what the foreign key will hold) and
/// the display text.
struct RelationCandidate {
    QList<db::Value> key;
    QString display;
};

/// Finds up to `limit` records of the target whose display field contains `text` (case-insensitive; every
/// record when text is empty), ordered by the display field. Returns at once; the future finishes when
/// the rows are in, so the GUI thread never waits on the database.
using RelationSearch = std::function<QFuture<db::Result<QList<RelationCandidate>>>(const QString &text, int limit)>;

/// The search as one statement on a connection (for pool work and tests). A display column that is not
/// text matches by equality when `text` reads as its type, else nothing is filtered.
[[nodiscard]] db::Result<QList<RelationCandidate>> searchRelation(db::Connection &connection,
                                                                  const RelationTarget &target,
                                                                  const QString &text, int limit);

/// A RelationSearch that runs searchRelation on `pool`.
[[nodiscard]] RelationSearch poolRelationSearch(std::shared_ptr<db::ConnectionPool> pool, RelationTarget target);

} // namespace facet::cellinput
