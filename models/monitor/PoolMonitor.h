// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "PoolConnectionsModel.h"
#include "metrics/PoolMetrics.h"
#include "pool/ConnectionPool.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace facet::db {
class PoolRegistry;
}

namespace facet::monitor {

/// The pool panel's data: polls every pool's snapshot on a timer (a short lock on the pool, never a
/// database round trip), keeps the gauges over time, the wait-time histogram from PoolMetrics, and the
/// per-connection table. Lives on the GUI thread.
class PoolMonitor final : public QObject {
    Q_OBJECT
public:
    /// Where the pools come from: a registry's pools, or any list (tests, the benchmark).
    struct Source {
        std::function<QList<std::shared_ptr<db::ConnectionPool>>()> pools;
        std::shared_ptr<db::PoolMetrics> metrics;
        [[nodiscard]] static Source of(db::PoolRegistry &registry);
        [[nodiscard]] static Source of(std::shared_ptr<db::ConnectionPool> pool);
    };

    /// The pools added together at one moment.
    struct Sample {
        qint64 msSinceEpoch = 0;
        int open = 0;
        int busy = 0;
        int idle = 0;
        int waiters = 0;
        int limit = 0;
    };

    explicit PoolMonitor(Source source, QObject *parent = nullptr);

    /// Polls every `milliseconds` (default 500) once started.
    void start(int milliseconds = 500);
    void stop();
    /// Polls now.
    void refresh();

    [[nodiscard]] PoolConnectionsModel *connections() { return m_connections; }
    [[nodiscard]] const std::deque<Sample> &history() const { return m_history; }
    [[nodiscard]] Sample latest() const { return m_history.empty() ? Sample{} : m_history.back(); }
    [[nodiscard]] const QList<db::PoolSnapshot> &snapshots() const { return m_snapshots; }
    /// Every pool's connections' server session ids (to mark the studio's own rows in the server view).
    [[nodiscard]] QSet<qint64> sessionIds() const;
    /// The most waiters seen in one poll since the last clear.
    [[nodiscard]] int peakWaiters() const { return m_peakWaiters; }
    /// prisma_client_queries_wait_histogram_ms as it stands (Prisma's buckets).
    [[nodiscard]] db::HistogramSample waitHistogram() const;
    [[nodiscard]] db::MetricsSnapshot metrics() const;
    [[nodiscard]] const Source &source() const { return m_source; }
    void clearHistory();

    static constexpr int kHistoryLength = 600; ///< samples kept (five minutes at the default interval)

Q_SIGNALS:
    void updated();

private:
    Source m_source;
    QTimer m_timer;
    PoolConnectionsModel *m_connections;
    QList<db::PoolSnapshot> m_snapshots;
    std::deque<Sample> m_history;
    int m_peakWaiters = 0;
};

} // namespace facet::monitor
