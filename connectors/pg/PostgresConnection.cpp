// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "PostgresConnection.h"

#include "core/ConnectionIds.h"
#include "core/ParameterTypes.h"
#include "url/ConnectionUrl.h"

#include <chrono>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

using Clock = std::chrono::steady_clock;

qint64 microsecondsSince(Clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start).count();
}

QString quotedIdentifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

QByteArray conninfoValue(const QString &value)
{
    QByteArray out = "'";
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '\'')
            out.append('\\');
        out.append(c);
    }
    return out.append('\'');
}

// OIDs below this are built in (FirstNormalObjectId); above it, types made by users: enums among them.
constexpr quint32 FirstUserOid = 16384;

// A named statement the server no longer has (DISCARD ALL from the console) or whose plan the server cannot
// reuse after a schema change: drop it from the cache and run the statement unnamed.
bool isStalePreparedStatement(const DbError &e)
{
    return e.sqlState == u"26000"_s || (e.sqlState == u"0A000"_s && e.message.contains(u"cached plan"_s));
}

} // namespace

Result<std::unique_ptr<PostgresConnection>> PostgresConnection::open(const ConnectionUrl &url,
                                                                     const ConnectOptions &options)
{
    QByteArray conninfo = url.toLibpqConninfo();
    if (url.applicationName().isEmpty() && !options.applicationName.isEmpty())
        conninfo += " application_name=" + conninfoValue(options.applicationName);
    auto pg = PgConnection::connect(conninfo);
    if (!pg)
        return std::unexpected(pg.error());
    const bool pgBouncer = url.pgBouncer();
    auto connection = std::unique_ptr<PostgresConnection>(
        new PostgresConnection(std::move(*pg), pgBouncer, pgBouncer ? 0 : url.statementCacheSize()));
    if (pgBouncer) {
        // PgBouncer refuses the `options` startup parameter, so toLibpqConninfo leaves search_path out there.
        if (auto r = connection->control(u"SET search_path TO "_s + quotedIdentifier(url.schema())); !r)
            return std::unexpected(r.error());
    }
    if (options.readOnly) {
        if (auto r = connection->setReadOnly(true); !r)
            return std::unexpected(r.error());
    }
    if (const auto timeout = url.socketTimeoutSeconds(); timeout && *timeout > 0)
        connection->m_pg->setSocketTimeout(std::chrono::seconds(*timeout));
    return connection;
}

PostgresConnection::PostgresConnection(std::unique_ptr<PgConnection> pg, bool pgBouncer, int statementCacheSize)
    : m_pg(std::move(pg))
    , m_id(nextConnectionId())
    , m_pgBouncer(pgBouncer)
    , m_cache(statementCacheSize)
{
    const int v = m_pg->serverVersion();
    m_serverVersion = u"%1.%2"_s.arg(v / 10000).arg(v % 10000);
}

QList<DbNotice> PostgresConnection::takeNotices()
{
    QList<DbNotice> out;
    for (PgNotice &n : m_pg->takeNotices())
        out.append(DbNotice{std::move(n.severity), std::move(n.sqlState), std::move(n.message), std::move(n.detail)});
    return out;
}

Result<PgQuery> PostgresConnection::toQuery(const Statement &statement, bool useCache, QString *cacheKey)
{
    PgQuery query;
    query.sql = statement.sql;
    query.keepRaw = true; // every cell is decoded into a Value right away: no copy of the text first
    query.params.reserve(statement.params.size());
    query.paramTypes.reserve(statement.params.size());
    for (qsizetype i = 0; i < statement.params.size(); ++i) {
        const ColumnType type = parameterType(statement, i);
        auto cell = PgValueCodec::encode(statement.params[i], type);
        if (!cell) {
            DbError e = cell.error();
            e.message = u"parameter $%1: "_s.arg(i + 1) + e.message;
            e.statement = statement.sql;
            return std::unexpected(e);
        }
        query.params.append(std::move(*cell));
        query.paramTypes.append(PgValueCodec::parameterType(type));
    }
    if (!useCache || !m_cache.enabled())
        return query;
    const QString key = PgStatementCache::key(statement.sql, query.paramTypes);
    if (cacheKey)
        *cacheKey = key;
    if (auto name = m_cache.find(key)) {
        query.preparedName = *name;
        return query;
    }
    const auto insertion = m_cache.insert(key);
    if (insertion.evicted) {
        // A failure here only leaves a statement behind on the server until the session ends.
        (void)m_pg->deallocate(*insertion.evicted);
    }
    if (auto prepared = m_pg->prepare(insertion.name, statement.sql, query.paramTypes); !prepared) {
        m_cache.remove(key);
        return std::unexpected(prepared.error());
    }
    query.preparedName = insertion.name;
    return query;
}

