// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "bus/InstrumentedConnection.h"

#include "bus/SqlFingerprint.h"
#include "metrics/PoolMetrics.h"

using namespace Qt::StringLiterals;

namespace facet::db {
namespace {

constexpr qsizetype kFingerprintCacheSize = 256;

// Drivers report where the time went; a driver that reports nothing gets the wall time as execution time.
std::pair<qint64, qint64> split(const QueryTiming &timing, qint64 wallUs)
{
    if (timing.executeUs + timing.fetchUs <= 0)
        return {wallUs, 0};
    return {timing.executeUs, timing.fetchUs};
}

qint64 rowsOf(const QueryResult &result)
{
    return result.columns.isEmpty() ? result.affectedRows : qint64(result.rows.size());
}

QString isolationSql(IsolationLevel isolation)
{
    switch (isolation) {
    case IsolationLevel::Default: return u"BEGIN"_s;
    case IsolationLevel::ReadUncommitted: return u"BEGIN ISOLATION LEVEL READ UNCOMMITTED"_s;
    case IsolationLevel::ReadCommitted: return u"BEGIN ISOLATION LEVEL READ COMMITTED"_s;
    case IsolationLevel::RepeatableRead: return u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s;
    case IsolationLevel::Serializable: return u"BEGIN ISOLATION LEVEL SERIALIZABLE"_s;
    }
    return u"BEGIN"_s;
}

} // namespace

InstrumentedConnection::InstrumentedConnection(std::unique_ptr<Connection> inner, Options options)
    : m_inner(std::move(inner))
    , m_options(std::move(options))
    , m_provider(m_inner->provider())
    , m_id(m_inner->id())
{
}

InstrumentedConnection::~InstrumentedConnection() = default;

void InstrumentedConnection::beginLease(QueryOrigin origin, const QString &action, qint64 queueWaitUs)
{
    m_leaseOrigin = origin;
    m_leaseAction = action;
    m_pendingWaitUs = queueWaitUs;
    m_leaseError.reset();
}

void InstrumentedConnection::endLease()
{
    m_leaseOrigin = QueryOrigin::Internal;
    m_leaseAction.clear();
    m_pendingWaitUs = 0;
}

ConnectionActivity InstrumentedConnection::activity() const
{
    std::lock_guard lock(m_activityMutex);
    return m_activity;
}

InstrumentedConnection::Measure InstrumentedConnection::start(QueryKind kind, const Statement *statement,
                                                              QString controlSql)
{
    Measure m{kind, statement, std::move(controlSql), {}, {}, m_inner->inTransaction()};
    {
        std::lock_guard lock(m_activityMutex);
        m_activity.currentSql = statement ? statement->sql : m.controlSql;
        m_activity.statementSince = std::chrono::steady_clock::now();
    }
    if (m_options.bus && m_options.bus->hasSubscribers())
        m.startedAt = QDateTime::currentDateTimeUtc();
    m.clock.start();
    return m;
}

QString InstrumentedConnection::fingerprintOf(const QString &sql)
{
    if (const auto it = m_fingerprints.constFind(sql); it != m_fingerprints.cend())
        return it.value();
    if (m_fingerprints.size() >= kFingerprintCacheSize)
        m_fingerprints.clear(); // crude but bounded; the working set is small and refills at once
    const QString fingerprint = sqlFingerprint(sql, m_provider == Provider::MySQL);
    m_fingerprints.insert(sql, fingerprint);
    return fingerprint;
}

void InstrumentedConnection::finish(const Measure &m, qint64 executeUs, qint64 fetchUs, qint64 rows,
                                    const DbError *error, const Statement *statement)
{
    const Statement *st = statement ? statement : m.statement;
    const bool nowInTransaction = m_inner->inTransaction();
    const auto now = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(m_activityMutex);
        m_activity.currentSql.clear();
        m_activity.lastStatementEnd = now;
        if (nowInTransaction && !m_activity.inTransaction)
            m_activity.transactionSince = m.clock.isValid() ? m_activity.statementSince : now;
        m_activity.inTransaction = nowInTransaction;
        ++m_activity.statements;
    }
    if (error)
        m_leaseError = *error;
    if (m_options.metrics) {
        m_options.metrics->increment(Counter::DatasourceQueriesTotal);
        m_options.metrics->observe(Histogram::DatasourceQueriesDuration, double(executeUs + fetchUs) / 1000.0);
        if (error)
            m_options.metrics->increment(Counter::DatasourceErrorsTotal);
    }
    const qint64 waitUs = std::exchange(m_pendingWaitUs, 0);
    if (!m_options.bus || !m_options.bus->hasSubscribers())
        return;

