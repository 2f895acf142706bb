// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "dialect/Dialect.h"
#include "dialect/Filter.h"
#include "dialect/TableSpec.h"

#include <QList>
#include <QStringList>

namespace facet::db {

enum class SortDirection { Ascending, Descending };

struct SortKey {
    QString column;
    SortDirection direction = SortDirection::Ascending;
    bool operator==(const SortKey &) const = default;
};

/// Forward reads the rows after the cursor (or the first rows); Backward the rows before it (or the last
/// rows: "jump to the end"). A Backward window runs with every direction reversed and comes back in reverse,
/// so the caller restores the order with restoreOrder().
enum class WindowDirection { Forward, Backward };

/// What one window of a grid reads.
struct WindowRequest {
    QStringList columns;  ///< empty: every column of the TableSpec, in its order
    Filter filter;        ///< empty: every row
    QList<SortKey> sort;  ///< the user's sort; the primary key is appended as a tiebreak
    int limit = 200;
    WindowDirection direction = WindowDirection::Forward;
    /// The values of the effective order's keys (WindowStatement::order) of the row just before the window
    /// (Forward) or just after it (Backward). Empty: from the start (Forward) or from the end (Backward).
    QList<Value> cursor;
    /// Rows to skip first: an offset window, for a jump to a position the grid has no cursor for.
    qint64 offset = 0;
    /// PostgreSQL: also select `xmin::text AS "xmin"`, last, for the xmin guard.
    bool includeXmin = false;
};

/// A window's statement with what the caller needs to read it.
struct WindowStatement {
    Statement statement;
    QList<SortKey> order;      ///< effective order (sort + primary key), in the order rows are shown
    QList<int> keyColumns;     ///< per order key: its index among the result's columns
    bool rowsReversed = false; ///< Backward: rows arrive last-first; call restoreOrder()

    /// The cursor for the window after (last row) or before (first row) `row`, after restoreOrder().
    [[nodiscard]] QList<Value> cursorOf(const QList<Value> &row) const;
};

/// The user's sort plus the primary key columns that are not already in it, ascending: a total order, so
/// rows never jump or repeat between windows. Fails for unknown columns or a table without a primary key.
[[nodiscard]] Result<QList<SortKey>> effectiveOrder(const TableSpec &table, const QList<SortKey> &sort);

/// SELECT … WHERE filter AND keyset-after-cursor ORDER BY … LIMIT n [OFFSET m].
///
/// The keyset predicate is a row-value comparison `("a", "b") > ($1, $2)` when every key has the same
/// direction and no key column is nullable (and the server has row values). Otherwise it is the expanded
/// chain `a > $1 OR (a = $1 AND b > $2) OR …`, in which every key follows the provider's native NULL order
/// (Dialect): for a key whose NULLs come after the values in the window's direction, "after c" is
/// `(k > c OR k IS NULL)` and "after NULL" is nothing; where NULLs come first, "after c" is `k > c` and
/// "after NULL" is `k IS NOT NULL`; equality with a NULL cursor value is `k IS NULL`. A leading
/// `a >= $1 AND (…)` is added when it is exact, so the planner can range-scan an index on `a`.
///
/// LIMIT and OFFSET are written as integer literals: they are numbers Facet computes, not user values,
/// MySQL refuses string-typed parameters there, and planners choose better plans when they see the limit.
///
/// Jumping to a fraction of a big table (scrollbar dragged to 50%): an OFFSET of millions is a scan of
/// millions, so the grid should not use it beyond a few thousand rows. The plan for issue 5: estimate the
/// key at that fraction — PostgreSQL `pg_stats.histogram_bounds` of the leading sort column (or
/// `percentile_disc(f) WITHIN GROUP (ORDER BY k)` over `TABLESAMPLE SYSTEM`), MySQL/SQLite an OFFSET over the
/// leading key's index only (`SELECT k … ORDER BY k LIMIT 1 OFFSET n`, a covering-index walk) — then read a
/// keyset window with that key as cursor, and label the position as approximate until counted.
[[nodiscard]] Result<WindowStatement> buildWindow(const Dialect &dialect, const TableSpec &table,
                                                  const WindowRequest &request);

/// Puts the rows of a Backward window back into the order the grid shows.
void restoreOrder(QList<QList<Value>> &rows);

/// SELECT COUNT(*) FROM table [WHERE filter]: the exact count of a filtered view.
[[nodiscard]] Result<Statement> buildCount(const Dialect &dialect, const TableSpec &table, const Filter &filter = {});

/// One row, one column `estimate` (BigInt, NULL when the database does not know yet), cheap on any table size:
/// PostgreSQL `pg_class.reltuples` (NULL before the first ANALYZE/VACUUM: it is -1 then), MySQL
/// `information_schema.TABLES.TABLE_ROWS` (InnoDB's sampled estimate, cached for
/// `information_schema_stats_expiry` seconds on MySQL 8), SQLite COUNT(*) — sqlite_stat1 exists only after
/// ANALYZE and then may be stale, while counting a million-row SQLite table takes milliseconds.
[[nodiscard]] Result<Statement> buildEstimatedCount(const Dialect &dialect, const TableSpec &table);

/// One row by primary key, for the conflict view ("theirs") and the re-read after a MySQL write.
[[nodiscard]] Result<Statement> buildSelectRow(const Dialect &dialect, const TableSpec &table,
                                               const QStringList &columns, const RowKey &key, bool includeXmin = false);

/// Writes `"a" = $1 AND "b" = $2` for a primary key (helper shared with the write statements). NULL key
/// values and keys that do not name exactly the primary key columns are errors.
class SqlBuilder;
void writeKeyMatch(SqlBuilder &builder, const RowKey &key);

} // namespace facet::db
