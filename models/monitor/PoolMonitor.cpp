// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "PoolMonitor.h"

#include "pool/PoolRegistry.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;

namespace facet::monitor {

PoolMonitor::Source PoolMonitor::Source::of(db::PoolRegistry &registry)
{
    return {[&registry] { return registry.pools(); }, registry.metrics()};
}

PoolMonitor::Source PoolMonitor::Source::of(std::shared_ptr<db::ConnectionPool> pool)
{
    auto metrics = pool->metrics();
    return {[pool] { return QList<std::shared_ptr<db::ConnectionPool>>{pool}; }, std::move(metrics)};
}

PoolMonitor::PoolMonitor(Source source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_connections(new PoolConnectionsModel(this))
{
    connect(&m_timer, &QTimer::timeout, this, &PoolMonitor::refresh);
}

void PoolMonitor::start(int milliseconds)
{
    m_timer.start(std::max(10, milliseconds));
    refresh();
}

void PoolMonitor::stop()
{
    m_timer.stop();
}

void PoolMonitor::refresh()
{
    m_snapshots.clear();
    Sample sample;
    sample.msSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    for (const auto &pool : m_source.pools ? m_source.pools() : QList<std::shared_ptr<db::ConnectionPool>>{}) {
        db::PoolSnapshot s = pool->snapshot();
        sample.open += s.open;
        sample.busy += s.busy;
        sample.idle += s.idle;
        sample.waiters += s.waiters;
        sample.limit += s.limit;
        m_snapshots.append(std::move(s));
    }
    m_peakWaiters = std::max(m_peakWaiters, sample.waiters);
    m_history.push_back(sample);
    if (int(m_history.size()) > kHistoryLength)
        m_history.pop_front();
    m_connections->setSnapshots(m_snapshots);
    Q_EMIT updated();
}

QSet<qint64> PoolMonitor::sessionIds() const
{
    QSet<qint64> ids;
    for (const db::PoolSnapshot &s : m_snapshots)
        for (const db::PoolConnectionInfo &c : s.connections)
            if (c.sessionId != 0)
                ids.insert(c.sessionId);
    return ids;
}

db::MetricsSnapshot PoolMonitor::metrics() const
{
    return m_source.metrics ? m_source.metrics->snapshot() : db::MetricsSnapshot{};
}

db::HistogramSample PoolMonitor::waitHistogram() const
{
    const db::MetricsSnapshot snapshot = metrics();
    if (const db::HistogramSample *h = snapshot.histogram(db::metricKey(db::Histogram::ClientQueriesWait)))
        return *h;
    db::HistogramSample empty;
    empty.key = db::metricKey(db::Histogram::ClientQueriesWait);
    for (double bound : db::kHistogramBounds)
        empty.buckets.append({bound, 0});
    return empty;
}

void PoolMonitor::clearHistory()
{
    m_history.clear();
    m_peakWaiters = 0;
    Q_EMIT updated();
}

} // namespace facet::monitor
