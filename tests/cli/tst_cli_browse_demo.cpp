// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// `facet browse` on the bundled demo (a small-scale DemoDatabase in a temporary folder), found the way Prisma
// finds a project: prisma.config.ts with dotenv, its .env and DATABASE_URL, no --schema or --url. Also the
// error lines and exit codes scripts rely on (Subcommand.h), each error exactly one line.
#include "BrowseTestData.h"
#include "demo/DemoDatabase.h"

#include <QDir>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet;
using namespace facet::test::browse;

class TestCliBrowseDemo : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;
    demo::DemoCounts m_counts;

    Run inProject(const QStringList &args) { return runFacet(QStringList{u"browse"_s} + args, m_project); }

    static bool writeFile(const QString &path, const QByteArray &text)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"project"_s);
        QVERIFY(QDir().mkpath(m_project + u"/prisma"_s));
        auto counts = demo::DemoDatabase::create(m_project + u"/demo.db"_s, {}, nullptr, 0.01);
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().summary()));
        m_counts = *counts;
        auto schema = demo::DemoDatabase::extractProject();
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().summary()));
        QVERIFY(QFile::copy(*schema, m_project + u"/prisma/schema.prisma"_s));
        // Prisma 7's layout: the URL lives in the config, read from .env through dotenv.
        QVERIFY(writeFile(m_project + u"/prisma.config.ts"_s,
                          "import \"dotenv/config\";\n"
                          "import { defineConfig, env } from \"prisma/config\";\n\n"
                          "export default defineConfig({\n"
                          "  schema: \"prisma/schema.prisma\",\n"
                          "  datasource: { url: env(\"DATABASE_URL\") },\n"
                          "});\n"));
        QVERIFY(writeFile(m_project + u"/.env"_s, "DATABASE_URL=\"file:./demo.db\"\n"));
    }

    void findsSchemaAndUrlLikePrisma()
    {
        const Run run = inProject({u"User"_s, u"--take"_s, u"5"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.lines().size(), 2 + 5 + 2);
        QVERIFY(run.lines().front().startsWith(u"id "_s));
        QVERIFY(run.lines().front().contains(u"createdAt"_s)); // Prisma field names, not @map column names
        QVERIFY2(run.err.contains(u".env"_s) || run.err.contains(u"DATABASE_URL"_s), qPrintable(run.err));
    }

    void streamsAWholeTableInWindows()
    {
        // More rows than one window (500): the command pages by keyset itself.
        const Run run = inProject({u"Transfer"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(m_counts.transfers > 500);
        QCOMPARE(run.objects().size(), m_counts.transfers);
        QCOMPARE(run.summary().value(u"rows"_s).toInteger(), m_counts.transfers);
        const QJsonObject first = run.objects().front();
        QVERIFY(first.value(u"amount"_s).isString() || first.value(u"amount"_s).isNull()); // Decimal as a string
    }

    void pagesOfTheDemoCoverEveryRowOnce()
    {
        QList<qint64> all;
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            QStringList args{u"Post"_s, u"--order-by"_s, u"views:desc"_s, u"--take"_s, u"37"_s, u"--json"_s};
            if (!cursor.isEmpty())
                args += {u"--after"_s, cursor};
            const Run run = inProject(args);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            for (const QJsonObject &o : run.objects())
                all.append(o.value(u"id"_s).toInteger());
            const QJsonValue next = run.summary().value(u"nextCursor"_s);
            if (next.isNull())
                break;
            cursor = next.toString();
        }
        QCOMPARE(all.size(), m_counts.posts);
        QCOMPARE(QSet<qint64>(all.begin(), all.end()).size(), m_counts.posts);
    }

    void relationFiltersSplitTheRows()
    {
        // Users with a post and users without one are all the users, and neither group is empty at this scale;
        // every post of a user being tagged or not splits the same way through the implicit m-n table.
        auto rows = [&](const QString &model, const QString &where) {
            const Run run = inProject({model, u"--where"_s, where, u"--json"_s});
            if (run.exitCode != 0)
                qWarning("%s", qPrintable(run.err));
            return run.exitCode == 0 ? run.summary().value(u"rows"_s).toInteger() : -1;
        };
        const qint64 some = rows(u"User"_s, uR"({"posts": {"some": {}}})"_s);
        const qint64 none = rows(u"User"_s, uR"({"posts": {"none": {}}})"_s);
        QVERIFY(some > 0 && none >= 0);
        QCOMPARE(some + none, m_counts.users);
        const qint64 tagged = rows(u"Post"_s, uR"({"tags": {"some": {}}})"_s);
        const qint64 untagged = rows(u"Post"_s, uR"({"tags": {"none": {}}})"_s);
        QVERIFY(tagged > 0);
        QCOMPARE(tagged + untagged, m_counts.posts);
        // Every post has its author (a required relation): the shorthand with no condition is every post.
        QCOMPARE(rows(u"Post"_s, uR"({"author": {}})"_s), m_counts.posts);
        const qint64 allTaggedByAny = rows(u"User"_s, uR"({"posts": {"every": {"tags": {"some": {}}}}})"_s);
        QVERIFY(allTaggedByAny >= none && allTaggedByAny <= m_counts.users);
    }

    void errorsAreOneLineWithTheirExitCode_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown model names the models") << QStringList{u"Nope"_s} << 2 << u"User, Post"_s;
        QTest::newRow("no model") << QStringList{} << 2 << u"facet browse <Model>"_s;
        QTest::newRow("unknown operator names key and place")
            << QStringList{u"Post"_s, u"--where"_s, uR"({"OR": [{"id": 1}, {"title": {"containz": "x"}}]})"_s} << 2
            << u"at OR[1].title.containz: unknown operator \"containz\""_s;
        QTest::newRow("unknown relation filter")
            << QStringList{u"User"_s, u"--where"_s, uR"({"posts": {"any": {"title": "x"}}})"_s} << 2
            << u"at posts.any: unknown relation filter \"any\" for the list posts (expected some, every, none)"_s;
        QTest::newRow("null on a required relation")
            << QStringList{u"Post"_s, u"--where"_s, uR"({"author": null})"_s} << 2
            << u"at author: author is a required relation"_s;
        QTest::newRow("unknown field") << QStringList{u"Post"_s, u"--where"_s, uR"({"titel": "x"})"_s} << 2
                                       << u"at titel: unknown field \"titel\" of Post"_s;
        QTest::newRow("wrong value type") << QStringList{u"Post"_s, u"--where"_s, uR"({"views": {"gt": "many"}})"_s}
                                          << 2 << u"at views.gt: expected a BigInt"_s;
        QTest::newRow("invalid JSON names the character")
            << QStringList{u"Post"_s, u"--where"_s, uR"({"id": )"_s} << 2 << u"invalid JSON at character"_s;
        QTest::newRow("unknown enum value") << QStringList{u"Post"_s, u"--where"_s, uR"({"status": "GONE"})"_s} << 2
                                            << u"\"GONE\" is not a value of PostStatus"_s;
        QTest::newRow("order by unknown field") << QStringList{u"Post"_s, u"--order-by"_s, u"nope:desc"_s} << 2
                                                << u"Post has no field nope"_s;
        QTest::newRow("bad direction") << QStringList{u"Post"_s, u"--order-by"_s, u"id:down"_s} << 2
                                       << u"asc or desc"_s;
        QTest::newRow("bad take") << QStringList{u"Post"_s, u"--take"_s, u"-3"_s} << 2 << u"--take"_s;
        QTest::newRow("bad cursor") << QStringList{u"Post"_s, u"--after"_s, u"!!"_s} << 2
                                    << u"not a cursor printed by facet browse"_s;
        // eyJvIjpbImlkIl0sInYiOlsxXX0 = {"o":["id"],"v":[1]}: made for another order.
        QTest::newRow("cursor of another order")
            << QStringList{u"Post"_s, u"--order-by"_s, u"views"_s, u"--after"_s, u"eyJvIjpbImlkIl0sInYiOlsxXX0"_s} << 2
            << u"use the same --order-by"_s;
        QTest::newRow("missing schema") << QStringList{u"Post"_s, u"--schema"_s, u"nowhere.prisma"_s} << 2
                                        << u"nowhere.prisma"_s;
        QTest::newRow("metrics-out without file") << QStringList{u"Post"_s, u"--metrics-out"_s} << 2
                                                  << u"--metrics-out: missing file name"_s;
    }
    void errorsAreOneLineWithTheirExitCode()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        const Run run = inProject(args);
        QCOMPARE(run.exitCode, code);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.err.startsWith(u"facet browse: "_s));
        QVERIFY(run.out.isEmpty());
    }

    void invalidSchemaExitsWith1()
    {
        const QString folder = m_dir.filePath(u"broken"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + u"/schema.prisma"_s,
                          "datasource db {\n  provider = \"sqlite\"\n}\nmodel A {\n  id Int @id\n  b Nope\n}\n"));
        const Run run = runFacet({u"browse"_s, u"A"_s, u"--url"_s, u"file:./x.db"_s}, folder);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Nope"_s), qPrintable(run.err));
        QVERIFY(run.err.trimmed().split(u'\n').back().startsWith(u"facet browse: the schema is invalid"_s));
    }

    void missingUrlIsAConfigurationError()
    {
        // The schema reads env("BROWSE_TEST_URL"), which nothing sets.
        const QString folder = m_dir.filePath(u"nourl"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(!writeSchema(folder, u"sqlite"_s).isEmpty());
        const Run run = runFacet({u"browse"_s, u"Item"_s}, folder);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"BROWSE_TEST_URL"_s), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    void helpListsTheOptions()
    {
        const Run run = runFacet({u"browse"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const QString &option : {u"--where"_s, u"--order-by"_s, u"--take"_s, u"--after"_s, u"--json"_s,
                                      u"--metrics-out"_s})
            QVERIFY2(run.out.contains(option), qPrintable(option));
    }
};

QTEST_GUILESS_MAIN(TestCliBrowseDemo)
#include "tst_cli_browse_demo.moc"
