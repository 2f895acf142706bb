// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// readWindows() (dialect/WindowReader) on a real PostgreSQL, through PgBouncer in transaction mode, and on
// SQLite (the window-by-window fallback): the windows it hands out are exactly those of reading window by
// window with buildWindow + execute, for sort orders with ties and NULLs in both directions; a snapshot read
// neither repeats nor skips a row while other sessions insert and delete; a consumer can stop mid-prefetch;
// cancel() from another thread ends a read whose later windows are still being produced.
#include "TestServers.h"
#include "core/Connection.h"
#include "dialect/Dialect.h"
#include "dialect/SelectWindow.h"
#include "dialect/WindowReader.h"
#include "url/ConnectionUrl.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace facet::db;

namespace {

constexpr int TableRows = 2345;

std::unique_ptr<Connection> open(const QString &url)
{
    const auto parsed = ConnectionUrl::parse(url);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    auto c = openConnection(*parsed);
    if (!c)
        qFatal("open %s: %s", qPrintable(url), qPrintable(c.error().summary()));
    return std::move(*c);
}

ColumnSpec column(const QString &name, ScalarKind kind, bool nullable)
{
    ColumnSpec c;
    c.name = name;
    c.type.kind = kind;
    c.nullable = nullable;
    return c;
}

/// items(id int primary key, grp int NULL, name text NULL): grp has 7 values and NULLs (ties everywhere),
/// name repeats every 50 rows and is NULL for every 13th row.
TableSpec itemsTable(const QString &schema)
{
    TableSpec t;
    t.schema = schema;
    t.name = u"items"_s;
    t.columns = {column(u"id"_s, ScalarKind::Int, false), column(u"grp"_s, ScalarKind::Int, true),
                 column(u"name"_s, ScalarKind::String, true)};
    t.primaryKey = {u"id"_s};
    return t;
}

void fill(Connection &db, const QString &qualified)
{
    QVERIFY(db.execute(Statement(u"CREATE TABLE %1 (id integer PRIMARY KEY, grp integer, name text)"_s.arg(qualified))));
    // SQLite has no generate_series by default: a recursive CTE works on both.
    const auto filled = db.execute(Statement(
        u"INSERT INTO %1 (id, grp, name) WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %2) "
        "SELECT i, CASE WHEN i % 11 = 0 THEN NULL ELSE i % 7 END, "
        "CASE WHEN i % 13 = 0 THEN NULL ELSE 'n' || (i % 50) END FROM s"_s.arg(qualified)
            .arg(TableRows)));
    QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().summary()));
}

/// Reading window by window, as the grid did before readWindows: the reference.
QList<QList<QList<Value>>> sequentialWindows(Connection &db, const Dialect &dialect, const TableSpec &table,
                                              WindowRequest request)
{
    QList<QList<QList<Value>>> windows;
    for (;;) {
        const auto window = buildWindow(dialect, table, request);
        if (!window)
            qFatal("buildWindow: %s", qPrintable(window.error().summary()));
        auto result = db.execute(window->statement);
        if (!result)
            qFatal("execute: %s", qPrintable(result.error().summary()));
        if (result->rows.isEmpty())
            return windows;
        request.cursor = window->cursorOf(result->rows.constLast()); // reading order: before restoreOrder
        if (window->rowsReversed)
            restoreOrder(result->rows);
        const bool last = result->rows.size() < request.limit;
        windows.append(std::move(result->rows));
        request.offset = 0;
        if (last)
            return windows;
    }
}

QList<QList<QList<Value>>> readerWindows(Connection &db, const Dialect &dialect, const TableSpec &table,
                                          const WindowRequest &request, const ReadAhead &ahead,
                                          WindowReadSummary *summaryOut = nullptr)
{
    QList<QList<QList<Value>>> windows;
    const auto summary = readWindows(db, dialect, table, request, ahead, [&](ReadWindow &&w) {
        if (w.index != windows.size())
            qFatal("window %lld handed out as number %lld", static_cast<long long>(w.index),
                   static_cast<long long>(windows.size()));
        windows.append(std::move(w.rows));
        return true;
    });
    if (!summary)
        qFatal("readWindows: %s", qPrintable(summary.error().summary()));
    if (summaryOut)
        *summaryOut = *summary;
    return windows;
}

QList<int> idsOf(const QList<QList<QList<Value>>> &windows)
{
    QList<int> ids;
    for (const auto &w : windows) {
        for (const auto &row : w)
            ids.append(row.at(0).toInt());
    }
    return ids;
}

QList<int> range(int from, int to)
{
    QList<int> out;
    for (int i = from; i <= to; ++i)
        out.append(i);
    return out;
}

} // namespace

