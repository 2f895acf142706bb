// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The connection pool against the real PostgreSQL and MariaDB of the test run (the `servers` fixture): waiters
// on server-side sleeps, P2024 from the URL's pool_timeout, a terminated backend replaced on the next request,
// a running pg_sleep cancelled, and bus events/metrics from real statements.
#include "TestServers.h"
#include "bus/QueryBus.h"
#include "bus/SqlFingerprint.h"
#include "metrics/PoolMetrics.h"
#include "pool/ConnectionPool.h"
#include "pool/PoolRegistry.h"
#include "url/ConnectionUrl.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace facet::db;

namespace {

QString withParams(const QString &url, const QString &params)
{
    return url + (url.contains(u'?') ? u'&' : u'?') + params;
}

Result<QueryResult> exec(ConnectionPool &pool, const QString &sql, QueryOrigin origin = QueryOrigin::Cli)
{
    return pool.runBlocking(origin, {}, [sql](Connection &c) { return c.execute(Statement(sql)); });
}

} // namespace

class TestPoolServers : public QObject {
    Q_OBJECT

private:
    facet::test::PgServer m_pg;
    facet::test::MySqlServer m_my;
    PoolRegistry m_registry;

    std::shared_ptr<ConnectionPool> pool(const QString &url, const std::function<void(PoolOptions &)> &tweak = {})
    {
        auto p = m_registry.pool(url, {}, tweak);
        if (!p)
            qFatal("pool: %s", qPrintable(p.error().summary()));
        return *p;
    }

    void waitersCounted(const QString &url, const QString &sleepSql)
    {
        auto p = pool(withParams(url, u"connection_limit=2&application_name=facet_pool_test"_s));
        const PoolMetrics &m = *p->metrics();
        const quint64 statementsBefore = m.value(Counter::DatasourceQueriesTotal);
        QList<QFuture<Result<QueryResult>>> futures;
        for (int i = 0; i < 6; ++i)
            futures.append(p->run(QueryOrigin::Grid, u"hammer"_s,
                                  [sleepSql](Connection &c) { return c.execute(Statement(sleepSql)); }));
        QTRY_COMPARE_WITH_TIMEOUT(p->snapshot().busy, 2, 5000);
        const PoolSnapshot s = p->snapshot();
        QCOMPARE(s.waiters, 4);
        QCOMPARE(s.open, 2);
        QTRY_VERIFY(std::ranges::all_of(p->snapshot().connections, [&](const PoolConnectionInfo &c) {
            return c.currentSql == sleepSql && c.sessionId > 0;
        }));
        const PoolSnapshot busy = p->snapshot();
        QVERIFY(busy.connections[0].sessionId != busy.connections[1].sessionId);
        for (auto &f : futures) {
            f.waitForFinished();
            QVERIFY2(f.result(), qPrintable(f.result() ? QString() : f.result().error().summary()));
        }
        QCOMPARE(m.value(Counter::DatasourceQueriesTotal) - statementsBefore, 6u);
        QCOMPARE(p->snapshot().waiters, 0);
        m_registry.shutdownAll();
    }

