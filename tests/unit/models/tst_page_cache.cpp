// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "grid/PageCache.h"

#include <QTest>

using namespace facet;
using grid::PageCache;
using grid::Row;

namespace {
QList<Row> pageOfRows(qint64 firstRow, int count)
{
    QList<Row> rows;
    for (int i = 0; i < count; ++i)
        rows.append(Row{db::Value::fromBigInt(firstRow + i)});
    return rows;
}
}

class TestPageCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsAreFoundInTheirPage()
    {
        PageCache cache(10, 4);
        QCOMPARE(cache.pageOf(0), 0);
        QCOMPARE(cache.pageOf(19), 1);
        QCOMPARE(cache.firstRowOf(3), 30);
        QVERIFY(!cache.row(5));
        cache.insert(0, pageOfRows(0, 10));
        QVERIFY(cache.row(5));
        QCOMPARE(cache.row(5)->first().toBigInt(), 5);
        QVERIFY(!cache.row(15)); // its page is not loaded
    }

    void aShortLastPageHasOnlyItsRows()
    {
        PageCache cache(10, 4);
        cache.insert(9, pageOfRows(90, 3));
        QVERIFY(cache.row(92));
        QVERIFY(!cache.row(93));
    }

    void memoryIsBoundedByEvictingTheLeastRecentlyUsedPage()
    {
        PageCache cache(10, 3);
        cache.insert(0, pageOfRows(0, 10));
        cache.insert(1, pageOfRows(10, 10));
        cache.insert(2, pageOfRows(20, 10));
        QVERIFY(cache.row(1)); // touch page 0: page 1 is now the oldest
        const QList<qint64> evicted = cache.insert(3, pageOfRows(30, 10));
        QCOMPARE(evicted, QList<qint64>{1});
        QCOMPARE(cache.loadedPages(), 3);
        QVERIFY(cache.hasPage(0));
        QVERIFY(!cache.hasPage(1));
        // However far the user scrolls, at most maxPages stay loaded.
        for (qint64 page = 4; page < 1000; ++page)
            cache.insert(page, pageOfRows(page * 10, 10));
        QCOMPARE(cache.loadedPages(), 3);
    }

    void reinsertingAPageReplacesItWithoutEvicting()
    {
        PageCache cache(10, 2);
        cache.insert(0, pageOfRows(0, 10));
        cache.insert(1, pageOfRows(10, 10));
        QVERIFY(cache.insert(0, pageOfRows(100, 10)).isEmpty());
        QCOMPARE(cache.row(0)->first().toBigInt(), 100);
        QCOMPARE(cache.loadedPages(), 2);
    }

    void updateRowChangesOnlyLoadedRows()
    {
        PageCache cache(10, 2);
        cache.insert(0, pageOfRows(0, 10));
        QVERIFY(cache.updateRow(3, Row{db::Value::fromString(QStringLiteral("saved"))}));
        QCOMPARE(cache.row(3)->first().toString(), QStringLiteral("saved"));
        QVERIFY(!cache.updateRow(42, Row{}));
        cache.clear();
        QCOMPARE(cache.loadedPages(), 0);
        QVERIFY(!cache.row(3));
    }
};

QTEST_GUILESS_MAIN(TestPageCache)
#include "tst_page_cache.moc"
