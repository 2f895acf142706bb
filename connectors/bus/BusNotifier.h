// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "bus/EventBus.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace facet::db {

/// Turns a subscription into a Qt signal on the notifier's thread (normally the GUI thread), throttled so a
/// flood of statements costs the event loop at most `maxHz` wakeups a second (default 30). The receiver
/// drains the subscription in its slot; events that arrive meanwhile produce one more signal after the
/// throttle interval, never one per event. QtCore only: the query panel's model lives in another layer.
class BusNotifier final : public QObject {
    Q_OBJECT

public:
    BusNotifier(std::shared_ptr<EventSubscriptionBase> subscription, QObject *parent = nullptr, int maxHz = 30);
    ~BusNotifier() override;

    [[nodiscard]] const std::shared_ptr<EventSubscriptionBase> &subscription() const { return m_subscription; }

Q_SIGNALS:
    /// Events are waiting: drain the subscription.
    void eventsAvailable();

private:
    void onWakeup();
    void fire();

    std::shared_ptr<EventSubscriptionBase> m_subscription;
    QTimer m_throttle;
    QElapsedTimer m_sinceLastSignal;
    int m_intervalMs;
};

} // namespace facet::db
