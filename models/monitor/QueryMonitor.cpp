// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "QueryMonitor.h"

#include "bus/BusNotifier.h"

namespace facet::monitor {

QueryMonitor::QueryMonitor(std::shared_ptr<db::QueryBus> bus, QObject *parent)
    : QueryMonitor(std::move(bus), Options{}, parent)
{
}

QueryMonitor::QueryMonitor(std::shared_ptr<db::QueryBus> bus, Options options, QObject *parent)
    : QObject(parent)
    , m_subscription(bus->subscribe(options.busCapacity))
    , m_notifier(new db::BusNotifier(m_subscription, this, options.maxHz))
    , m_log(new QueryLogModel(options.logCapacity, this))
    , m_filter(new QueryLogFilter(this))
    , m_groups(new FingerprintStatsModel(2000, this))
    , m_nPlusOne(new NPlusOneModel(this))
{
    m_filter->setSourceModel(m_log);
    connect(m_notifier, &db::BusNotifier::eventsAvailable, this, &QueryMonitor::drainNow);
}

QueryMonitor::~QueryMonitor() = default;

void QueryMonitor::drainNow()
{
    const QList<db::QueryEvent> events = m_subscription->drain();
    if (!events.isEmpty())
        apply(events);
}

void QueryMonitor::apply(const QList<db::QueryEvent> &events)
{
    ++m_ticks;
    m_groups->add(events);
    for (quint64 id : m_nPlusOne->feed(events))
        m_groups->markNPlusOne(id);
    m_timeline.add(events);
    if (m_paused) {
        m_heldWhilePaused.append(events);
        const qsizetype excess = m_heldWhilePaused.size() - m_log->capacity();
        if (excess > 0)
            m_heldWhilePaused.remove(0, excess);
    } else {
        m_log->append(events);
    }
    Q_EMIT updated();
}

void QueryMonitor::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused) {
        m_log->append(m_heldWhilePaused);
        m_heldWhilePaused.clear();
    }
    Q_EMIT pausedChanged(paused);
    Q_EMIT updated();
}

void QueryMonitor::clear()
{
    m_heldWhilePaused.clear();
    m_log->clear();
    m_groups->clear();
    m_nPlusOne->clear();
    m_timeline.clear();
    Q_EMIT updated();
}

quint64 QueryMonitor::droppedTotal() const
{
    return m_subscription->droppedTotal();
}

} // namespace facet::monitor