class TestWindowReader : public QObject {
    Q_OBJECT
private:
    QString m_pgUrl;
    QString m_bouncerUrl;
    std::unique_ptr<Connection> m_pg;
    std::unique_ptr<Dialect> m_dialect;
    TableSpec m_items = itemsTable(u"facet_reader"_s);

    void addOrders()
    {
        QTest::addColumn<QList<SortKey>>("sort");
        QTest::addColumn<WindowDirection>("direction");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("ahead");
        const auto asc = SortDirection::Ascending;
        const auto desc = SortDirection::Descending;
        const auto fwd = WindowDirection::Forward;
        const auto back = WindowDirection::Backward;
        QTest::newRow("primary key, 100 x 8") << QList<SortKey>{} << fwd << 100 << 8;
        QTest::newRow("primary key, 1000 x 1") << QList<SortKey>{} << fwd << 1000 << 1;
        QTest::newRow("nullable ties asc, 97 x 3") << QList<SortKey>{{u"grp"_s, asc}} << fwd << 97 << 3;
        QTest::newRow("nullable ties desc, 50 x 8") << QList<SortKey>{{u"grp"_s, desc}} << fwd << 50 << 8;
        QTest::newRow("two nullable keys, 64 x 5")
            << QList<SortKey>{{u"name"_s, asc}, {u"grp"_s, desc}} << fwd << 64 << 5;
        QTest::newRow("backward, nullable, 100 x 4") << QList<SortKey>{{u"grp"_s, asc}} << back << 100 << 4;
        QTest::newRow("exact multiple of the table, 469 x 2") << QList<SortKey>{} << fwd << 469 << 2;
    }

    void compareWithSequential(Connection &db, const Dialect &dialect, const TableSpec &table)
    {
        QFETCH(QList<SortKey>, sort);
        QFETCH(WindowDirection, direction);
        QFETCH(int, limit);
        QFETCH(int, ahead);
        WindowRequest request;
        request.sort = sort;
        request.direction = direction;
        request.limit = limit;
        const auto expected = sequentialWindows(db, dialect, table, request);
        QCOMPARE(idsOf(expected).size(), TableRows);
        ReadAhead readAhead;
        readAhead.windows = ahead;
        WindowReadSummary summary;
        const auto got = readerWindows(db, dialect, table, request, readAhead, &summary);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i)
            QCOMPARE(got[i], expected[i]);
        QVERIFY(summary.reachedEnd);
        QCOMPARE(summary.rows, qint64(TableRows));
        QVERIFY(!db.inTransaction());
        // Starting in the middle (the cursor of window 2's last row plus an offset of 3) gives the same tail.
        if (direction == WindowDirection::Forward && expected.size() > 3) {
            const auto window = buildWindow(dialect, table, request);
            QVERIFY(window);
            request.cursor = window->cursorOf(expected[1].constLast());
            request.offset = 3;
            QCOMPARE(idsOf(readerWindows(db, dialect, table, request, readAhead)), idsOf(expected.mid(2)).mid(3));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto pg = facet::test::TestServers::postgres();
        QVERIFY2(pg, qPrintable(pg.error()));
        auto bouncer = facet::test::TestServers::pgbouncer();
        QVERIFY2(bouncer, qPrintable(bouncer.error()));
        m_pgUrl = pg->url;
        m_bouncerUrl = bouncer->url;
        m_pg = open(m_pgUrl);
        m_dialect = std::make_unique<Dialect>(Dialect::forServer(m_pg->provider(), m_pg->serverVersion()));
        QVERIFY(m_pg->execute(Statement(u"DROP SCHEMA IF EXISTS facet_reader CASCADE"_s)));
        QVERIFY(m_pg->execute(Statement(u"CREATE SCHEMA facet_reader"_s)));
        fill(*m_pg, u"facet_reader.items"_s);
    }

    void pagesMatchSequentialReads_data() { addOrders(); }
    void pagesMatchSequentialReads() { compareWithSequential(*m_pg, *m_dialect, m_items); }

    void pagesMatchBehindPgBouncerInTransactionMode_data() { addOrders(); }
    void pagesMatchBehindPgBouncerInTransactionMode()
    {
        auto bouncer = open(m_bouncerUrl);
        compareWithSequential(*bouncer, *m_dialect, m_items);
    }

    void snapshotReadBehindPgBouncer()
    {
        auto bouncer = open(m_bouncerUrl);
        WindowRequest request;
        request.limit = 100;
        ReadAhead ahead;
        ahead.windows = 4;
        ahead.snapshot = true;
        const auto got = readerWindows(*bouncer, *m_dialect, m_items, request, ahead);
        QCOMPARE(idsOf(got), range(1, TableRows));
        QVERIFY(!bouncer->inTransaction());
        QVERIFY(bouncer->ping());
    }

