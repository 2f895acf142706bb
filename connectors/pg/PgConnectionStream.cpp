// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// PgConnection's two bulk paths: streaming in libpq 17's chunked rows mode, and batches in pipeline mode.
#include "PgConnection.h"

#include "pg/PgConnectionErrors.h"

#include <libpq-fe.h>

#include <poll.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

qint64 microsecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

Result<PgConnection::StreamTotals> PgConnection::stream(const PgQuery &query, int chunkRows,
                                                        const std::function<bool(PgResult &&chunk)> &onChunk)
{
    const BusyScope busy(m_busy);
    // While the statement runs libpq reports ACTIVE, so whether a transaction is open is read before sending.
    const bool inTransaction = PQtransactionStatus(m_conn) != PQTRANS_IDLE;
    const auto sentAt = Clock::now();
    if (!send(query))
        return std::unexpected(pgConnectionError(m_conn, query.sql));
    // Must follow the send at once, before any result is read.
    if (!PQsetChunkedRowsMode(m_conn, std::max(1, chunkRows))) {
        discardPending(false);
        DbError e;
        e.message = u"libpq refused chunked rows mode"_s;
        e.statement = query.sql;
        return std::unexpected(e);
    }

    StreamTotals totals;
    bool first = true;
    bool headerSent = false;
    const auto until = deadline();
    for (;;) {
        const Wait wait = waitForResult(until);
        if (wait == Wait::TimedOut) {
            discardPending(true);
            return std::unexpected(timeoutError(query.sql));
        }
        if (wait == Wait::Broken)
            return std::unexpected(pgConnectionError(m_conn, query.sql));
        PGresult *res = PQgetResult(m_conn);
        if (!res)
            break;
        std::unique_ptr<PGresult, decltype(&PQclear)> guard(res, &PQclear);
        if (first) {
            totals.firstResultUs = microsecondsSince(sentAt);
            first = false;
        }
        const ExecStatusType status = PQresultStatus(res);
        if (status == PGRES_TUPLES_CHUNK || status == PGRES_TUPLES_OK) {
            // The final TUPLES_OK of chunked mode has no rows; it still carries the columns of an empty result.
            if (PQntuples(res) == 0 && (headerSent || status == PGRES_TUPLES_CHUNK))
                continue;
            PgResult chunk = query.keepRaw ? pgResultAdopt(guard.release()) : pgResultFrom(res);
            headerSent = true;
            totals.rows += chunk.rowCount();
            if (!onChunk(std::move(chunk))) {
                totals.stoppedEarly = true;
                // Outside a transaction a cancel ends the rest at once; inside one it would abort the
                // transaction, so the remaining rows are read and dropped instead.
                discardPending(!inTransaction);
                return totals;
            }
        } else if (status == PGRES_COMMAND_OK) {
            const char *affected = PQcmdTuples(res);
            totals.affectedRows = (affected && *affected) ? QByteArray(affected).toLongLong() : 0;
        } else if (status != PGRES_EMPTY_QUERY) {
            const DbError e = PQstatus(m_conn) == CONNECTION_BAD ? pgConnectionError(m_conn, query.sql, res)
                                                                 : pgResultError(res, query.sql);
            discardPending(false);
            return std::unexpected(e);
        }
    }
    if (PQstatus(m_conn) == CONNECTION_BAD)
        return std::unexpected(pgConnectionError(m_conn, query.sql));
    return totals;
}

