// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// libpq round trips against the throwaway PostgreSQL the test run starts (the `servers` fixture).
#include "TestServers.h"
#include "pg/PgConnection.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;

class TestPgConnection : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<PgConnection> m_db;
    facet::test::PgServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        auto pg = facet::test::TestServers::postgres();
        QVERIFY2(pg, qPrintable(pg.error()));
        m_server = *pg;
        auto c = PgConnection::connect(m_server.conninfo());
        QVERIFY2(c, qPrintable(c ? QString() : c.error().summary()));
        m_db = std::move(*c);
        QVERIFY(m_db->serverVersion() >= 170000);
        QVERIFY(m_db->exec(u"DROP TABLE IF EXISTS roundtrip"_s));
        QVERIFY(m_db->exec(u"CREATE TABLE roundtrip (id serial PRIMARY KEY, email text UNIQUE, note text, "
                           "big bigint, amount numeric(65,30))"_s));
    }

    void valuesSurviveTheRoundTripExactly()
    {
        const QList<PgCell> params{QByteArray("zoë@example.com"), QByteArray(""), QByteArray("9223372036854775807"),
                                   QByteArray("12345678901234567890123456789012345.123456789012345678901234567890")};
        auto inserted = m_db->exec(u"INSERT INTO roundtrip (email, note, big, amount) VALUES ($1, $2, $3, $4) "
                                   "RETURNING id"_s, params);
        QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().summary()));
        QCOMPARE(inserted->rows.size(), 1);
        const QByteArray id = *inserted->rows.first().first();

        auto row = m_db->exec(u"SELECT email, note, big, amount, NULL::text AS missing FROM roundtrip WHERE id = $1"_s,
                              {id});
        QVERIFY(row);
        QCOMPARE(row->columns, (QStringList{u"email"_s, u"note"_s, u"big"_s, u"amount"_s, u"missing"_s}));
        const QList<PgCell> &cells = row->rows.first();
        QCOMPARE(QString::fromUtf8(*cells[0]), u"zoë@example.com"_s);
        // An empty string is a value, not NULL; a NULL is no value at all.
        QVERIFY(cells[1].has_value());
        QCOMPARE(*cells[1], QByteArray());
        QCOMPARE(*cells[2], QByteArray("9223372036854775807"));
        QCOMPARE(*cells[3], QByteArray("12345678901234567890123456789012345.123456789012345678901234567890"));
        QVERIFY(!cells[4].has_value());
    }

    void nullParametersBindSqlNull()
    {
        auto r = m_db->exec(u"SELECT $1::text IS NULL, $2::text IS NULL"_s, {std::nullopt, QByteArray("")});
        QVERIFY(r);
        QCOMPARE(*r->rows.first()[0], QByteArray("t"));
        QCOMPARE(*r->rows.first()[1], QByteArray("f"));
    }

    void uniqueViolationIsP2002WithTheConstraint()
    {
        QVERIFY(m_db->exec(u"INSERT INTO roundtrip (email) VALUES ($1)"_s, {QByteArray("dup@example.com")}));
        auto again = m_db->exec(u"INSERT INTO roundtrip (email) VALUES ($1)"_s, {QByteArray("dup@example.com")});
        QVERIFY(!again);
        QCOMPARE(again.error().prismaCode, u"P2002"_s);
        QCOMPARE(again.error().sqlState, u"23505"_s);
        QCOMPARE(again.error().constraint, u"roundtrip_email_key"_s);
        QVERIFY(again.error().detail.contains(u"dup@example.com"_s));
        QVERIFY(again.error().statement.startsWith(u"INSERT INTO roundtrip"_s));
    }

    void wrongPasswordIsP1000AndNeverEchoesThePassword()
    {
        const QByteArray conninfo = "host=" + m_server.host.toUtf8() + " port=" + QByteArray::number(m_server.port)
                                    + " dbname=" + m_server.database.toUtf8() + " user=" + m_server.user.toUtf8()
                                    + " password=not-the-password-xyz connect_timeout=5";
        auto c = PgConnection::connect(conninfo);
        QVERIFY(!c);
        QCOMPARE(c.error().prismaCode, u"P1000"_s);
        QVERIFY(!c.error().message.contains(u"not-the-password-xyz"_s));
    }

    void unreachableServerIsP1001()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        auto c = PgConnection::connect("host=127.0.0.1 port=1 dbname=x user=x connect_timeout=3");
        QVERIFY(!c);
        QCOMPARE(c.error().prismaCode, u"P1001"_s);
        QVERIFY(!c.error().message.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_db)
            QVERIFY(m_db->exec(u"DROP TABLE roundtrip"_s));
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pg_connection.moc"
