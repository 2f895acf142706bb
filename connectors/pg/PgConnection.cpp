// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "PgConnection.h"

#include "core/PrismaErrorCodes.h"

#include <libpq-fe.h>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

// libpq echoes parts of the conninfo in some messages; a password must never reach a log or the UI.
QString withoutPassword(QString text)
{
    static const QRegularExpression keyword(u"(password\\s*=\\s*)('[^']*'|\\S+)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression uri(u"(://[^:/@\\s]*:)[^@\\s]*@"_s);
    text.replace(keyword, u"\\1****"_s);
    text.replace(uri, u"\\1****@"_s);
    return text.trimmed();
}

QString field(const PGresult *res, int code)
{
    const char *value = PQresultErrorField(res, code);
    return value ? QString::fromUtf8(value) : QString();
}

DbError errorFromResult(const PGresult *res, const QString &sql)
{
    DbError e;
    e.sqlState = field(res, PG_DIAG_SQLSTATE);
    e.message = withoutPassword(field(res, PG_DIAG_MESSAGE_PRIMARY));
    if (e.message.isEmpty())
        e.message = withoutPassword(QString::fromUtf8(PQresultErrorMessage(res)));
    e.detail = field(res, PG_DIAG_MESSAGE_DETAIL);
    e.hint = field(res, PG_DIAG_MESSAGE_HINT);
    e.constraint = field(res, PG_DIAG_CONSTRAINT_NAME);
    e.prismaCode = prismaCodeForSqlState(e.sqlState);
    e.statement = sql;
    return e;
}

DbError connectionError(pg_conn *conn, const QString &sql = {})
{
    DbError e;
    e.message = withoutPassword(QString::fromUtf8(PQerrorMessage(conn)));
    e.statement = sql;
    // libpq does not give a SQLSTATE for failures before the session exists; classify by what it says.
    if (e.message.contains(u"password authentication failed"_s) || e.message.contains(u"no password supplied"_s)) {
        e.sqlState = u"28P01"_s;
        e.prismaCode = u"P1000"_s;
    } else if (e.message.contains(u"does not exist"_s) && e.message.contains(u"database"_s)) {
        e.sqlState = u"3D000"_s;
        e.prismaCode = u"P1003"_s;
    } else if (PQstatus(conn) == CONNECTION_BAD && !sql.isEmpty()) {
        e.prismaCode = u"P1017"_s; // the server closed the connection mid-session
    } else {
        e.prismaCode = u"P1001"_s;
    }
    return e;
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
        DbError e = connectionError(conn);
        PQfinish(conn);
        return std::unexpected(e);
    }
    PQsetClientEncoding(conn, "UTF8");
    return std::unique_ptr<PgConnection>(new PgConnection(conn));
}

PgConnection::PgConnection(pg_conn *conn)
    : m_conn(conn)
{
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

Result<PgResult> PgConnection::exec(const QString &sql, const QList<PgCell> &params,
                                    const QList<quint32> &paramTypes)
{
    const QByteArray query = sql.toUtf8();
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const PgCell &p : params)
        values.push_back(p ? p->constData() : nullptr);
    std::vector<Oid> types;
    if (!paramTypes.isEmpty()) {
        types.assign(params.size(), 0);
        for (qsizetype i = 0; i < params.size() && i < paramTypes.size(); ++i)
            types[i] = paramTypes[i];
    }

    PGresult *res = PQexecParams(m_conn, query.constData(), int(values.size()), types.empty() ? nullptr : types.data(),
                                 values.data(), nullptr, nullptr, 0);
    if (!res)
        return std::unexpected(connectionError(m_conn, sql));
    // RAII for the result so every return path frees it.
    const std::unique_ptr<PGresult, decltype(&PQclear)> guard(res, &PQclear);

    switch (PQresultStatus(res)) {
    case PGRES_COMMAND_OK:
    case PGRES_TUPLES_OK:
        break;
    case PGRES_FATAL_ERROR:
        if (PQstatus(m_conn) == CONNECTION_BAD)
            return std::unexpected(connectionError(m_conn, sql));
        return std::unexpected(errorFromResult(res, sql));
    default:
        return std::unexpected(errorFromResult(res, sql));
    }

    PgResult out;
    const int columns = PQnfields(res);
    const int rows = PQntuples(res);
    out.columns.reserve(columns);
    out.columnTypes.reserve(columns);
    out.columnTypmods.reserve(columns);
    for (int c = 0; c < columns; ++c) {
        out.columns.append(QString::fromUtf8(PQfname(res, c)));
        out.columnTypes.append(PQftype(res, c));
        out.columnTypmods.append(PQfmod(res, c));
    }
    out.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QList<PgCell> row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            if (PQgetisnull(res, r, c))
                row.append(std::nullopt);
            else
                row.append(QByteArray(PQgetvalue(res, r, c), PQgetlength(res, r, c)));
        }
        out.rows.append(std::move(row));
    }
    const char *affected = PQcmdTuples(res);
    out.affectedRows = (affected && *affected) ? QByteArray(affected).toLongLong() : 0;
    return out;
}

int PgConnection::serverVersion() const
{
    return PQserverVersion(m_conn);
}

bool PgConnection::isOpen() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

} // namespace facet::db
