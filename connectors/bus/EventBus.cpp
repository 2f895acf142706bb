// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "bus/EventBus.h"

namespace facet::db {

EventSubscriptionBase::EventSubscriptionBase(qsizetype capacity)
    : m_capacity(capacity)
{
}

EventSubscriptionBase::~EventSubscriptionBase() = default;

qsizetype EventSubscriptionBase::pending() const
{
    std::lock_guard lock(m_mutex);
    return m_count;
}

quint64 EventSubscriptionBase::droppedTotal() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

quint64 EventSubscriptionBase::takeDropped()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_droppedUntaken, 0);
}

void EventSubscriptionBase::setWakeup(std::function<void()> wakeup)
{
    std::lock_guard lock(m_mutex);
    m_wakeup = std::move(wakeup);
    // Events may already be waiting: tell the new listener at once rather than at the next event.
    m_armed = true;
    if (m_count > 0 && m_wakeup) {
        m_armed = false;
        m_wakeup();
    }
}

bool EventSubscriptionBase::waitForEvents(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_ready.wait_for(lock, timeout, [this] { return m_count > 0; });
}

void EventSubscriptionBase::afterPushLocked()
{
    m_ready.notify_one();
    if (m_armed && m_wakeup) {
        m_armed = false;
        m_wakeup();
    }
}

void EventSubscriptionBase::afterDrainLocked()
{
    if (m_count == 0) {
        m_armed = true;
    } else if (m_wakeup) {
        // The consumer took a partial batch: ask again (a notifier throttles this) so nothing is left behind.
        m_wakeup();
    }
}

} // namespace facet::db
