// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "pool/ConnectionPool.h"

#include "bus/InstrumentedConnection.h"
#include "metrics/PoolMetrics.h"
#include "url/ConnectionUrl.h"

#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace facet::db {

namespace detail {

DbError exceptionError(std::exception_ptr exception)
{
    DbError error;
    try {
        std::rethrow_exception(std::move(exception));
    } catch (const std::exception &e) {
        error.message = u"The work threw an exception: "_s + QString::fromUtf8(e.what());
    } catch (...) {
        error.message = u"The work threw an exception of unknown type"_s;
    }
    return error;
}

DbError canceledError()
{
    DbError error;
    error.message = u"The work was cancelled"_s;
    return error;
}

} // namespace detail

namespace {

// How often running work is checked for a cancelled future.
constexpr auto kCancelPoll = 20ms;
// A cancel that reaches the driver between two statements (or before the first has started) does nothing:
// drivers only interrupt what is running. So a cancelled lease is cancelled again at this interval until its
// work returns.
constexpr auto kCancelResend = 100ms;

qint64 msBetween(std::chrono::steady_clock::time_point from, std::chrono::steady_clock::time_point to)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(to - from).count();
}

qint64 usBetween(std::chrono::steady_clock::time_point from, std::chrono::steady_clock::time_point to)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(to - from).count();
}

DbError shutDownError()
{
    DbError error;
    error.message = u"The connection pool was shut down; the request was not run"_s;
    return error;
}

// Statement-level failures (P2xxx: constraint, value, missing row) leave the session fine; anything else may
// mean the connection is gone, so it is pinged before anyone borrows it again.
bool needsHealthCheck(const DbError &error)
{
    return !error.prismaCode.startsWith(u"P2"_s);
}

} // namespace

struct ConnectionPool::Slot {
    PoolConnectionState state = PoolConnectionState::Opening;
    InstrumentedConnection *connection = nullptr; ///< valid while non-null, read under m_mutex only
    quint64 connectionId = 0;
    qint64 sessionId = 0;
    Clock::time_point openedAt = Clock::now();
    Clock::time_point idleSince = Clock::now();
    Clock::time_point leasedAt{};
    TaskPtr task;
    bool retire = false;
    bool needsCheck = false;
    bool cancelRequested = false;           ///< from the panel; a cancelled future asks through its task
    Clock::time_point lastCancelAt{};
    bool leakReported = false;
    std::condition_variable wakeup;
    std::thread thread;
};

std::shared_ptr<ConnectionPool> ConnectionPool::create(const ConnectionUrl &url, PoolOptions options,
                                                       ConnectOptions connectOptions, Services services)
{
    return create([url, connectOptions] { return openConnection(url, connectOptions); }, std::move(options),
                  std::move(services));
}

std::shared_ptr<ConnectionPool> ConnectionPool::create(Factory factory, PoolOptions options, Services services)
{
    return std::make_shared<ConnectionPool>(Private{}, std::move(factory), std::move(options), std::move(services));
}

ConnectionPool::ConnectionPool(Private, Factory factory, PoolOptions options, Services services)
    : m_factory(std::move(factory))
    , m_options(std::move(options))
    , m_services(std::move(services))
{
    if (!m_services.bus)
        m_services.bus = QueryBus::create();
    if (!m_services.metrics)
        m_services.metrics = std::make_shared<PoolMetrics>();
    if (!m_services.events)
        m_services.events = PoolEventBus::create();
    m_housekeeper = std::jthread([this](std::stop_token stop) { housekeeping(std::move(stop)); });
}

ConnectionPool::~ConnectionPool()
{
    shutdown();
}

void ConnectionPool::submit(TaskPtr task)
{
    std::unique_lock lock(m_mutex);
    task->submitted = Clock::now();
    m_services.metrics->add(Gauge::ClientQueriesActive, 1);
    m_services.metrics->add(Gauge::ClientQueriesWait, 1);
    if (m_stopping) {
        rejectLocked(std::move(task), shutDownError());
    } else {
        if (m_options.poolTimeout > 0ms)
            task->deadline = task->submitted + m_options.poolTimeout;
        m_waiters.push_back(std::move(task));
        dispatchLocked();
        if (!m_waiters.empty() && m_waiters.back()->deadline < m_houseNextWake)
            kickHousekeeperLocked(); // a deadline earlier than the housekeeper's next look
    }
    flush(lock);
}

