// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "QtSqlSession.h"

#include "core/ConnectionIds.h"
#include "core/ParameterTypes.h"

#include <QSqlError>
#include <QSqlRecord>

#include <chrono>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

using Clock = std::chrono::steady_clock;

qint64 microsecondsSince(Clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start).count();
}

// Marks the session busy while a statement runs, so cancel() from another thread knows there is one.
class Busy {
public:
    explicit Busy(std::atomic<bool> &flag)
        : m_flag(flag)
    {
        m_flag.store(true);
    }
    ~Busy() { m_flag.store(false); }
    Busy(const Busy &) = delete;
    Busy &operator=(const Busy &) = delete;

private:
    std::atomic<bool> &m_flag;
};

bool isInsert(const QString &sql)
{
    const QString head = sql.trimmed().left(8).toLower();
    return head.startsWith(u"insert"_s) || head.startsWith(u"replace"_s);
}

} // namespace

QtSqlSession::QtSqlSession(std::unique_ptr<QtSqlConnection> sql)
    : m_sql(std::move(sql))
    , m_id(nextConnectionId())
{
}

QString QtSqlSession::quoted(const QString &identifier) const
{
    const QChar q = identifierQuote();
    return q + QString(identifier).replace(q, QString(2, q)) + q;
}

DbError QtSqlSession::failed(DbError error)
{
    if (error.prismaCode == u"P1017"_s || error.prismaCode == u"P1001"_s || !m_sql->isOpen())
        m_lost = true;
    completeError(error);
    return error;
}

bool QtSqlSession::isHealthy() const
{
    return !m_lost && m_sql->isOpen();
}

Result<QtSqlSession::Running> QtSqlSession::start(const Statement &statement)
{
    QVariantList params;
    params.reserve(statement.params.size());
    for (qsizetype i = 0; i < statement.params.size(); ++i) {
        auto cell = encodeParameter(statement.params[i], parameterType(statement, i));
        if (!cell) {
            DbError e = cell.error();
            e.message = u"parameter %1: "_s.arg(i + 1) + e.message;
            e.statement = statement.sql;
            return std::unexpected(e);
        }
        params.append(std::move(*cell));
    }
    auto query = m_sql->run(statement.sql, params);
    if (!query)
        return std::unexpected(failed(query.error()));
    Running running;
    running.query = std::move(*query);
    if (running.query->isSelect()) {
        const QSqlRecord record = running.query->record();
        for (int c = 0; c < record.count(); ++c)
            running.columns.append(record.fieldName(c));
        running.types = resultColumnTypes(*running.query);
        for (qsizetype c = 0; c < running.types.size() && c < statement.resultTypes.size(); ++c)
            running.types[c] = statement.resultTypes[c];
    }
    return running;
}

Result<bool> QtSqlSession::readRows(Running &running, qsizetype limit, QList<QList<Value>> &rows, const QString &sql)
{
    QSqlQuery &q = *running.query;
    const qsizetype columns = running.columns.size();
    while (limit < 0 || rows.size() < limit) {
        if (!q.next()) {
            if (q.lastError().isValid())
                return std::unexpected(failed(m_sql->toError(q.lastError(), sql)));
            return false;
        }
        QList<Value> row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            auto v = decodeCell(q.value(c), running.types.value(c));
            if (!v) {
                DbError e = v.error();
                e.message = u"column %1: "_s.arg(running.columns.value(c)) + e.message;
                e.statement = sql;
                return std::unexpected(e);
            }
            row.append(std::move(*v));
        }
        rows.append(std::move(row));
    }
    return true;
}

std::optional<Value> QtSqlSession::insertId(const QSqlQuery &query, const QString &sql) const
{
    // Drivers report the session's last id after any statement; only an INSERT's own id means anything.
    if (query.isSelect() || query.numRowsAffected() <= 0 || !isInsert(sql))
        return std::nullopt;
    const QVariant id = query.lastInsertId();
    bool ok = false;
    const qint64 v = id.toLongLong(&ok);
    if (!id.isValid() || !ok)
        return std::nullopt;
    return Value::fromBigInt(v);
}

