// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// PgStatementCache: Prisma's statement_cache_size as a least-recently-used set of prepared statement names.
#include "pg/PgStatementCache.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;

class TestPgStatementCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void zeroCapacityDisablesTheCache()
    {
        PgStatementCache cache(0);
        QVERIFY(!cache.enabled());
        QVERIFY(PgStatementCache(-3).capacity() == 0);
    }

    void sameSqlWithOtherParameterTypesIsAnotherStatement()
    {
        QVERIFY(PgStatementCache::key(u"SELECT $1"_s, {23}) != PgStatementCache::key(u"SELECT $1"_s, {20}));
        QCOMPARE(PgStatementCache::key(u"SELECT $1"_s, {23}), PgStatementCache::key(u"SELECT $1"_s, {23}));
    }

    void evictsTheLeastRecentlyUsed()
    {
        PgStatementCache cache(2);
        const auto a = cache.insert(u"a"_s);
        const auto b = cache.insert(u"b"_s);
        QVERIFY(!a.evicted && !b.evicted);
        QVERIFY(a.name != b.name);
        QCOMPARE(cache.find(u"a"_s), a.name); // a is now the most recent
        const auto c = cache.insert(u"c"_s);
        QCOMPARE(c.evicted, b.name);
        QCOMPARE(cache.size(), 2);
        QVERIFY(!cache.find(u"b"_s));
        QCOMPARE(cache.find(u"c"_s), c.name);
    }

    void namesAreNeverReused()
    {
        PgStatementCache cache(1);
        const auto first = cache.insert(u"x"_s);
        cache.remove(u"x"_s);
        QCOMPARE(cache.size(), 0);
        const auto second = cache.insert(u"x"_s);
        QVERIFY(first.name != second.name);
    }
};

QTEST_GUILESS_MAIN(TestPgStatementCache)
#include "tst_pg_statement_cache.moc"
