// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QList>
#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace facet::db {

/// The part of a subscription that does not depend on the event type: counters, the wakeup hook for
/// notifiers, and blocking waits. See EventSubscription.
class EventSubscriptionBase {
public:
    explicit EventSubscriptionBase(qsizetype capacity);
    virtual ~EventSubscriptionBase();
    EventSubscriptionBase(const EventSubscriptionBase &) = delete;
    EventSubscriptionBase &operator=(const EventSubscriptionBase &) = delete;

    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    /// Events waiting to be drained.
    [[nodiscard]] qsizetype pending() const;
    /// Events lost to overflow since the subscription began (the oldest are dropped first).
    [[nodiscard]] quint64 droppedTotal() const;
    /// Events lost since the last call; resets the count.
    [[nodiscard]] quint64 takeDropped();

    /// `wakeup` runs on the publishing thread, under this subscription's lock, once when an event arrives
    /// into an empty, drained buffer (and again after a drain that left events behind), never per event. It
    /// must be tiny and must not call back into the subscription: posting a queued call is the intended use
    /// (BusNotifier). Setting it again, or to nullptr, waits for a running call, so after return the old
    /// callback is never called again.
    void setWakeup(std::function<void()> wakeup);

    /// Blocks until an event is pending or `timeout` passes; true when events are pending. For worker-thread
    /// consumers and tests; GUI consumers use a BusNotifier instead.
    bool waitForEvents(std::chrono::milliseconds timeout);

protected:
    /// Called with m_mutex held after an event was stored.
    void afterPushLocked();
    /// Called with m_mutex held after a drain.
    void afterDrainLocked();

    mutable std::mutex m_mutex;
    qsizetype m_count = 0;
    quint64 m_dropped = 0;
    quint64 m_droppedUntaken = 0;

private:
    const qsizetype m_capacity;
    std::condition_variable m_ready;
    std::function<void()> m_wakeup;
    bool m_armed = true;
};

template <typename T>
class EventBus;

/// A bounded ring of events for one subscriber. Publishers (any thread) copy each event in under a short
/// lock; when the ring is full the oldest event is overwritten and counted as dropped, so a slow subscriber
/// never slows the database threads or grows without bound. The subscriber drains in batches.
/// Dropping the last shared_ptr unsubscribes.
template <typename T>
class EventSubscription final : public EventSubscriptionBase {
public:
    explicit EventSubscription(qsizetype capacity)
        : EventSubscriptionBase(capacity)
        , m_ring(std::size_t(capacity))
    {
    }
    ~EventSubscription() override = default;
    EventSubscription(const EventSubscription &) = delete;
    EventSubscription &operator=(const EventSubscription &) = delete;

    /// Takes up to `max` events (all when max < 0), oldest first.
    [[nodiscard]] QList<T> drain(qsizetype max = -1)
    {
        QList<T> out;
        std::lock_guard lock(m_mutex);
        const qsizetype n = max < 0 ? m_count : std::min(max, m_count);
        out.reserve(n);
        for (qsizetype k = 0; k < n; ++k) {
            out.append(std::move(m_ring[std::size_t(m_head)]));
            m_ring[std::size_t(m_head)] = T{};
            m_head = (m_head + 1) % capacity();
        }
        m_count -= n;
        afterDrainLocked();
        return out;
    }

    /// Publisher side (called by EventBus::publish).
    void push(const T &event)
    {
        std::lock_guard lock(m_mutex);
        if (m_count == capacity()) {
            m_ring[std::size_t(m_head)] = event; // overwrite the oldest
            m_head = (m_head + 1) % capacity();
            ++m_dropped;
            ++m_droppedUntaken;
        } else {
            m_ring[std::size_t((m_head + m_count) % capacity())] = event;
            ++m_count;
        }
        afterPushLocked();
    }

private:
    friend class EventBus<T>;
    std::vector<T> m_ring;
    qsizetype m_head = 0;
    std::function<void()> m_detach; ///< unsubscribes from the bus (set by EventBus::subscribe)
};

