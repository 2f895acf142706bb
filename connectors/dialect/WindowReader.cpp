// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "dialect/WindowReader.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

/// Cuts the rows of one statement into windows of `size` rows and hands each to the consumer, with the
/// cursor of its last row in reading order (what the next keyset window starts after).
class WindowCutter {
public:
    WindowCutter(const WindowStatement &statement, int size, WindowReadSummary &summary,
                 const std::function<bool(ReadWindow &&)> &onWindow)
        : m_statement(statement)
        , m_size(size)
        , m_summary(summary)
        , m_onWindow(onWindow)
    {
    }

    /// False once the consumer asked to stop.
    bool take(const QStringList &columns, const QList<ColumnType> &types, QList<QList<Value>> &&rows)
    {
        m_columns = columns;
        m_types = types;
        m_rowsSeen += rows.size();
        if (m_pending.isEmpty() && rows.size() == m_size) // the usual case: one chunk is one window
            return deliver(std::move(rows));
        for (QList<Value> &row : rows) {
            if (m_pending.isEmpty())
                m_pending.reserve(m_size);
            m_pending.append(std::move(row));
            if (m_pending.size() == m_size && !deliver(std::exchange(m_pending, {})))
                return false;
        }
        return true;
    }

    /// The short last window of the rows, if any.
    bool finish() { return m_pending.isEmpty() || deliver(std::exchange(m_pending, {})); }

    [[nodiscard]] qint64 rowsSeen() const { return m_rowsSeen; }

private:
    bool deliver(QList<QList<Value>> &&rows)
    {
        ReadWindow window;
        window.index = m_summary.windows;
        window.columns = m_columns;
        window.columnTypes = m_types;
        window.cursorAfter = m_statement.cursorOf(rows.constLast());
        if (m_statement.rowsReversed)
            restoreOrder(rows);
        window.rows = std::move(rows);
        ++m_summary.windows;
        m_summary.rows += window.rows.size();
        m_summary.cursorAfter = window.cursorAfter;
        return m_onWindow(std::move(window));
    }

    const WindowStatement &m_statement;
    const int m_size;
    WindowReadSummary &m_summary;
    const std::function<bool(ReadWindow &&)> &m_onWindow;
    QStringList m_columns;
    QList<ColumnType> m_types;
    QList<QList<Value>> m_pending;
    qint64 m_rowsSeen = 0;
};

Result<WindowReadSummary> readAll(Connection &db, const Dialect &dialect, const TableSpec &table,
                                  const WindowRequest &first, const ReadAhead &readAhead,
                                  const std::function<bool(ReadWindow &&)> &onWindow)
{
    // Streaming pays only where the rows of one statement arrive while the client decodes: libpq's chunked
    // mode. QtSql's MySQL and SQLite drivers read window by window.
    const bool streamed = db.provider() == Provider::PostgreSQL && readAhead.windows > 1;
    const qint64 perStatement =
        std::clamp<qint64>(streamed ? readAhead.windows : 1, 1, std::numeric_limits<int>::max() / first.limit);
    WindowReadSummary summary;
    WindowRequest request = first;
    for (;;) {
        qint64 windows = perStatement;
        if (readAhead.maxWindows >= 0)
            windows = std::min(windows, readAhead.maxWindows - summary.windows);
        if (windows <= 0)
            return summary;
        request.limit = int(windows * first.limit);
        const auto window = buildWindow(dialect, table, request);
        if (!window)
            return std::unexpected(window.error());
        ++summary.statements;
        WindowCutter cutter(*window, first.limit, summary, onWindow);
        bool stopped = false;
        if (streamed) {
            const auto streamSummary = db.stream(window->statement, first.limit, [&](ResultBatch &&batch) {
                stopped = !cutter.take(batch.columns, batch.columnTypes, std::move(batch.rows));
                return !stopped;
            });
            if (!streamSummary)
                return std::unexpected(streamSummary.error());
        } else {
            auto result = db.execute(window->statement);
            if (!result)
                return std::unexpected(result.error());
            stopped = !cutter.take(result->columns, result->columnTypes, std::move(result->rows));
        }
        if (!stopped)
            stopped = !cutter.finish();
        if (stopped) {
            summary.stoppedEarly = true;
            return summary;
        }
        if (cutter.rowsSeen() < request.limit) {
            summary.reachedEnd = true;
            return summary;
        }
        request.cursor = summary.cursorAfter;
        request.offset = 0; // the offset placed the first window; the cursor places the rest
    }
}

} // namespace

Result<WindowReadSummary> readWindows(Connection &db, const Dialect &dialect, const TableSpec &table,
                                      const WindowRequest &first, const ReadAhead &readAhead,
                                      const std::function<bool(ReadWindow &&window)> &onWindow)
{
    if (first.limit <= 0)
        return std::unexpected(invalidQuery(u"a window reader needs windows of at least one row (limit %1)"_s
                                                .arg(first.limit)));
    const bool ownSnapshot = readAhead.snapshot && !db.inTransaction();
    if (ownSnapshot) {
        if (auto begun = db.begin(IsolationLevel::RepeatableRead); !begun)
            return std::unexpected(begun.error());
        // Must precede the first query of the transaction; MySQL would need it before START TRANSACTION.
        if (db.provider() == Provider::PostgreSQL) {
            const Statement readOnly(u"SET TRANSACTION READ ONLY"_s, {}, QueryOrigin::Grid);
            if (auto set = db.execute(readOnly); !set) {
                (void)db.rollback();
                return std::unexpected(set.error());
            }
        }
    }
    auto result = readAll(db, dialect, table, first, readAhead, onWindow);
    if (ownSnapshot) {
        if (!result) {
            (void)db.rollback(); // the read's own error is the one to report
            return result;
        }
        if (auto ended = db.commit(); !ended)
            return std::unexpected(ended.error());
    }
    return result;
}

} // namespace facet::db