    // The snapshot is a read-only REPEATABLE READ transaction, ended when the read ends. With one window per
    // statement no statement is running while the consumer holds a window, so it can ask the session.
    void snapshotIsReadOnlyRepeatableRead()
    {
        WindowRequest request;
        request.limit = 1000;
        ReadAhead ahead;
        ahead.windows = 1;
        ahead.snapshot = true;
        QStringList seen;
        const auto summary = readWindows(*m_pg, *m_dialect, m_items, request, ahead, [&](ReadWindow &&) {
            for (const QString &setting : {u"transaction_isolation"_s, u"transaction_read_only"_s}) {
                const auto r = m_pg->execute(Statement(u"SHOW "_s + setting));
                seen.append(r ? r->rows[0][0].toString() : r.error().summary());
            }
            return false;
        });
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().summary()));
        QCOMPARE(seen, (QStringList{u"repeatable read"_s, u"on"_s}));
        QVERIFY(!m_pg->inTransaction());
    }

    void maxWindowsReadsOnlyThatMany()
    {
        WindowRequest request;
        request.limit = 100;
        ReadAhead ahead;
        ahead.windows = 4;
        ahead.maxWindows = 6;
        WindowReadSummary summary;
        const auto got = readerWindows(*m_pg, *m_dialect, m_items, request, ahead, &summary);
        QCOMPARE(got.size(), 6);
        QCOMPARE(idsOf(got), range(1, 600));
        QCOMPARE(summary.statements, qint64(2)); // 4 + 2 windows: the second statement asks for only 2
        QVERIFY(!summary.reachedEnd);
        QCOMPARE(summary.cursorAfter, QList<Value>{Value::fromInt(600)});
    }

    // Rows deleted and inserted by another session between the windows: inside the reader's snapshot the
    // windows still show the table exactly as it was when the read began: no row twice, none missing.
    void snapshotNeverRepeatsOrSkipsWhileOthersWrite_data()
    {
        QTest::addColumn<bool>("snapshot");
        QTest::newRow("snapshot") << true;
        QTest::newRow("no snapshot") << false;
    }
    void snapshotNeverRepeatsOrSkipsWhileOthersWrite()
    {
        QFETCH(bool, snapshot);
        QVERIFY(m_pg->execute(Statement(u"DROP TABLE IF EXISTS facet_reader.churn"_s)));
        QVERIFY(m_pg->execute(Statement(u"CREATE TABLE facet_reader.churn AS SELECT * FROM facet_reader.items"_s)));
        QVERIFY(m_pg->execute(Statement(u"ALTER TABLE facet_reader.churn ADD PRIMARY KEY (id)"_s)));
        TableSpec churn = m_items;
        churn.name = u"churn"_s;
        auto writer = open(m_pgUrl);
        WindowRequest request;
        request.limit = 100;
        ReadAhead ahead;
        ahead.windows = 3; // several statements: the changes land between them
        ahead.snapshot = snapshot;
        QList<int> ids;
        bool changed = false;
        const auto summary = readWindows(*m_pg, *m_dialect, churn, request, ahead, [&](ReadWindow &&w) {
            for (const auto &row : w.rows)
                ids.append(row.at(0).toInt());
            if (w.index == 4 && !changed) {
                changed = true;
                // Ahead of the reader: rows 1001–1100 go, new rows appear among and after the old ones; the
                // rows 401–500 already read are deleted and re-inserted (a moved row in a keyset order).
                for (const QString &sql :
                     {u"DELETE FROM facet_reader.churn WHERE id BETWEEN 1001 AND 1100"_s,
                      u"DELETE FROM facet_reader.churn WHERE id BETWEEN 401 AND 500"_s,
                      u"INSERT INTO facet_reader.churn (id, grp, name) SELECT i, 1, 'new' FROM generate_series(401, 500) i"_s,
                      u"INSERT INTO facet_reader.churn (id, grp, name) SELECT i, 1, 'new' FROM generate_series(5001, 5100) i"_s}) {
                    const auto r = writer->execute(Statement(sql));
                    if (!r)
                        qFatal("%s: %s", qPrintable(sql), qPrintable(r.error().summary()));
                }
            }
            return true;
        });
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().summary()));
        QVERIFY(changed);
        QVERIFY(!m_pg->inTransaction());
        QVERIFY(m_pg->execute(Statement(u"DROP TABLE facet_reader.churn"_s)));
        if (snapshot) {
            QCOMPARE(ids, range(1, TableRows));
        } else {
            // Without a snapshot each statement sees the data of its start: the deleted rows ahead are gone
            // and the new rows at the end appear. The keyset still never repeats a row.
            QList<int> expected = range(1, 1000) + range(1101, TableRows) + range(5001, 5100);
            QCOMPARE(ids, expected);
        }
    }

    void consumerStopsMidPrefetch_data()
    {
        QTest::addColumn<bool>("snapshot");
        QTest::newRow("no snapshot") << false;
        QTest::newRow("snapshot") << true;
    }
    void consumerStopsMidPrefetch()
    {
        QFETCH(bool, snapshot);
        WindowRequest request;
        request.limit = 100;
        ReadAhead ahead;
        ahead.windows = 8;
        ahead.snapshot = snapshot;
        qint64 seen = 0;
        const auto summary = readWindows(*m_pg, *m_dialect, m_items, request, ahead, [&](ReadWindow &&w) {
            ++seen;
            return w.index < 2; // the statement read 8 windows; stop after the third
        });
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().summary()));
        QCOMPARE(seen, qint64(3));
        QVERIFY(summary->stoppedEarly);
        QCOMPARE(summary->windows, qint64(3));
        QCOMPARE(summary->cursorAfter, QList<Value>{Value::fromInt(300)});
        QVERIFY(!m_pg->inTransaction());
        // The session is clean: the rest of the stopped statement is gone, the next statement runs.
        const auto after = m_pg->execute(Statement(u"SELECT count(*) FROM facet_reader.items"_s));
        QVERIFY2(after, qPrintable(after ? QString() : after.error().summary()));
        QCOMPARE(after->rows[0][0], Value::fromBigInt(TableRows));
    }

    // The read-ahead statement after the first one waits for a lock another session holds; cancel() from
    // another thread, once it waits, ends the read with the server's cancel error after exactly the windows of
    // the first statement, and the connection is usable afterwards.
    void cancelFromAnotherThreadMidPrefetch()
    {
        auto locker = open(m_pgUrl);
        auto watcher = open(m_pgUrl);
        // Should the cancel go astray, the wait ends with a lock timeout (55P03) instead of hanging the test.
        QVERIFY(m_pg->execute(Statement(u"SET lock_timeout = '20s'"_s)));
        WindowRequest request;
        request.limit = 100;
        ReadAhead ahead;
        ahead.windows = 2;
        QSemaphore lockNow;
        QSemaphore locked;
        QSemaphore release;
        std::thread lockHolder([&] {
            lockNow.acquire();
            // Granted once the reader's first statement (and its implicit transaction) has ended.
            if (!locker->begin() || !locker->execute(Statement(u"LOCK TABLE facet_reader.items IN ACCESS EXCLUSIVE MODE"_s)))
                qFatal("could not lock the table");
            locked.release();
            release.acquire();
            (void)locker->rollback();
        });
        std::atomic<bool> cancelled{false};
        std::thread canceller([&] {
            lockNow.acquire();
            const Statement waiting(u"SELECT count(*) FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'"_s,
                                    {Value::fromInt(int(m_pg->sessionId()))});
            for (int i = 0; i < 3000 && !cancelled; ++i) {
                const auto r = watcher->execute(waiting);
                if (r && r->rows[0][0] == Value::fromBigInt(1)) {
                    m_pg->cancel();
                    cancelled = true;
                    break;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        });
        qint64 windows = 0;
        const auto summary = readWindows(*m_pg, *m_dialect, m_items, request, ahead, [&](ReadWindow &&w) {
            ++windows;
            if (w.index == 1) {
                lockNow.release(2); // the lock holder and the canceller
                // The first statement has ended on the server (its rows are all sent); the next one must
                // meet the lock.
                if (!locked.tryAcquire(1, 30000))
                    qFatal("the lock was never granted");
            }
            return true;
        });
        release.release();
        canceller.join();
        lockHolder.join();
        QVERIFY(cancelled);
        QVERIFY(!summary);
        QCOMPARE(summary.error().sqlState, u"57014"_s);
        QCOMPARE(windows, qint64(2));
        QVERIFY(m_pg->isHealthy());
        QVERIFY(m_pg->ping());
        QVERIFY(m_pg->execute(Statement(u"RESET lock_timeout"_s)));
    }

    void rejectsEmptyWindows()
    {
        WindowRequest request;
        request.limit = 0;
        const auto summary = readWindows(*m_pg, *m_dialect, m_items, request, {}, [](ReadWindow &&) { return true; });
        QVERIFY(!summary);
        QVERIFY(summary.error().message.contains(u"at least one row"_s));
    }

    // SQLite (and MySQL) read window by window; the windows are the same.
    void sqliteReadsWindowByWindow_data() { addOrders(); }
    void sqliteReadsWindowByWindow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = open(u"file:"_s + dir.filePath(u"reader.db"_s));
        fill(*db, u"items"_s);
        const Dialect dialect(Provider::SQLite);
        compareWithSequential(*db, dialect, itemsTable({}));
    }

    void cleanupTestCase()
    {
        if (m_pg)
            (void)m_pg->execute(Statement(u"DROP SCHEMA IF EXISTS facet_reader CASCADE"_s));
    }
};

QTEST_GUILESS_MAIN(TestWindowReader)
#include "tst_window_reader.moc"