void ConnectionPool::rejectLocked(TaskPtr task, DbError error)
{
    // Every rejected task was a waiter: it leaves both gauges. Callers have already removed it from the queue.
    m_services.metrics->add(Gauge::ClientQueriesWait, -1);
    m_services.metrics->add(Gauge::ClientQueriesActive, -1);
    m_rejects.emplace_back(std::move(task), std::move(error));
}

void ConnectionPool::flush(std::unique_lock<std::mutex> &lock)
{
    auto rejects = std::exchange(m_rejects, {});
    auto events = std::exchange(m_pendingEvents, {});
    lock.unlock();
    for (auto &[task, error] : rejects) {
        task->fail(error);
        task->deliver();
    }
    for (const PoolEvent &event : events)
        m_services.events->publish(event);
    lock.lock();
}

void ConnectionPool::publishLocked(PoolEventKind kind, const Slot *slot, QString message, qint64 heldMs)
{
    if (!m_services.events->hasSubscribers())
        return;
    PoolEvent event;
    event.id = m_services.events->nextId();
    event.timestamp = QDateTime::currentDateTimeUtc();
    event.kind = kind;
    event.pool = m_options.name;
    event.message = std::move(message);
    event.heldMs = heldMs;
    if (slot) {
        event.connectionId = slot->connectionId;
        if (slot->task) {
            event.origin = slot->task->origin;
            event.action = slot->task->action;
        }
    }
    m_pendingEvents.push_back(std::move(event));
}

int ConnectionPool::countLocked(PoolConnectionState state) const
{
    return int(std::count_if(m_slots.begin(), m_slots.end(), [state](const SlotPtr &s) { return s->state == state; }));
}

void ConnectionPool::setStateLocked(Slot &slot, PoolConnectionState state)
{
    if (slot.state == state)
        return;
    auto gaugeFor = [](PoolConnectionState s) -> std::optional<Gauge> {
        switch (s) {
        case PoolConnectionState::Idle: return Gauge::PoolConnectionsIdle;
        case PoolConnectionState::Busy:
        case PoolConnectionState::InTransaction: return Gauge::PoolConnectionsBusy;
        default: return std::nullopt;
        }
    };
    const bool wasOpen = gaugeFor(slot.state).has_value();
    const bool isOpen = gaugeFor(state).has_value();
    if (auto g = gaugeFor(slot.state))
        m_services.metrics->add(*g, -1);
    if (auto g = gaugeFor(state))
        m_services.metrics->add(*g, 1);
    if (wasOpen != isOpen)
        m_services.metrics->add(Gauge::PoolConnectionsOpen, isOpen ? 1 : -1);
    slot.state = state;
    m_changed.notify_all();
}

void ConnectionPool::retireLocked(Slot &slot)
{
    slot.retire = true;
    if (!slot.task)
        setStateLocked(slot, PoolConnectionState::Closing);
    slot.wakeup.notify_one();
}

void ConnectionPool::kickHousekeeperLocked()
{
    m_houseKicked = true;
    m_houseWakeup.notify_one();
}

void ConnectionPool::openSlotLocked()
{
    auto slot = std::make_shared<Slot>();
    m_slots.push_back(slot);
    slot->thread = std::thread([this, slot] { workerMain(slot); });
}

void ConnectionPool::assignLocked(const SlotPtr &slot, TaskPtr task)
{
    const auto now = Clock::now();
    task->waitUs = usBetween(task->submitted, now);
    m_services.metrics->add(Gauge::ClientQueriesWait, -1);
    m_services.metrics->observe(Histogram::ClientQueriesWait, double(task->waitUs) / 1000.0);
    slot->task = std::move(task);
    slot->leasedAt = now;
    slot->leakReported = false;
    slot->cancelRequested = false;
    slot->lastCancelAt = {};
    setStateLocked(*slot, PoolConnectionState::Busy);
    slot->wakeup.notify_one();
    // Leases need watching (leaks, cancelled futures): wake the housekeeper unless it already polls soon.
    if (m_houseNextWake > now + kCancelPoll) {
        m_houseNextWake = now + kCancelPoll;
        kickHousekeeperLocked();
    }
}

