// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// `facet apply CHANGESET.json` as scripts use it: the real binary against SQLite, the test PostgreSQL and the
// test MariaDB (one body). Exit 0 and a summary when saved; exit 3 with the conflicts as JSON and nothing
// written when a guard fails; exit 1 with the row, field and Prisma code and nothing written on a database
// error or an invalid changeset; exit 2 for bad arguments.
#include "../integration/EditTestData.h"
#include "BrowseTestData.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace facet;
using namespace facet::test;
using facet::test::browse::Run;
using facet::test::browse::runFacet;

class TestCliApply : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_schemaPath;
    std::unique_ptr<db::Connection> m_conn;

    void setUp(const QString &provider)
    {
        m_url = editTestUrl(provider, m_dir.filePath(u"apply-%1.db"_s.arg(provider)));
        m_conn = openEditConnection(m_url);
        for (const QString &sql : editDdl(m_conn->provider()))
            exec(*m_conn, sql);
        exec(*m_conn, u"INSERT INTO %1 (name) VALUES ('ann')"_s.arg(q(*m_conn, u"EdAuthor"_s)));
        for (int i = 1; i <= 2; ++i)
            exec(*m_conn, u"INSERT INTO %1 (title, %2) VALUES ('post %3', 1)"_s.arg(q(*m_conn, u"EdPost"_s), q(*m_conn, u"authorId"_s)).arg(i));
        m_schemaPath = m_dir.filePath(u"schema-%1.prisma"_s.arg(provider));
        QFile schema(m_schemaPath);
        QVERIFY(schema.open(QIODevice::WriteOnly));
        schema.write(editSchemaText(provider).toUtf8());
    }

    Run apply(const QByteArray &changeset, const QString &name = u"changes.json"_s)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the changeset");
        file.write(changeset);
        file.close();
        return runFacet({u"apply"_s, path, u"--schema"_s, m_schemaPath, u"--url"_s, m_url});
    }

    QString scalar(const QString &sql)
    {
        auto r = m_conn->execute(db::Statement(sql));
        if (!r || r->rows.isEmpty())
            return u"<none>"_s;
        const db::Value v = r->rows.front().front();
        return v.kind() == db::ScalarKind::String ? v.toString() : QString::number(v.toBigInt());
    }

    QString title(int id) { return scalar(u"SELECT title FROM %1 WHERE id = %2"_s.arg(q(*m_conn, u"EdPost"_s)).arg(id)); }

    static void providers()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
        QTest::newRow("mysql") << u"mysql"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // `facet apply` appends to the audit log in the app data folder: the test's own.
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
    }

    void savesAndPrintsASummary_data() { providers(); }
    void savesAndPrintsASummary()
    {
        QFETCH(QString, provider);
        setUp(provider);
        const Run run = apply(R"({"version": 1, "changes": [
            {"model": "EdPost",
             "create": [{"title": "created", "authorId": 1}],
             "update": [{"where": {"id": 1}, "expected": {"version": 0}, "data": {"title": "updated"}}],
             "delete": [{"where": {"id": 2}, "expected": {"version": 0}}]},
            {"model": "EdNote", "create": [{"body": "note"}]}]})");
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(summary.value(u"status"_s).toString(), u"saved"_s);
        QCOMPARE(summary.value(u"created"_s).toInt(), 2);
        QCOMPARE(summary.value(u"updated"_s).toInt(), 1);
        QCOMPARE(summary.value(u"deleted"_s).toInt(), 1);
        // Database defaults of created rows are printed: the post's id and views.
        const QJsonObject created = summary.value(u"createdRows"_s).toArray().at(0).toObject().value(u"row"_s).toObject();
        QCOMPARE(created.value(u"views"_s).toInt(-1), 0);
        QVERIFY(created.value(u"id"_s).toInt() > 2);
        QCOMPARE(title(1), u"updated"_s);
        QCOMPARE(scalar(u"SELECT version FROM %1 WHERE id = 1"_s.arg(q(*m_conn, u"EdPost"_s))), u"1"_s);
        QCOMPARE(title(2), u"<none>"_s);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM %1"_s.arg(q(*m_conn, u"EdNote"_s))), u"1"_s);
        const QString password = QUrl(m_url).password();
        QVERIFY(password.isEmpty() || !run.all().contains(password));
        // The saved changes are in the audit log, the update with its old and new title.
        QFile audit(m_dir.filePath(u"data/Facet/audit-log.jsonl"_s));
        QVERIFY2(audit.open(QIODevice::ReadOnly), qPrintable(audit.fileName()));
        const QString log = QString::fromUtf8(audit.readAll());
        QVERIFY2(log.contains(u"\"new\":\"updated\""_s), qPrintable(log));
        QVERIFY(password.isEmpty() || !log.contains(password));
    }

    void conflictExits3AndWritesNothing_data() { providers(); }
    void conflictExits3AndWritesNothing()
    {
        QFETCH(QString, provider);
        setUp(provider);
        exec(*m_conn, u"UPDATE %1 SET title = 'theirs', version = 1 WHERE id = 1"_s.arg(q(*m_conn, u"EdPost"_s)));
        const Run run = apply(R"({"version": 1, "changes": [{"model": "EdPost", "update": [
            {"where": {"id": 2}, "expected": {"version": 0}, "data": {"title": "fine"}},
            {"where": {"id": 1}, "expected": {"version": 0}, "data": {"title": "mine"}}]}]})");
        QCOMPARE(run.exitCode, 3);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(u"status"_s).toString(), u"conflict"_s);
        const QJsonArray conflicts = report.value(u"conflicts"_s).toArray();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject c = conflicts.at(0).toObject();
        QCOMPARE(c.value(u"key"_s).toObject().value(u"id"_s).toInt(), 1);
        QCOMPARE(c.value(u"guard"_s).toString(), u"version"_s);
        const QJsonObject t = c.value(u"fields"_s).toObject().value(u"title"_s).toObject();
        QCOMPARE(t.value(u"original"_s).toString(), QString()); // not given in "expected": unknown
        QCOMPARE(t.value(u"theirs"_s).toString(), u"theirs"_s);
        QCOMPARE(t.value(u"mine"_s).toString(), u"mine"_s);
        QCOMPARE(title(2), u"post 2"_s); // the good update was rolled back with the rest
        QCOMPARE(title(1), u"theirs"_s);
    }

    void databaseErrorExits1WithRowFieldAndCode_data() { providers(); }
    void databaseErrorExits1WithRowFieldAndCode()
    {
        QFETCH(QString, provider);
        setUp(provider);
        const Run run = apply(R"({"version": 1, "changes": [
            {"model": "EdPost", "update": [{"where": {"id": 1}, "expected": {"version": 0}, "data": {"title": "x"}}]},
            {"model": "EdAuthor", "create": [{"name": "ann"}]}]})");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"P2002"_s) && run.err.contains(u"EdAuthor (new row #1).name"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"nothing was written"_s));
        QCOMPARE(title(1), u"post 1"_s);
    }

    void invalidInputAndUsage_data() { providers(); }
    void invalidInputAndUsage()
    {
        QFETCH(QString, provider);
        setUp(provider);
        Run run = apply(R"({"version": 1, "changes": [{"model": "EdPost", "update": [{"where": {"id": 1}, "data": {"title": "x"}}]}]})");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"changes[0].update[0].expected"_s), qPrintable(run.err));
        run = apply("not json");
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(runFacet({u"apply"_s}).exitCode, 2);
        QCOMPARE(runFacet({u"apply"_s, m_dir.filePath(u"missing.json"_s)}).exitCode, 2);
        QCOMPARE(title(1), u"post 1"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliApply)
#include "tst_cli_apply.moc"
