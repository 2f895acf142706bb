// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// facet_bench_grid: the grid benchmark of docs/BENCHMARKS.md "Grid (issue 5)", driving the real GridModel
// (models/grid) on a real database the way a view does: ask for a row, wait until its page arrives.
//
//   facet_bench_grid --url URL --provider postgresql|sqlite [--seed ROWS] [--no-scroll]
//
// Table grid_bench (created and filled with --seed). Prints `RESULT key value` lines:
//   first_rows_ms    construct the model → row 0 loaded
//   index_ms         construct → anchor index built (exact count known)
//   jump50_ms        row at 50% loaded, after the index exists
//   jump_end_ms      last row loaded, after the index exists
//   jump50_noindex_ms  row at 50% on a model without the index: placed by the key's bounds (histogram or MIN/MAX)
//   jump_end_noindex_ms / jump_near_end_noindex_ms  the last row / the row 5,000 above it, without the index
//                      (a backward window from the end, OFFSET 0 / ~5,000)
//   offset50_sql_ms    the old placement of a jump before the index, for comparison: the page at 50% read
//                      by LIMIT 256 OFFSET rows/2 through the same pool
//   first_batch_ms     construct → the index scan's first batch of anchors arrived
//   jump_scanned_ms    while the scan runs: the row at 90% of what it has passed, an exact keyset page
//   scroll_s         every page from top to bottom, one after the other
//   rss_mb / hwm_mb  resident memory after the scroll (VmRSS) and its peak (VmHWM)
#include "grid/GridModel.h"

#include "ResolvedSchema.h"
#include "pool/ConnectionPool.h"
#include "url/ConnectionUrl.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {
double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

void result(const char *key, double value) { std::printf("RESULT %s %.3f\n", key, value); std::fflush(stdout); }

double procStatusMb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').front().toDouble() / 1024.0;
    }
    return -1;
}

/// Runs the event loop until `done` is true (checked after every event batch), at most `timeoutMs`.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 600000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

bool loaded(grid::GridModel &model, int row)
{
    return row < model.rowCount() && !model.data(model.index(row, 0), grid::GridModel::IsLoadingRole).toBool();
}

