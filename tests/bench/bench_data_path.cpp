// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// facet_bench_data_path: Facet's data path against a real PostgreSQL, the numbers behind docs/BENCHMARKS.md
// "Data path (issue 4)". tests/bench/run-data-path-bench.sh runs it next to Prisma Client 7
// (../shared/prisma-kit/bench/client-bench.ts) and psql COPY on the same database and table.
//
//   facet_bench_data_path --url postgresql://... [--only a,b,c,d] [--rows 100000] [--page 1000]
//                         [--read-ahead 10] [--updates 1000] [--loop 10000] [--loop-rounds 7] [--loop-mode m] [--stream-rows 10000000]
//
//   (a) read the "Item" table in keyset pages of --page rows (buildWindow + execute, and + stream, and
//       readWindows() reading --read-ahead windows per statement), plus one stream of the whole table for
//       comparison with COPY
//   (b) --updates version-checked updates in one transaction: pipelined (executeBatch) and one by one
//   (c) --loop statements `SELECT $1::int`: bare connection, InstrumentedConnection with nobody listening,
//       and with one subscriber draining on another thread
//   (d) stream --stream-rows rows from generate_series, sampling VmRSS/VmHWM every second
//
// Every measurement is printed as `RESULT <key> <value>` for the driver script; the rest is for people.
// The table is the one Prisma Migrate creates for `model Item` in prisma-kit/bench/schema.prisma; the program
// creates and fills it the way client-bench.ts seeds it when it is missing or holds fewer rows than asked.
#include "bus/BusNotifier.h"
#include "bus/InstrumentedConnection.h"
#include "bus/QueryBus.h"
#include "core/Connection.h"
#include "dialect/Dialect.h"
#include "dialect/SelectWindow.h"
#include "dialect/WindowReader.h"
#include "dialect/WriteStatements.h"
#include "metrics/PoolMetrics.h"
#include "url/ConnectionUrl.h"

#include <libpq-fe.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <limits>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace facet::db;

namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "facet_bench_data_path: %s\n", qPrintable(what));
    std::exit(1);
}

template <typename T>
T check(Result<T> result, const char *what)
{
    if (!result)
        fail(QString::fromUtf8(what) + u": "_s + result.error().summary());
    return std::move(*result);
}

void check(Result<void> result, const char *what)
{
    if (!result)
        fail(QString::fromUtf8(what) + u": "_s + result.error().summary());
}

void report(const char *key, double value)
{
    std::printf("RESULT %s %.3f\n", key, value);
    std::fflush(stdout);
}

double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

ColumnSpec intColumn(const QString &name)
{
    ColumnSpec c;
    c.name = name;
    c.type.kind = ScalarKind::Int;
    c.type.nativeName = u"integer"_s;
    c.nullable = false;
    return c;
}

/// `model Item` of prisma-kit/bench/schema.prisma, as the resolved schema would describe it.
TableSpec itemTable()
{
    TableSpec t;
    t.name = u"Item"_s;
    t.model = u"Item"_s;
    ColumnSpec id = intColumn(u"id"_s);
    id.autoIncrement = true;
    ColumnSpec label;
    label.name = u"label"_s;
    label.type.kind = ScalarKind::String;
    label.type.nativeName = u"text"_s;
    label.nullable = false;
    t.columns = {id, intColumn(u"version"_s), intColumn(u"value"_s), label};
    t.primaryKey = {u"id"_s};
    return t;
}

// ---------------------------------------------------------------------------------------------------------
// Table set-up

