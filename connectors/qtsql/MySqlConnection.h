// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "qtsql/QtSqlSession.h"

#include <mutex>

namespace facet::db {

class ConnectionUrl;

/// Connection for MySQL/MariaDB through QMYSQL, with exact values through MySqlValueCodec.
///  - The session runs with time_zone '+00:00', as Prisma's, so TIMESTAMP columns read and write UTC.
///  - Read-only: SET SESSION TRANSACTION READ ONLY. cancel(): KILL QUERY from a short-lived second
///    connection, made on the cancelling thread.
///  - QMYSQL buffers a whole result on the client (mysql_store_result), so stream() bounds the decoded values
///    to one batch but not the driver's buffer: big MySQL reads should use keyset windows.
///  - QMYSQL reads DATETIME/TIME to milliseconds: columns with more fraction digits come with a notice;
///    select them as CAST(col AS CHAR) with a resultTypes entry to read microseconds exactly.
class MySqlConnection final : public QtSqlSession {
public:
    [[nodiscard]] static Result<std::unique_ptr<MySqlConnection>> open(const ConnectionUrl &url,
                                                                       const ConnectOptions &options = {});

    [[nodiscard]] Provider provider() const override { return Provider::MySQL; }
    [[nodiscard]] qint64 sessionId() const override { return m_connectionId; }

    [[nodiscard]] Result<void> begin(IsolationLevel isolation = IsolationLevel::Default) override;
    [[nodiscard]] Result<void> commit() override;
    [[nodiscard]] Result<void> rollback() override;
    [[nodiscard]] bool inTransaction() const override { return m_inTransaction; }
    [[nodiscard]] Result<void> setReadOnly(bool readOnly) override;
    void cancel() override;

protected:
    [[nodiscard]] Result<QVariant> encodeParameter(const Value &value, const ColumnType &type) const override;
    [[nodiscard]] QList<ColumnType> resultColumnTypes(const QSqlQuery &query) const override;
    [[nodiscard]] Result<Value> decodeCell(const QVariant &cell, const ColumnType &type) const override;
    void completeError(DbError &error) const override;
    [[nodiscard]] QList<DbNotice> resultNotices(const QStringList &columns,
                                                const QList<ColumnType> &types) const override;
    [[nodiscard]] QChar identifierQuote() const override { return u'`'; }

private:
    MySqlConnection(std::unique_ptr<QtSqlConnection> sql, QtSqlOptions options);

    QtSqlOptions m_options; ///< to open the KILL QUERY connection
    qint64 m_connectionId = 0;
    bool m_inTransaction = false;
    std::mutex m_cancelMutex;
};

} // namespace facet::db