void ConnectionPool::dispatchLocked()
{
    while (!m_waiters.empty()) {
        if (m_waiters.front()->canceled()) {
            TaskPtr task = std::move(m_waiters.front());
            m_waiters.pop_front();
            rejectLocked(std::move(task), detail::canceledError());
            continue;
        }
        // The most recently used idle connection: the others age out under the idle timeout when load drops.
        SlotPtr best;
        for (const SlotPtr &slot : m_slots) {
            if (slot->state == PoolConnectionState::Idle && !slot->retire && !slot->task
                && (!best || slot->idleSince > best->idleSince))
                best = slot;
        }
        if (best) {
            TaskPtr task = std::move(m_waiters.front());
            m_waiters.pop_front();
            assignLocked(best, std::move(task));
            continue;
        }
        const int opening = countLocked(PoolConnectionState::Opening);
        const int live = int(m_slots.size()) - countLocked(PoolConnectionState::Closing);
        if (!m_stopping && opening < int(m_waiters.size()) && live < m_options.connectionLimit) {
            openSlotLocked();
            continue;
        }
        break;
    }
}

void ConnectionPool::workerMain(SlotPtr slot)
{
    Result<std::unique_ptr<Connection>> opened = m_factory();
    std::unique_lock lock(m_mutex);
    if (!opened) {
        // The request that made the pool open this connection learns why at once, instead of timing out.
        setStateLocked(*slot, PoolConnectionState::Closing);
        publishLocked(PoolEventKind::ConnectFailed, slot.get(), opened.error().summary());
        if (!m_waiters.empty()) {
            TaskPtr task = std::move(m_waiters.front());
            m_waiters.pop_front();
            rejectLocked(std::move(task), opened.error());
        }
    } else {
        auto connection = std::make_unique<InstrumentedConnection>(
            std::move(*opened), InstrumentedConnection::Options{m_services.bus, m_services.metrics, m_options.maskPolicy, m_services.masking});
        slot->connection = connection.get();
        slot->connectionId = connection->id();
        slot->sessionId = connection->sessionId();
        slot->openedAt = slot->idleSince = Clock::now();
        m_services.metrics->increment(Counter::PoolConnectionsOpenedTotal);
        setStateLocked(*slot, PoolConnectionState::Idle);
        publishLocked(PoolEventKind::ConnectionOpened, slot.get());
        if (m_stopping)
            retireLocked(*slot);
        serve(slot, *connection, lock);
        // Closed here, on its own thread; the pool stops looking at it first.
        setStateLocked(*slot, PoolConnectionState::Closing);
        slot->connection = nullptr;
        lock.unlock();
        connection.reset();
        lock.lock();
        m_services.metrics->increment(Counter::PoolConnectionsClosedTotal);
        publishLocked(PoolEventKind::ConnectionClosed, slot.get());
    }
    std::erase(m_slots, slot);
    m_finishedThreads.push_back(std::move(slot->thread));
    m_changed.notify_all();
    dispatchLocked(); // a waiter may now get a replacement connection
    kickHousekeeperLocked();
    flush(lock);
}