db::Result<db::QueryResult> exec(db::ConnectionPool &pool, const QString &sql)
{
    return pool.runBlocking(db::QueryOrigin::Internal, u"bench"_s, [sql](db::Connection &c) { return c.execute(db::Statement(sql)); });
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    const QString urlText = option(u"--url"_s);
    const bool pg = option(u"--provider"_s) == u"postgresql"_s;
    const qint64 seed = option(u"--seed"_s).toLongLong();
    const bool scroll = !args.contains(u"--no-scroll"_s);
    auto url = db::ConnectionUrl::parse(urlText);
    if (!url) {
        std::fprintf(stderr, "facet_bench_grid: bad --url\n");
        return 2;
    }
    auto pool = db::ConnectionPool::create(*url, db::PoolOptions::fromUrl(*url));

    if (seed > 0) {
        std::fprintf(stderr, "facet_bench_grid: seeding %lld rows\n", seed);
        QStringList sql{u"DROP TABLE IF EXISTS grid_bench"_s};
        if (pg) {
            sql << u"CREATE TABLE grid_bench (id bigint PRIMARY KEY, title text NOT NULL, amount numeric(12,2), "
                   "created timestamptz(3), note text)"_s
                << u"INSERT INTO grid_bench SELECT i, 'title ' || i, (i % 100000) / 100.0, "
                   "timestamptz '2026-01-01' + i * interval '1 second', CASE WHEN i % 5 = 0 THEN NULL ELSE md5(i::text) END "
                   "FROM generate_series(1, %1) AS g(i)"_s.arg(seed)
                << u"VACUUM ANALYZE grid_bench"_s;
        } else {
            sql << u"PRAGMA journal_mode=WAL"_s
                << u"CREATE TABLE grid_bench (id INTEGER PRIMARY KEY, title TEXT NOT NULL, amount REAL, note TEXT)"_s
                << u"INSERT INTO grid_bench WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) "
                   "SELECT i, 'title ' || i, (i % 100000) / 100.0, CASE WHEN i % 5 = 0 THEN NULL ELSE hex(randomblob(16)) END FROM s"_s.arg(seed);
        }
        for (const QString &s : sql) {
            if (auto r = exec(*pool, s); !r) {
                std::fprintf(stderr, "facet_bench_grid: %s\n", qPrintable(r.error().summary()));
                return 1;
            }
        }
    }

    const QString schema = pg ? uR"(datasource db {
  provider = "postgresql"
  url      = "postgresql://x@localhost/x"
}
model GridBench {
  id      BigInt    @id
  title   String
  amount  Decimal?  @db.Decimal(12, 2)
  created DateTime? @db.Timestamptz(3)
  note    String?
  @@map("grid_bench")
}
)"_s
                              : uR"(datasource db {
  provider = "sqlite"
  url      = "file:x.db"
}
model GridBench {
  id     Int    @id
  title  String
  amount Float?
  note   String?
  @@map("grid_bench")
}
)"_s;
    const schema::ValidatedSchema validated = schema::validateSchemaText(schema);
    auto table = mapping::modelTable(validated.resolved, *validated.resolved.findModel(u"GridBench"),
                                     pg ? db::Provider::PostgreSQL : db::Provider::SQLite);
    if (!table) {
        std::fprintf(stderr, "facet_bench_grid: %s\n", qPrintable(table.error()));
        return 1;
    }
    // Warm the pool's connections, as an open studio has them: the numbers are the grid's, not the login's.
    (void)exec(*pool, u"SELECT 1"_s);

    qint64 tableRows = 0;
    {
        QElapsedTimer t;
        t.start();
        grid::GridModel model(pool, *table, {});
        QObject::connect(&model, &grid::GridModel::loadFailed, &model, [](const QString &m) {
            std::fprintf(stderr, "facet_bench_grid: %s\n", qPrintable(m));
        });
        if (!waitFor([&] { return loaded(model, 0); }))
            return 1;
        result("first_rows_ms", ms(t));
        if (!waitFor([&] { return model.anchorsReady(); }))
            return 1;
        result("index_ms", ms(t));
        result("rows", double(model.rowCount()));
        const int rows = model.rowCount();
        tableRows = rows;
        t.restart();
        if (!waitFor([&] { return loaded(model, rows / 2); }))
            return 1;
        result("jump50_ms", ms(t));
        t.restart();
        if (!waitFor([&] { return loaded(model, rows - 1); }))
            return 1;
        result("jump_end_ms", ms(t));
        t.restart();
        if (!waitFor([&] { return loaded(model, rows / 4 + 12345); }))
            return 1;
        result("jump25_ms", ms(t));
        if (scroll) {
            t.restart();
            const int pageSize = model.options().pageSize;
            for (int row = 0; row < model.rowCount(); row += pageSize) {
                if (!waitFor([&] { return loaded(model, row); }))
                    return 1;
            }
            result("scroll_s", ms(t) / 1000.0);
            result("pages_held", model.loadedPages());
            result("rss_mb", procStatusMb("VmRSS:"));
            result("hwm_mb", procStatusMb("VmHWM:"));
        }
    }
    {
        grid::GridModel::Options noIndex;
        noIndex.buildAnchors = false;
        grid::GridModel model(pool, *table, {}, noIndex);
        if (!waitFor([&] { return loaded(model, 0); }))
            return 1;
        if (!waitFor([&] { return model.rowCount() > 1000 && model.hasHistogram(); }, 5000)) {
            result("jump50_noindex_ms", -1); // no estimate or no bounds: nothing to place a jump by
        } else {
            const int rows = model.rowCount();
            auto jump = [&](const char *key, int target) {
                QElapsedTimer t;
                t.start();
                if (!waitFor([&] { return loaded(model, target); }))
                    return false;
                result(key, ms(t));
                return true;
            };
            if (!jump("jump50_noindex_ms", rows / 2) || !jump("jump_end_noindex_ms", rows - 1)
                || !jump("jump_near_end_noindex_ms", rows - 5000))
                return 1;
            QElapsedTimer t;
            t.start();
            if (auto r = exec(*pool, u"SELECT * FROM grid_bench ORDER BY id LIMIT 256 OFFSET %1"_s.arg(rows / 2)); !r)
                return 1;
            result("offset50_sql_ms", ms(t));
        }
    }
    {
        // A jump while the index scan runs: into the part it has passed, which its published anchors place.
        QElapsedTimer t;
        t.start();
        grid::GridModel model(pool, *table, {});
        qint64 scanned = 0;
        QObject::connect(&model, &grid::GridModel::anchorsProgress, &model, [&](qint64 rows, qint64) { scanned = rows; });
        if (!waitFor([&] { return scanned > 0 || model.anchorsReady(); }))
            return 1;
        result("first_batch_ms", ms(t));
        // Let the scan pass a quarter of the table (or end), then jump just behind where it stands.
        if (!waitFor([&] { return scanned >= tableRows / 4 || model.anchorsReady(); }))
            return 1;
        const bool stillScanning = !model.anchorsReady();
        const int target = int(scanned * 9 / 10);
        t.restart();
        if (!waitFor([&] { return loaded(model, target); }))
            return 1;
        result("jump_scanned_ms", ms(t));
        result("jump_scanned_row", target);
        result("jump_scanned_while_scanning", stillScanning ? 1 : 0);
        result("jump_scanned_exact", model.isPlacementExact(target) ? 1 : 0);
    }
    pool->shutdown();
    return 0;
}
