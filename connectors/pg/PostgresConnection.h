// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "pg/PgConnection.h"
#include "pg/PgStatementCache.h"
#include "pg/PgValueCodec.h"

#include <QSet>

namespace facet::db {

/// Connection for PostgreSQL on libpq (PgConnection), with exact values through PgValueCodec.
///  - Statements are prepared once and kept by name (statement_cache_size, default 100), except with
///    pgbouncer=true, where only unnamed statements are used: a transaction-mode pooler hands each
///    transaction a different server session, where a named statement would be missing or already exist.
///  - stream() uses libpq 17's chunked rows mode; executeBatch() pipeline mode; cancel() PQcancelBlocking.
///  - schema: search_path from the startup options, or (behind PgBouncer, which refuses startup options) a
///    SET right after connecting. socket_timeout is enforced on the client (P1008).
class PostgresConnection final : public Connection {
public:
    [[nodiscard]] static Result<std::unique_ptr<PostgresConnection>> open(const ConnectionUrl &url,
                                                                          const ConnectOptions &options = {});

    [[nodiscard]] Provider provider() const override { return Provider::PostgreSQL; }
    [[nodiscard]] quint64 id() const override { return m_id; }
    [[nodiscard]] QString serverVersion() const override { return m_serverVersion; }
    [[nodiscard]] qint64 sessionId() const override { return m_pg->backendPid(); }

    [[nodiscard]] Result<QueryResult> execute(const Statement &statement) override;
    [[nodiscard]] Result<StreamSummary> stream(const Statement &statement, int batchRows,
                                               const std::function<bool(ResultBatch &&batch)> &onBatch) override;
    [[nodiscard]] Result<QList<QueryResult>> executeBatch(const QList<Statement> &statements) override;

    [[nodiscard]] Result<void> begin(IsolationLevel isolation = IsolationLevel::Default) override;
    [[nodiscard]] Result<void> commit() override;
    [[nodiscard]] Result<void> rollback() override;
    [[nodiscard]] Result<void> savepoint(const QString &name) override;
    [[nodiscard]] Result<void> rollbackToSavepoint(const QString &name) override;
    [[nodiscard]] Result<void> releaseSavepoint(const QString &name) override;
    [[nodiscard]] bool inTransaction() const override;

    [[nodiscard]] Result<void> setReadOnly(bool readOnly) override;
    void cancel() override { m_pg->cancel(); }
    [[nodiscard]] bool isHealthy() const override { return m_pg->isOpen(); }
    [[nodiscard]] Result<void> ping() override;

    /// The statements this session keeps prepared (0 with pgbouncer=true or statement_cache_size=0).
    [[nodiscard]] qsizetype preparedStatementCount() const { return m_cache.size(); }
    /// The libpq layer, for PostgreSQL-only work (introspection, COPY) on the same session.
    [[nodiscard]] PgConnection &pg() { return *m_pg; }

private:
    PostgresConnection(std::unique_ptr<PgConnection> pg, bool pgBouncer, int statementCacheSize);

    /// Encodes the parameters; with `useCache`, prepares the statement on first use and names it.
    [[nodiscard]] Result<PgQuery> toQuery(const Statement &statement, bool useCache, QString *cacheKey = nullptr);
    [[nodiscard]] Result<QList<ColumnType>> columnTypes(const PgResult &result, const Statement &statement,
                                                        bool mayQuery);
    [[nodiscard]] Result<QueryResult> toQueryResult(const PgResult &result, const Statement &statement);
    [[nodiscard]] Result<void> control(const QString &sql);
    [[nodiscard]] QList<DbNotice> takeNotices();

    std::unique_ptr<PgConnection> m_pg;
    quint64 m_id;
    QString m_serverVersion;
    bool m_pgBouncer;
    PgStatementCache m_cache;
    PgEnumTypes m_enums;
    bool m_enumsLoaded = false;
    QSet<quint32> m_knownNotEnum; ///< user-defined OIDs looked up once and found not to be enums
};

} // namespace facet::db
