// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The query and pool panels' models fed by real workloads on the test PostgreSQL and MariaDB: statement
// counts, slow flags (pg_sleep / SLEEP against a lowered threshold), an N+1 loop of per-row relation reads
// flagged with its relation while one joined read is not, a leaked connection flagged with its borrower,
// waiters counted under pool exhaustion (workers held by gates, no timing assumptions), and the server's own
// session list with the studio's sessions marked. Every model runs under QAbstractItemModelTester.
#include "ResolvedSchema.h"
#include "OpenConnection.h"
#include "TestServers.h"
#include "bus/SqlFingerprint.h"
#include "monitor/PoolMonitor.h"
#include "monitor/QueryMonitor.h"
#include "monitor/ServerActivityModel.h"
#include "pool/PoolRegistry.h"

#include <QAbstractItemModelTester>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace facet;
using namespace facet::monitor;

namespace {

QString withParams(const QString &url, const QString &params)
{
    return url + (url.contains(u'?') ? u'&' : u'?') + params;
}

/// `$n` on PostgreSQL, `?` on MySQL.
QString sqlFor(bool pg, QString sql)
{
    if (!pg)
        return sql;
    for (int n = 1; sql.contains(u'?'); ++n)
        sql.replace(sql.indexOf(u'?'), 1, u'$' + QString::number(n));
    return sql;
}

const QString kSchema = uR"(
datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}
model User {
  id    Int    @id
  name  String
  posts Post[]
  @@map("mon_user")
}
model Post {
  id       Int    @id
  title    String
  authorId Int    @map("author_id")
  author   User   @relation(fields: [authorId], references: [id])
  @@map("mon_post")
}
)"_s;

int rowsWithAction(const QueryLogModel &log, const QString &action)
{
    int n = 0;
    for (int r = 0; r < log.size(); ++r)
        n += log.event(r).action == action ? 1 : 0;
    return n;
}

} // namespace

class TestMonitorServers : public QObject {
    Q_OBJECT

    facet::test::PgServer m_pg;
    facet::test::MySqlServer m_my;

    QString url(bool pg) const { return pg ? m_pg.url : m_my.url; }

    static std::shared_ptr<db::ConnectionPool> pool(db::PoolRegistry &registry, const QString &url,
                                                    const std::function<void(db::PoolOptions &)> &tweak = {})
    {
        auto p = registry.pool(url, {}, tweak);
        if (!p)
            qFatal("pool: %s", qPrintable(p.error().summary()));
        return *p;
    }

