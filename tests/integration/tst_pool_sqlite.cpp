// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The connection pool, query bus and metrics over real SQLite connections (a file in a temporary folder):
// waiters under contention, P2024 after pool_timeout, leak flags with the borrower, events with origin, rows,
// errors and fingerprints, metrics that match the statements run, transactions, cancel, idle expiry, shutdown.
#include "bus/InstrumentedConnection.h"
#include "bus/QueryBus.h"
#include "metrics/PoolMetrics.h"
#include "pool/ConnectionPool.h"
#include "pool/PoolRegistry.h"
#include "url/ConnectionUrl.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace facet::db;

namespace {

// Holds the lease until the test opens the gate, after running one statement: contention that does not depend
// on how busy the machine is.
auto holdUntilReleased(QSemaphore &gate)
{
    return [&gate](Connection &c) -> Result<QueryResult> {
        auto r = c.execute(Statement(u"SELECT 1"_s));
        gate.acquire();
        return r;
    };
}

// Holds the lease for `ms` after running one statement: contention whose timing the test controls, on a real
// connection.
auto holdFor(int ms)
{
    return [ms](Connection &c) -> Result<QueryResult> {
        auto r = c.execute(Statement(u"SELECT 1"_s));
        QThread::msleep(ms);
        return r;
    };
}

QString errorText(const DbError &e) { return e.summary(); }

} // namespace

