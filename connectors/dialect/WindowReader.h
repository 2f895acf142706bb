// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "dialect/SelectWindow.h"

#include <functional>

namespace facet::db {

/// How far a window reader reads ahead of the window it hands out.
struct ReadAhead {
    /// PostgreSQL: windows one statement reads (the keyset window with LIMIT windows × limit), streamed in
    /// chunks of one window, so while the consumer holds window N the server is already sending N+1, N+2, …
    /// 1 reads window by window. MySQL and SQLite always read window by window (one execute() each).
    int windows = 8;
    /// Read every window in one REPEATABLE READ snapshot (read-only on PostgreSQL), opened and ended by the
    /// reader when no transaction is open; inside the caller's transaction its snapshot rules instead.
    /// Without it each statement sees the data as of its own start; keyset windows then still never repeat
    /// or skip a row that exists throughout, but rows changed between statements show up or not by timing.
    bool snapshot = false;
    /// Stop after this many windows (the grid reads "the next k"); < 0: until the end of the rows.
    qint64 maxWindows = -1;
};

/// One window as a grid shows it: `limit` rows (fewer only at the end), already in display order.
struct ReadWindow {
    qint64 index = 0;               ///< 0 for the first window read
    QStringList columns;
    QList<ColumnType> columnTypes;
    QList<QList<Value>> rows;
    QList<Value> cursorAfter;       ///< the request's cursor for the next window in the reading direction
};

struct WindowReadSummary {
    qint64 windows = 0;
    qint64 rows = 0;
    qint64 statements = 0;
    bool stoppedEarly = false;      ///< the consumer returned false
    bool reachedEnd = false;        ///< the last window was short: no rows after it
    QList<Value> cursorAfter;       ///< where a later read continues (empty when nothing was read)
};

/// Reads consecutive keyset windows (buildWindow) starting at `first` (its cursor, direction, filter, sort,
/// columns; `first.limit` is the window size; `first.offset` applies to the first window only) and hands
/// them to `onWindow` in order. The windows are exactly those of reading window by window with
/// buildWindow + execute and the cursor of each window's last row; onWindow returns false to stop (the rest
/// of a PostgreSQL statement is then cancelled, or read and dropped inside a transaction).
///
/// Why one statement per `ReadAhead::windows` windows, and not pipelined page statements: the pages of one
/// statement cost the server one index scan and no extra planning or OFFSET skipping, and the client decodes
/// window N while N+1 is on the wire; separate pipelined statements would need the last key of N before
/// N+1 can be asked for, or an OFFSET that the server walks through.
///
/// Runs on the connection's thread like any statement; cancel() from another thread ends it with the
/// server's cancel error (57014 on PostgreSQL).
[[nodiscard]] Result<WindowReadSummary> readWindows(Connection &db, const Dialect &dialect, const TableSpec &table,
                                                    const WindowRequest &first, const ReadAhead &readAhead,
                                                    const std::function<bool(ReadWindow &&window)> &onWindow);

} // namespace facet::db
