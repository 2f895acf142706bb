// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "bus/BusNotifier.h"

#include <QMetaObject>

namespace facet::db {

BusNotifier::BusNotifier(std::shared_ptr<EventSubscriptionBase> subscription, QObject *parent, int maxHz)
    : QObject(parent)
    , m_subscription(std::move(subscription))
    , m_intervalMs(maxHz > 0 ? std::max(1, 1000 / maxHz) : 0)
{
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &BusNotifier::fire);
    // Runs on a database thread: only post a queued call. Qt drops posted calls to a deleted object, and the
    // destructor clears the hook (waiting for a running call) before this object goes away.
    m_subscription->setWakeup([this] { QMetaObject::invokeMethod(this, &BusNotifier::onWakeup, Qt::QueuedConnection); });
}

BusNotifier::~BusNotifier()
{
    m_subscription->setWakeup(nullptr);
}

void BusNotifier::onWakeup()
{
    if (m_throttle.isActive())
        return; // a signal is already scheduled and will cover these events
    const qint64 since = m_sinceLastSignal.isValid() ? m_sinceLastSignal.elapsed() : m_intervalMs;
    if (since >= m_intervalMs)
        fire();
    else
        m_throttle.start(int(m_intervalMs - since));
}

void BusNotifier::fire()
{
    m_sinceLastSignal.start();
    Q_EMIT eventsAvailable();
}

} // namespace facet::db
