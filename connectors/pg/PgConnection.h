// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/DbError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

struct pg_conn;
struct pg_result;
struct pg_cancel_conn;

namespace facet::db {

/// One cell as PostgreSQL sent it in text format; std::nullopt is SQL NULL (distinct from an empty value).
using PgCell = std::optional<QByteArray>;

/// A fully received result: column names, rows of text cells, and the affected-row count of a command.
/// columnTypes/columnTypmods are PostgreSQL's type OID and type modifier per column (PQftype/PQfmod), which
/// PgValueCodec needs to read a cell exactly (numeric(65,30), timestamp(3), varchar(191), ...).
struct PgResult {
    QStringList columns;
    QList<quint32> columnTypes;
    QList<int> columnTypmods;
    QList<QList<PgCell>> rows;
    qint64 affectedRows = 0;
    /// Microseconds from sending the statement until its first result (or chunk) arrived.
    qint64 firstResultUs = 0;
    /// With PgQuery::keepRaw: libpq's own result, whose cells rowCount()/isNull()/cell() read in place, and
    /// `rows` stays empty. A copy per cell (one allocation each) is what dominated reading 100,000 rows; a
    /// caller that decodes every cell at once never needs it.
    std::shared_ptr<const pg_result> raw;

    /// The cell accessors work in both forms (copied `rows` or `raw`).
    [[nodiscard]] qsizetype rowCount() const;
    [[nodiscard]] bool isNull(qsizetype row, qsizetype column) const;
    /// The cell's text; valid as long as this result (or a copy of it) lives. Empty for NULL.
    [[nodiscard]] QByteArrayView cell(qsizetype row, qsizetype column) const;
};

/// A server message that is not an error (NOTICE, WARNING, INFO, ...), kept per connection.
struct PgNotice {
    QString severity;
    QString sqlState;
    QString message;
    QString detail;
};

/// One statement for PgConnection: text-format parameters, optional parameter type OIDs (0 or missing lets the
/// server infer), and the name of a statement prepared with prepare() to run instead of parsing `sql` again.
struct PgQuery {
    QString sql;
    QList<PgCell> params;
    QList<quint32> paramTypes;
    QByteArray preparedName; ///< empty: unnamed statement (PQsendQueryParams)
    bool keepRaw = false;    ///< results keep libpq's cells in place (PgResult::raw) instead of copying them
};

/// A libpq connection. Owns one PGconn; not copyable. Not thread-safe: it must be used from one thread at a
/// time (the pool gives each connection its own worker thread), except cancel(), which any thread may call.
/// Values are always sent as bound parameters. Every statement goes through libpq's asynchronous API, so a
/// socket timeout can be enforced on the client side (a dead network never hangs a worker).
class PgConnection final {
public:
    /// Connects with a libpq conninfo string or URI. Fails with P1001 (unreachable), P1000 (authentication)
    /// or P1003 (no such database), carrying libpq's message with any password removed.
    [[nodiscard]] static Result<std::unique_ptr<PgConnection>> connect(const QByteArray &conninfo);

    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /// Runs one statement with text-format parameters ($1, $2, ...; std::nullopt binds NULL). paramTypes, when
    /// given, names each parameter's type OID (0 lets the server infer it); shorter lists leave the rest to
    /// the server.
    [[nodiscard]] Result<PgResult> exec(const QString &sql, const QList<PgCell> &params = {},
                                        const QList<quint32> &paramTypes = {});
    [[nodiscard]] Result<PgResult> exec(const PgQuery &query);

    /// Runs a statement in the simple query protocol: several statements separated by ';' are allowed, no
    /// parameters. The result is the last statement's.
    [[nodiscard]] Result<PgResult> execScript(const QString &sql);

    /// Prepares a named statement (kept by the server until deallocate() or the end of the session).
    [[nodiscard]] Result<void> prepare(const QByteArray &name, const QString &sql, const QList<quint32> &paramTypes);
    [[nodiscard]] Result<void> deallocate(const QByteArray &name);

    /// Runs one statement and hands its rows to `onChunk` in chunks of at most `chunkRows` (libpq chunked rows
    /// mode), so only one chunk is in memory. The first call carries the columns even when there are no rows.
    /// When `onChunk` returns false the rest is discarded: outside a transaction the query is cancelled,
    /// inside one the remaining rows are read and dropped (a cancel would abort the transaction).
    /// Returns the rows delivered and whether the consumer stopped early.
    struct StreamTotals {
        qint64 rows = 0;
        qint64 affectedRows = 0;
        bool stoppedEarly = false;
        qint64 firstResultUs = 0;
    };
    [[nodiscard]] Result<StreamTotals> stream(const PgQuery &query, int chunkRows,
                                              const std::function<bool(PgResult &&chunk)> &onChunk);

    /// Runs the queries in pipeline mode: all sent before any result is read, one round trip. Stops at the
    /// first error (the server skips the rest); the error's statementIndex names the failing query. Without an
    /// explicit transaction the whole pipeline is one implicit transaction, so nothing of it is kept then.
    [[nodiscard]] Result<QList<PgResult>> pipeline(const QList<PgQuery> &queries);

    /// Asks the server to cancel the running statement (libpq 17 PQcancelBlocking on a cancel connection made
    /// at connect time). Thread-safe; a no-op when nothing runs.
    void cancel();

    /// A client-side limit for waiting on the server (Prisma's socket_timeout): when exceeded the statement is
    /// cancelled and fails with P1008. std::nullopt or <= 0: no limit.
    void setSocketTimeout(std::optional<std::chrono::milliseconds> timeout) { m_socketTimeout = timeout; }

    /// Notices received since the last call, oldest first (at most a few hundred are kept).
    [[nodiscard]] QList<PgNotice> takeNotices();

    /// Server version as libpq reports it, e.g. 170002 for 17.2.
    [[nodiscard]] int serverVersion() const;
    /// The backend process id (pg_backend_pid()); behind PgBouncer, the pooler's id for this client.
    [[nodiscard]] int backendPid() const;

    enum class TransactionState { Idle, Active, InTransaction, InFailedTransaction, Unknown };
    [[nodiscard]] TransactionState transactionState() const;

    /// True while the socket is usable; false after the server went away.
    [[nodiscard]] bool isOpen() const;

private:
    explicit PgConnection(pg_conn *conn);

    enum class Wait { Ready, TimedOut, Broken };
    using Clock = std::chrono::steady_clock;
    [[nodiscard]] std::optional<Clock::time_point> deadline() const;
    /// Waits until PQgetResult would not block.
    [[nodiscard]] Wait waitForResult(std::optional<Clock::time_point> until);
    [[nodiscard]] bool send(const PgQuery &query);
    /// Reads every result of the statement just sent and returns the last one (libpq's PQexec semantics).
    [[nodiscard]] Result<PgResult> collect(const QString &sql, Clock::time_point sentAt, bool keepRaw = false);
    /// After a timeout or an abandoned stream: cancel when asked, then read and drop what is left.
    void discardPending(bool cancelFirst);
    [[nodiscard]] DbError timeoutError(const QString &sql) const;
    void cancelRunning();

    static void noticeReceiver(void *self, const pg_result *result);

    pg_conn *m_conn;
    pg_cancel_conn *m_cancel = nullptr; // guarded by m_cancelMutex
    std::mutex m_cancelMutex;
    std::atomic<bool> m_busy{false};
    bool m_broken = false; ///< a statement could not be brought to an end: the protocol state is unknown
    std::optional<std::chrono::milliseconds> m_socketTimeout;
    QList<PgNotice> m_notices;
};

} // namespace facet::db
