// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "MySqlConnection.h"

#include "qtsql/MySqlValueCodec.h"
#include "qtsql/QtSqlErrorFields.h"
#include "url/ConnectionUrl.h"

#include <QSqlField>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

// MySQL's NOT_FIXED_DEC is 31 (MariaDB: 39): a floating-point column reports at least that many decimals, a
// DECIMAL its scale. QMYSQL gives both the same QMetaType (Double), so the decimals tell them apart.
constexpr int NotFixedDecimals = 31;

ColumnType columnTypeOf(const QSqlField &field)
{
    ColumnType t;
    t.allowsNonFinite = false;
    const int id = field.metaType().id();
    const int decimals = field.precision();
    switch (id) {
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        // TINYINT(1) is Prisma's Boolean on MySQL.
        t.kind = field.length() == 1 ? ScalarKind::Boolean : ScalarKind::Int;
        t.integerBits = 8;
        t.nativeName = u"TINYINT"_s;
        break;
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
        t.kind = ScalarKind::Int;
        t.nativeName = u"INT"_s;
        t.isUnsigned = id == QMetaType::UShort || id == QMetaType::UInt;
        // An unsigned INT does not fit Prisma's Int: read it as BigInt.
        if (id == QMetaType::UInt)
            t.kind = ScalarKind::BigInt;
        break;
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        t.kind = ScalarKind::BigInt;
        t.isUnsigned = id == QMetaType::ULongLong;
        t.nativeName = u"BIGINT"_s;
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        if (decimals >= 0 && decimals < NotFixedDecimals) {
            t.kind = ScalarKind::Decimal;
            t.scale = decimals;
            t.nativeName = u"DECIMAL"_s;
        } else {
            t.kind = ScalarKind::Float;
            t.nativeName = u"DOUBLE"_s;
        }
        break;
    case QMetaType::QDate:
        t.kind = ScalarKind::DateTime;
        t.temporal = ColumnType::Temporal::Date;
        t.fractionDigits = 0;
        t.nativeName = u"DATE"_s;
        break;
    case QMetaType::QTime:
        t.kind = ScalarKind::DateTime;
        t.temporal = ColumnType::Temporal::Time;
        t.fractionDigits = std::clamp(decimals, 0, 6);
        t.nativeName = u"TIME"_s;
        break;
    case QMetaType::QDateTime:
        t.kind = ScalarKind::DateTime;
        t.fractionDigits = std::clamp(decimals, 0, 6);
        t.nativeName = u"DATETIME"_s;
        break;
    case QMetaType::QByteArray:
        t.kind = ScalarKind::Bytes;
        t.nativeName = u"BLOB"_s;
        break;
    default:
        t.kind = ScalarKind::String;
        t.nativeName = u"TEXT"_s;
        break;
    }
    return t;
}

QString isolationName(IsolationLevel level)
{
    switch (level) {
    case IsolationLevel::ReadUncommitted: return u"READ UNCOMMITTED"_s;
    case IsolationLevel::ReadCommitted: return u"READ COMMITTED"_s;
    case IsolationLevel::RepeatableRead: return u"REPEATABLE READ"_s;
    case IsolationLevel::Serializable: return u"SERIALIZABLE"_s;
    case IsolationLevel::Default: break;
    }
    return {};
}

} // namespace

Result<std::unique_ptr<MySqlConnection>> MySqlConnection::open(const ConnectionUrl &url, const ConnectOptions &options)
{
    const QtSqlOptions sqlOptions = url.toQtSqlOptions();
    auto sql = QtSqlConnection::open(sqlOptions);
    if (!sql)
        return std::unexpected(sql.error());
    auto connection = std::unique_ptr<MySqlConnection>(new MySqlConnection(std::move(*sql), sqlOptions));
    // Prisma's session settings: UTC for TIMESTAMP conversions.
    if (auto r = connection->control(u"SET time_zone = '+00:00'"_s); !r)
        return std::unexpected(r.error());
    auto info = connection->execute(Statement(u"SELECT CONNECTION_ID(), VERSION()"_s));
    if (!info)
        return std::unexpected(info.error());
    if (!info->rows.isEmpty()) {
        connection->m_connectionId = info->rows[0][0].toBigInt();
        connection->m_serverVersion = info->rows[0][1].toString();
    }
    if (options.readOnly) {
        if (auto r = connection->setReadOnly(true); !r)
            return std::unexpected(r.error());
    }
    return connection;
}

