// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "PgConnection.h"

#include "pg/PgConnectionErrors.h"

#include <libpq-fe.h>

#include <poll.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

constexpr qsizetype MaxKeptNotices = 500;
// How long to wait for the rest of a cancelled statement before declaring the connection unusable.
constexpr std::chrono::seconds DrainLimit{10};

qint64 microsecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QByteArray &conninfo)
{
    pg_conn *conn = PQconnectdb(conninfo.constData());
    if (!conn) {
        DbError e;
        e.prismaCode = u"P1001"_s;
        e.message = u"libpq could not allocate a connection"_s;
        return std::unexpected(e);
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        DbError e = pgConnectionError(conn, {});
        PQfinish(conn);
        return std::unexpected(e);
    }
    PQsetClientEncoding(conn, "UTF8");
    return std::unique_ptr<PgConnection>(new PgConnection(conn));
}

PgConnection::PgConnection(pg_conn *conn)
    : m_conn(conn)
{
    // The receiver gets `this`: notices stay with their connection, never in global state.
    PQsetNoticeReceiver(m_conn, &PgConnection::noticeReceiver, this);
    // Made now, on the owning thread, because PQcancelCreate reads the PGconn; afterwards the cancel object is
    // independent of it and may be used from any thread.
    m_cancel = PQcancelCreate(m_conn);
}

PgConnection::~PgConnection()
{
    {
        const std::lock_guard lock(m_cancelMutex);
        if (m_cancel)
            PQcancelFinish(m_cancel);
        m_cancel = nullptr;
    }
    PQfinish(m_conn);
}

void PgConnection::noticeReceiver(void *self, const pg_result *result)
{
    auto *connection = static_cast<PgConnection *>(self);
    if (connection->m_notices.size() >= MaxKeptNotices)
        connection->m_notices.removeFirst();
    const auto field = [result](int code) {
        const char *v = PQresultErrorField(result, code);
        return v ? QString::fromUtf8(v) : QString();
    };
    connection->m_notices.append(PgNotice{field(PG_DIAG_SEVERITY_NONLOCALIZED), field(PG_DIAG_SQLSTATE),
                                          field(PG_DIAG_MESSAGE_PRIMARY), field(PG_DIAG_MESSAGE_DETAIL)});
}

QList<PgNotice> PgConnection::takeNotices()
{
    return std::exchange(m_notices, {});
}

std::optional<PgConnection::Clock::time_point> PgConnection::deadline() const
{
    if (!m_socketTimeout || m_socketTimeout->count() <= 0)
        return std::nullopt;
    return Clock::now() + *m_socketTimeout;
}

PgConnection::Wait PgConnection::waitForResult(std::optional<Clock::time_point> until)
{
    while (PQisBusy(m_conn)) {
        int timeoutMs = -1;
        if (until) {
            const auto left = std::chrono::ceil<std::chrono::milliseconds>(*until - Clock::now()).count();
            if (left <= 0)
                return Wait::TimedOut;
            timeoutMs = int(std::min<long long>(left, 60 * 60 * 1000));
        }
        pollfd fd{PQsocket(m_conn), POLLIN, 0};
        if (fd.fd < 0)
            return Wait::Broken;
        const int ready = ::poll(&fd, 1, timeoutMs);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            return Wait::TimedOut;
        if (!PQconsumeInput(m_conn))
            return Wait::Broken;
    }
    return Wait::Ready;
}

bool PgConnection::send(const PgQuery &query)
{
    std::vector<const char *> values;
    values.reserve(query.params.size());
    for (const PgCell &p : query.params)
        values.push_back(p ? p->constData() : nullptr);
    if (!query.preparedName.isEmpty()) {
        return PQsendQueryPrepared(m_conn, query.preparedName.constData(), int(values.size()), values.data(), nullptr,
                                   nullptr, 0);
    }
    std::vector<Oid> types;
    if (!query.paramTypes.isEmpty()) {
        types.assign(query.params.size(), 0);
        for (qsizetype i = 0; i < query.params.size() && i < query.paramTypes.size(); ++i)
            types[i] = query.paramTypes[i];
    }
    const QByteArray sql = query.sql.toUtf8();
    return PQsendQueryParams(m_conn, sql.constData(), int(values.size()), types.empty() ? nullptr : types.data(),
                             values.data(), nullptr, nullptr, 0);
}

DbError PgConnection::timeoutError(const QString &sql) const
{
    DbError e;
    e.prismaCode = u"P1008"_s;
    e.message = u"the statement took longer than socket_timeout (%1 ms) and was cancelled"_s.arg(
        m_socketTimeout ? m_socketTimeout->count() : 0);
    e.statement = sql;
    return e;
}

void PgConnection::discardPending(bool cancelFirst)
{
    if (cancelFirst)
        cancelRunning();
    const auto until = Clock::now() + DrainLimit;
    for (;;) {
        if (waitForResult(until) != Wait::Ready) {
            // The server neither finished nor honoured the cancel: the session is unusable, and isOpen() says
            // so, so the pool replaces the connection.
            m_broken = true;
            return;
        }
        PGresult *res = PQgetResult(m_conn);
        if (!res)
            return;
        PQclear(res);
    }
}

