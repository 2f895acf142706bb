// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/DbError.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSqlQuery;

namespace facet::db {

/// Which QtSql driver a connection uses. PostgreSQL goes through libpq (PgConnection), never QtSql, because
/// QPSQL buffers whole results.
enum class QtSqlDriver { Sqlite, MySql };

/// Where and how to connect. For SQLite only `database` (the file path, or ":memory:") matters.
struct QtSqlOptions {
    QtSqlDriver driver = QtSqlDriver::Sqlite;
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString database;
    QString socket;          ///< MySQL unix socket; overrides host/port when set
    QString connectOptions;  ///< extra driver options (QSqlDatabase::setConnectOptions syntax)
};

/// Rows of a fully received result; a null QVariant is SQL NULL (distinct from an empty string).
struct SqlRows {
    QStringList columns;
    QList<QVariantList> rows;
    qint64 affectedRows = 0;
    QVariant lastInsertId;
};

/// One QtSql connection (MySQL/MariaDB or SQLite) with its own unique connection name. QSqlDatabase
/// connections are bound to the thread that opened them: create, use and destroy this object on one thread.
class QtSqlConnection final {
public:
    [[nodiscard]] static Result<std::unique_ptr<QtSqlConnection>> open(const QtSqlOptions &options);

    ~QtSqlConnection();
    QtSqlConnection(const QtSqlConnection &) = delete;
    QtSqlConnection &operator=(const QtSqlConnection &) = delete;

    /// Runs one statement with positional `?` parameters bound in order. Results are read forward-only, with
    /// QSql::HighPrecision: MySQL DECIMAL/DOUBLE cells are QStrings of the server's digits.
    [[nodiscard]] Result<SqlRows> exec(const QString &sql, const QVariantList &params = {});

    /// Runs one statement once per parameter row, prepared once (the fast path for bulk inserts).
    [[nodiscard]] Result<qint64> execMany(const QString &sql, const QList<QVariantList> &paramRows);

    /// Runs one statement and returns the live forward-only query, positioned before the first row, for
    /// callers that read rows incrementally (MySqlConnection, SqliteConnection). With parameters the statement
    /// is prepared (`?` placeholders, bound in order); without, it runs directly (MySQL's text protocol, which
    /// also takes statements the server cannot prepare). HighPrecision as in exec(). Use the query on this
    /// connection's thread and before the connection is destroyed.
    [[nodiscard]] Result<std::unique_ptr<QSqlQuery>> run(const QString &sql, const QVariantList &params = {});

    /// The driver's native handle (QSqlDriver::handle(): `sqlite3*` or `MYSQL*`), for the few native calls
    /// QtSql lacks (sqlite3_interrupt).
    [[nodiscard]] QVariant driverHandle() const;
    /// False once the driver reports the connection closed.
    [[nodiscard]] bool isOpen() const;

    /// The error value for a QtSql error of this connection (native code, Prisma code, statement).
    [[nodiscard]] DbError toError(const QSqlError &error, const QString &sql) const;

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();
    [[nodiscard]] Result<void> rollback();

    [[nodiscard]] QtSqlDriver driver() const { return m_driver; }
    [[nodiscard]] QString connectionName() const { return m_name; }

private:
    QtSqlConnection(QString name, QtSqlDriver driver);
    QSqlDatabase database() const;

    QString m_name;
    QtSqlDriver m_driver;
};

} // namespace facet::db
