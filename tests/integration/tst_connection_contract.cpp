// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The Connection contract, one body for all three databases (a `provider` column): execute with bound
// parameters and exact values, stream in bounded batches, executeBatch all-or-nothing, transactions and
// savepoints, the interactive transaction helper, read-only sessions, cancel from another thread, errors with
// Prisma codes and constraint fields, last insert ids and timings. Connections come from openConnection() and
// the Prisma URLs of the test servers; SQLite uses a fresh file.
#include "TestServers.h"
#include "core/Connection.h"
#include "core/Transaction.h"
#include "url/ConnectionUrl.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <stdexcept>
#include <thread>

using namespace Qt::StringLiterals;
using namespace facet::db;

namespace {

Value dec(const QString &text)
{
    return Value::fromDecimal(*Decimal::parse(text));
}

} // namespace

class TestConnectionContract : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<Connection> open(const QString &provider, const QString &query = {}, ConnectOptions options = {})
    {
        QString url;
        if (provider == u"postgresql"_s) {
            auto pg = facet::test::TestServers::postgres();
            if (!pg)
                qFatal("%s", qPrintable(pg.error()));
            url = pg->url;
        } else if (provider == u"mysql"_s) {
            auto my = facet::test::TestServers::mysql();
            if (!my)
                qFatal("%s", qPrintable(my.error()));
            url = my->url;
        } else {
            url = u"file:"_s + m_dir.filePath(u"contract.db"_s);
        }
        if (!query.isEmpty())
            url += u'?' + query;
        const auto parsed = ConnectionUrl::parse(url);
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error().message));
        auto c = openConnection(*parsed, options);
        if (!c)
            qFatal("open %s: %s", qPrintable(provider), qPrintable(c.error().summary()));
        return std::move(*c);
    }

    static QString ph(const Connection &c, int n) { return c.provider() == Provider::PostgreSQL ? u"$%1"_s.arg(n) : u"?"_s; }

    // A table `name` (id int primary key, email unique, amount decimal, big bigint), emptied.
    static void makeTable(Connection &c, const QString &name)
    {
        (void)c.execute(Statement(u"DROP TABLE IF EXISTS "_s + name));
        QString ddl;
        switch (c.provider()) {
        case Provider::PostgreSQL:
            ddl = u"CREATE TABLE %1 (id integer PRIMARY KEY, email text UNIQUE, amount numeric(65,30), big bigint)"_s;
            break;
        case Provider::MySQL:
            ddl = u"CREATE TABLE %1 (id INT PRIMARY KEY, email VARCHAR(191) UNIQUE, amount DECIMAL(65,30), "
                  "big BIGINT) ENGINE=InnoDB"_s;
            break;
        case Provider::SQLite:
            ddl = u"CREATE TABLE %1 (id INTEGER PRIMARY KEY, email TEXT UNIQUE, amount DECIMAL, big BIGINT)"_s;
            break;
        }
        const auto r = c.execute(Statement(ddl.arg(name)));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().summary()));
    }

    static Statement insert(const Connection &c, const QString &table, int id, const QString &email)
    {
        return Statement(u"INSERT INTO %1 (id, email) VALUES (%2, %3)"_s.arg(table, ph(c, 1), ph(c, 2)),
                         {Value::fromInt(id), Value::fromString(email)});
    }

    static qint64 count(Connection &c, const QString &table)
    {
        const auto r = c.execute(Statement(u"SELECT COUNT(*) FROM "_s + table));
        if (!r || r->rows.isEmpty())
            return -1;
        return r->rows[0][0].toBigInt();
    }

    static void providers()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("postgresql") << u"postgresql"_s;
        QTest::newRow("mysql") << u"mysql"_s;
        QTest::newRow("sqlite") << u"sqlite"_s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void executeRoundTripsExactValues_data() { providers(); }
    void executeRoundTripsExactValues()
    {
        QFETCH(QString, provider);
        auto c = open(provider);
        makeTable(*c, u"contract_values"_s);
        // SQLite keeps 15 significant digits of a DECIMAL column (NUMERIC affinity); the others all of them.
        const Value amount = provider == u"sqlite"_s ? dec(u"12345.678"_s) : dec(u"12345678901234567890.123456789012345678901234567891"_s);
        const Value big = Value::fromBigInt(std::numeric_limits<qint64>::min());
        const auto ins = c->execute(Statement(u"INSERT INTO contract_values (id, email, amount, big) VALUES (%1, %2, %3, %4)"_s
                                                  .arg(ph(*c, 1), ph(*c, 2), ph(*c, 3), ph(*c, 4)),
                                              {Value::fromInt(1), Value::fromString(u"ünï@example.com"_s), amount, big}));
        QVERIFY2(ins, qPrintable(ins ? QString() : ins.error().summary()));
        QCOMPARE(ins->affectedRows, 1);
        const auto sel = c->execute(Statement(u"SELECT id, email, amount, big FROM contract_values WHERE id = "_s + ph(*c, 1),
                                              {Value::fromInt(1)}));
        QVERIFY2(sel, qPrintable(sel ? QString() : sel.error().summary()));
        QCOMPARE(sel->columns, (QStringList{u"id"_s, u"email"_s, u"amount"_s, u"big"_s}));
        QCOMPARE(sel->rows.size(), 1);
        QCOMPARE(sel->rows[0][1], Value::fromString(u"ünï@example.com"_s));
        QCOMPARE(sel->rows[0][2], amount);
        QCOMPARE(sel->rows[0][3], big);
        QCOMPARE(sel->rows[0][0].toBigInt(), 1);
        QVERIFY(sel->timing.executeUs > 0);
        QVERIFY(sel->timing.fetchUs >= 0);
        // NULL stays NULL, distinct from the empty string.
        const auto nul = c->execute(Statement(u"SELECT NULL, ''"_s));
        QVERIFY(nul);
        QVERIFY(nul->rows[0][0].isNull());
        QCOMPARE(nul->rows[0][1], Value::fromString(QString()));
    }

    void lastInsertId_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("mysql") << u"mysql"_s;
        QTest::newRow("sqlite") << u"sqlite"_s;
    }
    void lastInsertId()
    {
        QFETCH(QString, provider);
        auto c = open(provider);
        (void)c->execute(Statement(u"DROP TABLE IF EXISTS contract_auto"_s));
        const QString ddl = provider == u"mysql"_s ? u"CREATE TABLE contract_auto (id INT AUTO_INCREMENT PRIMARY KEY, v INT)"_s
                                                  : u"CREATE TABLE contract_auto (id INTEGER PRIMARY KEY AUTOINCREMENT, v INT)"_s;
        QVERIFY(c->execute(Statement(ddl)));
        QVERIFY(c->execute(Statement(u"INSERT INTO contract_auto (v) VALUES (?)"_s, {Value::fromInt(7)})));
        const auto r = c->execute(Statement(u"INSERT INTO contract_auto (v) VALUES (?)"_s, {Value::fromInt(8)}));
        QVERIFY(r);
        QVERIFY(r->lastInsertId.has_value());
        QCOMPARE(r->lastInsertId->toBigInt(), 2);
    }

    void streamDeliversBoundedBatches_data() { providers(); }
    void streamDeliversBoundedBatches()
    {
        QFETCH(QString, provider);
        auto c = open(provider);
        const QString sql = provider == u"postgresql"_s
            ? u"SELECT g AS n FROM generate_series(1, 2500) AS g"_s
            : u"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 2500) SELECT n FROM s"_s;
        if (provider == u"mysql"_s) // MariaDB stops a recursive CTE after 1,000 iterations by default, silently
            QVERIFY(c->execute(Statement(u"SET SESSION max_recursive_iterations = 100000"_s)));
        qint64 total = 0;
        qsizetype maxBatch = 0;
        qint64 last = 0;
        bool ordered = true;
        const auto summary = c->stream(Statement(sql), 1000, [&](ResultBatch &&batch) {
            maxBatch = std::max(maxBatch, batch.rows.size());
            total += batch.rows.size();
            if (batch.columns != QStringList{u"n"_s})
                ordered = false;
            for (const auto &row : batch.rows) {
                ordered &= row[0].toBigInt() == last + 1;
                last = row[0].toBigInt();
            }
            return true;
        });
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().summary()));
        QCOMPARE(summary->rows, 2500);
        QCOMPARE(total, 2500);
        QVERIFY(maxBatch <= 1000);
        QVERIFY(ordered);
        QVERIFY(!summary->stoppedEarly);

        // Stopping early ends the statement, and the connection goes on working.
        qint64 seen = 0;
        const auto stopped = c->stream(Statement(sql), 100, [&](ResultBatch &&batch) {
            seen += batch.rows.size();
            return false;
        });
        QVERIFY2(stopped, qPrintable(stopped ? QString() : stopped.error().summary()));
        QVERIFY(stopped->stoppedEarly);
        QCOMPARE(seen, 100);
        QVERIFY(c->ping());
    }

    void executeBatchIsAllOrNothing_data() { providers(); }
    void executeBatchIsAllOrNothing()
    {
        QFETCH(QString, provider);
        auto c = open(provider);
        makeTable(*c, u"contract_batch"_s);
        const auto ok = c->executeBatch({insert(*c, u"contract_batch"_s, 1, u"a"_s), insert(*c, u"contract_batch"_s, 2, u"b"_s),
                                         Statement(u"SELECT COUNT(*) FROM contract_batch"_s)});
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().summary()));
        QCOMPARE(ok->size(), 3);
        QCOMPARE(ok->at(0).affectedRows, 1);
        QCOMPARE(ok->at(2).rows[0][0].toBigInt(), 2);

        const auto bad = c->executeBatch({insert(*c, u"contract_batch"_s, 3, u"c"_s), insert(*c, u"contract_batch"_s, 4, u"d"_s),
                                          insert(*c, u"contract_batch"_s, 5, u"a"_s)});
        QVERIFY(!bad);
        QCOMPARE(bad.error().statementIndex, 2);
        QCOMPARE(bad.error().prismaCode, u"P2002"_s);
        QCOMPARE(count(*c, u"contract_batch"_s), 2); // 3 and 4 went with the failed batch
        QVERIFY(!c->inTransaction());
    }

    void transactionsAndSavepoints_data() { providers(); }
    void transactionsAndSavepoints()
    {
        QFETCH(QString, provider);
        auto c = open(provider);
        makeTable(*c, u"contract_tx"_s);
        QVERIFY(!c->inTransaction());
        QVERIFY(c->begin(IsolationLevel::Serializable));
        QVERIFY(c->inTransaction());
        QVERIFY(c->execute(insert(*c, u"contract_tx"_s, 1, u"a"_s)));
        QVERIFY(c->rollback());
        QVERIFY(!c->inTransaction());
        QCOMPARE(count(*c, u"contract_tx"_s), 0);

        QVERIFY(c->begin(IsolationLevel::ReadCommitted));
        QVERIFY(!c->begin()); // no silent nesting
        QVERIFY(c->execute(insert(*c, u"contract_tx"_s, 1, u"a"_s)));
        QVERIFY(c->savepoint(u"before b"_s));
        QVERIFY(c->execute(insert(*c, u"contract_tx"_s, 2, u"b"_s)));
        QVERIFY(c->rollbackToSavepoint(u"before b"_s));
        QVERIFY(c->savepoint(u"c"_s));
        QVERIFY(c->execute(insert(*c, u"contract_tx"_s, 3, u"c"_s)));
        QVERIFY(c->releaseSavepoint(u"c"_s));
        QVERIFY(c->commit());
        QVERIFY(!c->inTransaction());
        const auto ids = c->execute(Statement(u"SELECT id FROM contract_tx ORDER BY id"_s));
        QVERIFY(ids);
        QCOMPARE(ids->rows.size(), 2);
        QCOMPARE(ids->rows[0][0].toBigInt(), 1);
        QCOMPARE(ids->rows[1][0].toBigInt(), 3);
    }

    void withTransactionCommitsOrRollsBack_data() { providers(); }
    void withTransactionCommitsOrRollsBack()
    {
        QFETCH(QString, provider);
        auto c = open(provider);
        makeTable(*c, u"contract_itx"_s);
        const QString t = u"contract_itx"_s;

        auto committed = withTransaction(*c, IsolationLevel::Default, [&](Connection &tx) -> Result<qint64> {
            auto r = tx.execute(insert(tx, t, 1, u"a"_s));
            if (!r)
                return std::unexpected(r.error());
            // Nested: a savepoint, rolled back on its own error without touching the outer work.
            auto inner = withTransaction(tx, IsolationLevel::Default, [&](Connection &tx2) -> Result<int> {
                if (auto r2 = tx2.execute(insert(tx2, t, 2, u"b"_s)); !r2)
                    return std::unexpected(r2.error());
                return tx2.execute(insert(tx2, t, 3, u"a"_s)).transform([](const QueryResult &) { return 0; });
            });
            if (inner || inner.error().prismaCode != u"P2002"_s)
                {
                DbError e;
                e.message = u"the nested insert should have failed with P2002"_s;
                return std::unexpected(e);
            }
            return r->affectedRows;
        });
        QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().summary()));
        QCOMPARE(*committed, 1);
        QVERIFY(!c->inTransaction());
        QCOMPARE(count(*c, t), 1);

        auto failed = withTransaction(*c, IsolationLevel::Default, [&](Connection &tx) -> Result<void> {
            if (auto r = tx.execute(insert(tx, t, 10, u"x"_s)); !r)
                return std::unexpected(r.error());
            return tx.execute(insert(tx, t, 11, u"a"_s)).transform([](const QueryResult &) {});
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().prismaCode, u"P2002"_s);
        QVERIFY(!c->inTransaction());
        QCOMPARE(count(*c, t), 1);

        bool thrown = false;
        try {
            (void)withTransaction(*c, IsolationLevel::Default, [&](Connection &tx) -> Result<void> {
                (void)tx.execute(insert(tx, t, 20, u"y"_s));
                throw std::runtime_error("boom");
            });
        } catch (const std::runtime_error &) {
            thrown = true;
        }
        QVERIFY(thrown);
        QVERIFY(!c->inTransaction());
        QCOMPARE(count(*c, t), 1);
    }

    void readOnlySessionRefusesWrites_data() { providers(); }
    void readOnlySessionRefusesWrites()
    {
        QFETCH(QString, provider);
        {
            auto writer = open(provider);
            makeTable(*writer, u"contract_ro"_s);
        }
        ConnectOptions readOnly;
        readOnly.readOnly = true;
        auto c = open(provider, {}, readOnly);
        QCOMPARE(count(*c, u"contract_ro"_s), 0);
        const auto w = c->execute(insert(*c, u"contract_ro"_s, 1, u"a"_s));
        QVERIFY(!w);
        QVERIFY(c->setReadOnly(false));
        QVERIFY(c->execute(insert(*c, u"contract_ro"_s, 1, u"a"_s)));
    }

    void cancelFromAnotherThread_data() { providers(); }
    void cancelFromAnotherThread()
    {
        QFETCH(QString, provider);
        auto c = open(provider);
        QString sql;
        if (provider == u"postgresql"_s)
            sql = u"SELECT pg_sleep(30)"_s;
        else if (provider == u"mysql"_s)
            // An interrupted SLEEP() or BENCHMARK() returns normally; a scan of MariaDB's sequence engine fails.
            // (The engine answers SUM/COUNT of a bare sequence without scanning, hence the MD5.)
            sql = u"SELECT COUNT(*) FROM seq_1_to_100000000000 WHERE MD5(seq) = ''"_s;
        else
            sql = u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c"_s;
        std::atomic<bool> done{false};
        // Cancels until the statement returns, so a cancel that comes before the statement starts is retried.
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            while (!done.load()) {
                c->cancel();
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
            }
        });
        QElapsedTimer timer;
        timer.start();
        const auto r = c->execute(Statement(sql));
        const qint64 ms = timer.elapsed(); // before the join: the canceller may be asleep between attempts
        done = true;
        canceller.join();
        qInfo("%s: cancelled after %lld ms", qPrintable(provider), ms);
        QVERIFY(!r);
        QCOMPARE(r.error().prismaCode, u"P1008"_s);
        QVERIFY2(ms < 5000, qPrintable(u"took %1 ms"_s.arg(ms)));
        QVERIFY(c->isHealthy());
        QVERIFY(c->ping());
    }

    void errorsCarryPrismaCodesAndFields_data() { providers(); }
    void errorsCarryPrismaCodesAndFields()
    {
        QFETCH(QString, provider);
        auto c = open(provider);
        makeTable(*c, u"contract_err"_s);
        QVERIFY(c->execute(insert(*c, u"contract_err"_s, 1, u"a"_s)));
        const auto dup = c->execute(insert(*c, u"contract_err"_s, 2, u"a"_s));
        QVERIFY(!dup);
        QCOMPARE(dup.error().prismaCode, u"P2002"_s);
        QVERIFY(!dup.error().message.isEmpty());
        QVERIFY(!dup.error().statement.isEmpty());
        if (provider == u"mysql"_s)
            QVERIFY2(!dup.error().constraint.isEmpty(), qPrintable(dup.error().summary()));
        else
            QCOMPARE(dup.error().fields, QStringList{u"email"_s});

        const auto missing = c->execute(Statement(u"SELECT * FROM contract_no_such_table"_s));
        QVERIFY(!missing);
        if (provider != u"sqlite"_s) // SQLite reports a missing table as a generic SQLITE_ERROR
            QCOMPARE(missing.error().prismaCode, u"P2021"_s);

        (void)c->execute(Statement(u"DROP TABLE IF EXISTS contract_nn"_s));
        QVERIFY(c->execute(Statement(u"CREATE TABLE contract_nn (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL)"_s)));
        const auto nn = c->execute(Statement(u"INSERT INTO contract_nn (id, name) VALUES (%1, %2)"_s.arg(ph(*c, 1), ph(*c, 2)),
                                             {Value::fromInt(1), Value::null()}));
        QVERIFY(!nn);
        QCOMPARE(nn.error().prismaCode, u"P2011"_s);
        QCOMPARE(nn.error().column, u"name"_s);
        QVERIFY(c->isHealthy());
    }
};

QTEST_GUILESS_MAIN(TestConnectionContract)
#include "tst_connection_contract.moc"