/// Creates "Item" with Prisma Migrate's DDL when missing and seeds it like client-bench.ts (value = k,
/// label = "row k", ids from 1) when it has fewer than `rows` rows. The driver usually applies the whole
/// bench schema with Prisma's own engine first; this keeps the program usable on its own.
void ensureTable(Connection &db, qint64 rows)
{
    check(db.execute(Statement(u"CREATE TABLE IF NOT EXISTS \"Item\" (\"id\" SERIAL NOT NULL, "
                               "\"version\" INTEGER NOT NULL DEFAULT 0, \"value\" INTEGER NOT NULL DEFAULT 0, "
                               "\"label\" TEXT NOT NULL DEFAULT '', CONSTRAINT \"Item_pkey\" PRIMARY KEY (\"id\"))"_s)),
          "create table");
    const QueryResult count = check(db.execute(Statement(u"SELECT count(*) FROM \"Item\""_s)), "count");
    const qint64 have = count.rows.value(0).value(0).toBigInt();
    if (have >= rows) {
        std::printf("table \"Item\": %lld rows (reused)\n", static_cast<long long>(have));
        return;
    }
    QElapsedTimer t;
    t.start();
    check(db.execute(Statement(u"TRUNCATE \"Item\" RESTART IDENTITY"_s)), "truncate");
    check(db.execute(Statement(u"INSERT INTO \"Item\" (\"value\", \"label\") SELECT k, 'row ' || k "
                               "FROM generate_series(0, $1::int - 1) AS s(k) ORDER BY k"_s,
                               {Value::fromInt(int(rows))})),
          "seed");
    check(db.execute(Statement(u"VACUUM ANALYZE \"Item\""_s)), "vacuum");
    std::printf("table \"Item\": seeded %lld rows in %.1f ms\n", static_cast<long long>(rows), ms(t));
}

// ---------------------------------------------------------------------------------------------------------
// (a) keyset reads

struct ReadTotals {
    qint64 rows = 0;
    qint64 pages = 0;
    qint64 checksum = 0; ///< sum of `value`, as client-bench.ts computes it
};

/// Reads the whole table in keyset windows of `page` rows, each window a `buildWindow` statement run with
/// execute() (useStream false) or stream() (one batch per window). Every cell is decoded into a Value.
ReadTotals readKeyset(Connection &db, const Dialect &dialect, const TableSpec &table, int page, bool useStream)
{
    ReadTotals totals;
    WindowRequest request;
    request.limit = page;
    request.sort = {{u"id"_s, SortDirection::Ascending}};
    request.columns = {u"id"_s, u"version"_s, u"value"_s, u"label"_s};
    for (;;) {
        const WindowStatement window = check(buildWindow(dialect, table, request), "buildWindow");
        QList<Value> lastRow;
        qint64 got = 0;
        if (useStream) {
            check(db.stream(window.statement, page,
                            [&](ResultBatch &&batch) {
                                for (const QList<Value> &row : batch.rows)
                                    totals.checksum += row.at(2).toBigInt();
                                got += batch.rows.size();
                                if (!batch.rows.isEmpty())
                                    lastRow = batch.rows.constLast();
                                return true;
                            }),
                  "stream window");
        } else {
            const QueryResult result = check(db.execute(window.statement), "execute window");
            for (const QList<Value> &row : result.rows)
                totals.checksum += row.at(2).toBigInt();
            got = result.rows.size();
            if (got > 0)
                lastRow = result.rows.constLast();
        }
        if (got == 0)
            break;
        ++totals.pages;
        totals.rows += got;
        request.cursor = window.cursorOf(lastRow);
    }
    return totals;
}

/// The same keyset windows through readWindows(), the grid's scroll-ahead: each statement reads `readAhead`
/// windows, streamed one window per chunk, so the next windows are on the wire while one is decoded.
ReadTotals readWindowsAhead(Connection &db, const Dialect &dialect, const TableSpec &table, int page, int readAhead)
{
    ReadTotals totals;
    WindowRequest request;
    request.limit = page;
    request.sort = {{u"id"_s, SortDirection::Ascending}};
    request.columns = {u"id"_s, u"version"_s, u"value"_s, u"label"_s};
    ReadAhead ahead;
    ahead.windows = readAhead;
    check(readWindows(db, dialect, table, request, ahead,
                      [&](ReadWindow &&window) {
                          for (const QList<Value> &row : window.rows)
                              totals.checksum += row.at(2).toBigInt();
                          totals.rows += window.rows.size();
                          ++totals.pages;
                          return true;
                      }),
          "readWindows");
    return totals;
}