Result<QList<ColumnType>> PostgresConnection::columnTypes(const PgResult &result, const Statement &statement,
                                                          bool mayQuery)
{
    // Enum types are read from pg_enum on first sight of a user-defined type, and again when a new one
    // appears (a migration may have added it); streams cannot query mid-result and read them beforehand.
    if (mayQuery) {
        bool unknown = false;
        for (const quint32 oid : result.columnTypes)
            unknown |= oid >= FirstUserOid && !m_enums.contains(oid) && !m_knownNotEnum.contains(oid);
        if (unknown) {
            auto enums = PgValueCodec::loadEnumTypes(*m_pg);
            if (!enums)
                return std::unexpected(enums.error());
            m_enums = std::move(*enums);
            m_enumsLoaded = true;
            for (const quint32 oid : result.columnTypes) {
                if (oid >= FirstUserOid && !m_enums.contains(oid))
                    m_knownNotEnum.insert(oid);
            }
        }
    }
    QList<ColumnType> types = PgValueCodec::columnTypes(result, m_enums);
    for (qsizetype c = 0; c < types.size() && c < statement.resultTypes.size(); ++c)
        types[c] = statement.resultTypes[c];
    return types;
}

Result<QueryResult> PostgresConnection::toQueryResult(const PgResult &result, const Statement &statement)
{
    auto types = columnTypes(result, statement, true);
    if (!types)
        return std::unexpected(types.error());
    QueryResult out;
    out.columns = result.columns;
    out.columnTypes = *types;
    out.affectedRows = result.affectedRows;
    const qsizetype rows = result.rowCount();
    out.rows.reserve(rows);
    for (qsizetype r = 0; r < rows; ++r) {
        auto row = PgValueCodec::decodeRow(result, r, *types);
        if (!row) {
            DbError e = row.error();
            e.statement = statement.sql;
            return std::unexpected(e);
        }
        out.rows.append(std::move(*row));
    }
    return out;
}

Result<QueryResult> PostgresConnection::execute(const Statement &statement)
{
    const auto start = Clock::now();
    const bool idle = m_pg->transactionState() == PgConnection::TransactionState::Idle;
    QString key;
    auto query = toQuery(statement, true, &key);
    if (!query)
        return std::unexpected(query.error());
    const qint64 prepareUs = microsecondsSince(start);
    auto result = m_pg->exec(*query);
    if (!result && !query->preparedName.isEmpty() && isStalePreparedStatement(result.error())) {
        m_cache.remove(key);
        (void)m_pg->deallocate(query->preparedName);
        // Outside a transaction the failed attempt changed nothing, so running it again unnamed is safe.
        if (idle) {
            query->preparedName.clear();
            result = m_pg->exec(*query);
        }
    }
    if (!result) {
        (void)takeNotices();
        return std::unexpected(result.error());
    }
    auto out = toQueryResult(*result, statement);
    if (!out)
        return out;
    out->timing.executeUs = prepareUs + result->firstResultUs;
    out->timing.fetchUs = std::max<qint64>(0, microsecondsSince(start) - out->timing.executeUs);
    out->notices = takeNotices();
    return out;
}

Result<StreamSummary> PostgresConnection::stream(const Statement &statement, int batchRows,
                                                 const std::function<bool(ResultBatch &&batch)> &onBatch)
{
    const auto start = Clock::now();
    if (!m_enumsLoaded) {
        auto enums = PgValueCodec::loadEnumTypes(*m_pg);
        if (!enums)
            return std::unexpected(enums.error());
        m_enums = std::move(*enums);
        m_enumsLoaded = true;
    }
    // Unnamed: a big read is planned once anyway, and chunked mode applies to one execution.
    auto query = toQuery(statement, false);
    if (!query)
        return std::unexpected(query.error());
    std::optional<DbError> decodeError;
    QList<ColumnType> types;
    bool haveTypes = false;
    auto totals = m_pg->stream(*query, batchRows, [&](PgResult &&chunk) {
        if (!haveTypes) {
            types = *columnTypes(chunk, statement, false); // cannot fail without querying
            haveTypes = true;
        }
        ResultBatch batch;
        batch.columns = chunk.columns;
        batch.columnTypes = types;
        const qsizetype rows = chunk.rowCount();
        batch.rows.reserve(rows);
        for (qsizetype r = 0; r < rows; ++r) {
            auto row = PgValueCodec::decodeRow(chunk, r, types);
            if (!row) {
                decodeError = row.error();
                decodeError->statement = statement.sql;
                return false;
            }
            batch.rows.append(std::move(*row));
        }
        chunk = PgResult(); // the text cells go before the consumer holds the values
        return onBatch(std::move(batch));
    });
    if (decodeError)
        return std::unexpected(*decodeError);
    if (!totals) {
        (void)takeNotices();
        return std::unexpected(totals.error());
    }
    StreamSummary summary;
    summary.rows = totals->rows;
    summary.stoppedEarly = totals->stoppedEarly;
    summary.timing.executeUs = totals->firstResultUs;
    summary.timing.fetchUs = std::max<qint64>(0, microsecondsSince(start) - totals->firstResultUs);
    summary.notices = takeNotices();
    return summary;
}

