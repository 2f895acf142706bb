// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// `facet browse` as scripts use it: the real binary against SQLite, the test PostgreSQL and the test MariaDB,
// one data-driven body per behaviour. Rows and their order, paging with --after (every row exactly once),
// the --where operators, Prisma's JSON values, NULL apart from "", --metrics-out, and that the servers'
// password never appears in any output.
#include "BrowseTestData.h"
#include "TestServers.h"

#include <QJsonArray>
#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet;
using namespace facet::test::browse;

class TestCliBrowse : public QObject {
    Q_OBJECT
private:
    struct Target {
        db::Provider provider;
        QString url;
        QString schema;
    };
    QTemporaryDir m_dir;
    QHash<QString, Target> m_targets;
    QStringList m_secrets; // passwords that must never be printed
    QStringList m_outputs; // everything every run printed

    Run browse(const QString &name, QStringList extra)
    {
        const Target &t = m_targets[name];
        Run run = runFacet(QStringList{u"browse"_s, u"Item"_s, u"--schema"_s, t.schema, u"--url"_s, t.url} + extra);
        m_outputs.append(run.all());
        return run;
    }

    static void addProviders()
    {
        QTest::addColumn<QString>("name");
        for (const char *p : {"sqlite", "postgresql", "mysql"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    static QList<int> ids(const QList<QJsonObject> &objects)
    {
        QList<int> list;
        for (const QJsonObject &o : objects)
            list.append(o.value(u"id"_s).toInt());
        return list;
    }

    // Follows --after from page to page; returns every id in the order printed.
    QList<int> paged(const QString &name, const QStringList &order, int take)
    {
        QList<int> all;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            QStringList args = order + QStringList{u"--take"_s, QString::number(take), u"--json"_s};
            if (!cursor.isEmpty())
                args += {u"--after"_s, cursor};
            const Run run = browse(name, args);
            if (run.exitCode != 0) {
                qWarning("%s", qPrintable(run.err));
                return {};
            }
            all += ids(run.objects());
            const QJsonValue next = run.summary().value(u"nextCursor"_s);
            if (next.isNull())
                return all;
            cursor = next.toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto pg = facet::test::TestServers::postgres();
        QVERIFY2(pg, qPrintable(pg.error()));
        auto my = facet::test::TestServers::mysql();
        QVERIFY2(my, qPrintable(my.error()));
        m_secrets = {pg->password, my->password};
        const QList<std::pair<QString, Target>> targets = {
            {u"sqlite"_s, {db::Provider::SQLite, u"file:"_s + m_dir.filePath(u"browse.db"_s), {}}},
            {u"postgresql"_s, {db::Provider::PostgreSQL, pg->url, {}}},
            {u"mysql"_s, {db::Provider::MySQL, my->url, {}}},
        };
        for (auto [name, target] : targets) {
            QVERIFY(QDir(m_dir.path()).mkpath(name));
            target.schema = writeSchema(m_dir.filePath(name), name);
            QVERIFY(!target.schema.isEmpty());
            const QString problem = seed(target.url, target.provider);
            QVERIFY2(problem.isEmpty(), qPrintable(name + u": "_s + problem));
            m_targets.insert(name, target);
        }
    }

    void rowsComeInKeyOrderWithPrismaValues_data() { addProviders(); }
    void rowsComeInKeyOrderWithPrismaValues()
    {
        QFETCH(QString, name);
        const Run run = browse(name, {u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<QJsonObject> rows = run.objects();
        QList<int> expected;
        for (int i = 1; i <= RowCount; ++i)
            expected.append(i);
        QCOMPARE(ids(rows), expected);
        QCOMPARE(run.summary().value(u"rows"_s).toInt(), RowCount);
        QVERIFY(run.summary().value(u"nextCursor"_s).isNull());

        const QJsonObject first = rows[0];
        QCOMPARE(first.keys().size(), 11);
        QCOMPARE(first.value(u"big"_s), QJsonValue(u"9223372036854775806"_s)); // a string: exact beyond 2^53
        QCOMPARE(rows[1].value(u"big"_s), QJsonValue(u"-9223372036854775808"_s));
        QCOMPARE(first.value(u"price"_s), QJsonValue(bigDecimal(m_targets[name].provider)));
        QCOMPARE(rows[1].value(u"price"_s), QJsonValue(u"2.5"_s));
        QCOMPARE(first.value(u"ratio"_s), QJsonValue(0.25));
        QCOMPARE(first.value(u"flag"_s), QJsonValue(false));
        QCOMPARE(rows[1].value(u"flag"_s), QJsonValue(true));
        QCOMPARE(first.value(u"at"_s), QJsonValue(u"1969-12-31T23:59:59.123Z"_s));
        QCOMPARE(rows[9].value(u"at"_s), QJsonValue(u"2024-01-10T10:00:00.000Z"_s));
        const QJsonObject data = first.value(u"data"_s).toObject(); // nested JSON, not a string
        QCOMPARE(data.value(u"a"_s).toObject().value(u"b"_s).toArray().size(), 3);
        QVERIFY(data.value(u"a"_s).toObject().value(u"b"_s).toArray()[2].toObject().value(u"c"_s).isNull());
        QVERIFY(rows[1].value(u"data"_s).isNull());
        QCOMPARE(first.value(u"blob"_s), QJsonValue(u"AAH+/w=="_s)); // base64
        QVERIFY(rows[1].value(u"blob"_s).isNull());
        QCOMPARE(first.value(u"kind"_s), QJsonValue(u"PLAIN"_s));
        QCOMPARE(rows[2].value(u"kind"_s), QJsonValue(u"SPECIAL"_s)); // the enum's name, not its @map label
        QCOMPARE(rows[2].value(u"label"_s), QJsonValue(u""_s));   // empty string ...
        QVERIFY(rows[4].value(u"label"_s).isNull());               // ... is not NULL
        QVERIFY(rows[4].contains(u"label"_s));
        QCOMPARE(rows[3].value(u"groupNo"_s), QJsonValue(0));      // @map("group_no") shows the field name
    }

    void pagingWithAfterVisitsEveryRowOnce_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("order");
        for (const char *p : {"sqlite", "postgresql", "mysql"}) {
            const QString n = QString::fromLatin1(p);
            QTest::addRow("%s id", p) << n << QStringList{};
            QTest::addRow("%s groupNo desc", p) << n << QStringList{u"--order-by"_s, u"groupNo:desc"_s};
            // A nullable key and a second key: NULLs and ties cross page boundaries.
            QTest::addRow("%s label desc, groupNo", p)
                << n << QStringList{u"--order-by"_s, u"label:desc"_s, u"--order-by"_s, u"groupNo"_s};
            QTest::addRow("%s at desc", p) << n << QStringList{u"--order-by"_s, u"at:desc"_s};
        }
    }
    void pagingWithAfterVisitsEveryRowOnce()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, order);
        const Run whole = browse(name, order + QStringList{u"--json"_s});
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
        const QList<int> expected = ids(whole.objects());
        QCOMPARE(expected.size(), RowCount);
        QCOMPARE(QSet<int>(expected.begin(), expected.end()).size(), RowCount);
        for (int take : {1, 4, 23}) {
            const QList<int> pages = paged(name, order, take);
            QCOMPARE(pages, expected);
        }
        if (order.contains(u"groupNo:desc"_s)) {
            const QList<QJsonObject> rows = whole.objects();
            for (qsizetype i = 1; i < rows.size(); ++i) {
                const int a = rows[i - 1].value(u"groupNo"_s).toInt(), b = rows[i].value(u"groupNo"_s).toInt();
                QVERIFY(a > b || (a == b && rows[i - 1].value(u"id"_s).toInt() < rows[i].value(u"id"_s).toInt()));
            }
        }
    }

    void whereOperatorsSelectLikePrisma_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QList<int>>("expected");
        for (const char *p : {"sqlite", "postgresql", "mysql"}) {
            const QString n = QString::fromLatin1(p);
            const db::Provider provider = n == u"sqlite"_s       ? db::Provider::SQLite
                                        : n == u"postgresql"_s ? db::Provider::PostgreSQL
                                                               : db::Provider::MySQL;
            auto add = [&](const char *tag, const QString &where, const std::function<bool(const Row &)> &keep) {
                QTest::addRow("%s %s", p, tag) << n << where << idsWhere(provider, keep);
            };
            add("equals shorthand", uR"({"id": 4})"_s, [](const Row &r) { return r.id == 4; });
            add("in", uR"({"id": {"in": [1, 2, 30]}})"_s, [](const Row &r) { return r.id <= 2; });
            add("notIn and lte", uR"({"id": {"notIn": [1, 2]}, "groupNo": {"lte": 1}})"_s,
                [](const Row &r) { return r.id > 2 && r.groupNo <= 1; });
            add("null", uR"({"label": null})"_s, [](const Row &r) { return !r.label; });
            add("not null", uR"({"label": {"not": null}})"_s, [](const Row &r) { return bool(r.label); });
            add("empty string", uR"({"label": ""})"_s, [](const Row &r) { return r.label && r.label->isEmpty(); });
            add("not value skips NULL", uR"({"label": {"not": "Item 01"}})"_s,
                [](const Row &r) { return r.label && *r.label != u"Item 01"_s; });
            add("contains insensitive", uR"({"label": {"contains": "hello", "mode": "insensitive"}})"_s,
                [](const Row &r) { return r.id == 7; });
            add("startsWith", uR"({"label": {"startsWith": "Item 1"}})"_s,
                [](const Row &r) { return r.label && r.label->startsWith(u"Item 1"_s); });
            add("endsWith", uR"({"label": {"endsWith": "9"}})"_s,
                [](const Row &r) { return r.label && r.label->endsWith(u'9'); });
            add("OR lt gte", uR"({"OR": [{"id": {"lt": 3}}, {"id": {"gte": 22}}]})"_s,
                [](const Row &r) { return r.id < 3 || r.id >= 22; });
            add("NOT", uR"({"NOT": {"flag": true}})"_s, [](const Row &r) { return !r.flag; });
            add("AND array", uR"({"AND": [{"flag": true}, {"groupNo": {"gt": 1}}]})"_s,
                [](const Row &r) { return r.flag && r.groupNo > 1; });
            add("enum by name", uR"({"kind": "SPECIAL"})"_s, [](const Row &r) { return r.id % 3 == 0; });
            add("BigInt beyond 2^53 as string", uR"({"big": {"gt": "9223372036854775800"}})"_s,
                [](const Row &r) { return r.big > 9223372036854775800LL; });
            add("DateTime", uR"({"at": {"lt": "2000-01-01T00:00:00Z"}})"_s, [](const Row &r) { return r.id == 1; });
            add("Decimal", uR"({"price": {"gte": "20"}})"_s, [](const Row &r) { return r.id == 1 || r.id >= 20; });
            add("not nested", uR"({"label": {"not": {"startsWith": "Item"}}})"_s,
                [](const Row &r) { return r.label && !r.label->startsWith(u"Item"_s); });
            add("empty OR", uR"({"OR": []})"_s, [](const Row &) { return false; });
        }
    }
    void whereOperatorsSelectLikePrisma()
    {
        QFETCH(QString, name);
        QFETCH(QString, where);
        QFETCH(QList<int>, expected);
        const Run run = browse(name, {u"--where"_s, where, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(ids(run.objects()), expected);
    }

    void textTableShowsNullApartFromEmpty_data() { addProviders(); }
    void textTableShowsNullApartFromEmpty()
    {
        QFETCH(QString, name);
        const Run run = browse(name, {u"--take"_s, u"6"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.lines();
        QCOMPARE(lines.size(), 2 + 6 + 2); // header, rule, rows, count, cursor
        QVERIFY(lines[0].startsWith(u"id "_s));
        QVERIFY(lines[0].contains(u"| groupNo"_s));
        QCOMPARE(lines[4].split(u" | "_s).value(1).trimmed(), u""_s);     // id 3: ""
        QCOMPARE(lines[6].split(u" | "_s).value(1).trimmed(), u"NULL"_s); // id 5: NULL
        QCOMPARE(lines[8], u"(6 rows)"_s);
        QVERIFY(lines[9].startsWith(u"next cursor: "_s));
        const QString cursor = lines[9].mid(13);
        QVERIFY(cursor != u"none"_s);
        const Run next = browse(name, {u"--take"_s, u"1"_s, u"--after"_s, cursor, u"--json"_s});
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        QCOMPARE(ids(next.objects()), QList<int>{7});
        // The datasource line names the source and masks the password.
        QVERIFY(run.err.contains(u"(from --url)"_s));
        if (name != u"sqlite"_s)
            QVERIFY(run.err.contains(u":****@"_s));
    }

    void metricsOutWritesPrismaMetricsJson_data() { addProviders(); }
    void metricsOutWritesPrismaMetricsJson()
    {
        QFETCH(QString, name);
        const QString file = m_dir.filePath(name + u"-metrics.json"_s);
        const Run run = browse(name, {u"--take"_s, u"3"_s, u"--json"_s, u"--metrics-out"_s, file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject metrics = QJsonDocument::fromJson(f.readAll()).object();
        QHash<QString, QJsonObject> byKey;
        for (const char *group : {"counters", "gauges", "histograms"}) {
            QVERIFY2(metrics.value(QLatin1StringView(group)).isArray(), group);
            for (const QJsonValue &m : metrics.value(QLatin1StringView(group)).toArray()) {
                const QJsonObject o = m.toObject();
                QVERIFY(o.contains(u"key"_s) && o.contains(u"labels"_s) && o.contains(u"value"_s)
                        && o.contains(u"description"_s));
                byKey.insert(o.value(u"key"_s).toString(), o);
            }
        }
        QVERIFY(byKey.value(u"prisma_client_queries_total"_s).value(u"value"_s).toInteger() > 0);
        QVERIFY(byKey.value(u"prisma_datasource_queries_total"_s).value(u"value"_s).toInteger() > 0);
        QVERIFY(byKey.value(u"prisma_pool_connections_opened_total"_s).value(u"value"_s).toInteger() >= 1);
        for (const QString &key : {u"prisma_client_queries_active"_s, u"prisma_client_queries_wait"_s,
                                   u"prisma_pool_connections_open"_s, u"prisma_pool_connections_busy"_s,
                                   u"prisma_pool_connections_idle"_s})
            QVERIFY2(byKey.contains(key), qPrintable(key));
        const QJsonObject histogram = byKey.value(u"prisma_client_queries_duration_histogram_ms"_s);
        QVERIFY(histogram.value(u"value"_s).toObject().value(u"count"_s).toInteger() > 0);
        QVERIFY(histogram.value(u"value"_s).toObject().value(u"buckets"_s).isArray());
        // The option is the dispatcher's: the subcommand never saw it, so its output is unchanged.
        QCOMPARE(run.objects().size(), 3);
    }

    void databaseErrorsAreOneLineWithExitCode4()
    {
        // Nothing listens on port 1; the password in the URL must not be echoed.
        const Target &pg = m_targets[u"postgresql"_s];
        for (const QString &url : {u"postgresql://facet:hunter2-secret@127.0.0.1:1/facet_test"_s}) {
            const Run run = runFacet({u"browse"_s, u"Item"_s, u"--schema"_s, pg.schema, u"--url"_s, url});
            QCOMPARE(run.exitCode, 4);
            QVERIFY2(run.err.contains(u"P1001"_s), qPrintable(run.err));
            QVERIFY(!run.all().contains(u"hunter2-secret"_s));
            QCOMPARE(run.err.count(u'\n'), 2); // the datasource line, then the error
            QVERIFY(run.err.contains(u"facet:****@"_s));
        }
        // A URL of another provider than the schema's is a usage error, named with the masked URL.
        const Run mismatch = runFacet({u"browse"_s, u"Item"_s, u"--schema"_s, pg.schema, u"--url"_s,
                                    u"mysql://u:hunter2-secret@127.0.0.1:1/x"_s});
        QCOMPARE(mismatch.exitCode, 2);
        QVERIFY(!mismatch.all().contains(u"hunter2-secret"_s));
    }

    void urlFromTheEnvironmentIsUsedAndMasked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("postgresql") << u"postgresql"_s;
        QTest::newRow("mysql") << u"mysql"_s;
    }
    void urlFromTheEnvironmentIsUsedAndMasked()
    {
        QFETCH(QString, name);
        const Target &t = m_targets[name];
        // No --url: the schema's env("BROWSE_TEST_URL").
        const Run run = runFacet({u"browse"_s, u"Item"_s, u"--schema"_s, t.schema, u"--take"_s, u"2"_s}, {},
                              {{u"BROWSE_TEST_URL"_s, t.url}});
        m_outputs.append(run.all());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"BROWSE_TEST_URL"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"****"_s));
        // DATABASE_URL of the environment overrides the schema (Facet's studio rule, shared by the CLI).
        const Run override = runFacet({u"browse"_s, u"Item"_s, u"--schema"_s, t.schema, u"--take"_s, u"1"_s}, {},
                                   {{u"DATABASE_URL"_s, t.url}});
        m_outputs.append(override.all());
        QVERIFY2(override.exitCode == 0, qPrintable(override.err));
        QVERIFY(override.err.contains(u"DATABASE_URL"_s));
    }

    void passwordNeverAppearsInAnyOutput()
    {
        QVERIFY(m_outputs.size() > 50);
        for (const QString &output : std::as_const(m_outputs)) {
            for (const QString &secret : std::as_const(m_secrets))
                QVERIFY2(!output.contains(secret), qPrintable(output.left(300)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliBrowse)
#include "tst_cli_browse.moc"
