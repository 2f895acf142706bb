// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The query panel's models on hand-built events (the integration test drives them from real servers): the
// ring buffer's bounds, slow counting, the filter, percentiles per shape, N+1 bursts and relation hints,
// and the log exports.
#include "ResolvedSchema.h"
#include "bus/SqlFingerprint.h"
#include "monitor/FingerprintStatsModel.h"
#include "monitor/LogExport.h"
#include "monitor/NPlusOneModel.h"
#include "monitor/QueryLogFilter.h"
#include "monitor/QueryLogModel.h"
#include "monitor/RelationHint.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet;
using namespace facet::monitor;

namespace {

quint64 g_nextId = 0;

db::QueryEvent ev(const QString &sql, qint64 durationMs, QStringList params = {}, qint64 atMs = 0,
                     db::QueryOrigin origin = db::QueryOrigin::Grid, const QString &action = {})
{
    db::QueryEvent e;
    e.id = ++g_nextId;
    e.timestamp = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + atMs, QTimeZone::UTC);
    e.sql = sql;
    e.fingerprint = db::sqlFingerprint(sql);
    e.fingerprintId = db::fingerprintId(e.fingerprint);
    e.params = std::move(params);
    e.origin = origin;
    e.action = action;
    e.executeUs = durationMs * 1000;
    e.provider = db::Provider::PostgreSQL;
    return e;
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
  @@map("app_user")
}
model Post {
  id       Int    @id
  title    String
  authorId Int    @map("author_id")
  author   User   @relation(fields: [authorId], references: [id])
}
)"_s;

} // namespace

class TestMonitorModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theLogKeepsOnlyItsCapacityAndCountsWhatItHolds()
    {
        QueryLogModel log(5);
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setSlowThresholdMs(100);
        QList<db::QueryEvent> batch;
        for (int i = 0; i < 4; ++i)
            batch << ev(u"SELECT $1"_s, i == 0 ? 150 : 1, {QString::number(i)});
        log.append(batch);
        QCOMPARE(log.rowCount(), 4);
        QCOMPARE(log.slowCount(), 1);
        batch.clear();
        for (int i = 0; i < 3; ++i)
            batch << ev(u"SELECT 2"_s, 1);
        log.append(batch); // 7 seen, capacity 5: the two oldest (one of them slow) go
        QCOMPARE(log.rowCount(), 5);
        QCOMPARE(log.seenTotal(), 7u);
        QCOMPARE(log.evictedTotal(), 2u);
        QCOMPARE(log.slowCount(), 0);
        QCOMPARE(log.event(4).sql, u"SELECT 2"_s);
        // A batch larger than the capacity keeps its newest rows.
        batch.clear();
        for (int i = 0; i < 12; ++i)
            batch << ev(u"SELECT %1"_s.arg(i), 1);
        log.append(batch);
        QCOMPARE(log.rowCount(), 5);
        QCOMPARE(log.event(0).sql, u"SELECT 7"_s);
        QCOMPARE(log.event(4).sql, u"SELECT 11"_s);
        log.setCapacity(2);
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.event(0).sql, u"SELECT 10"_s);
        log.setSlowThresholdMs(0); // everything is slow now
        QCOMPARE(log.slowCount(), 2);
        QVERIFY(log.index(1, QueryLogModel::Status).data().toString() == u"slow"_s);
        log.clear();
        QCOMPARE(log.rowCount(), 0);
    }

    void theFilterCombinesItsCriteria()
    {
        QueryLogModel log(100);
        QueryLogFilter filter;
        filter.setSourceModel(&log);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setSlowThresholdMs(50);
        auto failed = ev(u"SELECT broken"_s, 1, {}, 0, db::QueryOrigin::Console);
        failed.failed = true;
        failed.error = u"relation \"broken\" does not exist"_s;
        auto grid = ev(u"SELECT * FROM \"Post\""_s, 80);
        grid.model = u"Post"_s;
        log.append({grid, failed, ev(u"UPDATE x SET y = 1"_s, 2, {}, 0, db::QueryOrigin::Save)});
        QCOMPARE(filter.rowCount(), 3);
        filter.setSlowOnly(true);
        QCOMPARE(filter.rowCount(), 1);
        filter.setSlowOnly(false);
        filter.setFailedOnly(true);
        QCOMPARE(filter.rowCount(), 1);
        filter.setFailedOnly(false);
        filter.setOrigin(db::QueryOrigin::Save);
        QCOMPARE(filter.rowCount(), 1);
        filter.setOrigin(std::nullopt);
        filter.setModelName(u"Post"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setModelName({});
        filter.setSearch(u"DOES NOT EXIST"_s); // the error text, case-insensitive
        QCOMPARE(filter.rowCount(), 1);
        // New rows go through the filter as they arrive.
        log.append({ev(u"SELECT 1 -- does not exist"_s, 1)});
        QCOMPARE(filter.rowCount(), 2);
    }

    void groupsHavePercentilesPerShape()
    {
        FingerprintStatsModel groups;
        QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<db::QueryEvent> batch;
        for (int i = 1; i <= 100; ++i)
            batch << ev(u"SELECT * FROM t WHERE id = $1"_s, i, {QString::number(i)});
        batch << ev(u"SELECT now()"_s, 7);
        groups.add(batch);
        QCOMPARE(groups.rowCount(), 2);
        const auto *g = groups.group(db::fingerprintId(db::sqlFingerprint(u"SELECT * FROM t WHERE id = 5"_s)));
        QVERIFY(g);
        QCOMPARE(g->count, 100u);
        QCOMPARE(g->p50Us, 50'000);
        QCOMPARE(g->p95Us, 95'000);
        QCOMPARE(g->maxUs, 100'000);
        QCOMPARE(g->totalUs, 5050 * 1000);
    }

    void aBurstOfOneShapeWithDifferentValuesIsAnNPlusOne()
    {
        auto schema = std::make_shared<schema::ValidatedSchema>(schema::validateSchemaText(kSchema));
        QVERIFY(!schema->hasErrors());
        NPlusOneModel n1;
        QAbstractItemModelTester tester(&n1, QAbstractItemModelTester::FailureReportingMode::QtTest);
        n1.setOptions({.threshold = 5, .window = std::chrono::milliseconds(500)});
        n1.setSchema(std::shared_ptr<const schema::ResolvedSchema>(schema, &schema->resolved));
        const QString perRow = uR"(SELECT "public"."Post"."id", "public"."Post"."title" FROM "public"."Post" WHERE "public"."Post"."author_id" = $1)"_s;
        QList<db::QueryEvent> batch;
        for (int i = 0; i < 4; ++i)
            batch << ev(perRow, 1, {QString::number(i)}, i * 10, db::QueryOrigin::Grid, u"open User"_s);
        QVERIFY(n1.feed(batch).isEmpty()); // four distinct values: under the threshold
        // The same value again is not a new row read.
        QVERIFY(n1.feed({ev(perRow, 1, {u"3"_s}, 45, db::QueryOrigin::Grid, u"open User"_s)}).isEmpty());
        const auto flagged = n1.feed({ev(perRow, 1, {u"4"_s}, 50, db::QueryOrigin::Grid, u"open User"_s)});
        QCOMPARE(flagged.size(), 1);
        QCOMPARE(n1.rowCount(), 1);
        const NPlusOneModel::Finding &f = n1.findings().front();
        QCOMPARE(f.count, 6);
        QCOMPARE(f.action, u"open User"_s);
        QVERIFY2(f.hint.startsWith(u"User.posts (relation \"PostToUser\" via Post.authorId)"_s), qPrintable(f.hint));
        // Long after the window a new burst starts; it is flagged again on the same row.
        batch.clear();
        for (int i = 0; i < 5; ++i)
            batch << ev(perRow, 1, {QString::number(i)}, 10'000 + i, db::QueryOrigin::Grid, u"open User"_s);
        QCOMPARE(n1.feed(batch).size(), 1);
        QCOMPARE(n1.rowCount(), 1);
        QCOMPARE(n1.findings().front().occurrences, 2);
        // Spread out past the window, the same reads are no burst at all.
        NPlusOneModel slowLoop;
        slowLoop.setOptions({.threshold = 3, .window = std::chrono::milliseconds(100)});
        batch.clear();
        for (int i = 0; i < 10; ++i)
            batch << ev(perRow, 1, {QString::number(i)}, i * 1000);
        QVERIFY(slowLoop.feed(batch).isEmpty());
    }

    void relationHintsNeedTheForeignKeyColumn()
    {
        const auto schema = schema::validateSchemaText(kSchema);
        QVERIFY(relationHint(schema.resolved, db::sqlFingerprint(u"SELECT * FROM \"Post\" WHERE \"id\" = $1"_s)).isEmpty());
        QVERIFY(relationHint(schema.resolved, db::sqlFingerprint(u"SELECT * FROM app_user WHERE id = $1"_s)).isEmpty());
        QVERIFY(!relationHint(schema.resolved,
                              db::sqlFingerprint(u"SELECT * FROM `Post` WHERE `Post`.`author_id` IN (?, ?)"_s)).isEmpty());
        const ReadShape shape = readShapeOf(db::sqlFingerprint(u"select a from \"s\".\"T\" t where t.x = 1 and \"y\" = $2"_s));
        QCOMPARE(shape.table, u"T"_s);
        QCOMPARE(shape.filterColumns, (QStringList{u"x"_s, u"y"_s}));
    }

    void exportsCarryEveryRow()
    {
        QueryLogModel log(10);
        log.setSlowThresholdMs(5);
        auto e = ev(u"SELECT a, \"b,c\" FROM t WHERE x = $1"_s, 9, {u"\"q\""_s});
        e.model = u"T"_s;
        log.append({e, ev(u"SELECT 1"_s, 1)});
        const QList<QByteArray> lines = queryLogToJsonLines(log).split('\n');
        QCOMPARE(lines.size(), 3); // two objects and the final newline
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first[u"query"_s].toString(), e.sql);
        QCOMPARE(first[u"params"_s].toString(), u"[\"q\"]"_s);
        QCOMPARE(first[u"duration"_s].toDouble(), 9.0);
        QCOMPARE(first[u"slow"_s].toBool(), true);
        QCOMPARE(first[u"model"_s].toString(), u"T"_s);
        const QString csv = QString::fromUtf8(queryLogToCsv(log));
        const QStringList rows = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows[0].startsWith(u"timestamp,origin,model"_s));
        QVERIFY2(rows[1].contains(u"\"SELECT a, \"\"b,c\"\" FROM t WHERE x = $1\""_s), qPrintable(rows[1]));
    }
};

QTEST_GUILESS_MAIN(TestMonitorModels)
#include "tst_monitor_models.moc"
