// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// PostgreSQL-specific behaviour of PostgresConnection and the faults it must survive: a backend killed
// mid-query (P1017, unhealthy), a running pg_sleep(30) cancelled from another thread (P1008/57014; the
// latency is printed, the bound asserted is generous so the test cannot hang), a million streamed rows
// with at most one batch in memory, socket_timeout, notices, P2002's key columns, the statement cache, enums
// and ?schema=.
#include "TestServers.h"
#include "core/Connection.h"
#include "pg/PostgresConnection.h"
#include "url/ConnectionUrl.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace facet::db;

class TestPgFaults : public QObject {
    Q_OBJECT
private:
    static std::unique_ptr<PostgresConnection> open(const QString &query = {}, const QString &base = {})
    {
        auto pg = facet::test::TestServers::postgres();
        if (!pg)
            qFatal("%s", qPrintable(pg.error()));
        QString url = base.isEmpty() ? pg->url : base;
        if (!query.isEmpty())
            url += u'?' + query;
        const auto parsed = ConnectionUrl::parse(url);
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error().message));
        auto c = PostgresConnection::open(*parsed);
        if (!c)
            qFatal("open: %s", qPrintable(c.error().summary()));
        return std::move(*c);
    }

private Q_SLOTS:
    void terminatedBackendGivesP1017AndUnhealthy()
    {
        auto c = open();
        auto pg = facet::test::TestServers::postgres();
        QVERIFY(pg);
        auto admin = open({}, pg->superuserUrl);
        const qint64 pid = c->sessionId();
        QVERIFY(pid > 0);
        std::thread killer([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            const auto r = admin->execute(Statement(u"SELECT pg_terminate_backend($1)"_s, {Value::fromInt(int(pid))}));
            if (!r)
                qWarning("pg_terminate_backend: %s", qPrintable(r.error().summary()));
        });
        const auto r = c->execute(Statement(u"SELECT pg_sleep(30)"_s));
        killer.join();
        QVERIFY(!r);
        QCOMPARE(r.error().prismaCode, u"P1017"_s);
        QVERIFY(!c->isHealthy());
        const auto again = c->ping();
        QVERIFY(!again);
        QCOMPARE(again.error().prismaCode, u"P1017"_s);
    }

    void runningSleepIsCancelledFromAnotherThread()
    {
        auto c = open();
        std::atomic<qint64> cancelledAtNs{0};
        QElapsedTimer clock;
        clock.start();
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            cancelledAtNs = clock.nsecsElapsed();
            c->cancel();
        });
        const auto r = c->execute(Statement(u"SELECT pg_sleep(30)"_s));
        const qint64 returnedAtNs = clock.nsecsElapsed();
        canceller.join();
        const double latencyMs = double(returnedAtNs - cancelledAtNs.load()) / 1e6;
        qInfo("cancel latency (cancel() called → execute() returned): %.2f ms", latencyMs);
        QVERIFY(!r);
        QCOMPARE(r.error().sqlState, u"57014"_s);
        QCOMPARE(r.error().prismaCode, u"P1008"_s);
        QVERIFY2(latencyMs < 5000, qPrintable(u"%1 ms"_s.arg(latencyMs)));
        QVERIFY(c->isHealthy());
        QVERIFY(c->ping());
    }

    void millionRowsStreamInBoundedBatches()
    {
        auto c = open();
        qint64 rows = 0;
        qsizetype maxBatch = 0;
        qint64 sum = 0;
        const auto summary = c->stream(Statement(u"SELECT g FROM generate_series(1, 1000000) AS g"_s), 1000,
                                       [&](ResultBatch &&batch) {
                                           maxBatch = std::max(maxBatch, batch.rows.size());
                                           rows += batch.rows.size();
                                           for (const auto &row : batch.rows)
                                               sum += row[0].toBigInt();
                                           return true;
                                       });
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().summary()));
        QCOMPARE(summary->rows, 1000000);
        QCOMPARE(rows, 1000000);
        QCOMPARE(sum, 500000500000LL);
        QCOMPARE(maxBatch, 1000);
        qInfo("1,000,000 rows streamed: execute %lld µs, fetch %lld µs", summary->timing.executeUs,
              summary->timing.fetchUs);
    }

    void socketTimeoutCancelsWithP1008()
    {
        auto c = open(u"socket_timeout=1"_s);
        QElapsedTimer timer;
        timer.start();
        const auto r = c->execute(Statement(u"SELECT pg_sleep(10)"_s));
        QVERIFY(!r);
        QCOMPARE(r.error().prismaCode, u"P1008"_s);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(c->isHealthy());
        QVERIFY(c->ping()); // the timed-out statement was cancelled, not left running
    }

    void noticesAreAttachedToTheResult()
    {
        auto c = open();
        const auto r = c->execute(Statement(u"DO $$BEGIN RAISE NOTICE 'hello from %', 'facet'; END$$"_s));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().summary()));
        QCOMPARE(r->notices.size(), 1);
        QCOMPARE(r->notices[0].severity, u"NOTICE"_s);
        QCOMPARE(r->notices[0].message, u"hello from facet"_s);
        const auto quiet = c->execute(Statement(u"SELECT 1"_s));
        QVERIFY(quiet);
        QVERIFY(quiet->notices.isEmpty());
    }

    void uniqueViolationCarriesKeyColumns()
    {
        auto c = open();
        QVERIFY(c->execute(Statement(u"DROP TABLE IF EXISTS faults_keys"_s)));
        QVERIFY(c->execute(Statement(u"CREATE TABLE faults_keys (id int PRIMARY KEY, \"Tenant Id\" int, slug text, "
                                     "CONSTRAINT faults_keys_tenant_slug UNIQUE (\"Tenant Id\", slug))"_s)));
        const Statement ins(u"INSERT INTO faults_keys VALUES ($1, $2, $3)"_s,
                            {Value::fromInt(1), Value::fromInt(7), Value::fromString(u"a, b"_s)});
        QVERIFY(c->execute(ins));
        Statement dup = ins;
        dup.params[0] = Value::fromInt(2);
        const auto r = c->execute(dup);
        QVERIFY(!r);
        QCOMPARE(r.error().prismaCode, u"P2002"_s);
        QCOMPARE(r.error().constraint, u"faults_keys_tenant_slug"_s);
        QCOMPARE(r.error().table, u"faults_keys"_s);
        QCOMPARE(r.error().fields, (QStringList{u"Tenant Id"_s, u"slug"_s}));
    }

    void statementCacheHonoursItsSize()
    {
        auto c = open(u"statement_cache_size=2"_s);
        for (int i = 0; i < 5; ++i) {
            const auto r = c->execute(Statement(u"SELECT $1::int + %1"_s.arg(i), {Value::fromInt(i)}));
            QVERIFY2(r, qPrintable(r ? QString() : r.error().summary()));
            QCOMPARE(r->rows[0][0], Value::fromInt(2 * i));
        }
        QCOMPARE(c->preparedStatementCount(), 2);
        const auto onServer = c->execute(Statement(u"SELECT count(*) FROM pg_prepared_statements"_s));
        QVERIFY(onServer);
        // The cached two plus this statement itself, prepared to run it.
        QVERIFY2(onServer->rows[0][0].toBigInt() <= 3, qPrintable(QString::number(onServer->rows[0][0].toBigInt())));

        auto uncached = open(u"statement_cache_size=0"_s);
        QVERIFY(uncached->execute(Statement(u"SELECT $1::int"_s, {Value::fromInt(1)})));
        QCOMPARE(uncached->preparedStatementCount(), 0);
    }

    void enumsAndSchemaParameter()
    {
        const QString schema = u"Faults \"Schema\""_s;
        {
            auto setup = open();
            QVERIFY(setup->execute(Statement(u"DROP SCHEMA IF EXISTS \"Faults \"\"Schema\"\"\" CASCADE"_s)));
            QVERIFY(setup->execute(Statement(u"CREATE SCHEMA \"Faults \"\"Schema\"\"\""_s)));
            QVERIFY(setup->execute(Statement(u"CREATE TYPE \"Faults \"\"Schema\"\"\".mood AS ENUM ('happy', 'sad')"_s)));
            QVERIFY(setup->execute(Statement(u"CREATE TABLE \"Faults \"\"Schema\"\"\".feelings (id int, m \"Faults \"\"Schema\"\"\".mood)"_s)));
        }
        auto c = open(u"schema="_s + QString::fromLatin1(QUrl::toPercentEncoding(schema)));
        const auto cur = c->execute(Statement(u"SELECT current_schema()"_s));
        QVERIFY(cur);
        QCOMPARE(cur->rows[0][0], Value::fromString(schema));
        QVERIFY(c->execute(Statement(u"INSERT INTO feelings VALUES ($1, $2)"_s,
                                     {Value::fromInt(1), Value::fromEnum(u"mood"_s, u"sad"_s)})));
        const auto r = c->execute(Statement(u"SELECT m FROM feelings"_s));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().summary()));
        QCOMPARE(r->rows[0][0].kind(), ScalarKind::Enum);
        QCOMPARE(r->rows[0][0].toEnum().label, u"sad"_s);
    }

    void failedTransactionCommitIsReported()
    {
        auto c = open();
        QVERIFY(c->begin());
        QVERIFY(!c->execute(Statement(u"SELECT 1/0"_s)));
        QVERIFY(c->inTransaction());
        const auto r = c->commit();
        QVERIFY(!r);
        QCOMPARE(r.error().prismaCode, u"P2028"_s);
        QVERIFY(!c->inTransaction());
    }

    void batchRunsInOnePipeline()
    {
        auto c = open();
        QVERIFY(c->execute(Statement(u"DROP TABLE IF EXISTS faults_batch"_s)));
        QVERIFY(c->execute(Statement(u"CREATE TABLE faults_batch (id int PRIMARY KEY, version int NOT NULL)"_s)));
        QList<Statement> inserts;
        for (int i = 0; i < 1000; ++i)
            inserts.append(Statement(u"INSERT INTO faults_batch VALUES ($1, 1)"_s, {Value::fromInt(i)}));
        QVERIFY(c->executeBatch(inserts));
        QList<Statement> updates;
        for (int i = 0; i < 1000; ++i)
            updates.append(Statement(u"UPDATE faults_batch SET version = version + 1 WHERE id = $1 AND version = $2"_s,
                                     {Value::fromInt(i), Value::fromInt(1)}));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(c->begin());
        const auto r = c->executeBatch(updates);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().summary()));
        QVERIFY(c->commit());
        qInfo("1,000 version-checked updates in one transaction: %lld ms", timer.elapsed());
        QCOMPARE(r->size(), 1000);
        for (const QueryResult &one : *r)
            QCOMPARE(one.affectedRows, 1);
    }
};

QTEST_GUILESS_MAIN(TestPgFaults)
#include "tst_pg_faults.moc"
