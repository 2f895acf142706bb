// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The grid model against a real database: built twice, for SQLite (a temp file) and, with
// FACET_GRID_POSTGRES, for PostgreSQL 17 from the test servers. Same checks on both.
#include "grid/GridModel.h"

#include "ResolvedSchema.h"
#include "pool/ConnectionPool.h"
#include "url/ConnectionUrl.h"

#ifdef FACET_GRID_POSTGRES
#include "TestServers.h"
#endif

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;
using grid::GridModel;

namespace {
constexpr int SeedRows = 3000; // ids 2, 4, …, 6000: a writer can insert odd ids anywhere between them

GridModel::Options smallPages(bool anchors = true)
{
    GridModel::Options o;
    o.pageSize = 100;
    o.maxPages = 4;
    o.anchorStride = 300;
    o.buildAnchors = anchors;
    return o;
}

qint64 idAt(GridModel &model, int row)
{
    return model.data(model.index(row, 0), GridModel::ValueRole).value<db::Value>().toBigInt();
}

bool loading(GridModel &model, int row)
{
    return row < model.rowCount() && model.data(model.index(row, 0), GridModel::IsLoadingRole).toBool();
}

/// The row exists and holds data (asks for its page while not).
bool loaded(GridModel &model, int row)
{
    return row < model.rowCount() && !model.data(model.index(row, 0), GridModel::IsLoadingRole).toBool();
}

/// Holds the anchor scan after each batch until the test lets it go on: the scan's worker calls `pass` after
/// handing a batch over, which reports the batch and waits for a permit. Shared with the worker, which may
/// outlive the test function; releaseAll() lets a scan that is still running finish.
struct ScanGate {
    QSemaphore batches; ///< one per batch handed over
    QSemaphore permits; ///< one per batch the scan may go beyond
    void pass()
    {
        batches.release();
        permits.tryAcquire(1, 30000); // a safety net for a failed test only: never reached when it passes
    }
    void releaseAll() { permits.release(1000000); }
};

/// Every run of consecutive loaded rows reads in strictly increasing id order: no row is shown twice or out
/// of order next to another, whatever mix of exact and approximate pages is loaded.
QString loadedRunsInOrder(GridModel &model)
{
    for (int row = 1; row < model.rowCount(); ++row) {
        if (model.isRowLoaded(row - 1) && model.isRowLoaded(row) && idAt(model, row - 1) >= idAt(model, row))
            return u"row %1 shows id %2 after id %3"_s.arg(row).arg(idAt(model, row)).arg(idAt(model, row - 1));
    }
    return {};
}
} // namespace

/// The editing core's side of the plug, reduced to one staged cell: the row with id 4 has a new name.
class OneStagedName final : public grid::CellOverlay {
public:
    std::optional<db::Value> stagedValue(const db::RowKey &key, int column) const override
    {
        if (column == 1 && key.front().value.toBigInt() == 4)
            return db::Value::fromString(u"staged name"_s);
        return std::nullopt;
    }
    grid::RowState rowState(const db::RowKey &key) const override
    {
        return key.front().value.toBigInt() == 4 ? grid::RowState::Edited : grid::RowState::Clean;
    }
};

class TestGridModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_table;
    db::Provider m_provider = db::Provider::SQLite;
    std::shared_ptr<db::ConnectionPool> m_pool;
    mapping::ModelTable m_model;

    void exec(const QString &sql)
    {
        auto r = m_pool->runBlocking(db::QueryOrigin::Internal, u"test"_s,
                                     [sql](db::Connection &c) { return c.execute(db::Statement(sql)); });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().summary()));
    }

    QList<qint64> idsBySql(const QString &orderAndWhere)
    {
        auto r = m_pool->runBlocking(db::QueryOrigin::Internal, u"test"_s, [&](db::Connection &c) {
            return c.execute(db::Statement(u"SELECT id FROM %1 %2"_s.arg(m_table, orderAndWhere)));
        });
        QList<qint64> ids;
        if (r) {
            for (const auto &row : r->rows)
                ids << row.front().toBigInt();
        }
        return ids;
    }

    std::unique_ptr<GridModel> open(GridModel::Options options)
    {
        auto model = std::make_unique<GridModel>(m_pool, m_model, QList<grid::GridColumn>{}, options);
        connect(model.get(), &GridModel::loadFailed, this, [](const QString &m) { qWarning("grid: %s", qPrintable(m)); });
        new QAbstractItemModelTester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
        return model;
    }

    /// Reads every row from the top as a user scrolling down would, page by page; `between` runs at each
    /// page boundary (a concurrent writer). Fails when the cache ever holds more pages than allowed.
    void walk(GridModel &model, QList<qint64> &ids, const std::function<void()> &between = {})
    {
        ids.clear();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 || model.isCountExact() || !model.errorText().isEmpty(), 20000);
        for (int row = 0; row < model.rowCount(); ++row) {
            if (between && row % model.options().pageSize == 0)
                between();
            QTRY_VERIFY_WITH_TIMEOUT(!loading(model, row), 20000);
            QVERIFY2(model.errorText().isEmpty(), qPrintable(model.errorText()));
            QVERIFY(model.loadedPages() <= model.options().maxPages);
            if (row >= model.rowCount())
                break;
            ids << idAt(model, row);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifdef FACET_GRID_POSTGRES
        auto pg = facet::test::TestServers::postgres();
        QVERIFY2(pg, qPrintable(pg.error()));
        m_url = pg->url;
        m_provider = db::Provider::PostgreSQL;
        m_table = u"grid_item_%1"_s.arg(QCoreApplication::applicationPid());
        const QString provider = u"postgresql"_s;
#else
        QVERIFY(m_dir.isValid());
        m_url = u"file:"_s + m_dir.filePath(u"grid.db"_s);
        m_table = u"grid_item"_s;
        const QString provider = u"sqlite"_s;
#endif
        auto url = db::ConnectionUrl::parse(m_url);
        QVERIFY(url);
        m_pool = db::ConnectionPool::create(*url, db::PoolOptions::fromUrl(*url));
        const QString schema = uR"(datasource db {
  provider = "%1"
  url      = "%2"
}
model GridItem {
  id   Int     @id
  name String
  note String?
  big  BigInt?
  @@map("%3")
}
)"_s.arg(provider, m_url, m_table);
        const schema::ValidatedSchema validated = schema::validateSchemaText(schema);
        QVERIFY(!validated.hasErrors());
        auto table = mapping::modelTable(validated.resolved, *validated.resolved.findModel(u"GridItem"), m_provider);
        QVERIFY2(table, qPrintable(table ? QString() : table.error()));
        m_model = *table;

        const QString series = m_provider == db::Provider::PostgreSQL
                                   ? u"SELECT i FROM generate_series(1, %1) AS g(i)"_s.arg(SeedRows)
                                   : u"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) SELECT i FROM s"_s.arg(SeedRows);
        if (m_provider == db::Provider::SQLite)
            exec(u"PRAGMA journal_mode=WAL"_s); // a reader streaming the index must not block the writer
        exec(u"DROP TABLE IF EXISTS %1"_s.arg(m_table));
        exec(u"CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT, big BIGINT)"_s.arg(m_table));
        // Notes with NULLs, empty strings and many ties, so sorting by them needs the key as tiebreak.
        exec(u"INSERT INTO %1 (id, name, note, big) SELECT 2 * i, 'name ' || i, "
             "CASE WHEN i % 7 = 0 THEN NULL WHEN i % 11 = 0 THEN '' ELSE 'note ' || (i % 13) END, "
             "CASE WHEN i = 1 THEN 9007199254740993 ELSE i END FROM (%2) AS seed"_s.arg(m_table, series));
        if (m_provider == db::Provider::PostgreSQL) {
            exec(u"ANALYZE %1"_s.arg(m_table)); // what autovacuum does soon after a bulk load: reltuples is known
            // Statistics stay those of the seed, whatever the tests write: a placement by them is predictable.
            exec(u"ALTER TABLE %1 SET (autovacuum_enabled = false)"_s.arg(m_table));
        }
    }

    void cleanupTestCase()
    {
#ifdef FACET_GRID_POSTGRES
        if (m_pool)
            exec(u"DROP TABLE IF EXISTS %1"_s.arg(m_table));
#endif
        if (m_pool)
            m_pool->shutdown();
    }

    void firstRowsThenExactCount()
    {
        auto model = open(smallPages());
        QSignalSpy built(model.get(), &GridModel::anchorsBuilt);
        QTRY_VERIFY(model->rowCount() > 0);
        QTRY_VERIFY(loaded(*model, 0));
        QCOMPARE(idAt(*model, 0), 2);
        QTRY_COMPARE(built.count(), 1);
        QCOMPARE(model->rowCount(), SeedRows);
        QVERIFY(model->isCountExact());
        QCOMPARE(built.front().at(1).toLongLong(), SeedRows / 300);
    }

    void typedCellsKeepNullEmptyAndBigIntApart()
    {
        auto model = open(smallPages());
        QTRY_VERIFY(loaded(*model, 0));
        const int note = 2;
        const int big = 3;
        // row 0 is i = 1 (BigInt beyond a double's exact range), row 6 is i = 7 (NULL note), row 10 is i = 11 ('').
        QCOMPARE(model->data(model->index(0, big)).toString(), u"9007199254740993"_s);
        QCOMPARE(model->data(model->index(6, note), GridModel::IsNullRole).toBool(), true);
        QCOMPARE(model->data(model->index(6, note)).toString(), u"NULL"_s);
        QCOMPARE(model->data(model->index(10, note), GridModel::IsNullRole).toBool(), false);
        QCOMPARE(model->data(model->index(10, note)).toString(), QString());
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"id"_s);
        QCOMPARE(model->headerData(2, Qt::Horizontal, GridModel::HeaderTypeRole).toString(), u"String?"_s);
        QCOMPARE(model->headerData(0, Qt::Horizontal, GridModel::HeaderKeyRole).toString(), u"id"_s);
        const auto key = model->rowKey(0);
        QVERIFY(key);
        QCOMPARE(key->size(), 1);
        QCOMPARE(key->front().column, u"id"_s);
        QCOMPARE(key->front().value.toBigInt(), 2);
    }

    void jumpsLandOnTheRightRows_data()
    {
        QTest::addColumn<bool>("anchors");
        QTest::newRow("anchor index") << true;
        QTest::newRow("before the index exists") << false;
    }

    void jumpsLandOnTheRightRows()
    {
        QFETCH(bool, anchors);
        auto model = open(smallPages(anchors));
        if (anchors)
            QTRY_VERIFY(model->anchorsReady());
        else
            QTRY_VERIFY(model->rowCount() >= SeedRows); // the estimate (SQLite: COUNT(*); PostgreSQL: reltuples)
        QTRY_VERIFY(model->rowCount() >= SeedRows);
        // Without the index, a jump is placed by the key's bounds (PostgreSQL's histogram, SQLite's MIN and MAX
        // of the key) or counted back from the end: near the right rows, in order, exact once the index exists.
        const bool exact = anchors;
        if (!exact)
            QTRY_VERIFY(model->hasHistogram()); // it arrives on its own round trip; before it, jumps use OFFSET
        for (int row : {SeedRows / 2, SeedRows - 1, 1234, 299, 300, 301, 7}) {
            QTRY_VERIFY(loaded(*model, row));
            if (exact) {
                QCOMPARE(idAt(*model, row), 2 * (row + 1));
            } else {
                if (row == SeedRows / 2 || row == 1234)
                    QVERIFY(!model->isPlacementExact(row)); // an estimate, not an OFFSET scan
                const qint64 off = idAt(*model, row) - 2 * (row + 1);
                QVERIFY2(std::abs(off) <= 2 * SeedRows / 100, qPrintable(u"row %1 is off by %2 ids"_s.arg(row).arg(off)));
                if (row + 1 < model->rowCount() && loaded(*model, row + 1))
                    QCOMPARE(idAt(*model, row + 1), idAt(*model, row) + 2);
            }
        }
        QVERIFY(model->loadedPages() <= model->options().maxPages);
    }

    void jumpIntoTheScannedPartIsExactWhileTheScanRuns()
    {
        auto gate = std::make_shared<ScanGate>();
        GridModel::Options options = smallPages();
        options.anchorBatchRows = 600; // two anchors (rows 299 and 599) per batch
        options.afterAnchorBatch = [gate](qint64) { gate->pass(); };
        auto model = open(options);
        QSignalSpy progress(model.get(), &GridModel::anchorsProgress);
        QVERIFY(gate->batches.tryAcquire(1, 60000)); // the scan stands after its first batch
        QTRY_COMPARE(model->anchorRowsScanned(), 600);
        QVERIFY(!model->anchorsReady());
        QCOMPARE(progress.count(), 1);
        QCOMPARE(progress.front().at(1).toLongLong(), 2);
        // Rows 600 … 899 start from the second anchor: exact although the scan has not passed them yet.
        for (int row : {450, 850, 10}) {
            QTRY_VERIFY(loaded(*model, row));
            QVERIFY(model->isPlacementExact(row));
            QCOMPARE(idAt(*model, row), 2 * (row + 1));
        }
        // The next batch makes the next two blocks exact, before the scan ends.
        gate->permits.release();
        QVERIFY(gate->batches.tryAcquire(1, 60000));
        QTRY_COMPARE(model->anchorRowsScanned(), 1200);
        QVERIFY(!model->anchorsReady());
        for (int row : {1150, 1499}) {
            QTRY_VERIFY(loaded(*model, row));
            QVERIFY(model->isPlacementExact(row));
            QCOMPARE(idAt(*model, row), 2 * (row + 1));
        }
        QVERIFY2(loadedRunsInOrder(*model).isEmpty(), qPrintable(loadedRunsInOrder(*model)));
        gate->releaseAll();
        QTRY_VERIFY(model->anchorsReady());
        QCOMPARE(model->rowCount(), SeedRows);
        QVERIFY(model->isCountExact());
    }

    void aBatchOfAnOlderSortIsDropped()
    {
        auto gate = std::make_shared<ScanGate>();
        GridModel::Options options = smallPages();
        options.anchorBatchRows = 600;
        options.afterAnchorBatch = [gate](qint64) { gate->pass(); };
        auto model = open(options);
        QSignalSpy dropped(model.get(), &GridModel::staleResultDropped);
        QSignalSpy built(model.get(), &GridModel::anchorsBuilt);
        // The first batch is posted to this thread, which has not run its event loop since: it waits there.
        QVERIFY(gate->batches.tryAcquire(1, 60000));
        QCOMPARE(model->anchorRowsScanned(), 0);
        const quint64 ascending = model->generation();
        model->sort(0, Qt::DescendingOrder);
        gate->releaseAll();
        QTRY_COMPARE(built.count(), 1);
        QVERIFY(dropped.contains(QVariantList{QVariant::fromValue(ascending)}));
        // Only the descending scan's anchors: 10 of them, and jumps land exactly in that order.
        QCOMPARE(built.front().at(1).toLongLong(), SeedRows / 300);
        for (int row : {450, 1700, 2999}) {
            QTRY_VERIFY(loaded(*model, row));
            QCOMPARE(idAt(*model, row), 2 * (SeedRows - row));
        }
    }

    void approximateJumpIsCorrectedWithoutRepeatingRows()
    {
        // Keys far below the rest: interpolating between the key's bounds now lands far from the right rows
        // (PostgreSQL's histogram, taken before these rows, misses them), so the correction shows.
        const QString tail = m_provider == db::Provider::PostgreSQL
                                 ? u"SELECT -1000000 + 2 * i AS id FROM generate_series(1, 300) AS g(i)"_s
                                 : u"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 300) "
                                   "SELECT -1000000 + 2 * i AS id FROM s"_s;
        exec(u"INSERT INTO %1 (id, name) SELECT t.id, 'tail' FROM (%2) AS t"_s.arg(m_table, tail));
        const QList<qint64> expected = idsBySql(u"ORDER BY id"_s);
        auto gate = std::make_shared<ScanGate>();
        GridModel::Options options = smallPages();
        options.anchorBatchRows = 600;
        options.afterAnchorBatch = [gate](qint64) { gate->pass(); };
        {
            auto model = open(options);
            QVERIFY(gate->batches.tryAcquire(1, 60000));
            QTRY_COMPARE(model->anchorRowsScanned(), 600);
            QTRY_VERIFY(model->hasHistogram());
            QTRY_VERIFY(model->rowCount() >= SeedRows); // the estimate
            // Row 1250 is beyond the anchors so far and in the first half: placed by interpolation.
            const int jump = 1250;
            QTRY_VERIFY(loaded(*model, jump));
            QVERIFY(!model->isPlacementExact(jump));
            QVERIFY2(idAt(*model, jump) != expected.at(jump), "the test needs an interpolation that is off");
            QTRY_VERIFY(loaded(*model, jump - 100)); // chained backwards from the approximate page
            QVERIFY(!model->isPlacementExact(jump - 100));
            QVERIFY2(loadedRunsInOrder(*model).isEmpty(), qPrintable(loadedRunsInOrder(*model)));
            // The second batch covers rows up to 1499: the approximate run is dropped and read exactly.
            QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
            gate->permits.release();
            QVERIFY(gate->batches.tryAcquire(1, 60000));
            QTRY_COMPARE(model->anchorRowsScanned(), 1200);
            QVERIFY(!changed.isEmpty()); // the view is told to ask again for the rows it shows
            for (int row = jump - 100; row < jump + 100; ++row) {
                QTRY_VERIFY(loaded(*model, row));
                QVERIFY(model->isPlacementExact(row));
                QCOMPARE(idAt(*model, row), expected.at(row));
            }
            QVERIFY2(loadedRunsInOrder(*model).isEmpty(), qPrintable(loadedRunsInOrder(*model)));
            gate->releaseAll();
            QTRY_VERIFY(model->anchorsReady());
            QCOMPARE(model->rowCount(), int(expected.size()));
            QList<qint64> ids;
            walk(*model, ids);
            QCOMPARE(ids, expected); // every row exactly once, in order
        }
        exec(u"DELETE FROM %1 WHERE id < 0"_s.arg(m_table));
    }

    void jumpSortedByAColumnStartsNearItsRows_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("order");
        QTest::newRow("text ascending") << 1 << false << u"ORDER BY name, id"_s;
        QTest::newRow("text descending") << 1 << true << u"ORDER BY name DESC, id"_s;
        QTest::newRow("integer ascending") << 3 << false << u"ORDER BY big, id"_s;
    }

    void jumpSortedByAColumnStartsNearItsRows()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(QString, order);
        const QList<qint64> expected = idsBySql(order);
        auto model = open(smallPages(false));
        model->sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QTRY_VERIFY(model->rowCount() >= SeedRows);
        const bool pg = m_provider == db::Provider::PostgreSQL;
        if (pg)
            QTRY_VERIFY(model->hasHistogram()); // that column's histogram (the rows are never counted here)
        const int jump = 1200; // a page's first row, in the first half: not counted back from the end
        QTRY_VERIFY(loaded(*model, jump));
        // PostgreSQL: placed by the histogram, within two of its ~30-row buckets. SQLite: an exact OFFSET window.
        QCOMPARE(model->isPlacementExact(jump), !pg);
        const qsizetype at = expected.indexOf(idAt(*model, jump));
        QVERIFY(at >= 0);
        QVERIFY2(std::abs(at - jump) <= (pg ? 2 * SeedRows / 100 : 0), qPrintable(u"row %1 shows row %2"_s.arg(jump).arg(at)));
        for (int row = jump; row < jump + model->options().pageSize; ++row) // consecutive rows of the order
            QCOMPARE(idAt(*model, row), expected.at(at + row - jump));
    }

    void jumpNearTheEndCountsBackFromTheEnd()
    {
        auto model = open(smallPages(false));
        QTRY_VERIFY(model->rowCount() >= SeedRows);
        QTRY_VERIFY(model->hasHistogram());
        // The last rows and a few pages above them, as far from the end as the count says.
        for (int row : {SeedRows - 1, SeedRows - 150, SeedRows - 777}) {
            QTRY_VERIFY(loaded(*model, row));
            QCOMPARE(idAt(*model, row), 2 * (row + 1));
        }
        QVERIFY(!model->isPlacementExact(SeedRows - 777)); // the count is an estimate until the scan ends
        QVERIFY2(loadedRunsInOrder(*model).isEmpty(), qPrintable(loadedRunsInOrder(*model)));
    }

    void aWriterDuringTheScanNeitherRepeatsNorLosesRows()
    {
        auto gate = std::make_shared<ScanGate>();
        GridModel::Options options = smallPages();
        options.anchorBatchRows = 600;
        options.afterAnchorBatch = [gate](qint64) { gate->pass(); };
        auto model = open(options);
        QVERIFY(gate->batches.tryAcquire(1, 60000));
        QTRY_COMPARE(model->anchorRowsScanned(), 600);
        // While the scan stands: odd ids behind it, ahead of it and in the rows a jump reads (not in page 0,
        // which is loaded already and not re-read), and a deletion.
        QList<qint64> inserted;
        for (qint64 id : {201, 301, 999, 1201, 1203, 2401, 4001, 5999}) {
            exec(u"INSERT INTO %1 (id, name) VALUES (%2, 'writer')"_s.arg(m_table).arg(id));
            inserted << id;
        }
        exec(u"DELETE FROM %1 WHERE id = 1300"_s.arg(m_table));
        QTRY_VERIFY(loaded(*model, 500)); // from an anchor of the scan's snapshot: off by the rows inserted before
        QVERIFY(std::abs(idAt(*model, 500) - 2 * 501) <= 2 * inserted.size());
        gate->releaseAll();
        QTRY_VERIFY(model->anchorsReady());
        for (int row : {700, 1700, 2900}) {
            QTRY_VERIFY(loaded(*model, row));
            QVERIFY(std::abs(idAt(*model, row) - 2 * (row + 1)) <= 2 * inserted.size());
        }
        QVERIFY2(loadedRunsInOrder(*model).isEmpty(), qPrintable(loadedRunsInOrder(*model)));
        QList<qint64> ids;
        walk(*model, ids);
        QCOMPARE(ids, idsBySql(u"ORDER BY id"_s)); // every row exactly once, in order, the writer's included
        exec(u"DELETE FROM %1 WHERE id % 2 = 1"_s.arg(m_table));
        exec(u"INSERT INTO %1 (id, name, note, big) VALUES (1300, 'name 650', 'note 0', 650)"_s.arg(m_table));
    }

    void scrollShowsEveryRowOnceInOrderWhileAWriterInserts()
    {
        auto model = open(smallPages());
        QTRY_VERIFY(loaded(*model, 0));
        QList<qint64> inserted;
        auto *random = QRandomGenerator::global();
        QList<qint64> ids;
        walk(*model, ids, [&] {
            // Odd ids anywhere: behind the reader, inside the page it reads next, and ahead of it.
            for (int i = 0; i < 4; ++i) {
                const qint64 id = 2 * random->bounded(SeedRows) + 1;
                exec(u"INSERT INTO %1 (id, name) VALUES (%2, 'writer') ON CONFLICT DO NOTHING"_s.arg(m_table).arg(id));
                inserted << id;
            }
        });
        if (QTest::currentTestFailed())
            return;
        for (qsizetype i = 1; i < ids.size(); ++i)
            QVERIFY2(ids[i - 1] < ids[i], qPrintable(u"row %1: %2 after %3"_s.arg(i).arg(ids[i]).arg(ids[i - 1])));
        QSet<qint64> seen(ids.begin(), ids.end());
        for (qint64 id = 2; id <= 2 * SeedRows; id += 2)
            QVERIFY2(seen.contains(id), qPrintable(u"row with id %1 never shown"_s.arg(id)));
        exec(u"DELETE FROM %1 WHERE id % 2 = 1"_s.arg(m_table));
    }

    void sortByANullableColumnWithTies()
    {
        auto model = open(smallPages());
        model->sort(2, Qt::DescendingOrder);
        QList<qint64> ids;
        walk(*model, ids);
        if (QTest::currentTestFailed())
            return;
        // The database's own ORDER BY with the key as tiebreak (NULLs where the database puts them).
        QCOMPARE(ids, idsBySql(u"ORDER BY note DESC, id ASC"_s));
    }

    void filterAndSearchReopenTheWindow()
    {
        auto model = open(smallPages());
        model->setFilter(db::Filter::condition(u"note"_s, db::FilterOp::Equals, db::Value::fromString(u"note 5"_s)));
        QList<qint64> ids;
        walk(*model, ids);
        QCOMPARE(ids, idsBySql(u"WHERE note = 'note 5' ORDER BY id"_s));
        model->setFilter({});
        model->setSearch(u"NAME 12"_s); // case-insensitive contains over the text columns
        QTRY_VERIFY(model->isCountExact());
        walk(*model, ids);
        QCOMPARE(ids, idsBySql(u"WHERE lower(name) LIKE '%name 12%' OR lower(note) LIKE '%name 12%' ORDER BY id"_s));
        QVERIFY(!ids.isEmpty());
        model->setSearch(u"no such text"_s);
        QTRY_VERIFY(model->isCountExact());
        QCOMPARE(model->rowCount(), 0);
    }

    void staleWindowsAfterASortChangeAreDropped()
    {
        auto model = open(smallPages());
        QSignalSpy dropped(model.get(), &GridModel::staleResultDropped);
        const quint64 first = model->generation();
        model->sort(1, Qt::DescendingOrder); // its windows are still on their way when the next sort comes
        const quint64 second = model->generation();
        model->sort(3, Qt::AscendingOrder);
        QVERIFY(model->generation() > second);
        QTRY_VERIFY(loaded(*model, 0));
        QTRY_VERIFY(model->anchorsReady());
        // Each earlier generation's windows arrive whenever their workers finish, and are thrown away then.
        auto droppedGenerations = [&dropped] {
            QSet<quint64> generations;
            for (const auto &args : dropped)
                generations << args.front().value<quint64>();
            return generations;
        };
        QTRY_VERIFY(droppedGenerations().contains(first) && droppedGenerations().contains(second));
        QVERIFY(!droppedGenerations().contains(model->generation()));
        // What is shown follows the last sort: big ascending, id 2 (big = 9007199254740993) last.
        QCOMPARE(idAt(*model, 0), 4);
        QCOMPARE(idAt(*model, 1), 6);
    }

    void stagedValuesFollowTheirRowThroughASort()
    {
        auto model = open(smallPages());
        OneStagedName overlay;
        model->setOverlay(&overlay);
        QTRY_VERIFY(loaded(*model, 1));
        QCOMPARE(model->data(model->index(1, 1)).toString(), u"staged name"_s);
        QCOMPARE(model->data(model->index(1, 1), GridModel::StagedRole).toBool(), true);
        QCOMPARE(model->data(model->index(1, 1), GridModel::OriginalValueRole).value<db::Value>().toString(), u"name 2"_s);
        QCOMPARE(model->data(model->index(1, 2), GridModel::StagedRole).toBool(), false);
        QCOMPARE(model->data(model->index(1, 2), GridModel::RowStateRole).toInt(), int(grid::RowState::Edited));
        QCOMPARE(model->data(model->index(0, 1), GridModel::RowStateRole).toInt(), int(grid::RowState::Clean));
        model->sort(0, Qt::DescendingOrder); // id 4 is now the second row from the end
        const int row = SeedRows - 2;
        QTRY_VERIFY(loaded(*model, row));
        QCOMPARE(idAt(*model, row), 4);
        QCOMPARE(model->data(model->index(row, 1)).toString(), u"staged name"_s);
    }

    void badSortIsAnErrorNotACrash()
    {
        auto model = open(smallPages());
        QSignalSpy failed(model.get(), &GridModel::loadFailed);
        model->setSort({{u"no_such_column"_s, db::SortDirection::Ascending}});
        QCOMPARE(failed.count(), 1);
        QVERIFY(model->errorText().contains(u"no_such_column"_s));
        QCOMPARE(model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGridModel)
#include "tst_grid_model.moc"
