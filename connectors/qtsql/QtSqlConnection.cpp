// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "QtSqlConnection.h"

#include "core/PrismaErrorCodes.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"facet-qtsql-"_s + QString::number(++counter);
}

DbError toDbError(const QSqlError &error, QtSqlDriver driver, const QString &sql)
{
    DbError e;
    e.message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    if (ok) {
        e.nativeCode = native;
        e.prismaCode = driver == QtSqlDriver::MySql ? prismaCodeForMySqlError(native) : prismaCodeForSqliteError(native);
    }
    if (e.prismaCode.isEmpty() && error.type() == QSqlError::ConnectionError)
        e.prismaCode = u"P1001"_s;
    e.statement = sql;
    return e;
}

} // namespace

Result<std::unique_ptr<QtSqlConnection>> QtSqlConnection::open(const QtSqlOptions &options)
{
    const QString driverName = options.driver == QtSqlDriver::MySql ? u"QMYSQL"_s : u"QSQLITE"_s;
    if (!QSqlDatabase::isDriverAvailable(driverName)) {
        DbError e;
        e.prismaCode = u"P1001"_s;
        e.message = u"the Qt SQL driver %1 is not installed (available: %2)"_s.arg(
            driverName, QSqlDatabase::drivers().join(u", "_s));
        return std::unexpected(e);
    }
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName, name);
        db.setDatabaseName(options.database);
        if (options.driver == QtSqlDriver::MySql) {
            db.setHostName(options.host);
            if (options.port > 0)
                db.setPort(options.port);
            db.setUserName(options.user);
            db.setPassword(options.password);
        }
        QStringList connectOptions;
        if (!options.connectOptions.isEmpty())
            connectOptions << options.connectOptions;
        if (options.driver == QtSqlDriver::MySql && !options.socket.isEmpty())
            connectOptions << u"UNIX_SOCKET="_s + options.socket;
        db.setConnectOptions(connectOptions.join(u';'));
        if (!db.open()) {
            DbError e = toDbError(db.lastError(), options.driver, {});
            if (e.prismaCode.isEmpty())
                e.prismaCode = u"P1001"_s;
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return std::unexpected(e);
        }
    }
    auto connection = std::unique_ptr<QtSqlConnection>(new QtSqlConnection(name, options.driver));
    if (options.driver == QtSqlDriver::Sqlite) {
        // Prisma relies on foreign keys being enforced; SQLite leaves them off per connection by default.
        if (auto r = connection->exec(u"PRAGMA foreign_keys = ON"_s); !r)
            return std::unexpected(r.error());
    }
    return connection;
}

QtSqlConnection::QtSqlConnection(QString name, QtSqlDriver driver)
    : m_name(std::move(name))
    , m_driver(driver)
{
}

QtSqlConnection::~QtSqlConnection()
{
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase QtSqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<SqlRows> QtSqlConnection::exec(const QString &sql, const QVariantList &params)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    // DECIMAL (and DOUBLE) as the server's text, never through a double: values must stay exact
    // (MySqlValueCodec). Integers still arrive as qint64; SQLite returns its storage classes unchanged.
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!query.prepare(sql))
        return std::unexpected(toDbError(query.lastError(), m_driver, sql));
    for (const QVariant &p : params)
        query.addBindValue(p);
    if (!query.exec())
        return std::unexpected(toDbError(query.lastError(), m_driver, sql));

    SqlRows out;
    out.affectedRows = query.numRowsAffected();
    out.lastInsertId = query.lastInsertId();
    if (query.isSelect()) {
        const QSqlRecord record = query.record();
        for (int c = 0; c < record.count(); ++c)
            out.columns.append(record.fieldName(c));
        while (query.next()) {
            QVariantList row;
            row.reserve(record.count());
            for (int c = 0; c < record.count(); ++c)
                row.append(query.value(c));
            out.rows.append(std::move(row));
        }
        if (query.lastError().isValid())
            return std::unexpected(toDbError(query.lastError(), m_driver, sql));
    }
    return out;
}

Result<std::unique_ptr<QSqlQuery>> QtSqlConnection::run(const QString &sql, const QVariantList &params)
{
    auto query = std::make_unique<QSqlQuery>(database());
    query->setForwardOnly(true);
    query->setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (params.isEmpty()) {
        if (!query->exec(sql))
            return std::unexpected(toDbError(query->lastError(), m_driver, sql));
        return query;
    }
    if (!query->prepare(sql))
        return std::unexpected(toDbError(query->lastError(), m_driver, sql));
    for (const QVariant &p : params)
        query->addBindValue(p);
    if (!query->exec())
        return std::unexpected(toDbError(query->lastError(), m_driver, sql));
    return query;
}

QVariant QtSqlConnection::driverHandle() const
{
    const QSqlDatabase db = database();
    return db.driver() ? db.driver()->handle() : QVariant();
}

bool QtSqlConnection::isOpen() const
{
    return database().isOpen();
}

DbError QtSqlConnection::toError(const QSqlError &error, const QString &sql) const
{
    return toDbError(error, m_driver, sql);
}

Result<qint64> QtSqlConnection::execMany(const QString &sql, const QList<QVariantList> &paramRows)
{
    QSqlQuery query(database());
    if (!query.prepare(sql))
        return std::unexpected(toDbError(query.lastError(), m_driver, sql));
    qint64 affected = 0;
    for (const QVariantList &row : paramRows) {
        for (int i = 0; i < row.size(); ++i)
            query.bindValue(i, row.at(i));
        if (!query.exec())
            return std::unexpected(toDbError(query.lastError(), m_driver, sql));
        affected += query.numRowsAffected();
    }
    return affected;
}

Result<void> QtSqlConnection::begin()
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return std::unexpected(toDbError(db.lastError(), m_driver, u"BEGIN"_s));
    return {};
}

Result<void> QtSqlConnection::commit()
{
    QSqlDatabase db = database();
    if (!db.commit())
        return std::unexpected(toDbError(db.lastError(), m_driver, u"COMMIT"_s));
    return {};
}

Result<void> QtSqlConnection::rollback()
{
    QSqlDatabase db = database();
    if (!db.rollback())
        return std::unexpected(toDbError(db.lastError(), m_driver, u"ROLLBACK"_s));
    return {};
}

} // namespace facet::db