    static void exec(db::ConnectionPool &pool, const QString &action, const QStringList &sqls)
    {
        auto r = pool.runBlocking(db::QueryOrigin::Migration, action, [&](db::Connection &c) -> db::Result<void> {
            for (const QString &sql : sqls)
                if (auto done = c.execute(db::Statement(sql)); !done)
                    return std::unexpected(done.error());
            return {};
        });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().summary()));
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

    void countsAndSlowFlags_data()
    {
        QTest::addColumn<bool>("pg");
        QTest::newRow("postgresql") << true;
        QTest::newRow("mariadb") << false;
    }

    void countsAndSlowFlags()
    {
        QFETCH(bool, pg);
        db::PoolRegistry registry;
        QueryMonitor monitor(registry.bus());
        QAbstractItemModelTester logTester(monitor.log(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(monitor.filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester groupTester(monitor.groups(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        monitor.log()->setSlowThresholdMs(200); // lowered for the test; pg_sleep(0.3) passes it
        auto p = pool(registry, url(pg));
        const QString point = sqlFor(pg, u"SELECT ? + 1 AS n"_s);
        const QString sleep = pg ? u"SELECT pg_sleep(0.3)"_s : u"SELECT SLEEP(0.3)"_s;
        auto r = p->runBlocking(db::QueryOrigin::Grid, u"counts"_s, [&](db::Connection &c) -> db::Result<void> {
            for (int i = 0; i < 20; ++i) {
                db::Statement s(point, {db::Value::fromInt(i)});
                s.model = u"Post"_s;
                if (auto done = c.execute(s); !done)
                    return std::unexpected(done.error());
            }
            db::Statement slow(sleep, {}, db::QueryOrigin::Console);
            if (auto done = c.execute(slow); !done)
                return std::unexpected(done.error());
            (void)c.execute(db::Statement(u"SELECT * FROM monitor_no_such_table"_s)); // fails on purpose
            return {};
        });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().summary()));
        monitor.drainNow();

        const QueryLogModel &log = *monitor.log();
        QCOMPARE(rowsWithAction(log, u"counts"_s), 22);
        QCOMPARE(log.slowCount(), 1);
        QCOMPARE(log.failedCount(), 1);
        for (int row = 0; row < log.size(); ++row) {
            const db::QueryEvent &e = log.event(row);
            QCOMPARE(log.isSlow(e), e.sql == sleep);
            if (e.sql == point) {
                QCOMPARE(e.origin, db::QueryOrigin::Grid);
                QCOMPARE(e.model, u"Post"_s);
                QCOMPARE(e.rows, 1);
            }
        }
        const auto *group = monitor.groups()->group(db::fingerprintId(db::sqlFingerprint(point)));
        QVERIFY(group);
        QCOMPARE(group->count, 20u);
        QVERIFY(group->p50Us > 0 && group->p50Us <= group->p95Us && group->p95Us <= group->maxUs);

        monitor.filter()->setSlowOnly(true);
        QCOMPARE(monitor.filter()->rowCount(), 1);
        QCOMPARE(monitor.filter()->index(0, 0).data(QueryLogModel::SqlRole).toString(), sleep);
        QCOMPARE(monitor.filter()->index(0, 0).data(QueryLogModel::OriginRole).toInt(), int(db::QueryOrigin::Console));
        monitor.filter()->setSlowOnly(false);
        monitor.filter()->setFailedOnly(true);
        QCOMPARE(monitor.filter()->rowCount(), 1);
        QVERIFY(monitor.filter()->index(0, 0).data(QueryLogModel::ErrorRole).toString().contains(u"monitor_no_such_table"_s));

        // Pausing freezes the log; what ran meanwhile appears on resume.
        monitor.setPaused(true);
        exec(*p, u"while paused"_s, {u"SELECT 1"_s, u"SELECT 2"_s});
        monitor.drainNow();
        QCOMPARE(rowsWithAction(log, u"while paused"_s), 0);
        monitor.setPaused(false);
        QCOMPARE(rowsWithAction(log, u"while paused"_s), 2);
        registry.shutdownAll();
    }

    void nPlusOneFlaggedForARowLoopNotForAJoin_data()
    {
        countsAndSlowFlags_data();
    }

    void nPlusOneFlaggedForARowLoopNotForAJoin()
    {
        QFETCH(bool, pg);
        auto schema = std::make_shared<schema::ValidatedSchema>(schema::validateSchemaText(kSchema));
        QVERIFY(!schema->hasErrors());
        db::PoolRegistry registry;
        QueryMonitor monitor(registry.bus());
        QAbstractItemModelTester tester(monitor.nPlusOne(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A generous gap: the loop must not split into bursts however loaded the test machine is.
        monitor.nPlusOne()->setOptions({.threshold = 10, .window = 10s});
        monitor.nPlusOne()->setSchema(std::shared_ptr<const schema::ResolvedSchema>(schema, &schema->resolved));
        auto p = pool(registry, url(pg));
        QStringList setup{u"DROP TABLE IF EXISTS mon_post"_s, u"DROP TABLE IF EXISTS mon_user"_s,
                          u"CREATE TABLE mon_user (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)"_s,
                          u"CREATE TABLE mon_post (id INTEGER PRIMARY KEY, title VARCHAR(50) NOT NULL, "
                          "author_id INTEGER NOT NULL REFERENCES mon_user (id))"_s};
        for (int u = 1; u <= 12; ++u) {
            setup << u"INSERT INTO mon_user VALUES (%1, 'user %1')"_s.arg(u);
            for (int k = 0; k < 3; ++k)
                setup << u"INSERT INTO mon_post VALUES (%1, 'post', %2)"_s.arg(u * 10 + k).arg(u);
        }
        exec(*p, u"setup"_s, setup);

        // What an ORM-style loop does: read the users, then each user's posts, one statement per user.
        const QString perUser = sqlFor(pg, u"SELECT id, title, author_id FROM mon_post WHERE author_id = ?"_s);
        auto looped = p->runBlocking(db::QueryOrigin::Grid, u"open User"_s, [&](db::Connection &c) -> db::Result<int> {
            auto users = c.execute(db::Statement(u"SELECT id FROM mon_user ORDER BY id"_s));
            if (!users)
                return std::unexpected(users.error());
            int posts = 0;
            for (const auto &row : users->rows) {
                auto r = c.execute(db::Statement(perUser, {db::Value::fromInt(int(row[0].toBigInt()))}));
                if (!r)
                    return std::unexpected(r.error());
                posts += int(r->rows.size());
            }
            return posts;
        });
        QVERIFY2(looped, qPrintable(looped ? QString() : looped.error().summary()));
        QCOMPARE(*looped, 36);
        // The same data in one joined read.
        const QString joined = u"SELECT u.id, p.id, p.title FROM mon_user u JOIN mon_post p ON p.author_id = u.id ORDER BY u.id"_s;
        auto once = p->runBlocking(db::QueryOrigin::Grid, u"open User with posts"_s,
                                   [&](db::Connection &c) { return c.execute(db::Statement(joined)); });
        QVERIFY(once);
        QCOMPARE(once->rows.size(), 36);
        monitor.drainNow();

        const NPlusOneModel &n1 = *monitor.nPlusOne();
        QCOMPARE(n1.rowCount(), 1);
        const NPlusOneModel::Finding *f = n1.finding(db::fingerprintId(db::sqlFingerprint(perUser)), u"open User"_s);
        QVERIFY(f);
        QCOMPARE(f->count, 12);
        QCOMPARE(f->origin, db::QueryOrigin::Grid);
        QVERIFY2(f->hint.startsWith(u"User.posts"_s), qPrintable(f->hint));
        QVERIFY(!n1.finding(db::fingerprintId(db::sqlFingerprint(joined)), u"open User with posts"_s));
        const auto *group = monitor.groups()->group(f->fingerprintId);
        QVERIFY(group && group->nPlusOne);
        QVERIFY(!monitor.groups()->group(db::fingerprintId(db::sqlFingerprint(joined)))->nPlusOne);
        exec(*p, u"teardown"_s, {u"DROP TABLE mon_post"_s, u"DROP TABLE mon_user"_s});
        registry.shutdownAll();
    }

    void aHeldConnectionIsFlaggedAsALeak()
    {
        db::PoolRegistry registry;
        auto p = pool(registry, withParams(m_pg.url, u"connection_limit=2"_s),
                      [](db::PoolOptions &o) { o.leakThreshold = 150ms; });
        PoolMonitor monitor(PoolMonitor::Source::of(registry));
        QAbstractItemModelTester tester(monitor.connections(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSemaphore started, gate;
        auto held = p->run(db::QueryOrigin::Console, u"hold connection"_s, [&](db::Connection &c) {
            started.release();
            gate.acquire(); // the borrower forgets to give the connection back (until the test lets it)
            return c.execute(db::Statement(u"SELECT 1"_s));
        });
        started.acquire();
        QTRY_VERIFY_WITH_TIMEOUT((monitor.refresh(), monitor.connections()->leakCount() == 1), 10000);
        const auto &rows = monitor.connections()->rows();
        const auto leak = std::ranges::find_if(rows, &PoolConnectionsModel::Row::leak);
        QVERIFY(leak != rows.end());
        QCOMPARE(leak->info.origin, db::QueryOrigin::Console);
        QCOMPARE(leak->info.action, u"hold connection"_s);
        QVERIFY(leak->info.leasedMs >= 150);
        const int row = int(leak - rows.begin());
        QCOMPARE(monitor.connections()->index(row, PoolConnectionsModel::Borrower).data().toString(),
                 u"console · hold connection"_s);
        QCOMPARE(monitor.metrics().counter(u"facet_pool_leaks_total"_s).value_or(0), 1u);
        gate.release();
        held.waitForFinished();
        // The slot goes back to idle just after the result is delivered.
        QTRY_COMPARE_WITH_TIMEOUT((monitor.refresh(), monitor.connections()->leakCount()), 0, 10000);
        registry.shutdownAll();
    }

    void waitersCountedUnderExhaustion()
    {
        db::PoolRegistry registry;
        auto p = pool(registry, withParams(m_pg.url, u"connection_limit=2"_s));
        PoolMonitor monitor(PoolMonitor::Source::of(registry));
        QSemaphore started, gate;
        QList<QFuture<db::Result<db::QueryResult>>> work;
        for (int i = 0; i < 2; ++i)
            work << p->run(db::QueryOrigin::Grid, u"holder"_s, [&](db::Connection &c) {
                started.release();
                gate.acquire();
                return c.execute(db::Statement(u"SELECT 1"_s));
            });
        started.acquire(2); // both connections are taken
        for (int i = 0; i < 3; ++i)
            work << p->run(db::QueryOrigin::Grid, u"waiter"_s,
                           [](db::Connection &c) { return c.execute(db::Statement(u"SELECT 2"_s)); });
        QTRY_COMPARE_WITH_TIMEOUT((monitor.refresh(), monitor.latest().waiters), 3, 10000);
        const PoolMonitor::Sample s = monitor.latest();
        QCOMPARE(s.busy, 2);
        QCOMPARE(s.open, 2);
        QCOMPARE(s.limit, 2);
        QCOMPARE(monitor.connections()->rowCount(), 2);
        QCOMPARE(monitor.peakWaiters(), 3);
        gate.release(2);
        for (auto &f : work) {
            f.waitForFinished();
            QVERIFY(f.result());
        }
        monitor.refresh();
        QCOMPARE(monitor.latest().waiters, 0);
        QCOMPARE(monitor.peakWaiters(), 3);
        // Every unit of work waited (the first two for nothing): five observations in the wait histogram.
        QCOMPARE(monitor.waitHistogram().count, 5u);
        QVERIFY(monitor.history().size() >= 2);
        registry.shutdownAll();
    }

    void theServerViewMarksTheStudiosSessions_data()
    {
        countsAndSlowFlags_data();
    }

    void theServerViewMarksTheStudiosSessions()
    {
        QFETCH(bool, pg);
        db::PoolRegistry registry;
        auto p = pool(registry, pg ? withParams(m_pg.url, u"application_name=facet_monitor_test"_s) : m_my.url);
        // A session that is not the studio's: opened beside the pool.
        auto outsider = test::openTestConnection(url(pg));
        QVERIFY2(outsider, qPrintable(outsider ? QString() : outsider.error()));
        ServerActivityModel server;
        QAbstractItemModelTester tester(&server, QAbstractItemModelTester::FailureReportingMode::QtTest);
        server.setPool(p);
        QSignalSpy refreshed(&server, &ServerActivityModel::refreshed);
        server.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
        const qint64 ours = p->snapshot().connections.value(0).sessionId;
        QVERIFY(ours > 0);
        bool sawOurs = false, sawOutsider = false;
        for (const ServerActivityModel::Row &row : server.rows()) {
            if (row.session == ours) {
                sawOurs = true;
                QVERIFY(row.ours);
                if (pg)
                    QCOMPARE(row.application, u"facet_monitor_test"_s);
            }
            if (row.session == (*outsider)->sessionId()) {
                sawOutsider = true;
                QVERIFY(!row.ours);
            }
        }
        QVERIFY(sawOurs);
        QVERIFY(sawOutsider);
        QVERIFY(server.status().contains(pg ? u"pg_stat_activity"_s : u"processlist"_s));
        registry.shutdownAll();
    }
};

QTEST_GUILESS_MAIN(TestMonitorServers)
#include "tst_monitor_servers.moc"
