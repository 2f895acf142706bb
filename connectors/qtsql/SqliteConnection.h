// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "qtsql/QtSqlSession.h"

#include <mutex>

struct sqlite3;

namespace facet::db {

class ConnectionUrl;

/// Connection for SQLite through QSQLITE, with exact values through SqliteValueCodec.
///  - foreign_keys on (Prisma relies on it), busy timeout from socket_timeout (Prisma's rule, 5 s otherwise),
///    extended result codes so constraint errors map to P2002/P2003/P2011.
///  - Read-only: PRAGMA query_only. cancel(): sqlite3_interrupt, which SQLite allows from any thread.
///  - Column types come from the declared type (sqlite3_column_decltype); expressions have none and are read
///    by storage class (INTEGER → BigInt, REAL → Float, TEXT → String, BLOB → Bytes).
///  - SQLite has one isolation level (serializable); begin() accepts every level and uses BEGIN, or
///    BEGIN IMMEDIATE for Serializable so a writer takes its lock up front instead of failing on upgrade.
class SqliteConnection final : public QtSqlSession {
public:
    [[nodiscard]] static Result<std::unique_ptr<SqliteConnection>> open(const ConnectionUrl &url,
                                                                        const ConnectOptions &options = {});

    [[nodiscard]] Provider provider() const override { return Provider::SQLite; }
    [[nodiscard]] qint64 sessionId() const override { return 0; }

    [[nodiscard]] Result<void> begin(IsolationLevel isolation = IsolationLevel::Default) override;
    [[nodiscard]] Result<void> commit() override;
    [[nodiscard]] Result<void> rollback() override;
    [[nodiscard]] bool inTransaction() const override;
    [[nodiscard]] Result<void> setReadOnly(bool readOnly) override;
    void cancel() override;

    ~SqliteConnection() override;

protected:
    [[nodiscard]] Result<QVariant> encodeParameter(const Value &value, const ColumnType &type) const override;
    [[nodiscard]] QList<ColumnType> resultColumnTypes(const QSqlQuery &query) const override;
    [[nodiscard]] Result<Value> decodeCell(const QVariant &cell, const ColumnType &type) const override;
    void completeError(DbError &error) const override;
    [[nodiscard]] QChar identifierQuote() const override { return u'"'; }

private:
    explicit SqliteConnection(std::unique_ptr<QtSqlConnection> sql);

    sqlite3 *m_handle = nullptr; // guarded by m_cancelMutex for cancel(); owned by QSQLITE
    std::mutex m_cancelMutex;
};

} // namespace facet::db
