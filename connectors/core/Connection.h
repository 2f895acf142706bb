// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/DbError.h"
#include "value/ColumnType.h"
#include "value/Value.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace facet::db {

class ConnectionUrl;

enum class Provider { PostgreSQL, MySQL, SQLite };
[[nodiscard]] QString providerName(Provider provider); ///< "postgresql", "mysql", "sqlite" as Prisma spells them

/// Who asked for a statement. Every statement carries one, so the query panel can filter by it and N+1
/// detection can group by the user action behind it.
enum class QueryOrigin { Grid, Save, Console, Migration, Introspection, Cli, Panel, Internal };
[[nodiscard]] QString originName(QueryOrigin origin); ///< "grid", "save", ...

/// One statement to run: SQL with the dialect's placeholders ($1 on PostgreSQL, ? elsewhere) and its bound
/// values. Values are never spliced into the SQL text.
struct Statement {
    QString sql;
    QList<Value> params;
    /// Optional, one per parameter: the target column's type, so the codec can check that the value fits and
    /// PostgreSQL gets the right parameter type. Empty means "infer from the value".
    QList<ColumnType> paramTypes;
    /// Optional, one per result column (shorter lists leave the rest to the driver): how to read a column when
    /// what the driver reports is not enough, e.g. a MySQL DATETIME(6) selected as CAST(col AS CHAR), a
    /// MariaDB JSON column (reported as longtext) or a Prisma enum on MySQL/SQLite.
    QList<ColumnType> resultTypes;
    QueryOrigin origin = QueryOrigin::Internal;
    QString model;   ///< the Prisma model this statement reads or writes, when there is one
    QString action;  ///< the user action it belongs to ("open Post", "save 12 changes"), for grouping

    Statement() = default;
    Statement(QString text, QList<Value> values = {}, QueryOrigin from = QueryOrigin::Internal)
        : sql(std::move(text))
        , params(std::move(values))
        , origin(from)
    {
    }
};

/// Where the time of one statement went, in microseconds.
struct QueryTiming {
    qint64 executeUs = 0; ///< from sending until the first row or the command status arrived
    qint64 fetchUs = 0;   ///< reading and decoding the rows after that
};

/// A message the server sent alongside a result (PostgreSQL NOTICE/WARNING from RAISE, DROP ... IF EXISTS,
/// ...). Captured per connection, never through global state.
struct DbNotice {
    QString severity; ///< "NOTICE", "WARNING", "INFO", ...
    QString sqlState;
    QString message;
    QString detail;
};

/// A fully received result. Cells are exact values decoded from the column's database type.
struct QueryResult {
    QStringList columns;
    QList<ColumnType> columnTypes;
    QList<QList<Value>> rows;
    qint64 affectedRows = 0;
    std::optional<Value> lastInsertId; ///< MySQL/SQLite auto-increment id of an INSERT, when the driver reports it
    QueryTiming timing;
    QList<DbNotice> notices; ///< what the server said while running this statement
};

/// A slice of a streamed result. The first batch carries the column names and types; later batches repeat them.
struct ResultBatch {
    QStringList columns;
    QList<ColumnType> columnTypes;
    QList<QList<Value>> rows;
};

/// Totals of a streamed statement.
struct StreamSummary {
    qint64 rows = 0;
    bool stoppedEarly = false; ///< the consumer returned false
    QueryTiming timing;
    QList<DbNotice> notices;
};

enum class IsolationLevel { Default, ReadUncommitted, ReadCommitted, RepeatableRead, Serializable };

/// Options for opening a connection beyond what the URL says.
struct ConnectOptions {
    bool readOnly = false;     ///< enforced by the database session, not by the UI
    QString applicationName;   ///< shown in pg_stat_activity / the process list; the URL's wins
};

/// One database session: PostgreSQL through libpq, MySQL/MariaDB and SQLite through QtSql.
///
/// Threading: a Connection is used by one thread at a time, and QtSql connections must stay on the thread
/// that opened them; the pool gives each connection its own worker thread. The only call allowed from
/// another thread is cancel().
///
/// Errors are values: every call returns a Result whose DbError carries the native code, the message and the
/// Prisma code. A call never throws.
class Connection {
public:
    virtual ~Connection() = default;

    [[nodiscard]] virtual Provider provider() const = 0;
    /// Unique in this process (never reused), for query events and the pool panel.
    [[nodiscard]] virtual quint64 id() const = 0;
    [[nodiscard]] virtual QString serverVersion() const = 0;
    /// The server-side id of this session (PostgreSQL backend pid, MySQL CONNECTION_ID()); 0 for SQLite.
    [[nodiscard]] virtual qint64 sessionId() const = 0;

    /// Runs one statement and receives its whole result.
    [[nodiscard]] virtual Result<QueryResult> execute(const Statement &statement) = 0;

    /// Runs one statement and hands its rows to `onBatch` in batches of at most `batchRows`, never holding
    /// more than one batch in memory (libpq chunked/single-row mode; forward-only QtSql queries).
    /// `onBatch` returns false to stop early.
    [[nodiscard]] virtual Result<StreamSummary> stream(const Statement &statement, int batchRows,
                                                       const std::function<bool(ResultBatch &&batch)> &onBatch) = 0;

    /// Runs several statements as one round trip where the database allows it (libpq pipeline mode),
    /// stopping at the first error, which names the failing statement's index in DbError::statementIndex.
    /// All or nothing: outside a transaction the batch runs in one (PostgreSQL's implicit pipeline transaction,
    /// an explicit one on MySQL/SQLite), inside one it is part of it.
    [[nodiscard]] virtual Result<QList<QueryResult>> executeBatch(const QList<Statement> &statements) = 0;

    [[nodiscard]] virtual Result<void> begin(IsolationLevel isolation = IsolationLevel::Default) = 0;
    [[nodiscard]] virtual Result<void> commit() = 0;
    [[nodiscard]] virtual Result<void> rollback() = 0;
    [[nodiscard]] virtual Result<void> savepoint(const QString &name) = 0;
    [[nodiscard]] virtual Result<void> rollbackToSavepoint(const QString &name) = 0;
    [[nodiscard]] virtual Result<void> releaseSavepoint(const QString &name) = 0;
    [[nodiscard]] virtual bool inTransaction() const = 0;

    /// Read-only at the session (PostgreSQL default_transaction_read_only, MySQL SET SESSION TRANSACTION
    /// READ ONLY, SQLite PRAGMA query_only), so even hand-written SQL cannot write.
    [[nodiscard]] virtual Result<void> setReadOnly(bool readOnly) = 0;

    /// Asks the server to cancel the statement running now. Thread-safe; a no-op when nothing runs.
    virtual void cancel() = 0;

    /// Cheap local check: false once the connection is known to be broken (server gone, socket closed).
    [[nodiscard]] virtual bool isHealthy() const = 0;
    /// A round trip to the server (SELECT 1); fails with P1017 or P1001 when it is gone.
    [[nodiscard]] virtual Result<void> ping() = 0;
};

/// Opens a connection for a URL (postgresql://, mysql://, file:). Fails with P1013 for an unusable URL,
/// P1001/P1000/P1003 when the server cannot be reached or refuses.
[[nodiscard]] Result<std::unique_ptr<Connection>> openConnection(const ConnectionUrl &url,
                                                                 const ConnectOptions &options = {});

} // namespace facet::db
