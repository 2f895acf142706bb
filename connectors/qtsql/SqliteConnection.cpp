// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "SqliteConnection.h"

#include "qtsql/QtSqlErrorFields.h"
#include "qtsql/SqliteValueCodec.h"
#include "url/ConnectionUrl.h"

#include <QSqlRecord>
#include <QSqlResult>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

// A column without a declared type (an expression) is read by the storage class of each cell.
const QString Untyped = u"(expression)"_s;

template <typename Pointer>
Pointer handleAs(const QVariant &handle, const char *typeName)
{
    if (!handle.isValid() || qstrcmp(handle.typeName(), typeName) != 0)
        return nullptr;
    return *static_cast<Pointer const *>(handle.constData());
}

} // namespace

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const ConnectionUrl &url, const ConnectOptions &options)
{
    QtSqlOptions sqlOptions = url.toQtSqlOptions();
    if (!url.socketTimeoutSeconds())
        sqlOptions.connectOptions = u"QSQLITE_BUSY_TIMEOUT=5000"_s; // quaint's default busy timeout
    auto sql = QtSqlConnection::open(sqlOptions);
    if (!sql)
        return std::unexpected(sql.error());
    auto connection = std::unique_ptr<SqliteConnection>(new SqliteConnection(std::move(*sql)));
    connection->m_handle = handleAs<sqlite3 *>(connection->m_sql->driverHandle(), "sqlite3*");
    if (!connection->m_handle) {
        DbError e;
        e.prismaCode = u"P1001"_s;
        e.message = u"the Qt SQLite driver gave no sqlite3 handle"_s;
        return std::unexpected(e);
    }
    // Extended codes tell a UNIQUE (2067) from a NOT NULL (1299) violation; the primary code 19 does not.
    sqlite3_extended_result_codes(connection->m_handle, 1);
    connection->m_serverVersion = QString::fromLatin1(sqlite3_libversion());
    if (options.readOnly) {
        if (auto r = connection->setReadOnly(true); !r)
            return std::unexpected(r.error());
    }
    return connection;
}

SqliteConnection::SqliteConnection(std::unique_ptr<QtSqlConnection> sql)
    : QtSqlSession(std::move(sql))
{
}

SqliteConnection::~SqliteConnection()
{
    const std::lock_guard lock(m_cancelMutex);
    m_handle = nullptr; // cancel() from another thread must not touch a closing database
}

Result<QVariant> SqliteConnection::encodeParameter(const Value &value, const ColumnType &type) const
{
    return SqliteValueCodec::encode(value, type);
}

QList<ColumnType> SqliteConnection::resultColumnTypes(const QSqlQuery &query) const
{
    auto *statement = handleAs<sqlite3_stmt *>(query.result() ? query.result()->handle() : QVariant(), "sqlite3_stmt*");
    const int count = query.record().count();
    QList<ColumnType> types;
    types.reserve(count);
    for (int c = 0; c < count; ++c) {
        const char *declared = statement ? sqlite3_column_decltype(statement, c) : nullptr;
        if (declared && *declared) {
            types.append(SqliteValueCodec::columnType(QString::fromUtf8(declared)));
        } else {
            ColumnType t;
            t.nativeName = Untyped;
            types.append(t);
        }
    }
    return types;
}

Result<Value> SqliteConnection::decodeCell(const QVariant &cell, const ColumnType &type) const
{
    if (type.nativeName != Untyped)
        return SqliteValueCodec::decode(cell, type);
    if (cell.isNull())
        return Value::null();
    switch (cell.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return Value::fromBigInt(cell.toLongLong());
    case QMetaType::Double:
        return Value::fromFloat(cell.toDouble());
    case QMetaType::QByteArray:
        return Value::fromBytes(cell.toByteArray());
    default:
        return Value::fromString(cell.toString());
    }
}

void SqliteConnection::completeError(DbError &error) const
{
    completeSqliteError(error);
}

Result<void> SqliteConnection::begin(IsolationLevel isolation)
{
    if (inTransaction()) {
        DbError e;
        e.prismaCode = u"P2028"_s;
        e.message = u"a transaction is already open on this connection; use a savepoint to nest"_s;
        return std::unexpected(e);
    }
    return control(isolation == IsolationLevel::Serializable ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
}

Result<void> SqliteConnection::commit()
{
    return control(u"COMMIT"_s);
}

Result<void> SqliteConnection::rollback()
{
    return control(u"ROLLBACK"_s);
}

bool SqliteConnection::inTransaction() const
{
    // SQLite knows, whoever began the transaction (a BEGIN typed in the console included).
    return m_handle && sqlite3_get_autocommit(m_handle) == 0;
}

Result<void> SqliteConnection::setReadOnly(bool readOnly)
{
    return control(readOnly ? u"PRAGMA query_only = ON"_s : u"PRAGMA query_only = OFF"_s);
}

void SqliteConnection::cancel()
{
    const std::lock_guard lock(m_cancelMutex);
    if (m_handle && m_busy.load())
        sqlite3_interrupt(m_handle);
}

} // namespace facet::db
