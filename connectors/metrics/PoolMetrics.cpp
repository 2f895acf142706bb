// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "metrics/PoolMetrics.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::db {
namespace {

struct Meta {
    const char16_t *key;
    const char16_t *description;
};

// Descriptions are Prisma's own (prisma-engines libs/metrics), so a dashboard built for Prisma reads the same.
constexpr std::array<Meta, kCounterCount> kCounters = {{
    {u"prisma_client_queries_total", u"The total number of Prisma Client queries executed"},
    {u"prisma_datasource_queries_total", u"The total number of datasource queries executed"},
    {u"prisma_pool_connections_opened_total", u"The total number of pool connections opened"},
    {u"prisma_pool_connections_closed_total", u"The total number of pool connections closed"},
    {u"facet_pool_timeouts_total", u"The total number of requests that timed out waiting for a free connection"},
    {u"facet_pool_leaks_total", u"The total number of connection leases held past the leak threshold"},
    {u"facet_pool_connections_broken_total", u"The total number of pool connections found broken and replaced"},
    {u"facet_datasource_errors_total", u"The total number of datasource queries that failed"},
}};

constexpr std::array<Meta, kGaugeCount> kGauges = {{
    {u"prisma_client_queries_active", u"The number of currently active Prisma Client queries"},
    {u"prisma_client_queries_wait", u"The number of datasource queries currently waiting for a free connection"},
    {u"prisma_pool_connections_open", u"The number of pool connections currently open"},
    {u"prisma_pool_connections_busy", u"The number of pool connections currently executing datasource queries"},
    {u"prisma_pool_connections_idle", u"The number of pool connections that are not busy running a query"},
}};

constexpr std::array<Meta, kHistogramCount> kHistograms = {{
    {u"prisma_client_queries_wait_histogram_ms",
     u"The distribution of the time all datasource queries spent waiting for a free connection"},
    {u"prisma_client_queries_duration_histogram_ms",
     u"The distribution of the time Prisma Client queries took to run end to end"},
    {u"prisma_datasource_queries_duration_histogram_ms", u"The distribution of the time datasource queries took to run"},
}};

QString str(const char16_t *text) { return QString::fromUtf16(text); }

} // namespace

QString metricKey(Counter counter) { return str(kCounters[std::size_t(counter)].key); }
QString metricKey(Gauge gauge) { return str(kGauges[std::size_t(gauge)].key); }
QString metricKey(Histogram histogram) { return str(kHistograms[std::size_t(histogram)].key); }
QString metricDescription(Counter counter) { return str(kCounters[std::size_t(counter)].description); }
QString metricDescription(Gauge gauge) { return str(kGauges[std::size_t(gauge)].description); }
QString metricDescription(Histogram histogram) { return str(kHistograms[std::size_t(histogram)].description); }

bool isPrismaMetric(const QString &key) { return key.startsWith(u"prisma_"_s); }

std::optional<quint64> MetricsSnapshot::counter(const QString &key) const
{
    for (const CounterSample &sample : counters) {
        if (sample.key == key)
            return sample.value;
    }
    return std::nullopt;
}

std::optional<double> MetricsSnapshot::gauge(const QString &key) const
{
    for (const GaugeSample &sample : gauges) {
        if (sample.key == key)
            return sample.value;
    }
    return std::nullopt;
}

const HistogramSample *MetricsSnapshot::histogram(const QString &key) const
{
    for (const HistogramSample &sample : histograms) {
        if (sample.key == key)
            return &sample;
    }
    return nullptr;
}

void PoolMetrics::increment(Counter counter, quint64 by)
{
    m_counters[std::size_t(counter)].fetch_add(by, std::memory_order_relaxed);
}

void PoolMetrics::add(Gauge gauge, qint64 delta)
{
    m_gauges[std::size_t(gauge)].fetch_add(delta, std::memory_order_relaxed);
}

void PoolMetrics::observe(Histogram histogram, double milliseconds)
{
    HistogramCells &cells = m_histograms[std::size_t(histogram)];
    // Bucket `le` semantics: a value equal to a bound counts in that bound's bucket (Prisma: 1000 ms → 1000).
    const auto it = std::lower_bound(kHistogramBounds.begin(), kHistogramBounds.end(), milliseconds);
    cells.buckets[std::size_t(it - kHistogramBounds.begin())].fetch_add(1, std::memory_order_relaxed);
    cells.sum.fetch_add(milliseconds, std::memory_order_relaxed);
}

quint64 PoolMetrics::value(Counter counter) const
{
    return m_counters[std::size_t(counter)].load(std::memory_order_relaxed);
}

qint64 PoolMetrics::value(Gauge gauge) const
{
    return m_gauges[std::size_t(gauge)].load(std::memory_order_relaxed);
}

MetricsSnapshot PoolMetrics::snapshot(const QMap<QString, QString> &labels) const
{
    MetricsSnapshot out;
    for (int i = 0; i < kCounterCount; ++i) {
        const auto c = Counter(i);
        out.counters.append({metricKey(c), metricDescription(c), labels, value(c)});
    }
    for (int i = 0; i < kGaugeCount; ++i) {
        const auto g = Gauge(i);
        out.gauges.append({metricKey(g), metricDescription(g), labels, double(value(g))});
    }
    for (int i = 0; i < kHistogramCount; ++i) {
        const auto h = Histogram(i);
        const HistogramCells &cells = m_histograms[std::size_t(i)];
        HistogramSample sample{metricKey(h), metricDescription(h), labels, {}, 0, 0};
        // count is the sum of the buckets read here, so buckets and count always agree in one snapshot.
        for (std::size_t b = 0; b < cells.buckets.size(); ++b) {
            const quint64 n = cells.buckets[b].load(std::memory_order_relaxed);
            if (b < kHistogramBounds.size())
                sample.buckets.append({kHistogramBounds[b], n});
            sample.count += n;
        }
        sample.sum = cells.sum.load(std::memory_order_relaxed);
        if (sample.count > 0)
            out.histograms.append(std::move(sample));
    }
    return out;
}

} // namespace facet::db