    QueryEvent event;
    event.id = m_options.bus->nextId();
    event.timestamp = m.startedAt.isValid() ? m.startedAt : QDateTime::currentDateTimeUtc();
    event.kind = m.kind;
    event.sql = st ? st->sql : m.controlSql;
    event.fingerprint = fingerprintOf(event.sql);
    event.fingerprintId = fingerprintId(event.fingerprint);
    if (st) {
        event.params = renderParameters(
            st->params, m_options.masking ? m_options.masking->effective(m_options.maskPolicy) : m_options.maskPolicy);
        event.origin = st->origin != QueryOrigin::Internal ? st->origin : m_leaseOrigin;
        event.model = st->model;
        event.action = st->action.isEmpty() ? m_leaseAction : st->action;
    } else {
        event.origin = m_leaseOrigin;
        event.action = m_leaseAction;
    }
    event.provider = m_provider;
    event.connectionId = m_id;
    event.queueWaitUs = waitUs;
    event.executeUs = executeUs;
    event.fetchUs = fetchUs;
    event.rows = rows;
    event.inTransaction = m.inTransaction || nowInTransaction;
    if (error) {
        event.failed = true;
        event.error = error->summary();
        event.errorCode = error->prismaCode;
    }
    m_options.bus->publish(event);
}

Result<QueryResult> InstrumentedConnection::execute(const Statement &statement)
{
    const Measure m = start(QueryKind::Statement, &statement);
    Result<QueryResult> result = m_inner->execute(statement);
    const qint64 wallUs = m.clock.nsecsElapsed() / 1000;
    if (result) {
        const auto [executeUs, fetchUs] = split(result->timing, wallUs);
        finish(m, executeUs, fetchUs, rowsOf(*result), nullptr);
    } else {
        finish(m, wallUs, 0, 0, &result.error());
    }
    return result;
}

Result<StreamSummary> InstrumentedConnection::stream(const Statement &statement, int batchRows,
                                                     const std::function<bool(ResultBatch &&batch)> &onBatch)
{
    const Measure m = start(QueryKind::Stream, &statement);
    Result<StreamSummary> result = m_inner->stream(statement, batchRows, onBatch);
    const qint64 wallUs = m.clock.nsecsElapsed() / 1000;
    if (result) {
        const auto [executeUs, fetchUs] = split(result->timing, wallUs);
        finish(m, executeUs, fetchUs, result->rows, nullptr);
    } else {
        finish(m, wallUs, 0, 0, &result.error());
    }
    return result;
}

Result<QList<QueryResult>> InstrumentedConnection::executeBatch(const QList<Statement> &statements)
{
    if (statements.isEmpty())
        return m_inner->executeBatch(statements);
    const Measure m = start(QueryKind::Batch, &statements.front());
    Result<QList<QueryResult>> result = m_inner->executeBatch(statements);
    const qint64 wallUs = m.clock.nsecsElapsed() / 1000;
    if (result) {
        // One event per statement: the panel groups by statement shape, not by round trip.
        qint64 unattributed = wallUs;
        for (const QueryResult &r : *result)
            unattributed -= r.timing.executeUs + r.timing.fetchUs;
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const QueryTiming timing = i < result->size() ? result->at(i).timing : QueryTiming{};
            qint64 executeUs = timing.executeUs;
            qint64 fetchUs = timing.fetchUs;
            if (executeUs + fetchUs <= 0) // the driver timed the batch only: share the wall time out evenly
                executeUs = std::max<qint64>(0, unattributed) / statements.size();
            finish(m, executeUs, fetchUs, i < result->size() ? rowsOf(result->at(i)) : 0, nullptr, &statements[i]);
        }
    } else {
        // The failing statement (DbError::statementIndex, else matched by its SQL); the others rolled back.
        const DbError &error = result.error();
        const Statement *failed = &statements.back();
        if (error.statementIndex >= 0 && error.statementIndex < statements.size()) {
            failed = &statements[error.statementIndex];
        } else {
            for (const Statement &s : statements) {
                if (s.sql == error.statement) {
                    failed = &s;
                    break;
                }
            }
        }
        finish(m, wallUs, 0, 0, &error, failed);
    }
    return result;
}

Result<void> InstrumentedConnection::control(QueryKind kind, QString sql, const std::function<Result<void>()> &call)
{
    const Measure m = start(kind, nullptr, std::move(sql));
    Result<void> result = call();
    finish(m, m.clock.nsecsElapsed() / 1000, 0, 0, result ? nullptr : &result.error());
    return result;
}

Result<void> InstrumentedConnection::begin(IsolationLevel isolation)
{
    return control(QueryKind::Begin, isolationSql(isolation), [&] { return m_inner->begin(isolation); });
}

Result<void> InstrumentedConnection::commit()
{
    return control(QueryKind::Commit, u"COMMIT"_s, [&] { return m_inner->commit(); });
}

Result<void> InstrumentedConnection::rollback()
{
    return control(QueryKind::Rollback, u"ROLLBACK"_s, [&] { return m_inner->rollback(); });
}

Result<void> InstrumentedConnection::savepoint(const QString &name)
{
    return control(QueryKind::Savepoint, u"SAVEPOINT "_s + name, [&] { return m_inner->savepoint(name); });
}

Result<void> InstrumentedConnection::rollbackToSavepoint(const QString &name)
{
    return control(QueryKind::Savepoint, u"ROLLBACK TO SAVEPOINT "_s + name,
                   [&] { return m_inner->rollbackToSavepoint(name); });
}

Result<void> InstrumentedConnection::releaseSavepoint(const QString &name)
{
    return control(QueryKind::Savepoint, u"RELEASE SAVEPOINT "_s + name,
                   [&] { return m_inner->releaseSavepoint(name); });
}

} // namespace facet::db