void ConnectionPool::serve(const SlotPtr &slot, InstrumentedConnection &instrumented,
                           std::unique_lock<std::mutex> &lock)
{
    dispatchLocked();
    for (;;) {
        flush(lock);
        slot->wakeup.wait(lock, [&] { return slot->task || slot->retire; });
        if (!slot->task)
            return; // retired while idle
        TaskPtr task = slot->task;
        const bool check = std::exchange(slot->needsCheck, false);
        lock.unlock();

        if (check && (!instrumented.isHealthy() || !instrumented.ping())) {
            // Broken since its last error: give the request back (at the head of the queue, it keeps its turn)
            // and let a fresh connection take it.
            lock.lock();
            slot->task.reset();
            m_services.metrics->add(Gauge::ClientQueriesWait, 1);
            m_waiters.push_front(std::move(task));
            m_services.metrics->increment(Counter::PoolBrokenTotal);
            publishLocked(PoolEventKind::ConnectionBroken, slot.get(), u"failed its health check"_s);
            retireLocked(*slot);
            return;
        }

        instrumented.beginLease(task->origin, task->action, task->waitUs);
        if (task->canceled())
            task->fail(detail::canceledError());
        else
            task->execute(instrumented);
        if (instrumented.inTransaction()) {
            // Work that left a transaction open must not hand it to the next borrower.
            (void)instrumented.rollback();
        }
        const std::optional<DbError> leaseError = instrumented.leaseError();
        const bool healthy = instrumented.isHealthy();
        instrumented.endLease();

        lock.lock();
        const auto now = Clock::now();
        slot->task.reset();
        m_services.metrics->add(Gauge::ClientQueriesActive, -1);
        m_services.metrics->increment(Counter::ClientQueriesTotal);
        m_services.metrics->observe(Histogram::ClientQueriesDuration, double(usBetween(task->submitted, now)) / 1000.0);
        slot->needsCheck = leaseError && needsHealthCheck(*leaseError);
        const bool tooOld = m_options.maxLifetime > 0ms && now - slot->openedAt >= m_options.maxLifetime;
        if (!healthy) {
            m_services.metrics->increment(Counter::PoolBrokenTotal);
            publishLocked(PoolEventKind::ConnectionBroken, slot.get(),
                          leaseError ? leaseError->summary() : u"connection reported broken"_s);
        }
        if (!healthy || tooOld || m_stopping || slot->retire) {
            retireLocked(*slot);
        } else {
            slot->idleSince = now;
            setStateLocked(*slot, PoolConnectionState::Idle);
        }
        // Book-keeping is done before the caller hears back, so a finished future sees a settled pool.
        lock.unlock();
        task->deliver();
        lock.lock();
        if (slot->retire && !slot->task)
            return;
        dispatchLocked();
    }
}

void ConnectionPool::housekeeping(std::stop_token stop)
{
    std::unique_lock lock(m_mutex);
    while (!stop.stop_requested()) {
        m_houseKicked = false;
        const auto now = Clock::now();
        auto next = now + 1s;
        std::vector<std::thread> finished = std::exchange(m_finishedThreads, {});

        // Requests that waited too long: P2024.
        for (auto it = m_waiters.begin(); it != m_waiters.end();) {
            if ((*it)->deadline <= now || (*it)->canceled()) {
                TaskPtr task = std::move(*it);
                it = m_waiters.erase(it);
                if (task->canceled()) {
                    rejectLocked(std::move(task), detail::canceledError());
                    continue;
                }
                m_services.metrics->increment(Counter::PoolTimeoutsTotal);
                publishLocked(PoolEventKind::Timeout, nullptr, {}, msBetween(task->submitted, now));
                rejectLocked(std::move(task), poolTimeoutError(m_options.poolTimeout, m_options.connectionLimit));
            } else {
                next = std::min(next, (*it)->deadline);
                ++it;
            }
        }

        for (const SlotPtr &slot : m_slots) {
            if (slot->state == PoolConnectionState::Idle && !slot->retire) {
                const bool idleTooLong = m_options.idleTimeout > 0ms && now - slot->idleSince >= m_options.idleTimeout;
                const bool tooOld = m_options.maxLifetime > 0ms && now - slot->openedAt >= m_options.maxLifetime;
                if (idleTooLong || tooOld) {
                    retireLocked(*slot);
                    continue;
                }
                if (m_options.idleTimeout > 0ms)
                    next = std::min(next, slot->idleSince + m_options.idleTimeout);
                if (m_options.maxLifetime > 0ms)
                    next = std::min(next, slot->openedAt + m_options.maxLifetime);
            }
            if (!slot->task)
                continue;
            if (m_options.leakThreshold > 0ms && !slot->leakReported) {
                const auto due = slot->leasedAt + m_options.leakThreshold;
                if (due <= now) {
                    slot->leakReported = true;
                    m_services.metrics->increment(Counter::PoolLeaksTotal);
                    publishLocked(PoolEventKind::ProbableLeak, slot.get(),
                                  u"connection held longer than the leak threshold"_s, msBetween(slot->leasedAt, now));
                } else {
                    next = std::min(next, due);
                }
            }
            // A cancelled future or a cancel from the panel: forward to the server, again until the work returns.
            if (slot->connection && (slot->cancelRequested || slot->task->canceled())
                && now - slot->lastCancelAt >= kCancelResend) {
                slot->lastCancelAt = now;
                slot->connection->cancel();
            }
            next = std::min(next, now + kCancelPoll);
        }

        flush(lock);
        if (!finished.empty()) {
            lock.unlock();
            for (std::thread &t : finished)
                t.join(); // workers that already left their loop: returns at once
            lock.lock();
            continue;
        }
        dispatchLocked();
        m_houseNextWake = next;
        m_houseWakeup.wait_until(lock, next, [&] { return stop.stop_requested() || m_houseKicked; });
    }
}