Result<QueryResult> QtSqlSession::execute(const Statement &statement)
{
    const Busy busy(m_busy);
    const auto t0 = Clock::now();
    auto running = start(statement);
    if (!running)
        return std::unexpected(running.error());
    const qint64 executeUs = microsecondsSince(t0);
    QueryResult out;
    out.columns = running->columns;
    out.columnTypes = running->types;
    if (running->query->isSelect()) {
        auto done = readRows(*running, -1, out.rows, statement.sql);
        if (!done)
            return std::unexpected(done.error());
        out.affectedRows = 0;
    } else {
        out.affectedRows = std::max(0, running->query->numRowsAffected());
        out.lastInsertId = insertId(*running->query, statement.sql);
    }
    out.notices = resultNotices(out.columns, out.columnTypes);
    out.timing.executeUs = executeUs;
    out.timing.fetchUs = microsecondsSince(t0) - executeUs;
    return out;
}

Result<StreamSummary> QtSqlSession::stream(const Statement &statement, int batchRows,
                                           const std::function<bool(ResultBatch &&batch)> &onBatch)
{
    const Busy busy(m_busy);
    const auto t0 = Clock::now();
    auto running = start(statement);
    if (!running)
        return std::unexpected(running.error());
    StreamSummary summary;
    summary.timing.executeUs = microsecondsSince(t0);
    summary.notices = resultNotices(running->columns, running->types);
    if (running->query->isSelect()) {
        bool more = true;
        bool first = true;
        while (more) {
            ResultBatch batch;
            batch.columns = running->columns;
            batch.columnTypes = running->types;
            batch.rows.reserve(std::max(1, batchRows));
            auto r = readRows(*running, std::max(1, batchRows), batch.rows, statement.sql);
            if (!r)
                return std::unexpected(r.error());
            more = *r;
            if (batch.rows.isEmpty() && !first)
                break;
            first = false;
            summary.rows += batch.rows.size();
            if (!onBatch(std::move(batch))) {
                summary.stoppedEarly = true;
                break;
            }
        }
    }
    running->query->finish();
    summary.timing.fetchUs = microsecondsSince(t0) - summary.timing.executeUs;
    return summary;
}

Result<QList<QueryResult>> QtSqlSession::executeBatch(const QList<Statement> &statements)
{
    // No pipelining in QtSql: the statements run one by one, inside a transaction so the batch is all or
    // nothing as on PostgreSQL.
    const bool own = !inTransaction();
    if (own) {
        if (auto r = begin(); !r) {
            DbError e = r.error();
            e.statementIndex = 0;
            return std::unexpected(e);
        }
    }
    QList<QueryResult> results;
    results.reserve(statements.size());
    for (qsizetype i = 0; i < statements.size(); ++i) {
        auto r = execute(statements[i]);
        if (!r) {
            DbError e = r.error();
            e.statementIndex = int(i);
            if (own)
                (void)rollback();
            return std::unexpected(e);
        }
        results.append(std::move(*r));
    }
    if (own) {
        if (auto r = commit(); !r) {
            DbError e = r.error();
            e.statementIndex = int(statements.size()) - 1;
            return std::unexpected(e);
        }
    }
    return results;
}

Result<void> QtSqlSession::control(const QString &sql)
{
    const Busy busy(m_busy);
    auto query = m_sql->run(sql);
    if (!query)
        return std::unexpected(failed(query.error()));
    return {};
}

Result<void> QtSqlSession::savepoint(const QString &name)
{
    return control(u"SAVEPOINT "_s + quoted(name));
}

Result<void> QtSqlSession::rollbackToSavepoint(const QString &name)
{
    return control(u"ROLLBACK TO SAVEPOINT "_s + quoted(name));
}

Result<void> QtSqlSession::releaseSavepoint(const QString &name)
{
    return control(u"RELEASE SAVEPOINT "_s + quoted(name));
}

Result<void> QtSqlSession::ping()
{
    if (auto r = control(u"SELECT 1"_s); !r)
        return r;
    return {};
}

} // namespace facet::db
