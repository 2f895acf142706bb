// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Fault test: the test PostgreSQL restarted (`pg_ctl restart -m fast`) while a pool's workers run statements
// in a loop. During the outage statements fail with P1001/P1017 within a bound (never hang); once the
// server is back the same pool, never recreated, serves statements again on new connections, and the
// metrics show the closed and opened connections. The restart keeps the data folder, port and socket
// (pg_ctl reuses postmaster.opts), and test-servers.sh stop finds the new postmaster through postmaster.pid.
#include "TestServers.h"
#include "metrics/PoolMetrics.h"
#include "pool/ConnectionPool.h"
#include "url/ConnectionUrl.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace facet::db;

namespace {

struct Outcome {
    qint64 startedMs = 0;
    qint64 tookMs = 0;
    QString error; // empty: the statement succeeded
};

QString serverValue(const char *key)
{
    auto v = facet::test::TestServers::value(QString::fromLatin1(key));
    if (!v)
        qFatal("%s", qPrintable(v.error()));
    return *v;
}

// pg_ctl as the user that owns the data folder: PostgreSQL refuses to run as root, and test-servers.sh
// starts it as `nobody` when the suite runs as root (the same setpriv call it uses).
QProcess *pgCtl(const QStringList &arguments)
{
    const QString pgCtlPath = serverValue("PG_BINDIR") + u"/pg_ctl"_s;
    const QFileInfo data(serverValue("PG_DATA"));
    auto *p = new QProcess;
    QStringList program;
    if (::geteuid() == 0 && data.ownerId() != 0) {
        program = {u"setpriv"_s, u"--reuid=%1"_s.arg(data.ownerId()), u"--regid=%1"_s.arg(data.groupId()),
                   u"--clear-groups"_s, u"--"_s, u"env"_s, u"HOME=/"_s, pgCtlPath};
    } else {
        program = {pgCtlPath};
    }
    // The new postmaster inherits pg_ctl's output: append it to the server log, as the start did. The file
    // is opened here, before the user switch, like the shell redirection of test-servers.sh.
    p->setStandardOutputFile(serverValue("PG_LOG"), QIODevice::Append);
    p->setStandardErrorFile(serverValue("PG_LOG"), QIODevice::Append);
    p->setWorkingDirectory(u"/"_s); // a folder the server user may enter
    p->start(program.takeFirst(), program + arguments);
    return p;
}

qint64 postmasterPid()
{
    QFile f(serverValue("PG_DATA") + u"/postmaster.pid"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readLine().trimmed().toLongLong();
}

} // namespace

class TestPoolRestart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void serverRestartedUnderLoadRecoversWithoutNewPool()
    {
        auto pg = facet::test::TestServers::postgres();
        QVERIFY2(pg, qPrintable(pg.error()));
        // connect_timeout bounds a connection attempt while the server is down; pool_timeout a wait for one.
        const auto url = ConnectionUrl::parse(pg->url + u"?connection_limit=4&pool_timeout=5&connect_timeout=2"_s);
        QVERIFY(url);
        std::shared_ptr<ConnectionPool> pool = ConnectionPool::create(*url, PoolOptions::fromUrl(*url));
        const ConnectionPool *const original = pool.get();
        const qint64 pidBefore = postmasterPid();
        QVERIFY(pidBefore > 0);

        constexpr int Workers = 4;
        QElapsedTimer clock;
        clock.start();
        std::atomic<bool> stop{false};
        std::mutex mutex;
        QList<Outcome> outcomes;
        std::vector<std::thread> workers;
        for (int w = 0; w < Workers; ++w) {
            workers.emplace_back([&] {
                while (!stop) {
                    Outcome o;
                    o.startedMs = clock.elapsed();
                    auto r = pool->runBlocking(QueryOrigin::Internal, u"load"_s, [](Connection &c) {
                        return c.execute(Statement(u"SELECT pg_sleep(0.005), 1"_s));
                    });
                    o.tookMs = clock.elapsed() - o.startedMs;
                    if (!r)
                        o.error = r.error().prismaCode.isEmpty() ? r.error().summary() : r.error().prismaCode;
                    {
                        std::lock_guard lock(mutex);
                        outcomes.append(o);
                    }
                    if (!r)
                        std::this_thread::sleep_for(std::chrono::milliseconds(20)); // no busy loop while down
                }
            });
        }
        auto finish = qScopeGuard([&] {
            stop = true;
            for (std::thread &t : workers)
                t.join();
        });