class TestPoolSqlite : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    ConnectionUrl freshDatabase()
    {
        const QString path = m_dir.filePath(u"pool-%1.db"_s.arg(++m_files));
        auto url = ConnectionUrl::parse(u"file:"_s + path);
        Q_ASSERT(url);
        return *url;
    }

    std::shared_ptr<ConnectionPool> makePool(int limit, const std::function<void(PoolOptions &)> &tweak = {})
    {
        const ConnectionUrl url = freshDatabase();
        PoolOptions options = PoolOptions::fromUrl(url);
        options.connectionLimit = limit;
        if (tweak)
            tweak(options);
        auto pool = ConnectionPool::create(url, options);
        auto created = pool->runBlocking(QueryOrigin::Migration, u"setup"_s, [](Connection &c) {
            return c.execute(Statement(u"CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL)"_s));
        });
        Q_ASSERT(created);
        return pool;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void waitersAreCountedUnderContention()
    {
        auto pool = makePool(2);
        const auto &metrics = *pool->metrics();
        const quint64 clientBefore = metrics.value(Counter::ClientQueriesTotal);
        QSemaphore gate;
        QList<QFuture<Result<QueryResult>>> futures;
        for (int i = 0; i < 8; ++i)
            futures.append(pool->run(QueryOrigin::Grid, u"hammer"_s, holdUntilReleased(gate)));
        QTRY_COMPARE_WITH_TIMEOUT(pool->snapshot().busy, 2, 10000);
        const PoolSnapshot s = pool->snapshot();
        QCOMPARE(s.limit, 2);
        QCOMPARE(s.open, 2);
        QCOMPARE(s.waiters, 6);
        QCOMPARE(metrics.value(Gauge::ClientQueriesWait), 6);
        QCOMPARE(metrics.value(Gauge::ClientQueriesActive), 8);
        QCOMPARE(metrics.value(Gauge::PoolConnectionsBusy), 2);
        for (const PoolConnectionInfo &c : s.connections) {
            QCOMPARE(c.origin, QueryOrigin::Grid);
            QCOMPARE(c.action, u"hammer"_s);
            QVERIFY(c.connectionId != 0);
        }
        // Every waiter has now waited at least this long before the gate opens.
        QThread::msleep(300);
        gate.release(8);
        for (auto &f : futures) {
            f.waitForFinished();
            QVERIFY(f.result());
        }
        const PoolSnapshot after = pool->snapshot();
        QCOMPARE(after.waiters, 0);
        QCOMPARE(after.busy, 0);
        QCOMPARE(after.idle, 2);
        QCOMPARE(metrics.value(Gauge::ClientQueriesWait), 0);
        QCOMPARE(metrics.value(Gauge::ClientQueriesActive), 0);
        QCOMPARE(metrics.value(Counter::ClientQueriesTotal) - clientBefore, 8u);
        QCOMPARE(metrics.value(Counter::PoolConnectionsOpenedTotal), 2u); // reused, never more than the limit
        const HistogramSample *wait = metrics.snapshot().histogram(u"prisma_client_queries_wait_histogram_ms"_s);
        QVERIFY(wait);
        QCOMPARE(wait->count, 9u); // setup + 8
        QVERIFY(wait->sum >= 6 * 300.0); // six waited at least until the gate opened
    }

    void exhaustionGivesP2024AfterPoolTimeout()
    {
        auto pool = makePool(1, [](PoolOptions &o) { o.poolTimeout = 500ms; });
        QSemaphore gate;
        auto holder = pool->run(QueryOrigin::Console, u"hold"_s, holdUntilReleased(gate));
        QTRY_COMPARE(pool->snapshot().busy, 1);
        QElapsedTimer clock;
        clock.start();
        auto r = pool->runBlocking(QueryOrigin::Grid, u"starved"_s,
                                   [](Connection &c) { return c.execute(Statement(u"SELECT 1"_s)); });
        const qint64 waited = clock.elapsed();
        QVERIFY(!r);
        QCOMPARE(r.error().prismaCode, u"P2024"_s);
        QCOMPARE(r.error().message,
                 u"Timed out fetching a new connection from the connection pool. More info: "
                 "http://pris.ly/d/connection-pool (Current connection pool timeout: 0.5, connection limit: 1)"_s);
        // Not before the timeout; the upper bound only guards against a hang (timing belongs to benchmarks).
        QVERIFY2(waited >= 450 && waited < 10000, qPrintable(QString::number(waited)));
        QCOMPARE(pool->metrics()->value(Counter::PoolTimeoutsTotal), 1u);
        QCOMPARE(pool->metrics()->value(Gauge::ClientQueriesWait), 0);
        gate.release();
        holder.waitForFinished();
        QVERIFY(holder.result());
        // The pool is fine afterwards.
        QVERIFY(pool->runBlocking(QueryOrigin::Grid, {}, [](Connection &c) { return c.execute(Statement(u"SELECT 2"_s)); }));
    }

    void waitersAreServedFirstInFirstOut()
    {
        auto pool = makePool(1);
        auto holder = pool->run(QueryOrigin::Console, {}, holdFor(200));
        QTRY_COMPARE(pool->snapshot().busy, 1);
        std::mutex mutex;
        QList<int> order;
        QList<QFuture<Result<void>>> futures;
        for (int i = 0; i < 5; ++i) {
            futures.append(pool->run(QueryOrigin::Grid, {}, [i, &mutex, &order](Connection &) -> Result<void> {
                std::lock_guard lock(mutex);
                order.append(i);
                return {};
            }));
            QThread::msleep(5);
        }
        for (auto &f : futures)
            f.waitForFinished();
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
    }

    void leakIsFlaggedWithItsBorrower()
    {
        auto pool = makePool(2, [](PoolOptions &o) { o.leakThreshold = 200ms; });
        auto events = pool->events()->subscribe();
        QSemaphore gate;
        auto leaky = pool->run(QueryOrigin::Save, u"save 3 changes"_s, holdUntilReleased(gate));
        QTRY_VERIFY_WITH_TIMEOUT(pool->metrics()->value(Counter::PoolLeaksTotal) == 1, 10000);
        const PoolSnapshot s = pool->snapshot();
        const auto it = std::ranges::find_if(s.connections, [](const PoolConnectionInfo &c) { return c.probableLeak; });
        QVERIFY(it != s.connections.end());
        QCOMPARE(it->origin, QueryOrigin::Save);
        QCOMPARE(it->action, u"save 3 changes"_s);
        QVERIFY(it->leasedMs >= 200);
        bool seen = false;
        for (const PoolEvent &e : events->drain()) {
            if (e.kind == PoolEventKind::ProbableLeak) {
                seen = true;
                QCOMPARE(e.origin, QueryOrigin::Save);
                QCOMPARE(e.action, u"save 3 changes"_s);
                QVERIFY(e.heldMs >= 200);
                QCOMPARE(e.connectionId, it->connectionId);
            }
        }
        QVERIFY(seen);
        gate.release();
        leaky.waitForFinished();
        // A short lease on the same pool is not a leak.
        QVERIFY(pool->runBlocking(QueryOrigin::Grid, {}, holdFor(10)));
        QCOMPARE(pool->metrics()->value(Counter::PoolLeaksTotal), 1u);
        QVERIFY(std::ranges::none_of(pool->snapshot().connections, [](const auto &c) { return c.probableLeak; }));
    }

    void busEventsCarryOriginRowsErrorsAndFingerprints()
    {
        auto pool = makePool(2);
        auto sub = pool->bus()->subscribe(1000);
        for (int i = 0; i < 3; ++i) {
            auto r = pool->runBlocking(QueryOrigin::Save, u"save"_s, [i](Connection &c) {
                Statement s(u"INSERT INTO item (id, name) VALUES (?, ?)"_s,
                            {Value::fromInt(i + 1), Value::fromString(u"name %1"_s.arg(i))});
                s.model = u"Item"_s;
                return c.execute(s);
            });
            QVERIFY2(r, qPrintable(r ? QString() : errorText(r.error())));
        }
        auto rows = pool->runBlocking(QueryOrigin::Grid, u"open Item"_s, [](Connection &c) {
            return c.execute(Statement(u"SELECT id, name FROM item ORDER BY id"_s));
        });
        QVERIFY(rows);
        auto dup = pool->runBlocking(QueryOrigin::Console, u"typed"_s, [](Connection &c) {
            return c.execute(Statement(u"INSERT INTO item (id, name) VALUES (?, ?)"_s,
                                       {Value::fromInt(99), Value::fromString(u"name 0"_s)}, QueryOrigin::Console));
        });
        QVERIFY(!dup);
        QCOMPARE(dup.error().prismaCode, u"P2002"_s);

        const QList<QueryEvent> events = sub->drain();
        QCOMPARE(events.size(), 5);
        for (int i = 0; i < 3; ++i) {
            const QueryEvent &e = events[i];
            QCOMPARE(e.origin, QueryOrigin::Save);
            QCOMPARE(e.action, u"save"_s);
            QCOMPARE(e.model, u"Item"_s);
            QCOMPARE(e.rows, 1);
            QVERIFY(!e.failed);
            QCOMPARE(e.provider, Provider::SQLite);
            QVERIFY(e.connectionId != 0);
            QCOMPARE(e.fingerprint, u"INSERT INTO item(id, name) VALUES (?, ?)"_s);
            QCOMPARE(e.fingerprintId, events[0].fingerprintId);
            QCOMPARE(e.params.size(), 2);
            QCOMPARE(e.params[1], u"<String (6 chars)>"_s); // Secrets by default: no text content
            QVERIFY(e.executeUs > 0);
            QVERIFY(e.timestamp.isValid());
            QVERIFY(i == 0 || e.id > events[i - 1].id);
        }
        QCOMPARE(events[3].origin, QueryOrigin::Grid);
        QCOMPARE(events[3].action, u"open Item"_s);
        QCOMPARE(events[3].rows, 3);
        QCOMPARE(events[4].origin, QueryOrigin::Console);
        QVERIFY(events[4].failed);
        QCOMPARE(events[4].errorCode, u"P2002"_s);
        QVERIFY(events[4].error.startsWith(u"P2002"_s));
        QCOMPARE(events[4].fingerprintId, events[0].fingerprintId); // same shape as the inserts
    }

    void firstStatementOfALeaseCarriesTheQueueWait()
    {
        auto pool = makePool(1);
        auto sub = pool->bus()->subscribe(100);
        QSemaphore gate;
        auto holder = pool->run(QueryOrigin::Console, {}, holdUntilReleased(gate));
        QTRY_COMPARE(pool->snapshot().busy, 1);
        auto waitedFuture = pool->run(QueryOrigin::Grid, u"waited"_s, [](Connection &c) -> Result<void> {
            if (auto r = c.execute(Statement(u"SELECT 1"_s)); !r)
                return std::unexpected(r.error());
            if (auto r = c.execute(Statement(u"SELECT 2"_s)); !r)
                return std::unexpected(r.error());
            return {};
        });
        QTRY_COMPARE(pool->snapshot().waiters, 1);
        QThread::msleep(200); // the waiter has now queued at least this long
        gate.release();
        waitedFuture.waitForFinished();
        QVERIFY(waitedFuture.result());
        QList<QueryEvent> mine;
        for (const QueryEvent &e : sub->drain()) {
            if (e.action == u"waited"_s)
                mine.append(e);
        }
        QCOMPARE(mine.size(), 2);
        QVERIFY2(mine[0].queueWaitUs >= 150'000, qPrintable(QString::number(mine[0].queueWaitUs)));
        QCOMPARE(mine[1].queueWaitUs, 0);
    }

    void metricsCountEveryStatement()
    {
        auto pool = makePool(3);
        const PoolMetrics &m = *pool->metrics();
        const quint64 before = m.value(Counter::DatasourceQueriesTotal);
        const quint64 clientBefore = m.value(Counter::ClientQueriesTotal);
        constexpr int tasks = 20;
        constexpr int perTask = 5;
        QList<QFuture<Result<void>>> futures;
        for (int t = 0; t < tasks; ++t)
            futures.append(pool->run(QueryOrigin::Cli, {}, [](Connection &c) -> Result<void> {
                for (int i = 0; i < perTask; ++i) {
                    if (auto r = c.execute(Statement(u"SELECT ?"_s, {Value::fromInt(i)})); !r)
                        return std::unexpected(r.error());
                }
                return {};
            }));
        for (auto &f : futures) {
            f.waitForFinished();
            QVERIFY(f.result());
        }
        QCOMPARE(m.value(Counter::DatasourceQueriesTotal) - before, quint64(tasks * perTask));
        QCOMPARE(m.value(Counter::ClientQueriesTotal) - clientBefore, quint64(tasks));
        const MetricsSnapshot s = m.snapshot();
        QCOMPARE(s.histogram(u"prisma_datasource_queries_duration_histogram_ms"_s)->count,
                 m.value(Counter::DatasourceQueriesTotal));
        QCOMPARE(*s.gauge(u"prisma_pool_connections_open"_s), double(pool->snapshot().open));
        QCOMPARE(*s.gauge(u"prisma_pool_connections_idle"_s) + *s.gauge(u"prisma_pool_connections_busy"_s),
                 double(pool->snapshot().open));
    }

    void transactionCommitsOrRollsBack()
    {
        auto pool = makePool(1);
        auto sub = pool->bus()->subscribe(100);
        auto ok = pool->transaction(QueryOrigin::Save, u"save"_s, IsolationLevel::Serializable, [](Connection &c) {
            return c.execute(Statement(u"INSERT INTO item (id, name) VALUES (1, 'kept')"_s));
        }).result();
        QVERIFY(ok);
        auto failed = pool->transaction(QueryOrigin::Save, u"save"_s, IsolationLevel::Default, [](Connection &c) -> Result<void> {
            if (auto r = c.execute(Statement(u"INSERT INTO item (id, name) VALUES (2, 'gone')"_s)); !r)
                return std::unexpected(r.error());
            DbError guard;
            guard.prismaCode = u"P2025"_s;
            guard.message = u"guard matched no row"_s;
            return std::unexpected(guard);
        }).result();
        QVERIFY(!failed);
        QCOMPARE(failed.error().prismaCode, u"P2025"_s);
        auto threw = pool->transaction(QueryOrigin::Save, u"save"_s, IsolationLevel::Default, [](Connection &c) -> Result<void> {
            (void)c.execute(Statement(u"INSERT INTO item (id, name) VALUES (3, 'gone too')"_s));
            throw std::runtime_error("boom");
        }).result();
        QVERIFY(!threw);
        QVERIFY(threw.error().message.contains(u"boom"_s));
        auto count = pool->runBlocking(QueryOrigin::Grid, {}, [](Connection &c) {
            return c.execute(Statement(u"SELECT name FROM item ORDER BY id"_s));
        });
        QVERIFY(count);
        QCOMPARE(count->rows.size(), 1);
        QCOMPARE(count->rows[0][0].toString(), u"kept"_s);
        // The statements inside carry the transaction flag; begin/commit/rollback are events too.
        QStringList kinds;
        for (const QueryEvent &e : sub->drain()) {
            if (e.action == u"save"_s) {
                kinds.append(queryKindName(e.kind));
                if (e.kind == QueryKind::Statement)
                    QVERIFY(e.inTransaction);
            }
        }
        QCOMPARE(kinds, (QStringList{u"begin"_s, u"statement"_s, u"commit"_s, u"begin"_s, u"statement"_s,
                                     u"rollback"_s, u"begin"_s, u"statement"_s, u"rollback"_s}));
    }

    void workLeavingATransactionOpenIsRolledBack()
    {
        auto pool = makePool(1);
        QVERIFY(pool->runBlocking(QueryOrigin::Console, {}, [](Connection &c) -> Result<void> {
            if (auto b = c.begin(); !b)
                return b;
            return c.execute(Statement(u"INSERT INTO item (id, name) VALUES (7, 'forgotten')"_s)).transform([](auto &&) {});
        }));
        auto rows = pool->runBlocking(QueryOrigin::Grid, {}, [](Connection &c) {
            return c.execute(Statement(u"SELECT count(*) FROM item"_s));
        });
        QVERIFY(rows);
        QCOMPARE(rows->rows[0][0].toBigInt(), 0);
    }

    void cancellingTheFutureInterruptsTheStatement()
    {
        auto pool = makePool(1);
        std::atomic<qint64> finishedAtMs{-1};
        QElapsedTimer clock;
        clock.start();
        auto future = pool->run(QueryOrigin::Console, u"long"_s, [&](Connection &c) {
            // Billions of rows of recursion: runs for minutes unless interrupted.
            auto r = c.execute(Statement(u"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                                         "SELECT count(*) FROM n"_s));
            finishedAtMs = clock.elapsed();
            return r;
        });
        QTRY_VERIFY(!pool->snapshot().connections.isEmpty() && !pool->snapshot().connections[0].currentSql.isEmpty());
        QThread::msleep(50);
        const qint64 cancelledAt = clock.elapsed();
        future.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finishedAtMs.load() >= 0, 3000);
        const qint64 latency = finishedAtMs.load() - cancelledAt;
        qInfo("SQLite statement interrupted %lld ms after QFuture::cancel()", latency);
        QVERIFY2(latency < 5000, qPrintable(QString::number(latency))); // interrupted, not run out; speed is a benchmark
        QVERIFY(future.isCanceled());
        QVERIFY(pool->runBlocking(QueryOrigin::Grid, {}, [](Connection &c) { return c.execute(Statement(u"SELECT 1"_s)); }));
    }

    void cancelConnectionFromThePanel()
    {
        auto pool = makePool(1);
        auto future = pool->run(QueryOrigin::Console, u"long"_s, [](Connection &c) {
            return c.execute(Statement(u"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                                       "SELECT count(*) FROM n"_s));
        });
        QTRY_VERIFY(!pool->snapshot().connections.isEmpty() && !pool->snapshot().connections[0].currentSql.isEmpty());
        QVERIFY(pool->cancelConnection(pool->snapshot().connections[0].connectionId));
        future.waitForFinished();
        QVERIFY(!future.result()); // interrupted: an error the caller sees
        QVERIFY(!pool->cancelConnection(123456789));
    }

    void continuationRunsOnTheContextThread()
    {
        auto pool = makePool(1);
        QObject context;
        Qt::HANDLE ranOn = nullptr;
        qint64 rows = -1;
        pool->run(QueryOrigin::Grid, {}, [](Connection &c) { return c.execute(Statement(u"SELECT 1 UNION SELECT 2"_s)); })
            .then(&context, [&](Result<QueryResult> r) {
                ranOn = QThread::currentThreadId();
                rows = r ? r->rows.size() : -1;
            });
        QTRY_COMPARE(rows, 2);
        QCOMPARE(ranOn, QThread::currentThreadId());
    }

    void idleAndOverAgeConnectionsAreClosed()
    {
        auto pool = makePool(2, [](PoolOptions &o) { o.idleTimeout = 200ms; });
        QTRY_COMPARE_WITH_TIMEOUT(pool->snapshot().open, 0, 2000);
        QTRY_COMPARE(pool->metrics()->value(Counter::PoolConnectionsClosedTotal), 1u); // counted once closed on its thread
        QVERIFY(pool->runBlocking(QueryOrigin::Grid, {}, holdFor(1))); // a fresh one opens on demand
        QCOMPARE(pool->metrics()->value(Counter::PoolConnectionsOpenedTotal), 2u);

        auto aging = makePool(1, [](PoolOptions &o) { o.maxLifetime = 150ms; o.idleTimeout = 0ms; });
        const quint64 first = aging->snapshot().connections.value(0).connectionId;
        QThread::msleep(250);
        QVERIFY(aging->runBlocking(QueryOrigin::Grid, {}, holdFor(1)));
        QTRY_VERIFY(aging->snapshot().connections.value(0).connectionId != first);
    }

    void shutdownRejectsQueuedWorkAndJoins()
    {
        auto pool = makePool(1);
        auto running = pool->run(QueryOrigin::Console, {}, holdFor(300));
        QTRY_COMPARE(pool->snapshot().busy, 1);
        auto queued = pool->run(QueryOrigin::Grid, {}, holdFor(1));
        pool->shutdown();
        QVERIFY(running.result()); // running work finished within the grace period
        QVERIFY(!queued.result());
        QVERIFY(queued.result().error().message.contains(u"shut down"_s));
        auto late = pool->runBlocking(QueryOrigin::Grid, {}, holdFor(1));
        QVERIFY(!late);
        QCOMPARE(pool->snapshot().open, 0);
        QVERIFY(pool->snapshot().shutDown);
        QCOMPARE(pool->metrics()->value(Gauge::PoolConnectionsOpen), 0);
    }

    void instrumentationPublishesOnlyToSubscribersButAlwaysCounts()
    {
        // What it costs is measured in docs/BENCHMARKS.md (issue 4, benchmark c); here: events exist only while
        // someone listens, and metrics count every statement either way.
        const ConnectionUrl url = freshDatabase();
        auto opened = openConnection(url);
        QVERIFY(opened);
        auto bus = QueryBus::create();
        auto metrics = std::make_shared<PoolMetrics>();
        InstrumentedConnection instrumented(std::move(*opened), {bus, metrics, MaskPolicy::Secrets});
        constexpr int n = 100;
        const auto loop = [&] {
            for (int i = 0; i < n; ++i)
                QVERIFY(instrumented.execute(Statement(u"SELECT ?"_s, {Value::fromInt(i)})));
        };
        loop();
        QVERIFY(!bus->hasSubscribers());
        auto sub = bus->subscribe(4 * n);
        loop();
        QCOMPARE(sub->pending(), n);
        QCOMPARE(metrics->value(Counter::DatasourceQueriesTotal), quint64(2 * n));
    }

    void registryGivesOneSharedPoolPerUrl()
    {
        PoolRegistry registry;
        const QString url = u"file:"_s + m_dir.filePath(u"shared.db"_s) + u"?connection_limit=3"_s;
        auto a = registry.pool(url);
        auto b = registry.pool(url);
        QVERIFY(a && b);
        QCOMPARE(a->get(), b->get());
        QCOMPARE((*a)->options().connectionLimit, 3);
        QCOMPARE((*a)->bus(), registry.bus());
        auto readOnly = registry.pool(url, ConnectOptions{true, {}});
        QVERIFY(readOnly);
        QVERIFY(readOnly->get() != a->get());
        auto bad = registry.pool(u"nosuch://x"_s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().prismaCode, u"P1013"_s);
        registry.shutdownAll();
        QVERIFY((*a)->snapshot().shutDown);
    }

    // The query panel's "Values" switch: the registry-wide override reaches connections that are already open,
    // from their next statement, and switching it off restores each pool's own masking.
    void parameterMaskingOverrideAppliesToOpenConnections()
    {
        PoolRegistry registry;
        auto pool = registry.pool(u"file:"_s + m_dir.filePath(u"masking.db"_s) + u"?connection_limit=1"_s);
        QVERIFY(pool);
        auto sub = registry.bus()->subscribe(100);
        const auto selectSecret = [&] {
            auto r = (*pool)->runBlocking(QueryOrigin::Console, u"probe"_s, [](Connection &c) {
                Statement st(u"SELECT ?"_s);
                st.params = {Value::fromString(u"hunter2"_s)};
                return c.execute(st);
            });
            QVERIFY2(r, qPrintable(r ? QString() : r.error().summary()));
        };
        const auto lastParams = [&] {
            const QList<QueryEvent> events = sub->drain();
            return events.isEmpty() ? QStringList{u"<no event>"_s} : events.last().params;
        };
        selectSecret();
        QCOMPARE(lastParams(), QStringList{u"<String (7 chars)>"_s}); // PoolOptions' default: Secrets
        registry.masking()->setOverride(MaskPolicy::None);
        selectSecret();
        QCOMPARE(lastParams(), QStringList{u"\"hunter2\""_s});
        registry.masking()->setOverride(std::nullopt);
        selectSecret();
        QCOMPARE(lastParams(), QStringList{u"<String (7 chars)>"_s});
        registry.shutdownAll();
    }
};

QTEST_GUILESS_MAIN(TestPoolSqlite)
#include "tst_pool_sqlite.moc"