/// One statement over the whole table, streamed in batches of `batch` rows: the shape COPY has.
ReadTotals streamWhole(Connection &db, const Dialect &dialect, const TableSpec &table, int batch)
{
    WindowRequest request;
    request.limit = std::numeric_limits<int>::max();
    request.sort = {{u"id"_s, SortDirection::Ascending}};
    request.columns = {u"id"_s, u"version"_s, u"value"_s, u"label"_s};
    const WindowStatement window = check(buildWindow(dialect, table, request), "buildWindow");
    ReadTotals totals;
    check(db.stream(window.statement, batch,
                    [&](ResultBatch &&b) {
                        for (const QList<Value> &row : b.rows)
                            totals.checksum += row.at(2).toBigInt();
                        totals.rows += b.rows.size();
                        ++totals.pages;
                        return true;
                    }),
          "stream table");
    return totals;
}

/// The floor for paging in a C++ client: the same keyset windows through bare libpq (PQexecParams, text
/// format, no copies, no decoding beyond the checksum column), on a connection of its own. The difference to
/// readKeyset() is what Facet's layers (statement building, exact values, instrumentation) cost.
ReadTotals readKeysetLibpq(PGconn *conn, int page)
{
    ReadTotals totals;
    QByteArray last = "0";
    const QByteArray limit = QByteArray::number(page);
    const QByteArray sql = "SELECT \"id\", \"version\", \"value\", \"label\" FROM \"Item\" WHERE \"id\" > $1 "
                           "ORDER BY \"id\" LIMIT " + limit;
    for (;;) {
        const char *params[1] = {last.constData()};
        PGresult *res = PQexecParams(conn, sql.constData(), 1, nullptr, params, nullptr, nullptr, 0);
        if (PQresultStatus(res) != PGRES_TUPLES_OK)
            fail(QString::fromUtf8(PQresultErrorMessage(res)));
        const int n = PQntuples(res);
        for (int r = 0; r < n; ++r)
            totals.checksum += std::atoll(PQgetvalue(res, r, 2));
        if (n > 0)
            last = QByteArray(PQgetvalue(res, n - 1, 0));
        PQclear(res);
        if (n == 0)
            break;
        ++totals.pages;
        totals.rows += n;
    }
    return totals;
}

