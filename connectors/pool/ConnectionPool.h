// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "bus/ParameterMasking.h"
#include "bus/QueryBus.h"
#include "core/Connection.h"
#include "pool/PoolOptions.h"
#include "pool/PoolState.h"

#include <QFuture>
#include <QPromise>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <type_traits>
#include <vector>

namespace facet::db {

class InstrumentedConnection;
class PoolMetrics;

namespace detail {
template <typename R>
struct IsResult : std::false_type {};
template <typename T>
struct IsResult<std::expected<T, DbError>> : std::true_type {};

DbError exceptionError(std::exception_ptr exception);
DbError canceledError();

/// Runs `fn`, turning an escaping exception into an error: work never throws across the pool.
template <typename R, typename F>
R guarded(F &fn, Connection &connection)
{
    try {
        return std::invoke(fn, connection);
    } catch (...) {
        return R(std::unexpected(exceptionError(std::current_exception())));
    }
}
} // namespace detail

/// One queued unit of work, type-erased. Internal to the pool; public only so the templates can build it.
struct PoolTask {
    QueryOrigin origin = QueryOrigin::Internal;
    QString action;
    std::function<void(Connection &)> execute; ///< runs the work and keeps its result
    std::function<void(const DbError &)> fail; ///< keeps an error instead
    std::function<void()> deliver;             ///< hands the kept result to the future (never under a lock)
    std::function<bool()> canceled;            ///< the caller cancelled the future
    std::chrono::steady_clock::time_point submitted;
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
    qint64 waitUs = 0;
};

/// Connections to one database, reused across work (Prisma's pool, with its URL parameters).
///
/// Each connection lives on its own worker thread for its whole life (opened, used and closed there, as QtSql
/// requires). Work is a function run against one connection on that thread; run() returns a QFuture at once,
/// so the GUI thread attaches a continuation with a context object and never blocks:
///
///     pool->run(QueryOrigin::Grid, u"open Post"_s, [](Connection &c) { return c.execute(stmt); })
///         .then(this, [this](Result<QueryResult> r) { ... });
///
/// Requests wait in FIFO order for a free connection, at most PoolOptions::poolTimeout (then P2024). New
/// connections open lazily up to the limit. A connection whose work failed with a connection-level error is
/// pinged before it is lent again, and replaced when broken; idle and over-age connections are closed.
/// A lease held past the leak threshold is reported (PoolEvent ProbableLeak, facet_pool_leaks_total, and the
/// snapshot's flag, with the borrower's origin and action).
///
/// Cancelling the returned future (QFuture::cancel) drops the work if it has not started and otherwise asks
/// the server to cancel the running statement (within ~20 ms); a cancelled future carries no result, as
/// with any QFuture. cancelConnection() does the same for the pool panel's "cancel" on a row.
class ConnectionPool final {
    struct Private {};

public:
    using Factory = std::function<Result<std::unique_ptr<Connection>>()>;

    struct Services {
        std::shared_ptr<QueryBus> bus;          ///< created when null
        std::shared_ptr<PoolMetrics> metrics;   ///< created when null
        std::shared_ptr<PoolEventBus> events;   ///< created when null
        std::shared_ptr<ParameterMasking> masking; ///< may be null: the pool's own maskPolicy, fixed
    };

    /// A pool opening connections with openConnection(url, connectOptions).
    [[nodiscard]] static std::shared_ptr<ConnectionPool> create(const ConnectionUrl &url, PoolOptions options,
                                                                ConnectOptions connectOptions = {},
                                                                Services services = {});
    /// A pool opening connections with `factory`, which runs on the new connection's worker thread.
    [[nodiscard]] static std::shared_ptr<ConnectionPool> create(Factory factory, PoolOptions options,
                                                                Services services = {});

    ConnectionPool(Private, Factory factory, PoolOptions options, Services services);
    /// shutdown() with the default grace. Drop the last reference outside the pool's own work (a
    /// continuation without a context object runs on a worker thread, which shutdown would wait for).
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    /// Runs `fn(Connection &)` on a pooled connection's thread. `fn` returns a Result<T>; an exception it
    /// throws becomes an error. Statements that carry no origin/action of their own are attributed to these.
    template <typename F>
    [[nodiscard]] auto run(QueryOrigin origin, QString action, F fn)
        -> QFuture<std::invoke_result_t<F &, Connection &>>
    {
        using R = std::invoke_result_t<F &, Connection &>;
        static_assert(detail::IsResult<R>::value, "pool work must return facet::db::Result<T>");
        struct State {
            QPromise<R> promise;
            std::optional<R> result;
        };
        auto state = std::make_shared<State>();
        state->promise.start();
        QFuture<R> future = state->promise.future();
        auto task = std::make_shared<PoolTask>();
        task->origin = origin;
        task->action = std::move(action);
        task->execute = [state, fn = std::move(fn)](Connection &c) mutable {
            state->result.emplace(detail::guarded<R>(fn, c));
        };
        task->fail = [state](const DbError &e) { state->result.emplace(std::unexpected(e)); };
        task->deliver = [state] {
            if (state->result)
                state->promise.addResult(std::move(*state->result));
            state->promise.finish();
        };
        task->canceled = [state] { return state->promise.isCanceled(); };
        submit(std::move(task));
        return future;
    }