        QTest::qWait(500); // load is running on every connection
        const quint64 openedBefore = pool->metrics()->value(Counter::PoolConnectionsOpenedTotal);
        QVERIFY(openedBefore >= 1);

        const qint64 restartAt = clock.elapsed();
        std::unique_ptr<QProcess> restart(pgCtl({u"restart"_s, u"-D"_s, serverValue("PG_DATA"), u"-m"_s, u"fast"_s,
                                                 u"-w"_s, u"-t"_s, u"60"_s}));
        QVERIFY2(restart->waitForFinished(90'000), "pg_ctl restart did not finish");
        QCOMPARE(restart->exitCode(), 0);
        const qint64 backAt = clock.elapsed();
        qInfo("server down and back in %lld ms", backAt - restartAt);

        // Same data folder, port and socket: the new postmaster is another process on the same place.
        const qint64 pidAfter = postmasterPid();
        QVERIFY(pidAfter > 0 && pidAfter != pidBefore);
        {
            QFile pidFile(serverValue("PG_DATA") + u"/postmaster.pid"_s);
            QVERIFY(pidFile.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = pidFile.readAll().split('\n');
            QCOMPARE(lines.value(3).trimmed().toInt(), pg->port);                // line 4: port
            QCOMPARE(QString::fromUtf8(lines.value(4).trimmed()), pg->socketDir); // line 5: socket folder
        }

        // Let the workers run against the restarted server, then look at what they saw.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                std::lock_guard lock(mutex);
                int ok = 0;
                for (const Outcome &o : std::as_const(outcomes))
                    ok += o.startedMs > backAt && o.error.isEmpty();
                return ok >= 50;
            }(),
            30'000);
        stop = true;
        finish.dismiss();
        for (std::thread &t : workers)
            t.join();

        int failedDuringOutage = 0, okBefore = 0, okAfter = 0;
        qint64 slowest = 0;
        QStringList unexpected;
        for (const Outcome &o : std::as_const(outcomes)) {
            slowest = std::max(slowest, o.tookMs);
            if (o.error.isEmpty()) {
                okBefore += o.startedMs < restartAt;
                okAfter += o.startedMs > backAt;
                continue;
            }
            ++failedDuringOutage;
            if (o.error != u"P1001"_s && o.error != u"P1017"_s)
                unexpected.append(o.error);
            // Every failure belongs to the outage (or the first statement on a connection it broke).
            QVERIFY2(o.startedMs >= restartAt - 100 && o.startedMs <= backAt + 2'000,
                     qPrintable(u"failure at %1 ms outside the outage %2–%3 ms"_s.arg(o.startedMs).arg(restartAt).arg(backAt)));
        }
        qInfo("%lld statements: %d ok before, %d failed around the restart, %d ok after; slowest %lld ms",
              qint64(outcomes.size()), okBefore, failedDuringOutage, okAfter, slowest);
        QVERIFY(okBefore > 0);
        QVERIFY(okAfter >= 50);
        QVERIFY2(unexpected.isEmpty(), qPrintable(u"codes other than P1001/P1017: "_s + unexpected.join(u", "_s)));
        // Bound: connect_timeout (2 s) + pool_timeout (5 s) + slack; nothing hangs on a dead socket.
        QVERIFY2(slowest < 10'000, qPrintable(u"slowest statement %1 ms"_s.arg(slowest)));

        // Same pool object throughout; its connections were replaced, not the pool.
        QCOMPARE(pool.get(), original);
        const quint64 opened = pool->metrics()->value(Counter::PoolConnectionsOpenedTotal);
        const quint64 closed = pool->metrics()->value(Counter::PoolConnectionsClosedTotal);
        qInfo("connections opened %llu (before restart %llu), closed %llu, found broken %llu", opened, openedBefore,
              closed, pool->metrics()->value(Counter::PoolBrokenTotal));
        QVERIFY(opened > openedBefore);
        QVERIFY(closed >= 1);
        const auto again = pool->runBlocking(QueryOrigin::Internal, u"after"_s,
                                             [](Connection &c) { return c.execute(Statement(u"SELECT 1"_s)); });
        QVERIFY2(again, qPrintable(again ? QString() : again.error().summary()));
        pool->shutdown();
    }
};

QTEST_GUILESS_MAIN(TestPoolRestart)
#include "tst_pool_restart.moc"