void benchReads(Connection &db, const Dialect &dialect, const TableSpec &table, int page, int readAhead,
                const QByteArray &conninfo)
{
    const std::unique_ptr<PGconn, void (*)(PGconn *)> raw(PQconnectdb(conninfo.constData()), PQfinish);
    if (PQstatus(raw.get()) != CONNECTION_OK)
        fail(u"libpq: "_s + QString::fromUtf8(PQerrorMessage(raw.get())));
    struct Variant {
        const char *name;
        const char *keyPrefix;
        std::function<ReadTotals()> run;
    };
    const QList<Variant> variants{
        {"keyset pages, execute()", "a_execute", [&] { return readKeyset(db, dialect, table, page, false); }},
        {"keyset pages, stream()", "a_stream", [&] { return readKeyset(db, dialect, table, page, true); }},
        {"keyset pages, readWindows() reading ahead", "a_reader",
         [&] { return readWindowsAhead(db, dialect, table, page, readAhead); }},
        {"one statement, stream() in batches", "a_stream_whole", [&] { return streamWhole(db, dialect, table, page); }},
        {"keyset pages, bare libpq (reference)", "a_libpq", [&] { return readKeysetLibpq(raw.get(), page); }},
    };
    for (const Variant &v : variants) {
        // Two runs per process, as client-bench.ts does: run 1 includes first-use costs (prepare, enum
        // lookup, caches), run 2 is the steady state the comparison uses.
        for (int run = 1; run <= 2; ++run) {
            QElapsedTimer t;
            t.start();
            const ReadTotals r = v.run();
            const double elapsed = ms(t);
            std::printf("(a) %s: %lld rows in %lld pages/batches: %.1f ms, %.0f rows/s (run %d, checksum %lld)\n",
                        v.name, static_cast<long long>(r.rows), static_cast<long long>(r.pages), elapsed,
                        double(r.rows) / (elapsed / 1000.0), run, static_cast<long long>(r.checksum));
            const QByteArray key = QByteArray(v.keyPrefix) + "_run" + QByteArray::number(run) + "_ms";
            report(key.constData(), elapsed);
            if (run == 2)
                report(QByteArray(QByteArray(v.keyPrefix) + "_rows").constData(), double(r.rows));
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// (b) version-checked updates

struct Target {
    int id;
    int version;
    int value;
};

QList<Target> readTargets(Connection &db, const Dialect &dialect, const TableSpec &table, int count)
{
    WindowRequest request;
    request.limit = count;
    request.sort = {{u"id"_s, SortDirection::Ascending}};
    request.columns = {u"id"_s, u"version"_s, u"value"_s};
    const QueryResult r = check(db.execute(check(buildWindow(dialect, table, request), "window").statement),
                                "read targets");
    QList<Target> out;
    out.reserve(r.rows.size());
    for (const QList<Value> &row : r.rows)
        out.append({row.at(0).toInt(), row.at(1).toInt(), row.at(2).toInt()});
    return out;
}

/// What a grid save writes for one edited row: the new value, guarded by the version read with the row
/// (`UPDATE "Item" SET "value" = $1, "version" = "version" + 1 WHERE "id" = $2 AND "version" = $3`).
Statement guardedUpdate(const Dialect &dialect, const TableSpec &table, const Target &t)
{
    return check(buildUpdate(dialect, table, {{u"id"_s, Value::fromInt(t.id)}},
                             {{u"value"_s, Value::fromInt(t.value + 1)}},
                             RowGuard::version(u"version"_s, Value::fromInt(t.version))),
                 "buildUpdate");
}

void benchUpdates(Connection &db, const Dialect &dialect, const TableSpec &table, int updates)
{
    std::printf("(b) statement: %s\n",
                qPrintable(guardedUpdate(dialect, table, {1, 0, 0}).sql));
    for (const bool pipelined : {true, false}) {
        for (int run = 1; run <= 2; ++run) {
            // Read outside the timing, as client-bench.ts does (its findMany of the targets).
            const QList<Target> targets = readTargets(db, dialect, table, updates);
            QElapsedTimer t;
            t.start();
            qint64 ok = 0;
            check(db.begin(), "begin");
            if (pipelined) {
                QList<Statement> batch;
                batch.reserve(targets.size());
                for (const Target &target : targets)
                    batch.append(guardedUpdate(dialect, table, target));
                const QList<QueryResult> results = check(db.executeBatch(batch), "executeBatch");
                for (const QueryResult &r : results) {
                    if (r.affectedRows != 1)
                        fail(u"optimistic lock conflict in the batch"_s);
                    ok += r.affectedRows;
                }
            } else {
                for (const Target &target : targets) {
                    const QueryResult r = check(db.execute(guardedUpdate(dialect, table, target)), "update");
                    if (r.affectedRows != 1)
                        fail(u"optimistic lock conflict on id "_s + QString::number(target.id));
                    ok += r.affectedRows;
                }
            }
            check(db.commit(), "commit");
            const double elapsed = ms(t);
            const char *name = pipelined ? "executeBatch (pipeline)" : "execute one by one";
            std::printf("(b) %lld version-checked updates in one transaction, %s: %.1f ms (run %d)\n",
                        static_cast<long long>(ok), name, elapsed, run);
            const QByteArray key = QByteArray(pipelined ? "b_pipeline" : "b_sequential") + "_run"
                                   + QByteArray::number(run) + "_ms";
            report(key.constData(), elapsed);
        }
    }
    // The guard must hold: a stale version updates nothing.
    const QList<Target> now = readTargets(db, dialect, table, 1);
    const QueryResult stale = check(db.execute(guardedUpdate(dialect, table, {now.at(0).id, now.at(0).version - 1, 0})),
                                    "stale update");
    std::printf("(b) stale-version update affected %lld rows (expected 0)\n",
                static_cast<long long>(stale.affectedRows));
    if (stale.affectedRows != 0)
        fail(u"a stale version updated a row"_s);
}

// ---------------------------------------------------------------------------------------------------------
// (c) query bus + metrics overhead

double loopOnce(Connection &db, int statements)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < statements; ++i) {
        const QueryResult r = check(db.execute(Statement(u"SELECT $1::int"_s, {Value::fromInt(i)})), "loop");
        if (r.rows.size() != 1)
            fail(u"SELECT $1::int returned no row"_s);
    }
    return ms(t);
}

/// (c) for an instruction count: after the same warm-up, one loop in one mode only ("bare", "quiet" or
/// "notifier"), so `valgrind --tool=callgrind` of two runs with different --loop sizes gives the client's
/// instructions per statement in every thread (the difference of the totals), free of timing noise.
void countBusMode(std::unique_ptr<Connection> raw, int statements, const QString &mode)
{
    auto bus = QueryBus::create();
    InstrumentedConnection instrumented(std::move(raw), {bus, std::make_shared<PoolMetrics>(), MaskPolicy::Secrets});
    Connection &bare = instrumented.inner();
    (void)loopOnce(bare, 1000);
    (void)loopOnce(instrumented, 1000);
    double elapsed = 0;
    quint64 drained = 0;
    if (mode == u"bare"_s) {
        elapsed = loopOnce(bare, statements);
    } else if (mode == u"quiet"_s) {
        elapsed = loopOnce(instrumented, statements);
    } else if (mode == u"notifier"_s) {
        QThread panelThread;
        panelThread.start();
        QObject anchor;
        anchor.moveToThread(&panelThread);
        auto subscription = bus->subscribe(10000);
        std::unique_ptr<BusNotifier> notifier;
        QMetaObject::invokeMethod(
            &anchor,
            [&] {
                notifier = std::make_unique<BusNotifier>(subscription);
                QObject::connect(notifier.get(), &BusNotifier::eventsAvailable, notifier.get(),
                                 [&] { drained += quint64(subscription->drain().size()); });
            },
            Qt::BlockingQueuedConnection);
        elapsed = loopOnce(instrumented, statements);
        QMetaObject::invokeMethod(
            &anchor,
            [&] {
                drained += quint64(subscription->drain().size());
                notifier.reset();
            },
            Qt::BlockingQueuedConnection);
        panelThread.quit();
        panelThread.wait();
    } else {
        fail(u"--loop-mode must be bare, quiet or notifier"_s);
    }
    std::printf("(c) mode %s: %d x SELECT $1::int in %.1f ms, %llu events drained\n", qPrintable(mode), statements,
                elapsed, static_cast<unsigned long long>(drained));
}

void benchBus(std::unique_ptr<Connection> raw, int statements, int rounds)
{
    auto bus = QueryBus::create();
    auto metrics = std::make_shared<PoolMetrics>();
    InstrumentedConnection instrumented(std::move(raw), {bus, metrics, MaskPolicy::Secrets});
    // The bare path is the same session without the wrapper, so prepared statements and server state match.
    Connection &bare = instrumented.inner();

    // Warm-up: prepares the statement, fills the fingerprint cache, wakes the server's caches.
    (void)loopOnce(bare, 1000);
    (void)loopOnce(instrumented, 1000);

    QList<double> bareMs, quietMs, listenedMs, waitedMs;
    std::atomic<quint64> drained{0};
    quint64 dropped = 0;
    std::atomic<bool> eventsComplete{true};
    // What the query panel needs must be in every event: SQL, a fingerprint, the rendered parameter, rows.
    const auto inspect = [&](const QList<QueryEvent> &events) {
        for (const QueryEvent &e : events) {
            if (e.sql.isEmpty() || e.fingerprint.isEmpty() || e.fingerprintId == 0 || e.params.size() != 1
                || e.rows != 1 || !e.timestamp.isValid())
                eventsComplete = false;
        }
        drained += quint64(events.size());
    };

    // The studio's subscriber: a BusNotifier on its own event loop (the query panel's, on the GUI thread
    // in the app), woken at most 30 times a second, draining whatever is there.
    QThread panelThread;
    panelThread.start();
    QObject anchor;
    anchor.moveToThread(&panelThread);
    const auto listenWithNotifier = [&] {
        auto subscription = bus->subscribe(10000);
        std::unique_ptr<BusNotifier> notifier;
        QMetaObject::invokeMethod(
            &anchor,
            [&] {
                notifier = std::make_unique<BusNotifier>(subscription);
                QObject::connect(notifier.get(), &BusNotifier::eventsAvailable, notifier.get(),
                                 [&] { inspect(subscription->drain()); });
            },
            Qt::BlockingQueuedConnection);
        const double elapsed = loopOnce(instrumented, statements);
        QMetaObject::invokeMethod(
            &anchor,
            [&] {
                inspect(subscription->drain());
                notifier.reset();
            },
            Qt::BlockingQueuedConnection);
        dropped += subscription->droppedTotal();
        return elapsed;
    };
    // A worker-thread subscriber blocked in waitForEvents(): woken for every event, the costliest consumer.
    const auto listenWithWaiter = [&] {
        auto subscription = bus->subscribe(10000);
        std::atomic<bool> stop{false};
        std::thread drainer([&] {
            while (!stop.load(std::memory_order_relaxed)) {
                if (subscription->waitForEvents(std::chrono::milliseconds(20)))
                    inspect(subscription->drain());
            }
            inspect(subscription->drain());
        });
        const double elapsed = loopOnce(instrumented, statements);
        stop = true;
        drainer.join();
        dropped += subscription->droppedTotal();
        return elapsed;
    };

    // The modes take turns within each round, so drift (the server's autovacuum, the other core's load)
    // spreads over all of them instead of biasing one.
    for (int round = 0; round < rounds; ++round) {
        bareMs.append(loopOnce(bare, statements));
        quietMs.append(loopOnce(instrumented, statements));
        listenedMs.append(listenWithNotifier());
        waitedMs.append(listenWithWaiter());
    }
    panelThread.quit();
    panelThread.wait();
    const double bareMedian = median(bareMs);
    const double quietMedian = median(quietMs);
    const double listenedMedian = median(listenedMs);
    const double waitedMedian = median(waitedMs);
    const auto pct = [&](double x) { return (x - bareMedian) / bareMedian * 100.0; };
    std::printf("(c) %d x SELECT $1::int, median of %d rounds: bare %.1f ms (%.1f us/stmt); instrumented + metrics, "
                "nobody listening %.1f ms (%+.2f%%); one BusNotifier subscriber draining %.1f ms (%+.2f%%); one "
                "waitForEvents() subscriber draining %.1f ms (%+.2f%%)\n",
                statements, rounds, bareMedian, bareMedian * 1000.0 / statements, quietMedian, pct(quietMedian),
                listenedMedian, pct(listenedMedian), waitedMedian, pct(waitedMedian));
    std::printf("(c) %llu events drained, %llu dropped, every event complete: %s\n",
                static_cast<unsigned long long>(drained.load()), static_cast<unsigned long long>(dropped),
                eventsComplete ? "yes" : "NO");
    QStringList perRound;
    for (int r = 0; r < rounds; ++r)
        perRound.append(u"%1/%2/%3/%4"_s.arg(bareMs[r], 0, 'f', 1)
                            .arg(quietMs[r], 0, 'f', 1)
                            .arg(listenedMs[r], 0, 'f', 1)
                            .arg(waitedMs[r], 0, 'f', 1));
    std::printf("(c) rounds bare/quiet/notifier/waiter ms: %s\n", qPrintable(perRound.join(u"  "_s)));
    report("c_bare_ms", bareMedian);
    report("c_quiet_ms", quietMedian);
    report("c_listened_ms", listenedMedian);
    report("c_waited_ms", waitedMedian);
    report("c_quiet_pct", pct(quietMedian));
    report("c_listened_pct", pct(listenedMedian));
    report("c_waited_pct", pct(waitedMedian));
    report("c_datasource_queries_total", double(metrics->value(Counter::DatasourceQueriesTotal)));
    if (!eventsComplete)
        fail(u"an event lacked SQL, fingerprint, parameters or rows"_s);
}

// ---------------------------------------------------------------------------------------------------------
// (d) memory while streaming

struct Memory {
    double rssMb = 0;
    double hwmMb = 0;
};

Memory readMemory()
{
    QFile f(u"/proc/self/status"_s);
    Memory m;
    if (!f.open(QIODevice::ReadOnly))
        return m;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const auto kb = [&](const char *prefix) {
            return line.mid(qsizetype(std::strlen(prefix))).trimmed().split(' ').value(0).toDouble() / 1024.0;
        };
        if (line.startsWith("VmRSS:"))
            m.rssMb = kb("VmRSS:");
        else if (line.startsWith("VmHWM:"))
            m.hwmMb = kb("VmHWM:");
    }
    return m;
}

