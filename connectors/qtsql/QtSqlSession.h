// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "qtsql/QtSqlConnection.h"

#include <QSqlQuery>

#include <atomic>

namespace facet::db {

/// What MySqlConnection and SqliteConnection share: running statements through QtSqlConnection, reading rows
/// forward-only in batches, decoding them with the provider's codec, batches as one transaction, savepoints.
/// The provider supplies encoding, result column types, cell decoding and its transaction statements.
class QtSqlSession : public Connection {
public:
    [[nodiscard]] quint64 id() const override { return m_id; }
    [[nodiscard]] QString serverVersion() const override { return m_serverVersion; }

    [[nodiscard]] Result<QueryResult> execute(const Statement &statement) override;
    [[nodiscard]] Result<StreamSummary> stream(const Statement &statement, int batchRows,
                                               const std::function<bool(ResultBatch &&batch)> &onBatch) override;
    [[nodiscard]] Result<QList<QueryResult>> executeBatch(const QList<Statement> &statements) override;

    [[nodiscard]] Result<void> savepoint(const QString &name) override;
    [[nodiscard]] Result<void> rollbackToSavepoint(const QString &name) override;
    [[nodiscard]] Result<void> releaseSavepoint(const QString &name) override;

    [[nodiscard]] bool isHealthy() const override;
    [[nodiscard]] Result<void> ping() override;

protected:
    explicit QtSqlSession(std::unique_ptr<QtSqlConnection> sql);

    [[nodiscard]] virtual Result<QVariant> encodeParameter(const Value &value, const ColumnType &type) const = 0;
    /// Column types of the result the query is positioned on; `statement.resultTypes` overrides are applied
    /// by the caller.
    [[nodiscard]] virtual QList<ColumnType> resultColumnTypes(const QSqlQuery &query) const = 0;
    [[nodiscard]] virtual Result<Value> decodeCell(const QVariant &cell, const ColumnType &type) const = 0;
    /// Fills the fields a provider can parse from its messages (P2002 target, column, table).
    virtual void completeError(DbError &error) const { Q_UNUSED(error); }
    /// Notices for a result, e.g. MySQL columns the driver cannot read to full precision.
    [[nodiscard]] virtual QList<DbNotice> resultNotices(const QStringList &columns,
                                                        const QList<ColumnType> &types) const
    {
        Q_UNUSED(columns);
        Q_UNUSED(types);
        return {};
    }
    /// The identifier quote of the dialect: ` for MySQL, " for SQLite.
    [[nodiscard]] virtual QChar identifierQuote() const = 0;

    /// Runs a statement without parameters and without a result worth reading (SET, BEGIN, SAVEPOINT).
    [[nodiscard]] Result<void> control(const QString &sql);
    [[nodiscard]] QString quoted(const QString &identifier) const;
    /// Records an error: a lost connection makes isHealthy() false.
    [[nodiscard]] DbError failed(DbError error);

    std::unique_ptr<QtSqlConnection> m_sql;
    quint64 m_id;
    QString m_serverVersion;
    std::atomic<bool> m_busy{false};
    bool m_lost = false;

private:
    struct Running {
        std::unique_ptr<QSqlQuery> query;
        QList<ColumnType> types;
        QStringList columns;
    };
    [[nodiscard]] Result<Running> start(const Statement &statement);
    /// Reads up to `limit` rows (all when < 0) into `rows`; false at the end of the result.
    [[nodiscard]] Result<bool> readRows(Running &running, qsizetype limit, QList<QList<Value>> &rows,
                                        const QString &sql);
    [[nodiscard]] std::optional<Value> insertId(const QSqlQuery &query, const QString &sql) const;
};

} // namespace facet::db
