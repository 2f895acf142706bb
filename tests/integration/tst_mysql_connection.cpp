// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// QtSql round trips against the throwaway MariaDB the test run starts (the `servers` fixture).
#include "TestServers.h"
#include "qtsql/QtSqlConnection.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;

class TestMySqlConnection : public QObject {
    Q_OBJECT
private:
    facet::test::MySqlServer m_server;
    std::unique_ptr<QtSqlConnection> m_db;

    QtSqlOptions options(const QString &password) const
    {
        QtSqlOptions o;
        o.driver = QtSqlDriver::MySql;
        o.host = m_server.host;
        o.port = m_server.port;
        o.user = m_server.user;
        o.password = password;
        o.database = m_server.database;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto my = facet::test::TestServers::mysql();
        QVERIFY2(my, qPrintable(my.error()));
        m_server = *my;
        auto c = QtSqlConnection::open(options(m_server.password));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().summary()));
        m_db = std::move(*c);
        QVERIFY(m_db->exec(u"DROP TABLE IF EXISTS roundtrip"_s));
        QVERIFY(m_db->exec(u"CREATE TABLE roundtrip (id INT AUTO_INCREMENT PRIMARY KEY, email VARCHAR(191) UNIQUE, "
                           "note TEXT, big BIGINT, amount DECIMAL(65,30)) DEFAULT CHARACTER SET utf8mb4"_s));
    }

    void valuesSurviveTheRoundTrip()
    {
        auto inserted = m_db->exec(u"INSERT INTO roundtrip (email, note, big, amount) VALUES (?, ?, ?, ?)"_s,
                                   {u"zoë@example.com"_s, u""_s, qint64(-9223372036854775807LL - 1),
                                    u"12345678901234567890123456789012345.123456789012345678901234567890"_s});
        QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().summary()));
        const QVariant id = inserted->lastInsertId;
        QVERIFY(id.isValid());

        auto row = m_db->exec(u"SELECT email, note, big, CAST(amount AS CHAR), NULL FROM roundtrip WHERE id = ?"_s, {id});
        QVERIFY(row);
        QCOMPARE(row->rows.size(), 1);
        const QVariantList &cells = row->rows.first();
        QCOMPARE(cells[0].toString(), u"zoë@example.com"_s);
        QVERIFY(!cells[1].isNull());
        QCOMPARE(cells[1].toString(), QString());
        QCOMPARE(cells[2].toLongLong(), -9223372036854775807LL - 1);
        QCOMPARE(cells[3].toString(), u"12345678901234567890123456789012345.123456789012345678901234567890"_s);
        QVERIFY(cells[4].isNull());
    }

    void duplicateKeyIsP2002()
    {
        QVERIFY(m_db->exec(u"INSERT INTO roundtrip (email) VALUES (?)"_s, {u"dup@example.com"_s}));
        auto again = m_db->exec(u"INSERT INTO roundtrip (email) VALUES (?)"_s, {u"dup@example.com"_s});
        QVERIFY(!again);
        QCOMPARE(again.error().nativeCode, 1062);
        QCOMPARE(again.error().prismaCode, u"P2002"_s);
    }

    void transactionsRollBack()
    {
        QVERIFY(m_db->begin());
        QVERIFY(m_db->exec(u"INSERT INTO roundtrip (email) VALUES (?)"_s, {u"rolled@example.com"_s}));
        QVERIFY(m_db->rollback());
        auto count = m_db->exec(u"SELECT COUNT(*) FROM roundtrip WHERE email = ?"_s, {u"rolled@example.com"_s});
        QVERIFY(count);
        QCOMPARE(count->rows.first().first().toInt(), 0);
    }

    void wrongPasswordIsP1000()
    {
        auto c = QtSqlConnection::open(options(u"not-the-password"_s));
        QVERIFY(!c);
        QCOMPARE(c.error().prismaCode, u"P1000"_s);
    }

    void cleanupTestCase()
    {
        if (m_db)
            QVERIFY(m_db->exec(u"DROP TABLE roundtrip"_s));
    }
};

QTEST_GUILESS_MAIN(TestMySqlConnection)
#include "tst_mysql_connection.moc"
