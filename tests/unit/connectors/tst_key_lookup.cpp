// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// buildSelectByKeys as exact SQL per provider: a plain IN for one key column, row values for a composite key
// (a VALUES list on SQLite, an OR of ANDs before SQLite 3.15 or when asked), and the keys it refuses.
#include "DialectTestTables.h"
#include "dialect/KeyLookup.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;
using namespace facet::db::testing;

namespace {

const QList<QList<Value>> TwoKeys = {{Value::fromInt(1), Value::fromInt(2)}, {Value::fromInt(3), Value::fromInt(4)}};

QString sqlOf(const Dialect &d, const TableSpec &t, const QStringList &keyColumns, const QList<QList<Value>> &keys,
              KeyMatch match = KeyMatch::Auto)
{
    auto st = buildSelectByKeys(d, t, keyColumns + QStringList{u"A"_s}, keyColumns, keys, match);
    if (!st)
        return u"ERROR "_s + st.error().summary();
    return st->sql;
}

} // namespace

class TestKeyLookup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneColumnIsAPlainIn()
    {
        QCOMPARE(sqlOf(Dialect(Provider::PostgreSQL), postTags(), {u"A"_s}, {{Value::fromInt(1)}, {Value::fromInt(2)}}),
                 u"SELECT \"A\", \"A\" FROM \"post_tags\" WHERE \"A\" IN ($1, $2)"_s);
    }

    void compositeKeysUseRowValues()
    {
        QCOMPARE(sqlOf(Dialect(Provider::PostgreSQL), postTags(), {u"A"_s, u"B"_s}, TwoKeys),
                 u"SELECT \"A\", \"B\", \"A\" FROM \"post_tags\" WHERE (\"A\", \"B\") IN (($1, $2), ($3, $4))"_s);
        QCOMPARE(sqlOf(Dialect(Provider::MySQL), postTags(), {u"A"_s, u"B"_s}, TwoKeys),
                 u"SELECT `A`, `B`, `A` FROM `post_tags` WHERE (`A`, `B`) IN ((?, ?), (?, ?))"_s);
        QCOMPARE(sqlOf(Dialect::forServer(Provider::SQLite, u"3.46.1"_s), postTags(), {u"A"_s, u"B"_s}, TwoKeys),
                 u"SELECT \"A\", \"B\", \"A\" FROM \"post_tags\" WHERE (\"A\", \"B\") IN (VALUES (?, ?), (?, ?))"_s);
    }

    void orOfAndsWithoutRowValues()
    {
        const QString orOfAnds = u"SELECT \"A\", \"B\", \"A\" FROM \"post_tags\" WHERE (\"A\" = ? AND \"B\" = ?) OR (\"A\" = ? AND \"B\" = ?)"_s;
        QCOMPARE(sqlOf(Dialect::forServer(Provider::SQLite, u"3.8.0"_s), postTags(), {u"A"_s, u"B"_s}, TwoKeys), orOfAnds);
        QCOMPARE(sqlOf(Dialect::forServer(Provider::SQLite, u"3.46.1"_s), postTags(), {u"A"_s, u"B"_s}, TwoKeys,
                       KeyMatch::OrOfAnds),
                 orOfAnds);
    }

    void refusesKeysThatMatchNothing()
    {
        const Dialect pg(Provider::PostgreSQL);
        QVERIFY(sqlOf(pg, postTags(), {u"A"_s, u"B"_s}, {}).startsWith(u"ERROR"_s));
        QVERIFY(sqlOf(pg, postTags(), {u"A"_s, u"B"_s}, {{Value::fromInt(1), Value()}}).contains(u"NULL"_s));
        QVERIFY(sqlOf(pg, postTags(), {u"A"_s, u"B"_s}, {{Value::fromInt(1)}}).contains(u"has 1 values, not 2"_s));
        QVERIFY(sqlOf(pg, postTags(), {u"A"_s, u"nope"_s}, TwoKeys).contains(u"no column \"nope\""_s));
    }
};

QTEST_GUILESS_MAIN(TestKeyLookup)
#include "tst_key_lookup.moc"
