// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The bundled demo: Prisma's migration applied to a real SQLite file the way `migrate deploy` does it,
// then seeded. Checks the volume, the value shapes the studio depends on, and that a cancelled run leaves
// nothing behind.
#include "demo/DemoDatabase.h"
#include "qtsql/QtSqlConnection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet;

class TestDemoDatabase : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static std::unique_ptr<db::QtSqlConnection> open(const QString &path)
    {
        db::QtSqlOptions o;
        o.database = path;
        auto c = db::QtSqlConnection::open(o);
        return c ? std::move(*c) : nullptr;
    }
    static qint64 scalar(db::QtSqlConnection &c, const QString &sql)
    {
        auto r = c.exec(sql);
        return r && !r->rows.isEmpty() ? r->rows.first().first().toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void fullDemoHasAtLeastHundredThousandRowsInItsLargestTable()
    {
        const QString path = m_dir.filePath(u"full/demo.db"_s);
        qint64 lastDone = -1, lastTotal = -1, calls = 0;
        auto counts = demo::DemoDatabase::create(path, [&](qint64 done, qint64 total, const QString &) {
            QVERIFY(done > lastDone); // progress only moves forward
            lastDone = done;
            lastTotal = total;
            ++calls;
        });
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().summary()));
        QVERIFY(counts->transfers >= 100'000);
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(lastTotal, counts->total());
        QVERIFY(calls > 10);
        QVERIFY(demo::DemoDatabase::isReady(path));
        QVERIFY(!QFileInfo::exists(path + u".partial"_s));

        auto c = open(path);
        QVERIFY(c);
        QCOMPARE(scalar(*c, u"SELECT COUNT(*) FROM transfers"_s), counts->transfers);
        QCOMPARE(scalar(*c, u"SELECT COUNT(*) FROM users"_s), counts->users);
        QCOMPARE(scalar(*c, u"SELECT COUNT(*) FROM \"_PostToTag\""_s), counts->postTags);
        // Every foreign key points at a real row.
        auto fk = c->exec(u"PRAGMA foreign_key_check"_s);
        QVERIFY(fk);
        QCOMPARE(fk->rows.size(), 0);
    }

    void recordsTheMigrationLikePrismaMigrateDeploy()
    {
        const QString path = m_dir.filePath(u"full/demo.db"_s);
        auto c = open(path);
        QVERIFY(c);
        auto rows = c->exec(u"SELECT migration_name, checksum, finished_at IS NOT NULL, rolled_back_at IS NULL, "
                            "applied_steps_count FROM _prisma_migrations"_s);
        QVERIFY(rows);
        QCOMPARE(rows->rows.size(), 1);
        const QVariantList &m = rows->rows.first();
        QCOMPARE(m[0].toString(), u"20261126000000_init"_s);
        QFile script(u":/facet/demo/migrations/20261126000000_init/migration.sql"_s);
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QString expected = QString::fromLatin1(QCryptographicHash::hash(script.readAll(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(m[1].toString(), expected);
        QCOMPARE(m[2].toInt(), 1);
        QCOMPARE(m[3].toInt(), 1);
        QCOMPARE(m[4].toInt(), 1);
    }

    void valuesHaveTheShapesTheStudioMustHandle()
    {
        auto c = open(m_dir.filePath(u"full/demo.db"_s));
        QVERIFY(c);
        // NULL names exist and are not empty strings.
        QVERIFY(scalar(*c, u"SELECT COUNT(*) FROM users WHERE name IS NULL"_s) > 0);
        QCOMPARE(scalar(*c, u"SELECT COUNT(*) FROM users WHERE name = ''"_s), 0);
        // BigInt beyond 32 bits.
        QVERIFY(scalar(*c, u"SELECT MAX(views) FROM posts"_s) > 4'294'967'296LL);
        // Enum labels use @map's database name.
        QVERIFY(scalar(*c, u"SELECT COUNT(*) FROM users WHERE role = 'administrator'"_s) > 0);
        QCOMPARE(scalar(*c, u"SELECT COUNT(*) FROM users WHERE role NOT IN ('MEMBER','EDITOR','administrator')"_s), 0);
        // Json that holds a JSON null inside, and Json columns that are SQL NULL.
        QVERIFY(scalar(*c, u"SELECT COUNT(*) FROM users WHERE profile LIKE '%\"nickname\":null%'"_s) > 0);
        QVERIFY(scalar(*c, u"SELECT COUNT(*) FROM users WHERE profile IS NULL"_s) > 0);
        // Bytes are stored as blobs.
        QVERIFY(scalar(*c, u"SELECT COUNT(*) FROM users WHERE typeof(avatar) = 'blob'"_s) > 0);
        // DateTime as ISO-8601 UTC text with milliseconds, as Prisma 7's SQLite adapter writes it.
        auto when = c->exec(u"SELECT created_at FROM posts LIMIT 1"_s);
        QVERIFY(when);
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s)
                    .match(when->rows.first().first().toString()).hasMatch());
        // Account ids are UUID v4 strings; transfers never go to the same account.
        auto id = c->exec(u"SELECT id FROM accounts LIMIT 1"_s);
        QVERIFY(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s)
                    .match(id->rows.first().first().toString()).hasMatch());
        QCOMPARE(scalar(*c, u"SELECT COUNT(*) FROM transfers WHERE from_id = to_id"_s), 0);
    }

    void seedIsDeterministic()
    {
        const QString a = m_dir.filePath(u"a/demo.db"_s), b = m_dir.filePath(u"b/demo.db"_s);
        QVERIFY(demo::DemoDatabase::create(a, {}, nullptr, 0.02));
        QVERIFY(demo::DemoDatabase::create(b, {}, nullptr, 0.02));
        auto ca = open(a), cb = open(b);
        const QString digest = u"SELECT group_concat(email || coalesce(name, '~') || role, ',') FROM users"_s;
        QCOMPARE(ca->exec(digest)->rows.first().first().toString(), cb->exec(digest)->rows.first().first().toString());
    }

    void cancelLeavesNoFileBehind()
    {
        const QString path = m_dir.filePath(u"cancelled/demo.db"_s);
        std::atomic<bool> cancel{false};
        auto result = demo::DemoDatabase::create(path, [&](qint64 done, qint64, const QString &) {
            if (done >= 4'000)
                cancel = true;
        }, &cancel);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(u"cancelled"_s));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + u".partial"_s));
        QVERIFY(!demo::DemoDatabase::isReady(path));
    }

    void staleSeedVersionIsNotReady()
    {
        const QString path = m_dir.filePath(u"stale/demo.db"_s);
        QVERIFY(demo::DemoDatabase::create(path, {}, nullptr, 0.01));
        QVERIFY(demo::DemoDatabase::isReady(path));
        {
            auto c = open(path);
            QVERIFY(c->exec(u"PRAGMA user_version = 0"_s));
        }
        QVERIFY(!demo::DemoDatabase::isReady(path));
    }

    void extractsAnOrdinaryPrismaProject()
    {
        auto schema = demo::DemoDatabase::extractProject();
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().message));
        QVERIFY(QFileInfo(*schema).isFile());
        const QString folder = QFileInfo(*schema).absolutePath();
        QVERIFY(QFileInfo(folder + u"/migrations/migration_lock.toml"_s).isFile());
        QVERIFY(QFileInfo(folder + u"/migrations/20261126000000_init/migration.sql"_s).isFile());
    }
};

QTEST_GUILESS_MAIN(TestDemoDatabase)
#include "tst_demo_database.moc"