void benchStreamMemory(Connection &db, qint64 rows, int batch)
{
    // Resets VmHWM to the current RSS (Linux >= 4.0), so the peak is this phase's, not an earlier one's.
    if (QFile clear(u"/proc/self/clear_refs"_s); clear.open(QIODevice::WriteOnly))
        clear.write("5");
    const Statement statement(u"SELECT i AS id, 0 AS version, i AS value, 'row ' || i AS label "
                              "FROM generate_series(1, $1::bigint) AS s(i)"_s,
                              {Value::fromBigInt(rows)});
    const Memory start = readMemory();
    QList<Memory> samples{start};
    std::atomic<bool> done{false};
    std::atomic<qint64> seen{0};
    QList<qint64> seenAt{0};
    std::mutex samplesMutex;
    std::thread sampler([&] {
        while (!done.load()) {
            for (int i = 0; i < 100 && !done.load(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            if (done.load())
                break;
            std::lock_guard lock(samplesMutex);
            samples.append(readMemory());
            seenAt.append(seen.load());
        }
    });
    QElapsedTimer t;
    t.start();
    qint64 checksum = 0;
    const StreamSummary summary = check(db.stream(statement, batch,
                                                  [&](ResultBatch &&b) {
                                                      for (const QList<Value> &row : b.rows)
                                                          checksum += row.at(2).toBigInt();
                                                      seen.fetch_add(b.rows.size(), std::memory_order_relaxed);
                                                      return true;
                                                  }),
                                        "stream 10M");
    const double elapsed = ms(t);
    done = true;
    sampler.join();
    const Memory end = readMemory();
    samples.append(end);
    seenAt.append(seen.load());
    double peakRss = 0;
    for (const Memory &m : samples)
        peakRss = std::max(peakRss, m.rssMb);
    // "Flat": after the first second (buffers and caches sized once), RSS no longer grows with rows read.
    const double afterFirst = samples.size() > 2 ? samples.at(1).rssMb : start.rssMb;
    std::printf("(d) streamed %lld rows in %.1f s (%.0f rows/s, checksum %lld)\n",
                static_cast<long long>(summary.rows), elapsed / 1000.0, double(summary.rows) / (elapsed / 1000.0),
                static_cast<long long>(checksum));
    QStringList series;
    for (qsizetype i = 0; i < samples.size(); ++i)
        series.append(u"%1M:%2"_s.arg(double(seenAt.value(i)) / 1e6, 0, 'f', 1).arg(samples[i].rssMb, 0, 'f', 1));
    std::printf("(d) VmRSS MB by rows read: %s\n", qPrintable(series.join(u' ')));
    std::printf("(d) VmRSS start %.1f MB, after 1 s %.1f MB, peak %.1f MB, end %.1f MB; VmHWM %.1f MB\n", start.rssMb,
                afterFirst, peakRss, end.rssMb, end.hwmMb);
    report("d_rows", double(summary.rows));
    report("d_seconds", elapsed / 1000.0);
    report("d_rss_start_mb", start.rssMb);
    report("d_rss_after_1s_mb", afterFirst);
    report("d_rss_peak_mb", peakRss);
    report("d_rss_end_mb", end.rssMb);
    report("d_hwm_mb", end.hwmMb);
    report("d_samples", double(samples.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Facet data-path benchmark (docs/BENCHMARKS.md, issue 4)"_s);
    parser.addHelpOption();
    const QCommandLineOption urlOption(u"url"_s, u"PostgreSQL URL (Prisma syntax)."_s, u"url"_s);
    const QCommandLineOption onlyOption(u"only"_s, u"Comma-separated parts: a,b,c,d (default a,b,c)."_s, u"parts"_s,
                                        u"a,b,c"_s);
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows in \"Item\" for (a)."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption pageOption(u"page"_s, u"Keyset page size."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption aheadOption(u"read-ahead"_s, u"Windows per statement for readWindows() in (a)."_s,
                                         u"n"_s, u"10"_s);
    const QCommandLineOption updatesOption(u"updates"_s, u"Updates in (b)."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption loopOption(u"loop"_s, u"Statements per loop in (c)."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption loopModeOption(u"loop-mode"_s, u"(c) one loop in one mode only: bare, quiet, notifier."_s,
                                            u"mode"_s);
    const QCommandLineOption roundsOption(u"loop-rounds"_s, u"Rounds of the three modes in (c)."_s, u"n"_s, u"7"_s);
    const QCommandLineOption streamOption(u"stream-rows"_s, u"Rows streamed in (d)."_s, u"n"_s, u"10000000"_s);
    parser.addOptions({urlOption, onlyOption, rowsOption, pageOption, aheadOption, updatesOption, loopOption, loopModeOption, roundsOption,
                       streamOption});
    parser.process(app);
    if (!parser.isSet(urlOption))
        fail(u"--url is required"_s);
    const QStringList parts = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);

    const auto url = ConnectionUrl::parse(parser.value(urlOption));
    if (!url)
        fail(url.error().toDbError().summary());
    std::unique_ptr<Connection> db = check(openConnection(*url), "connect");
    std::printf("connected: PostgreSQL %s (%s)\n", qPrintable(db->serverVersion()),
                qPrintable(url->toDisplayString()));
    const Dialect dialect = Dialect::forServer(db->provider(), db->serverVersion());
    const TableSpec table = itemTable();

    if (parts.contains(u"a"_s) || parts.contains(u"b"_s)) {
        // The studio's own path: instrumented, metrics on, a bus nobody listens to (the panel closed).
        auto bus = QueryBus::create();
        InstrumentedConnection instrumented(check(openConnection(*url), "connect"),
                                            {bus, std::make_shared<PoolMetrics>(), MaskPolicy::Secrets});
        ensureTable(instrumented, parser.value(rowsOption).toLongLong());
        if (parts.contains(u"a"_s))
            benchReads(instrumented, dialect, table, parser.value(pageOption).toInt(),
                       parser.value(aheadOption).toInt(), url->toLibpqConninfo());
        if (parts.contains(u"b"_s))
            benchUpdates(instrumented, dialect, table, parser.value(updatesOption).toInt());
    }
    if (parts.contains(u"c"_s) && parser.isSet(loopModeOption))
        countBusMode(std::move(db), parser.value(loopOption).toInt(), parser.value(loopModeOption));
    else if (parts.contains(u"c"_s))
        benchBus(std::move(db), parser.value(loopOption).toInt(), parser.value(roundsOption).toInt());
    if (parts.contains(u"d"_s)) {
        std::unique_ptr<Connection> streamDb = check(openConnection(*url), "connect");
        benchStreamMemory(*streamDb, parser.value(streamOption).toLongLong(), parser.value(pageOption).toInt());
    }
    return 0;
}