bool ConnectionPool::cancelConnection(quint64 connectionId)
{
    std::lock_guard lock(m_mutex);
    for (const SlotPtr &slot : m_slots) {
        if (slot->connectionId == connectionId && slot->task && slot->connection) {
            slot->cancelRequested = true;
            slot->lastCancelAt = Clock::now();
            slot->connection->cancel();
            kickHousekeeperLocked(); // it keeps re-sending while the work runs
            return true;
        }
    }
    return false;
}

PoolSnapshot ConnectionPool::snapshot() const
{
    std::lock_guard lock(m_mutex);
    const auto now = Clock::now();
    PoolSnapshot out;
    out.name = m_options.name;
    out.limit = m_options.connectionLimit;
    out.waiters = int(m_waiters.size());
    out.shutDown = m_stopping;
    if (!m_waiters.empty())
        out.oldestWaitMs = msBetween(m_waiters.front()->submitted, now);
    for (const SlotPtr &slot : m_slots) {
        PoolConnectionInfo info;
        info.connectionId = slot->connectionId;
        info.sessionId = slot->sessionId;
        info.state = slot->state;
        info.ageMs = msBetween(slot->openedAt, now);
        info.probableLeak = slot->leakReported;
        if (slot->connection) {
            const ConnectionActivity activity = slot->connection->activity();
            info.statements = activity.statements;
            info.currentSql = activity.currentSql;
            if (!activity.currentSql.isEmpty())
                info.statementMs = msBetween(activity.statementSince, now);
            if (activity.inTransaction && slot->task) {
                info.state = PoolConnectionState::InTransaction;
                if (activity.currentSql.isEmpty())
                    info.idleInTransactionMs = msBetween(activity.lastStatementEnd, now);
            }
        }
        if (slot->task) {
            info.origin = slot->task->origin;
            info.action = slot->task->action;
            info.leasedMs = msBetween(slot->leasedAt, now);
        }
        switch (slot->state) {
        case PoolConnectionState::Opening: ++out.opening; break;
        case PoolConnectionState::Idle: ++out.idle; break;
        case PoolConnectionState::Busy:
        case PoolConnectionState::InTransaction: ++out.busy; break;
        case PoolConnectionState::Closing: break;
        }
        out.connections.append(std::move(info));
    }
    out.open = out.idle + out.busy;
    return out;
}

void ConnectionPool::shutdown(std::chrono::milliseconds grace)
{
    std::unique_lock lock(m_mutex);
    if (m_stopping) {
        // Another thread is shutting down (or has): wait for it to finish.
        m_changed.wait(lock, [&] { return m_stopped; });
        return;
    }
    m_stopping = true;
    while (!m_waiters.empty()) {
        TaskPtr task = std::move(m_waiters.front());
        m_waiters.pop_front();
        rejectLocked(std::move(task), shutDownError());
    }
    for (const SlotPtr &slot : m_slots)
        retireLocked(*slot); // idle ones leave now, busy ones after their work
    flush(lock);

    const auto busy = [&] {
        return std::ranges::any_of(m_slots, [](const SlotPtr &s) { return s->task != nullptr; });
    };
    if (!m_changed.wait_for(lock, grace, [&] { return !busy(); })) {
        for (const SlotPtr &slot : m_slots) {
            if (slot->task && slot->connection)
                slot->connection->cancel();
        }
    }
    m_changed.wait(lock, [&] { return m_slots.empty(); });
    m_housekeeper.request_stop();
    kickHousekeeperLocked();
    lock.unlock();
    if (m_housekeeper.joinable())
        m_housekeeper.join();
    lock.lock();
    std::vector<std::thread> finished = std::exchange(m_finishedThreads, {});
    lock.unlock();
    for (std::thread &t : finished)
        t.join();
    lock.lock();
    m_stopped = true;
    m_changed.notify_all();
}

} // namespace facet::db