Result<QList<PgResult>> PgConnection::pipeline(const QList<PgQuery> &queries)
{
    if (queries.isEmpty())
        return QList<PgResult>{};
    const BusyScope busy(m_busy);
    const auto sentAt = Clock::now();
    const QString firstSql = queries.constFirst().sql;
    // Non-blocking while sending: with a long batch the server answers before we finish writing, and a
    // blocking write would then wait for a reader that is us (libpq's documented pipeline deadlock).
    if (!PQenterPipelineMode(m_conn) || PQsetnonblocking(m_conn, 1) != 0) {
        PQexitPipelineMode(m_conn);
        return std::unexpected(pgConnectionError(m_conn, firstSql));
    }
    const auto leavePipeline = [this] {
        PQsetnonblocking(m_conn, 0);
        PQexitPipelineMode(m_conn);
    };
    for (const PgQuery &q : queries) {
        if (!send(q)) {
            DbError e = pgConnectionError(m_conn, q.sql);
            leavePipeline();
            return std::unexpected(e);
        }
    }
    if (!PQpipelineSync(m_conn)) {
        DbError e = pgConnectionError(m_conn, firstSql);
        leavePipeline();
        return std::unexpected(e);
    }
    const auto until = deadline();
    // Flush, reading whatever arrives meanwhile so the server never blocks on a full socket.
    for (;;) {
        const int flushed = PQflush(m_conn);
        if (flushed == 0)
            break;
        if (flushed < 0) {
            DbError e = pgConnectionError(m_conn, firstSql);
            leavePipeline();
            return std::unexpected(e);
        }
        pollfd fd{PQsocket(m_conn), POLLIN | POLLOUT, 0};
        const int ready = ::poll(&fd, 1, 1000);
        if (ready < 0 && errno != EINTR) {
            DbError e = pgConnectionError(m_conn, firstSql);
            leavePipeline();
            return std::unexpected(e);
        }
        if ((fd.revents & POLLIN) && !PQconsumeInput(m_conn)) {
            DbError e = pgConnectionError(m_conn, firstSql);
            leavePipeline();
            return std::unexpected(e);
        }
        if (until && Clock::now() > *until) {
            leavePipeline();
            m_broken = true; // half a pipeline is on the wire: the session cannot be trusted
            return std::unexpected(timeoutError(firstSql));
        }
    }
    PQsetnonblocking(m_conn, 0);

    QList<PgResult> results;
    results.reserve(queries.size());
    std::optional<DbError> error;
    qsizetype index = 0;
    // Per query: its result(s), then a null; after the last query the PIPELINE_SYNC result.
    for (;;) {
        const Wait wait = waitForResult(until);
        if (wait != Wait::Ready) {
            if (wait == Wait::TimedOut)
                cancelRunning();
            m_broken = wait == Wait::TimedOut; // results of a cancelled pipeline are not worth untangling
            PQexitPipelineMode(m_conn);
            return std::unexpected(wait == Wait::TimedOut ? timeoutError(firstSql)
                                                          : pgConnectionError(m_conn, firstSql));
        }
        PGresult *res = PQgetResult(m_conn);
        if (!res) {
            ++index; // end of one query's results
            continue;
        }
        std::unique_ptr<PGresult, decltype(&PQclear)> guard(res, &PQclear);
        const ExecStatusType status = PQresultStatus(res);
        if (status == PGRES_PIPELINE_SYNC)
            break;
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK || status == PGRES_EMPTY_QUERY) {
            const bool keepRaw = index < queries.size() && queries[index].keepRaw;
            PgResult r = keepRaw ? pgResultAdopt(guard.release()) : pgResultFrom(res);
            r.firstResultUs = results.isEmpty() ? microsecondsSince(sentAt) : 0;
            results.append(std::move(r));
        } else if (status == PGRES_PIPELINE_ABORTED) {
            continue; // skipped after an earlier error
        } else if (!error) {
            const QString sql = queries.value(index).sql;
            error = PQstatus(m_conn) == CONNECTION_BAD ? pgConnectionError(m_conn, sql, res) : pgResultError(res, sql);
            error->statementIndex = int(index);
            if (PQstatus(m_conn) == CONNECTION_BAD)
                break;
        }
    }
    PQexitPipelineMode(m_conn);
    if (error)
        return std::unexpected(*error);
    if (PQstatus(m_conn) == CONNECTION_BAD)
        return std::unexpected(pgConnectionError(m_conn, firstSql));
    return results;
}

} // namespace facet::db