    /// run() inside a transaction: begin(isolation), fn, commit; rolled back when fn returns an error or throws,
    /// or when commit fails (like Prisma's `$transaction(async tx => …)`).
    template <typename F>
    [[nodiscard]] auto transaction(QueryOrigin origin, QString action, IsolationLevel isolation, F fn)
        -> QFuture<std::invoke_result_t<F &, Connection &>>
    {
        using R = std::invoke_result_t<F &, Connection &>;
        return run(origin, std::move(action), [isolation, fn = std::move(fn)](Connection &c) mutable -> R {
            if (Result<void> begun = c.begin(isolation); !begun)
                return R(std::unexpected(begun.error()));
            R result = detail::guarded<R>(fn, c);
            if (!result) {
                (void)c.rollback(); // the work's error is what the caller needs to see
                return result;
            }
            if (Result<void> committed = c.commit(); !committed) {
                if (c.inTransaction())
                    (void)c.rollback();
                return R(std::unexpected(committed.error()));
            }
            return result;
        });
    }

    /// Blocking run() for the command line and tests. Never call it on a pool worker thread (from inside
    /// other work): that could wait for itself. A cancelled run reports the cancellation as an error.
    template <typename F>
    [[nodiscard]] auto runBlocking(QueryOrigin origin, QString action, F fn) -> std::invoke_result_t<F &, Connection &>
    {
        using R = std::invoke_result_t<F &, Connection &>;
        QFuture<R> future = run(origin, std::move(action), std::move(fn));
        future.waitForFinished();
        if (future.isCanceled() || future.resultCount() == 0)
            return R(std::unexpected(detail::canceledError()));
        return future.takeResult();
    }

    /// Asks the server to cancel the statement running on this connection now (the pool panel's action).
    /// Returns false when no such connection is leased.
    bool cancelConnection(quint64 connectionId);

    [[nodiscard]] PoolSnapshot snapshot() const;
    [[nodiscard]] const PoolOptions &options() const { return m_options; }
    [[nodiscard]] const std::shared_ptr<QueryBus> &bus() const { return m_services.bus; }
    [[nodiscard]] const std::shared_ptr<PoolMetrics> &metrics() const { return m_services.metrics; }
    [[nodiscard]] const std::shared_ptr<PoolEventBus> &events() const { return m_services.events; }

    /// Stops taking work: queued requests fail at once ("The connection pool was shut down"), running work
    /// gets `grace` to finish before its statements are cancelled, then every connection is closed on its
    /// thread and every thread joined. Idempotent.
    void shutdown(std::chrono::milliseconds grace = std::chrono::seconds(5));

private:
    struct Slot;
    using SlotPtr = std::shared_ptr<Slot>;
    using TaskPtr = std::shared_ptr<PoolTask>;
    using Clock = std::chrono::steady_clock;

    void submit(TaskPtr task);
    void workerMain(SlotPtr slot);
    /// The worker's loop once its connection is open; returns when the slot retires.
    void serve(const SlotPtr &slot, InstrumentedConnection &connection, std::unique_lock<std::mutex> &lock);
    void housekeeping(std::stop_token stop);

    // With m_mutex held.
    void dispatchLocked();
    void assignLocked(const SlotPtr &slot, TaskPtr task);
    void openSlotLocked();
    void kickHousekeeperLocked();
    void setStateLocked(Slot &slot, PoolConnectionState state);
    void retireLocked(Slot &slot);
    void rejectLocked(TaskPtr task, DbError error);
    void publishLocked(PoolEventKind kind, const Slot *slot, QString message = {}, qint64 heldMs = 0);
    int countLocked(PoolConnectionState state) const;
    /// Fails queued tasks and publishes pool events gathered under the lock; call after unlocking.
    void flush(std::unique_lock<std::mutex> &lock);

    Factory m_factory;
    const PoolOptions m_options;
    Services m_services;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;     ///< slot states changed (shutdown waits on it)
    std::condition_variable m_houseWakeup; ///< new deadlines for the housekeeping thread
    std::vector<SlotPtr> m_slots;
    std::deque<TaskPtr> m_waiters;
    std::vector<std::thread> m_finishedThreads; ///< workers that have left; joined by housekeeping/shutdown
    std::vector<std::pair<TaskPtr, DbError>> m_rejects;
    std::vector<PoolEvent> m_pendingEvents;
    std::chrono::steady_clock::time_point m_houseNextWake{}; ///< when the housekeeper wakes next
    bool m_houseKicked = false; ///< set with m_houseWakeup: something changed, look again now
    bool m_stopping = false;
    bool m_stopped = false;
    std::jthread m_housekeeper;
};

} // namespace facet::db
