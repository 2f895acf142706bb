// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "PgConnectionErrors.h"

#include "core/PrismaErrorCodes.h"
#include "pg/PgKeyFields.h"

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

} // namespace

namespace {

void fillHeader(PgResult &out, const PGresult *res)
{
    const int columns = PQnfields(res);
    out.columns.reserve(columns);
    out.columnTypes.reserve(columns);
    out.columnTypmods.reserve(columns);
    for (int c = 0; c < columns; ++c) {
        out.columns.append(QString::fromUtf8(PQfname(res, c)));
        out.columnTypes.append(PQftype(res, c));
        out.columnTypmods.append(PQfmod(res, c));
    }
    const char *affected = PQcmdTuples(const_cast<PGresult *>(res));
    out.affectedRows = (affected && *affected) ? QByteArrayView(affected).toLongLong() : 0;
}

} // namespace

PgResult pgResultAdopt(PGresult *res)
{
    PgResult out;
    fillHeader(out, res);
    out.raw = std::shared_ptr<const pg_result>(res, [](const pg_result *r) { PQclear(const_cast<pg_result *>(r)); });
    return out;
}

qsizetype PgResult::rowCount() const
{
    return raw ? PQntuples(raw.get()) : rows.size();
}

bool PgResult::isNull(qsizetype row, qsizetype column) const
{
    if (raw)
        return PQgetisnull(raw.get(), int(row), int(column));
    return !rows.at(row).at(column).has_value();
}

QByteArrayView PgResult::cell(qsizetype row, qsizetype column) const
{
    if (raw)
        return QByteArrayView(PQgetvalue(raw.get(), int(row), int(column)), PQgetlength(raw.get(), int(row), int(column)));
    const PgCell &c = rows.at(row).at(column);
    return c ? QByteArrayView(*c) : QByteArrayView();
}

PgResult pgResultFrom(const PGresult *res)
{
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
    const char *affected = PQcmdTuples(const_cast<PGresult *>(res));
    out.affectedRows = (affected && *affected) ? QByteArray(affected).toLongLong() : 0;
    return out;
}

DbError pgResultError(const PGresult *res, const QString &sql)
{
    DbError e;
    e.sqlState = field(res, PG_DIAG_SQLSTATE);
    e.message = withoutPassword(field(res, PG_DIAG_MESSAGE_PRIMARY));
    if (e.message.isEmpty())
        e.message = withoutPassword(QString::fromUtf8(PQresultErrorMessage(res)));
    e.detail = field(res, PG_DIAG_MESSAGE_DETAIL);
    e.hint = field(res, PG_DIAG_MESSAGE_HINT);
    e.constraint = field(res, PG_DIAG_CONSTRAINT_NAME);
    e.table = field(res, PG_DIAG_TABLE_NAME);
    e.column = field(res, PG_DIAG_COLUMN_NAME);
    e.prismaCode = prismaCodeForSqlState(e.sqlState);
    if (e.sqlState == u"23505"_s || e.sqlState == u"23503"_s)
        e.fields = pgKeyFieldsFromDetail(e.detail);
    else if (!e.column.isEmpty())
        e.fields = QStringList{e.column};
    e.statement = sql;
    return e;
}

DbError pgConnectionError(PGconn *conn, const QString &sql, const PGresult *result)
{
    DbError e;
    if (result) {
        e = pgResultError(result, sql);
    } else {
        e.message = withoutPassword(QString::fromUtf8(PQerrorMessage(conn)));
        e.statement = sql;
    }
    if (e.message.isEmpty())
        e.message = u"the connection to the server was lost"_s;
    // libpq gives no SQLSTATE for failures before the session exists; classify by what it says.
    if (e.message.contains(u"password authentication failed"_s) || e.message.contains(u"no password supplied"_s)) {
        e.sqlState = u"28P01"_s;
        e.prismaCode = u"P1000"_s;
    } else if (e.message.contains(u"does not exist"_s) && e.message.contains(u"database"_s) && sql.isEmpty()) {
        e.sqlState = u"3D000"_s;
        e.prismaCode = u"P1003"_s;
    } else if (!sql.isEmpty()) {
        e.prismaCode = u"P1017"_s; // the session existed and broke: Prisma's "server has closed the connection"
    } else if (e.prismaCode.isEmpty()) {
        e.prismaCode = u"P1001"_s;
    }
    return e;
}

} // namespace facet::db
