// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <atomic>
#include <memory>
#include <optional>

namespace facet::db {

/// Prisma's metrics (prisma-facts.md §6) plus Facet's own, which carry a `facet_` prefix so that an export
/// restricted to Prisma's accept-list (MetricsExportOptions::prismaOnly) matches `$metrics` key for key.
enum class Counter {
    ClientQueriesTotal,         ///< prisma_client_queries_total: units of work run through the pool
    DatasourceQueriesTotal,     ///< prisma_datasource_queries_total: statements sent to the database
    PoolConnectionsOpenedTotal, ///< prisma_pool_connections_opened_total
    PoolConnectionsClosedTotal, ///< prisma_pool_connections_closed_total
    PoolTimeoutsTotal,          ///< facet_pool_timeouts_total: P2024 errors
    PoolLeaksTotal,             ///< facet_pool_leaks_total: leases flagged as probable leaks
    PoolBrokenTotal,            ///< facet_pool_connections_broken_total: connections found broken and replaced
    DatasourceErrorsTotal,      ///< facet_datasource_errors_total: statements that failed
};
inline constexpr int kCounterCount = 8;

enum class Gauge {
    ClientQueriesActive, ///< prisma_client_queries_active: units of work submitted and not finished
    ClientQueriesWait,   ///< prisma_client_queries_wait: units of work waiting for a connection
    PoolConnectionsOpen, ///< prisma_pool_connections_open
    PoolConnectionsBusy, ///< prisma_pool_connections_busy
    PoolConnectionsIdle, ///< prisma_pool_connections_idle
};
inline constexpr int kGaugeCount = 5;

enum class Histogram {
    ClientQueriesWait,         ///< prisma_client_queries_wait_histogram_ms
    ClientQueriesDuration,     ///< prisma_client_queries_duration_histogram_ms: submit to completion
    DatasourceQueriesDuration, ///< prisma_datasource_queries_duration_histogram_ms: execute + fetch
};
inline constexpr int kHistogramCount = 3;

/// Prisma's fixed bucket bounds in milliseconds.
inline constexpr std::array<double, 10> kHistogramBounds = {0, 1, 5, 10, 50, 100, 500, 1000, 5000, 50000};

struct CounterSample {
    QString key;
    QString description;
    QMap<QString, QString> labels;
    quint64 value = 0;
};

struct GaugeSample {
    QString key;
    QString description;
    QMap<QString, QString> labels;
    double value = 0;
};

struct HistogramSample {
    QString key;
    QString description;
    QMap<QString, QString> labels;
    /// Per bucket, not cumulative, as Prisma's JSON has them: (upper bound in ms, observations in
    /// (previous bound, bound]). Observations above the last bound are only in `count` and `sum`.
    QList<std::pair<double, quint64>> buckets;
    double sum = 0;
    quint64 count = 0;
};

/// A consistent-enough copy of every metric at one moment: a plain value for any thread.
struct MetricsSnapshot {
    QList<CounterSample> counters;
    QList<GaugeSample> gauges;
    QList<HistogramSample> histograms; ///< only histograms with observations, as in Prisma

    [[nodiscard]] std::optional<quint64> counter(const QString &key) const;
    [[nodiscard]] std::optional<double> gauge(const QString &key) const;
    [[nodiscard]] const HistogramSample *histogram(const QString &key) const;
};

[[nodiscard]] QString metricKey(Counter counter);
[[nodiscard]] QString metricKey(Gauge gauge);
[[nodiscard]] QString metricKey(Histogram histogram);
[[nodiscard]] QString metricDescription(Counter counter);
[[nodiscard]] QString metricDescription(Gauge gauge);
[[nodiscard]] QString metricDescription(Histogram histogram);
[[nodiscard]] bool isPrismaMetric(const QString &key);

/// The metrics of one or more pools (a registry shares one instance across its pools, as one Prisma Client
/// has one set). Every update is a few relaxed atomic operations, so the pool and the instrumented
/// connections update it on their own threads without locks.
class PoolMetrics final {
public:
    PoolMetrics() = default;
    PoolMetrics(const PoolMetrics &) = delete;
    PoolMetrics &operator=(const PoolMetrics &) = delete;

    void increment(Counter counter, quint64 by = 1);
    void add(Gauge gauge, qint64 delta);
    void observe(Histogram histogram, double milliseconds);

    [[nodiscard]] quint64 value(Counter counter) const;
    [[nodiscard]] qint64 value(Gauge gauge) const;

    /// `labels` go on every sample (Prisma's per-metric labels are empty for these metrics).
    [[nodiscard]] MetricsSnapshot snapshot(const QMap<QString, QString> &labels = {}) const;

private:
    struct HistogramCells {
        std::array<std::atomic<quint64>, kHistogramBounds.size() + 1> buckets{}; // last: above every bound
        std::atomic<double> sum{0};
    };
    std::array<std::atomic<quint64>, kCounterCount> m_counters{};
    std::array<std::atomic<qint64>, kGaugeCount> m_gauges{};
    std::array<HistogramCells, kHistogramCount> m_histograms{};
};

} // namespace facet::db