    void poolTimeoutFromUrl(const QString &url, const QString &sleepSql)
    {
        auto p = pool(withParams(url, u"connection_limit=1&pool_timeout=1"_s));
        QCOMPARE(p->options().poolTimeout, 1000ms);
        auto holder = p->run(QueryOrigin::Console, {}, [sleepSql](Connection &c) { return c.execute(Statement(sleepSql)); });
        QTRY_COMPARE(p->snapshot().busy, 1);
        QElapsedTimer clock;
        clock.start();
        auto r = exec(*p, u"SELECT 1"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().prismaCode, u"P2024"_s);
        QVERIFY(r.error().message.endsWith(u"(Current connection pool timeout: 1, connection limit: 1)"_s));
        // Not before the timeout; the upper bound only guards against a hang (timing belongs to benchmarks).
        QVERIFY2(clock.elapsed() >= 950 && clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(holder.result());
        m_registry.shutdownAll();
    }

    void eventsFromRealStatements(const QString &url, Provider provider, const QString &placeholder)
    {
        auto p = pool(url);
        auto sub = p->bus()->subscribe(1000);
        for (int i = 0; i < 3; ++i) {
            auto r = p->runBlocking(QueryOrigin::Grid, u"N+1"_s, [&, i](Connection &c) {
                Statement s(u"SELECT "_s + placeholder + u" AS v"_s, {Value::fromInt(i)});
                s.model = u"Post"_s;
                return c.execute(s);
            });
            QVERIFY(r);
        }
        auto bad = exec(*p, u"SELECT * FROM no_such_table_here"_s, QueryOrigin::Console);
        QVERIFY(!bad);
        const QList<QueryEvent> events = sub->drain();
        QCOMPARE(events.size(), 4);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(events[i].provider, provider);
            QCOMPARE(events[i].origin, QueryOrigin::Grid);
            QCOMPARE(events[i].model, u"Post"_s);
            QCOMPARE(events[i].rows, 1);
            QCOMPARE(events[i].fingerprint, u"SELECT "_s + sqlFingerprint(placeholder) + u" AS v"_s);
            QCOMPARE(events[i].fingerprintId, events[0].fingerprintId);
            QCOMPARE(events[i].params, QStringList{QString::number(i)});
        }
        QVERIFY(events[3].failed);
        QCOMPARE(events[3].errorCode, bad.error().prismaCode);
        QCOMPARE(events[3].origin, QueryOrigin::Console);
        m_registry.shutdownAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto pg = facet::test::TestServers::postgres();
        QVERIFY2(pg, qPrintable(pg.error()));
        m_pg = *pg;
        auto my = facet::test::TestServers::mysql();
        QVERIFY2(my, qPrintable(my.error()));
        m_my = *my;
    }

    void postgresWaitersAreCounted() { waitersCounted(m_pg.url, u"SELECT pg_sleep(1.5)"_s); }
    void mariadbWaitersAreCounted() { waitersCounted(m_my.url, u"SELECT SLEEP(1.5)"_s); }
    void postgresPoolTimeoutFromTheUrl() { poolTimeoutFromUrl(m_pg.url, u"SELECT pg_sleep(1.6)"_s); }
    void mariadbPoolTimeoutFromTheUrl() { poolTimeoutFromUrl(m_my.url, u"SELECT SLEEP(1.6)"_s); }
    void postgresEvents() { eventsFromRealStatements(m_pg.url, Provider::PostgreSQL, u"$1::int"_s); }
    void mariadbEvents() { eventsFromRealStatements(m_my.url, Provider::MySQL, u"?"_s); }

