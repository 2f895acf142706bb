// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// PostgresConnection through a real PgBouncer in transaction pooling mode (started by the `servers` fixture,
// with max_prepared_statements = 0): with ?pgbouncer=true no named statement is ever kept, so many
// parameterised statements across transactions on several client connections (sharing fewer server
// sessions) never meet "prepared statement ... already exists/does not exist"; ?schema= still applies.
#include "TestServers.h"
#include "core/Connection.h"
#include "pg/PostgresConnection.h"
#include "url/ConnectionUrl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;

class TestPgBouncer : public QObject {
    Q_OBJECT
private:
    static std::unique_ptr<PostgresConnection> open(const QString &url)
    {
        const auto parsed = ConnectionUrl::parse(url);
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error().message));
        auto c = PostgresConnection::open(*parsed);
        if (!c)
            qFatal("open: %s", qPrintable(c.error().summary()));
        return std::move(*c);
    }

    QString m_bouncerUrl; // with pgbouncer=true and schema=facet_bouncer

private Q_SLOTS:
    void initTestCase()
    {
        auto pg = facet::test::TestServers::postgres();
        QVERIFY2(pg, qPrintable(pg.error()));
        auto bouncer = facet::test::TestServers::pgbouncer();
        QVERIFY2(bouncer, qPrintable(bouncer.error()));
        QVERIFY(bouncer->url.contains(u"pgbouncer=true"_s));
        m_bouncerUrl = bouncer->url + u"&schema=facet_bouncer&application_name=facet-bouncer-test"_s;
        // Direct to PostgreSQL for the set-up.
        auto direct = open(pg->url);
        QVERIFY(direct->execute(Statement(u"DROP SCHEMA IF EXISTS facet_bouncer CASCADE"_s)));
        QVERIFY(direct->execute(Statement(u"CREATE SCHEMA facet_bouncer"_s)));
        QVERIFY(direct->execute(
            Statement(u"CREATE TABLE facet_bouncer.items (id int PRIMARY KEY, label text NOT NULL, version int NOT NULL)"_s)));
    }

    void schemaAppliesBehindTheBouncer()
    {
        auto c = open(m_bouncerUrl);
        const auto r = c->execute(Statement(u"SELECT current_schema()"_s));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().summary()));
        QCOMPARE(r->rows[0][0], Value::fromString(u"facet_bouncer"_s));
        // Unqualified names find the schema's table.
        QVERIFY(c->execute(Statement(u"SELECT count(*) FROM items"_s)));
    }

    void parameterisedStatementsAcrossTransactionsNeverClash()
    {
        // More clients than PgBouncer's pool (default_pool_size = 4): transactions of one client land on
        // different server sessions, which is where kept named statements would break.
        std::vector<std::unique_ptr<PostgresConnection>> clients;
        for (int i = 0; i < 6; ++i)
            clients.push_back(open(m_bouncerUrl));
        int id = 0;
        for (int round = 0; round < 50; ++round) {
            for (auto &c : clients) {
                ++id;
                QVERIFY(c->begin());
                const auto ins = c->execute(Statement(u"INSERT INTO items (id, label, version) VALUES ($1, $2, $3)"_s,
                                                      {Value::fromInt(id), Value::fromString(u"item %1"_s.arg(id)),
                                                       Value::fromInt(1)}));
                QVERIFY2(ins, qPrintable(ins ? QString() : ins.error().summary()));
                const auto upd = c->execute(
                    Statement(u"UPDATE items SET version = version + 1 WHERE id = $1 AND version = $2"_s,
                              {Value::fromInt(id), Value::fromInt(1)}));
                QVERIFY2(upd, qPrintable(upd ? QString() : upd.error().summary()));
                QCOMPARE(upd->affectedRows, 1);
                QVERIFY(c->commit());
                // And outside transactions, each statement its own transaction.
                const auto sel = c->execute(Statement(u"SELECT label, version FROM items WHERE id = $1"_s, {Value::fromInt(id)}));
                QVERIFY2(sel, qPrintable(sel ? QString() : sel.error().summary()));
                QCOMPARE(sel->rows[0][1], Value::fromInt(2));
            }
        }
        for (auto &c : clients)
            QCOMPARE(c->preparedStatementCount(), 0);
        auto check = open(m_bouncerUrl);
        const auto total = check->execute(Statement(u"SELECT count(*) FROM items"_s));
        QVERIFY(total);
        QCOMPARE(total->rows[0][0].toBigInt(), id);
    }

    void pipelinedBatchAndStreamWork()
    {
        auto c = open(m_bouncerUrl);
        QList<Statement> batch;
        for (int i = 0; i < 100; ++i)
            batch.append(Statement(u"UPDATE items SET version = version + 1 WHERE id = $1"_s, {Value::fromInt(i + 1)}));
        const auto r = c->executeBatch(batch);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().summary()));
        QCOMPARE(r->size(), 100);
        qint64 rows = 0;
        const auto s = c->stream(Statement(u"SELECT id FROM items WHERE id > $1 ORDER BY id"_s, {Value::fromInt(0)}), 50,
                                 [&](ResultBatch &&b) {
                                     rows += b.rows.size();
                                     return true;
                                 });
        QVERIFY2(s, qPrintable(s ? QString() : s.error().summary()));
        QCOMPARE(rows, 300);
    }
};

QTEST_GUILESS_MAIN(TestPgBouncer)
#include "tst_pgbouncer.moc"
