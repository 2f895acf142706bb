// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "dialect/Dialect.h"
#include "dialect/TableSpec.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace facet::db {

/// How an UPDATE or DELETE proves that nobody changed the row since Facet read it (optimistic concurrency,
/// ../shared/design/ARCHITECTURE.md). A guarded statement that affects 0 rows is a conflict.
struct RowGuard {
    enum class Kind {
        None,           ///< no guard: only for rows Facet itself inserted in this transaction
        Version,        ///< WHERE version = $n; SET version = version + 1
        UpdatedAt,      ///< WHERE updatedAt = $n; SET updatedAt = <new value Facet generated, as Prisma does>
        Xmin,           ///< PostgreSQL: WHERE xmin = $n::xid (the xmin text read with the row)
        OriginalValues, ///< WHERE every changed column IS NOT DISTINCT FROM / <=> / IS its original value
    };

    Kind kind = Kind::None;
    QString column;               ///< Version / UpdatedAt: the guard column
    Value expected;               ///< Version / UpdatedAt: the value read; Xmin: the xmin text as a String
    Value newUpdatedAt;           ///< UpdatedAt on UPDATE: the value to store
    QList<ColumnValue> originals; ///< OriginalValues: the changed columns' values as read (DELETE: any columns)

    [[nodiscard]] static RowGuard none() { return {}; }
    [[nodiscard]] static RowGuard version(QString column, Value expected);
    [[nodiscard]] static RowGuard updatedAt(QString column, Value expected, Value newValue = {});
    [[nodiscard]] static RowGuard xmin(QString xminText);
    [[nodiscard]] static RowGuard originalValues(QList<ColumnValue> originals);
};

/// What a write statement should hand back. On dialects without RETURNING the list is ignored and the caller
/// re-reads the row with buildSelectRow (MySQL: the key from keyAfterInsert for inserts).
struct Returning {
    QStringList columns;      ///< empty with includeXmin false: no RETURNING clause
    bool includeXmin = false; ///< PostgreSQL: `xmin::text AS "xmin"`, the new guard value
};

/// INSERT INTO t (cols) VALUES (…) [RETURNING …]. No values: DEFAULT VALUES (MySQL: `() VALUES ()`).
[[nodiscard]] Result<Statement> buildInsert(const Dialect &dialect, const TableSpec &table,
                                            const QList<ColumnValue> &values, const Returning &returning = {});

/// UPDATE t SET changes[, guard's own SET] WHERE key AND guard [RETURNING …]. The changes may not touch the
/// key or the guard column (the guard sets that itself).
[[nodiscard]] Result<Statement> buildUpdate(const Dialect &dialect, const TableSpec &table, const RowKey &key,
                                            const QList<ColumnValue> &changes, const RowGuard &guard,
                                            const Returning &returning = {});

/// DELETE FROM t WHERE key AND guard [RETURNING …].
[[nodiscard]] Result<Statement> buildDelete(const Dialect &dialect, const TableSpec &table, const RowKey &key,
                                            const RowGuard &guard, const Returning &returning = {});

/// The key of a row just inserted without RETURNING: the key values the insert supplied, and for an
/// auto-increment key column it did not supply, the connection's lastInsertId. std::nullopt when the key
/// cannot be known (a database-generated key other than auto-increment, e.g. a dbgenerated uuid on MySQL).
[[nodiscard]] std::optional<RowKey> keyAfterInsert(const TableSpec &table, const QList<ColumnValue> &values,
                                                   const std::optional<Value> &lastInsertId);

} // namespace facet::db
