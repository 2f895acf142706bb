// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// QtSql round trips against a real SQLite file.
#include "qtsql/QtSqlConnection.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;

class TestSqliteConnection : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QtSqlConnection> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QtSqlOptions o;
        o.database = m_dir.filePath(u"roundtrip.db"_s);
        auto c = QtSqlConnection::open(o);
        QVERIFY2(c, qPrintable(c ? QString() : c.error().summary()));
        m_db = std::move(*c);
        QVERIFY(m_db->exec(u"CREATE TABLE parent (id INTEGER PRIMARY KEY, email TEXT UNIQUE)"_s));
        QVERIFY(m_db->exec(u"CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL "
                           "REFERENCES parent(id), payload BLOB, note TEXT)"_s));
    }

    void valuesSurviveTheRoundTrip()
    {
        const QByteArray bytes("\x00\xff\xfe invalid utf-8 \xc3\x28", 20);
        QVERIFY(m_db->exec(u"INSERT INTO parent (id, email) VALUES (?, ?)"_s, {1, u"zoë@example.com"_s}));
        QVERIFY(m_db->exec(u"INSERT INTO child (id, parent_id, payload, note) VALUES (?, ?, ?, ?)"_s,
                           {1, 1, bytes, u""_s}));
        QVERIFY(m_db->exec(u"INSERT INTO child (id, parent_id, payload, note) VALUES (?, ?, ?, ?)"_s,
                           {2, 1, QVariant(), QVariant()}));
        auto rows = m_db->exec(u"SELECT payload, note FROM child ORDER BY id"_s);
        QVERIFY(rows);
        QCOMPARE(rows->rows.size(), 2);
        QCOMPARE(rows->rows[0][0].toByteArray(), bytes);
        QVERIFY(!rows->rows[0][1].isNull());
        QCOMPARE(rows->rows[0][1].toString(), QString());
        QVERIFY(rows->rows[1][0].isNull());
        QVERIFY(rows->rows[1][1].isNull());
    }

    void foreignKeysAreEnforcedAsPrismaExpects()
    {
        auto orphan = m_db->exec(u"INSERT INTO child (id, parent_id) VALUES (?, ?)"_s, {3, 99});
        QVERIFY(!orphan);
        QCOMPARE(orphan.error().prismaCode, u"P2003"_s);
    }

    void uniqueViolationIsP2002()
    {
        auto dup = m_db->exec(u"INSERT INTO parent (id, email) VALUES (?, ?)"_s, {2, u"zoë@example.com"_s});
        QVERIFY(!dup);
        QCOMPARE(dup.error().prismaCode, u"P2002"_s);
    }

    void execManyInsertsEveryRowInOneTransaction()
    {
        QList<QVariantList> rows;
        for (int i = 10; i < 1010; ++i)
            rows.append({i, u"user%1@example.com"_s.arg(i)});
        QVERIFY(m_db->begin());
        auto affected = m_db->execMany(u"INSERT INTO parent (id, email) VALUES (?, ?)"_s, rows);
        QVERIFY(affected);
        QCOMPARE(*affected, 1000);
        QVERIFY(m_db->commit());
        auto count = m_db->exec(u"SELECT COUNT(*) FROM parent"_s);
        QCOMPARE(count->rows.first().first().toInt(), 1001);
    }

    void badSqlReportsTheStatement()
    {
        auto bad = m_db->exec(u"SELEKT 1"_s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().statement, u"SELEKT 1"_s);
        QVERIFY(!bad.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteConnection)
#include "tst_sqlite_connection.moc"