Result<QList<QueryResult>> PostgresConnection::executeBatch(const QList<Statement> &statements)
{
    const auto start = Clock::now();
    QList<PgQuery> queries;
    queries.reserve(statements.size());
    for (qsizetype i = 0; i < statements.size(); ++i) {
        auto q = toQuery(statements[i], false);
        if (!q) {
            DbError e = q.error();
            e.statementIndex = int(i);
            return std::unexpected(e);
        }
        queries.append(std::move(*q));
    }
    auto results = m_pg->pipeline(queries);
    if (!results) {
        (void)takeNotices();
        return std::unexpected(results.error());
    }
    QList<QueryResult> out;
    out.reserve(results->size());
    const qint64 executeUs = results->isEmpty() ? 0 : results->constFirst().firstResultUs;
    for (qsizetype i = 0; i < results->size(); ++i) {
        auto r = toQueryResult(results->at(i), statements.value(i));
        if (!r) {
            DbError e = r.error();
            e.statementIndex = int(i);
            return std::unexpected(e);
        }
        out.append(std::move(*r));
    }
    // One round trip for all: the first result carries the batch's timing, the others none.
    if (!out.isEmpty()) {
        out.first().timing.executeUs = executeUs;
        out.first().timing.fetchUs = std::max<qint64>(0, microsecondsSince(start) - executeUs);
        out.first().notices = takeNotices();
    }
    return out;
}

Result<void> PostgresConnection::control(const QString &sql)
{
    auto r = m_pg->exec(sql);
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<void> PostgresConnection::begin(IsolationLevel isolation)
{
    QString sql = u"BEGIN"_s;
    switch (isolation) {
    case IsolationLevel::Default: break;
    case IsolationLevel::ReadUncommitted: sql += u" ISOLATION LEVEL READ UNCOMMITTED"_s; break;
    case IsolationLevel::ReadCommitted: sql += u" ISOLATION LEVEL READ COMMITTED"_s; break;
    case IsolationLevel::RepeatableRead: sql += u" ISOLATION LEVEL REPEATABLE READ"_s; break;
    case IsolationLevel::Serializable: sql += u" ISOLATION LEVEL SERIALIZABLE"_s; break;
    }
    if (inTransaction()) {
        DbError e;
        e.prismaCode = u"P2028"_s;
        e.message = u"a transaction is already open on this connection; use a savepoint to nest"_s;
        e.statement = sql;
        return std::unexpected(e);
    }
    return control(sql);
}

Result<void> PostgresConnection::commit()
{
    // COMMIT of a failed transaction succeeds on the wire but rolls back: report that as the error it is.
    const bool failed = m_pg->transactionState() == PgConnection::TransactionState::InFailedTransaction;
    if (auto r = control(u"COMMIT"_s); !r)
        return r;
    if (failed) {
        DbError e;
        e.prismaCode = u"P2028"_s;
        e.sqlState = u"25P02"_s;
        e.message = u"the transaction was aborted by an earlier error and has been rolled back"_s;
        e.statement = u"COMMIT"_s;
        return std::unexpected(e);
    }
    return {};
}

Result<void> PostgresConnection::rollback()
{
    return control(u"ROLLBACK"_s);
}

Result<void> PostgresConnection::savepoint(const QString &name)
{
    return control(u"SAVEPOINT "_s + quotedIdentifier(name));
}

Result<void> PostgresConnection::rollbackToSavepoint(const QString &name)
{
    return control(u"ROLLBACK TO SAVEPOINT "_s + quotedIdentifier(name));
}

Result<void> PostgresConnection::releaseSavepoint(const QString &name)
{
    return control(u"RELEASE SAVEPOINT "_s + quotedIdentifier(name));
}

bool PostgresConnection::inTransaction() const
{
    const auto state = m_pg->transactionState();
    return state == PgConnection::TransactionState::InTransaction
        || state == PgConnection::TransactionState::InFailedTransaction;
}

Result<void> PostgresConnection::setReadOnly(bool readOnly)
{
    return control(readOnly ? u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s
                            : u"SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE"_s);
}

Result<void> PostgresConnection::ping()
{
    return control(u"SELECT 1"_s);
}

} // namespace facet::db
