// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "bus/ParameterMasking.h"
#include "bus/QueryBus.h"
#include "core/Connection.h"

#include <QElapsedTimer>
#include <QHash>

#include <chrono>
#include <memory>
#include <mutex>

namespace facet::db {

class PoolMetrics;

/// What a connection is doing right now, readable from any thread (the pool panel polls it).
struct ConnectionActivity {
    QString currentSql;                 ///< empty when no statement runs
    std::chrono::steady_clock::time_point statementSince{};
    bool inTransaction = false;
    std::chrono::steady_clock::time_point transactionSince{};
    std::chrono::steady_clock::time_point lastStatementEnd{}; ///< for "idle in transaction"
    quint64 statements = 0;             ///< run on this connection so far
};

/// Wraps any Connection, measures every call and publishes one QueryEvent per statement on a QueryBus,
/// and counts statements in PoolMetrics. The connection implementations stay free of instrumentation.
///
/// Costs: with no bus subscriber, a statement costs two clock reads, a brief uncontended lock to record the
/// current statement for the pool panel, and the metrics atomics; the event (fingerprint, rendered
/// parameters) is built only when someone listens.
///
/// Threading as for Connection: one thread at a time, except cancel() and activity(), which are thread-safe.
class InstrumentedConnection final : public Connection {
public:
    struct Options {
        std::shared_ptr<QueryBus> bus;          ///< may be null: no events
        std::shared_ptr<PoolMetrics> metrics;   ///< may be null: no metrics
        MaskPolicy maskPolicy = MaskPolicy::Secrets;
        std::shared_ptr<const ParameterMasking> masking = {}; ///< may be null; when set, its override wins
    };

    InstrumentedConnection(std::unique_ptr<Connection> inner, Options options);
    ~InstrumentedConnection() override;

    [[nodiscard]] Connection &inner() { return *m_inner; }

    /// Context for the next statements, set by the pool when a unit of work starts: statements that carry no
    /// origin/action of their own get these, and the first statement reports `queueWaitUs`.
    void beginLease(QueryOrigin origin, const QString &action, qint64 queueWaitUs);
    void endLease();
    /// True when a statement failed during the current lease; the pool then checks the connection before
    /// lending it again.
    [[nodiscard]] bool leaseHadError() const { return m_leaseError.has_value(); }
    [[nodiscard]] const std::optional<DbError> &leaseError() const { return m_leaseError; }

    [[nodiscard]] ConnectionActivity activity() const;

    // Connection
    [[nodiscard]] Provider provider() const override { return m_provider; }
    [[nodiscard]] quint64 id() const override { return m_id; }
    [[nodiscard]] QString serverVersion() const override { return m_inner->serverVersion(); }
    [[nodiscard]] qint64 sessionId() const override { return m_inner->sessionId(); }
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
    [[nodiscard]] bool inTransaction() const override { return m_inner->inTransaction(); }
    [[nodiscard]] Result<void> setReadOnly(bool readOnly) override { return m_inner->setReadOnly(readOnly); }
    void cancel() override { m_inner->cancel(); }
    [[nodiscard]] bool isHealthy() const override { return m_inner->isHealthy(); }
    [[nodiscard]] Result<void> ping() override { return m_inner->ping(); }

private:
    struct Measure {
        QueryKind kind;
        const Statement *statement = nullptr; ///< null for transaction control
        QString controlSql;                   ///< "BEGIN", "COMMIT", … for transaction control
        QElapsedTimer clock;
        QDateTime startedAt;
        bool inTransaction = false;
    };

    Measure start(QueryKind kind, const Statement *statement, QString controlSql = {});
    /// Records one finished statement: metrics always, an event when someone listens.
    void finish(const Measure &m, qint64 executeUs, qint64 fetchUs, qint64 rows, const DbError *error,
                const Statement *statement = nullptr);
    Result<void> control(QueryKind kind, QString sql, const std::function<Result<void>()> &call);
    QString fingerprintOf(const QString &sql);

    std::unique_ptr<Connection> m_inner;
    Options m_options;
    const Provider m_provider;
    const quint64 m_id;

    // Lease context (worker thread only).
    QueryOrigin m_leaseOrigin = QueryOrigin::Internal;
    QString m_leaseAction;
    qint64 m_pendingWaitUs = 0;
    std::optional<DbError> m_leaseError;

    QHash<QString, QString> m_fingerprints; ///< small cache: the grid repeats the same few statements

    mutable std::mutex m_activityMutex;
    ConnectionActivity m_activity;
};

} // namespace facet::db