    void terminatedBackendIsReplacedOnTheNextRequest()
    {
        auto p = pool(withParams(m_pg.url, u"connection_limit=1"_s));
        auto events = p->events()->subscribe();
        const quint64 openedBefore = p->metrics()->value(Counter::PoolConnectionsOpenedTotal); // shared metrics
        auto pid = exec(*p, u"SELECT pg_backend_pid()"_s);
        QVERIFY2(pid, qPrintable(pid ? QString() : pid.error().summary()));
        const qint64 firstPid = pid->rows[0][0].toBigInt();
        QCOMPARE(p->snapshot().connections.value(0).sessionId, firstPid);

        auto superUrl = ConnectionUrl::parse(m_pg.superuserUrl);
        QVERIFY(superUrl);
        auto super = openConnection(*superUrl);
        QVERIFY2(super, qPrintable(super ? QString() : super.error().summary()));
        auto killed = (*super)->execute(Statement(u"SELECT pg_terminate_backend($1::int)"_s, {Value::fromBigInt(firstPid)}));
        QVERIFY2(killed, qPrintable(killed ? QString() : killed.error().summary()));

        // The request that meets the dead session fails with P1017, as Prisma's does; the pool then replaces it.
        QTRY_VERIFY_WITH_TIMEOUT(!exec(*p, u"SELECT 1"_s).has_value() || p->metrics()->value(Counter::PoolBrokenTotal) > 0, 3000);
        auto again = exec(*p, u"SELECT pg_backend_pid()"_s);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().summary()));
        QVERIFY(again->rows[0][0].toBigInt() != firstPid);
        QVERIFY(p->metrics()->value(Counter::PoolBrokenTotal) >= 1);
        QCOMPARE(p->metrics()->value(Counter::PoolConnectionsOpenedTotal) - openedBefore, 2u);
        bool broken = false;
        for (const PoolEvent &e : events->drain())
            broken = broken || e.kind == PoolEventKind::ConnectionBroken;
        QVERIFY(broken);
        m_registry.shutdownAll();
    }

    void terminatedBackendGivesP1017()
    {
        auto p = pool(withParams(m_pg.url, u"connection_limit=1"_s));
        auto pid = exec(*p, u"SELECT pg_backend_pid()"_s);
        QVERIFY(pid);
        auto superUrl = ConnectionUrl::parse(m_pg.superuserUrl);
        auto super = openConnection(*superUrl);
        QVERIFY(super);
        QVERIFY((*super)->execute(Statement(u"SELECT pg_terminate_backend($1::int)"_s, {pid->rows[0][0]})));
        QThread::msleep(100);
        auto dead = exec(*p, u"SELECT 1"_s);
        QVERIFY(!dead);
        QCOMPARE(dead.error().prismaCode, u"P1017"_s);
        QVERIFY(exec(*p, u"SELECT 1"_s)); // recovered without restarting anything
        m_registry.shutdownAll();
    }

    void runningPgSleepIsCancelledQuickly()
    {
        auto p = pool(m_pg.url);
        std::atomic<qint64> endedAt{-1};
        QElapsedTimer clock;
        clock.start();
        auto future = p->run(QueryOrigin::Console, u"sleep"_s, [&](Connection &c) {
            auto r = c.execute(Statement(u"SELECT pg_sleep(30)"_s));
            endedAt = clock.elapsed();
            return r;
        });
        QTRY_VERIFY(!p->snapshot().connections.isEmpty() && !p->snapshot().connections[0].currentSql.isEmpty());
        QThread::msleep(100);
        const qint64 cancelledAt = clock.elapsed();
        future.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(endedAt.load() >= 0, 5000);
        const qint64 latency = endedAt.load() - cancelledAt;
        qInfo("pg_sleep(30) ended %lld ms after QFuture::cancel()", latency);
        // The statement was cancelled, not run out: far below its 30 s. The latency itself (target: under
        // 200 ms) is measured in docs/BENCHMARKS.md, not asserted on a shared machine.
        QVERIFY2(latency < 5000, qPrintable(QString::number(latency)));
        // The connection is reusable (a cancelled statement is a P2xxx-free error, so it is pinged first).
        QVERIFY(exec(*p, u"SELECT 1"_s));
        m_registry.shutdownAll();
    }

    void interactiveTransactionOnPostgres()
    {
        auto p = pool(m_pg.url);
        QVERIFY(exec(*p, u"DROP TABLE IF EXISTS pool_tx"_s));
        QVERIFY(exec(*p, u"CREATE TABLE pool_tx (id int PRIMARY KEY)"_s));
        auto failed = p->transaction(QueryOrigin::Save, u"save"_s, IsolationLevel::Serializable, [](Connection &c) -> Result<void> {
            if (auto r = c.execute(Statement(u"INSERT INTO pool_tx VALUES (1)"_s)); !r)
                return std::unexpected(r.error());
            auto dup = c.execute(Statement(u"INSERT INTO pool_tx VALUES (1)"_s));
            if (!dup)
                return std::unexpected(dup.error());
            return {};
        }).result();
        QVERIFY(!failed);
        QCOMPARE(failed.error().prismaCode, u"P2002"_s);
        auto count = exec(*p, u"SELECT count(*) FROM pool_tx"_s);
        QVERIFY(count);
        QCOMPARE(count->rows[0][0].toBigInt(), 0);
        m_registry.shutdownAll();
    }
};

QTEST_GUILESS_MAIN(TestPoolServers)
#include "tst_pool_servers.moc"