/// Fan-out of plain-value events to any number of subscribers on any threads.
///
/// The cost when nobody listens is one relaxed atomic load: producers call hasSubscribers() before even
/// building an event. With subscribers, publish() copies the event into each subscriber's ring (Qt's implicit
/// sharing makes that a few reference-count increments) under that ring's own lock; publishers never wait for
/// subscribers to drain.
template <typename T>
class EventBus final : public std::enable_shared_from_this<EventBus<T>> {
    struct Private {};

public:
    explicit EventBus(Private) {}
    [[nodiscard]] static std::shared_ptr<EventBus> create() { return std::make_shared<EventBus>(Private{}); }

    [[nodiscard]] bool hasSubscribers() const { return m_subscriberCount.load(std::memory_order_relaxed) > 0; }
    [[nodiscard]] int subscriberCount() const { return m_subscriberCount.load(std::memory_order_relaxed); }

    /// A new subscription receiving every event published from now on, buffering at most `capacity`.
    [[nodiscard]] std::shared_ptr<EventSubscription<T>> subscribe(qsizetype capacity = 10000)
    {
        auto subscription = std::shared_ptr<EventSubscription<T>>(
            new EventSubscription<T>(std::max<qsizetype>(1, capacity)), [](EventSubscription<T> *s) {
                if (s->m_detach)
                    s->m_detach();
                delete s;
            });
        std::weak_ptr<EventBus> weakBus = this->shared_from_this();
        EventSubscription<T> *raw = subscription.get();
        subscription->m_detach = [weakBus, raw] {
            if (auto bus = weakBus.lock())
                bus->remove(raw);
        };
        std::lock_guard lock(m_mutex);
        auto next = std::make_shared<List>(m_subscribers ? *m_subscribers : List{});
        next->push_back({raw, subscription});
        m_subscribers = std::move(next);
        m_subscriberCount.fetch_add(1, std::memory_order_relaxed);
        return subscription;
    }

    /// The next event id (increasing, never reused on this bus).
    [[nodiscard]] quint64 nextId() { return m_nextId.fetch_add(1, std::memory_order_relaxed) + 1; }

    /// Delivers `event` to every subscriber; a no-op without subscribers.
    void publish(const T &event)
    {
        if (!hasSubscribers())
            return;
        std::shared_ptr<const List> list;
        {
            std::lock_guard lock(m_mutex);
            list = m_subscribers;
        }
        if (!list)
            return;
        for (const Entry &entry : *list) {
            if (auto subscription = entry.weak.lock())
                subscription->push(event);
        }
        m_published.fetch_add(1, std::memory_order_relaxed);
    }

    /// Events delivered to at least the subscriber list (for tests and the panel's status line).
    [[nodiscard]] quint64 publishedCount() const { return m_published.load(std::memory_order_relaxed); }

private:
    struct Entry {
        const EventSubscription<T> *raw;
        std::weak_ptr<EventSubscription<T>> weak;
    };
    using List = std::vector<Entry>;

    void remove(const EventSubscription<T> *raw)
    {
        std::lock_guard lock(m_mutex);
        if (!m_subscribers)
            return;
        auto next = std::make_shared<List>();
        for (const Entry &entry : *m_subscribers) {
            if (entry.raw != raw)
                next->push_back(entry);
        }
        m_subscriberCount.fetch_sub(int(m_subscribers->size() - next->size()), std::memory_order_relaxed);
        m_subscribers = std::move(next);
    }

    std::atomic<int> m_subscriberCount{0};
    std::atomic<quint64> m_nextId{0};
    std::atomic<quint64> m_published{0};
    std::mutex m_mutex; // guards m_subscribers (copy-on-write: publishers iterate a snapshot without the lock)
    std::shared_ptr<const List> m_subscribers;
};

} // namespace facet::db