Result<PgResult> PgConnection::collect(const QString &sql, Clock::time_point sentAt, bool keepRaw)
{
    const auto until = deadline();
    std::optional<DbError> error;
    PgResult out;
    bool first = true;
    for (;;) {
        const Wait wait = waitForResult(until);
        if (wait == Wait::TimedOut) {
            discardPending(true);
            return std::unexpected(timeoutError(sql));
        }
        if (wait == Wait::Broken)
            return std::unexpected(pgConnectionError(m_conn, sql));
        PGresult *res = PQgetResult(m_conn);
        if (!res)
            break;
        std::unique_ptr<PGresult, decltype(&PQclear)> guard(res, &PQclear);
        if (first) {
            out.firstResultUs = microsecondsSince(sentAt);
            first = false;
        }
        switch (PQresultStatus(res)) {
        case PGRES_COMMAND_OK:
        case PGRES_TUPLES_OK: {
            const qint64 firstUs = out.firstResultUs;
            out = keepRaw ? pgResultAdopt(guard.release()) : pgResultFrom(res);
            out.firstResultUs = firstUs;
            break;
        }
        case PGRES_EMPTY_QUERY:
            break;
        default:
            // Keep reading: libpq's protocol state is only clean after PQgetResult returned null.
            if (!error)
                error = PQstatus(m_conn) == CONNECTION_BAD ? pgConnectionError(m_conn, sql, res) : pgResultError(res, sql);
            break;
        }
        if (PQstatus(m_conn) == CONNECTION_BAD)
            break;
    }
    if (error)
        return std::unexpected(*error);
    if (PQstatus(m_conn) == CONNECTION_BAD)
        return std::unexpected(pgConnectionError(m_conn, sql));
    return out;
}

Result<PgResult> PgConnection::exec(const QString &sql, const QList<PgCell> &params, const QList<quint32> &paramTypes)
{
    return exec(PgQuery{sql, params, paramTypes, {}});
}

Result<PgResult> PgConnection::exec(const PgQuery &query)
{
    const BusyScope busy(m_busy);
    const auto sentAt = Clock::now();
    if (!send(query))
        return std::unexpected(pgConnectionError(m_conn, query.sql));
    return collect(query.sql, sentAt, query.keepRaw);
}

Result<PgResult> PgConnection::execScript(const QString &sql)
{
    const BusyScope busy(m_busy);
    const auto sentAt = Clock::now();
    if (!PQsendQuery(m_conn, sql.toUtf8().constData()))
        return std::unexpected(pgConnectionError(m_conn, sql));
    return collect(sql, sentAt);
}

Result<void> PgConnection::prepare(const QByteArray &name, const QString &sql, const QList<quint32> &paramTypes)
{
    const BusyScope busy(m_busy);
    std::vector<Oid> types(paramTypes.begin(), paramTypes.end());
    const auto sentAt = Clock::now();
    if (!PQsendPrepare(m_conn, name.constData(), sql.toUtf8().constData(), int(types.size()),
                       types.empty() ? nullptr : types.data()))
        return std::unexpected(pgConnectionError(m_conn, sql));
    if (auto r = collect(sql, sentAt); !r)
        return std::unexpected(r.error());
    return {};
}

Result<void> PgConnection::deallocate(const QByteArray &name)
{
    const BusyScope busy(m_busy);
    const QString what = u"DEALLOCATE "_s + QString::fromLatin1(name);
    const auto sentAt = Clock::now();
    if (!PQsendClosePrepared(m_conn, name.constData()))
        return std::unexpected(pgConnectionError(m_conn, what));
    if (auto r = collect(what, sentAt); !r)
        return std::unexpected(r.error());
    return {};
}

void PgConnection::cancel()
{
    if (m_busy.load())
        cancelRunning();
}

void PgConnection::cancelRunning()
{
    const std::lock_guard lock(m_cancelMutex);
    if (!m_cancel)
        return;
    // A failed cancel request needs no report: the statement then simply finishes (or times out).
    PQcancelBlocking(m_cancel);
    PQcancelReset(m_cancel);
}

int PgConnection::serverVersion() const
{
    return PQserverVersion(m_conn);
}

int PgConnection::backendPid() const
{
    return PQbackendPID(m_conn);
}

PgConnection::TransactionState PgConnection::transactionState() const
{
    switch (PQtransactionStatus(m_conn)) {
    case PQTRANS_IDLE: return TransactionState::Idle;
    case PQTRANS_ACTIVE: return TransactionState::Active;
    case PQTRANS_INTRANS: return TransactionState::InTransaction;
    case PQTRANS_INERROR: return TransactionState::InFailedTransaction;
    case PQTRANS_UNKNOWN: break;
    }
    return TransactionState::Unknown;
}

bool PgConnection::isOpen() const
{
    return !m_broken && PQstatus(m_conn) == CONNECTION_OK;
}

} // namespace facet::db