MySqlConnection::MySqlConnection(std::unique_ptr<QtSqlConnection> sql, QtSqlOptions options)
    : QtSqlSession(std::move(sql))
    , m_options(std::move(options))
{
}

Result<QVariant> MySqlConnection::encodeParameter(const Value &value, const ColumnType &type) const
{
    return MySqlValueCodec::encode(value, type);
}

QList<ColumnType> MySqlConnection::resultColumnTypes(const QSqlQuery &query) const
{
    const QSqlRecord record = query.record();
    QList<ColumnType> types;
    types.reserve(record.count());
    for (int c = 0; c < record.count(); ++c)
        types.append(columnTypeOf(record.field(c)));
    return types;
}

Result<Value> MySqlConnection::decodeCell(const QVariant &cell, const ColumnType &type) const
{
    return MySqlValueCodec::decode(cell, type);
}

void MySqlConnection::completeError(DbError &error) const
{
    completeMySqlError(error);
}

QList<DbNotice> MySqlConnection::resultNotices(const QStringList &columns, const QList<ColumnType> &types) const
{
    QList<DbNotice> notices;
    for (qsizetype c = 0; c < types.size(); ++c) {
        const ColumnType &t = types[c];
        if (t.kind == ScalarKind::DateTime && t.fractionDigits > 3 && t.nativeName != u"TEXT"_s) {
            notices.append(DbNotice{u"WARNING"_s, {},
                                    u"column %1 keeps %2 fraction digits, but the Qt MySQL driver reads milliseconds"_s
                                        .arg(columns.value(c))
                                        .arg(t.fractionDigits),
                                    u"select it as CAST(%1 AS CHAR) to read it exactly"_s.arg(columns.value(c))});
        }
    }
    return notices;
}

Result<void> MySqlConnection::begin(IsolationLevel isolation)
{
    if (m_inTransaction) {
        DbError e;
        e.prismaCode = u"P2028"_s;
        e.message = u"a transaction is already open on this connection; use a savepoint to nest"_s;
        return std::unexpected(e);
    }
    // SET TRANSACTION applies to the next transaction only, so the session default stays untouched.
    if (const QString level = isolationName(isolation); !level.isEmpty()) {
        if (auto r = control(u"SET TRANSACTION ISOLATION LEVEL "_s + level); !r)
            return r;
    }
    if (auto r = control(u"START TRANSACTION"_s); !r)
        return r;
    m_inTransaction = true;
    return {};
}

Result<void> MySqlConnection::commit()
{
    auto r = control(u"COMMIT"_s);
    m_inTransaction = false;
    return r;
}

Result<void> MySqlConnection::rollback()
{
    auto r = control(u"ROLLBACK"_s);
    m_inTransaction = false;
    return r;
}

Result<void> MySqlConnection::setReadOnly(bool readOnly)
{
    return control(readOnly ? u"SET SESSION TRANSACTION READ ONLY"_s : u"SET SESSION TRANSACTION READ WRITE"_s);
}

void MySqlConnection::cancel()
{
    const std::lock_guard lock(m_cancelMutex);
    if (!m_busy.load() || m_connectionId <= 0)
        return;
    // A QtSql connection belongs to the thread that opens it: this one lives and dies here, on the caller's.
    auto killer = QtSqlConnection::open(m_options);
    if (!killer)
        return; // nothing more to do: the statement runs to its end
    (void)(*killer)->exec(u"KILL QUERY %1"_s.arg(m_connectionId));
}

} // namespace facet::db
