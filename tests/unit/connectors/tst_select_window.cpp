// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Select windows as exact SQL per provider: the primary key as tiebreak, keyset predicates that follow each
// database's native NULL order (PostgreSQL: NULL largest; MySQL/SQLite: NULL smallest), row values where
// they are exact, backwards windows, offsets, counts and estimated counts.
#include "DialectTestTables.h"
#include "dialect/SelectWindow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;
using namespace facet::db::testing;

namespace {

WindowRequest request(QList<SortKey> sort, QList<Value> cursor = {},
                      WindowDirection direction = WindowDirection::Forward)
{
    WindowRequest r;
    r.columns = {u"id"_s, u"title"_s};
    r.sort = std::move(sort);
    r.cursor = std::move(cursor);
    r.direction = direction;
    r.limit = 50;
    return r;
}

WindowStatement window(const Dialect &d, const WindowRequest &r, const TableSpec &t = posts())
{
    auto w = buildWindow(d, t, r);
    if (!w)
        qFatal("%s", qPrintable(w.error().summary()));
    return *w;
}

const SortKey RankAsc{u"rank"_s, SortDirection::Ascending};
const SortKey RankDesc{u"rank"_s, SortDirection::Descending};
const SortKey TitleAsc{u"title"_s, SortDirection::Ascending};
const SortKey TitleDesc{u"title"_s, SortDirection::Descending};

Value s(const QString &text)
{
    return Value::fromString(text);
}

} // namespace

class TestSelectWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstWindowOrdersByPrimaryKey()
    {
        WindowRequest r;
        r.limit = 100;
        const WindowStatement w = window(pg(), r, postTags());
        QCOMPARE(w.statement.sql, u"SELECT \"A\", \"B\", \"note\" FROM \"post_tags\" ORDER BY \"A\" ASC, \"B\" ASC LIMIT 100"_s);
        QVERIFY(w.statement.params.isEmpty());
        QCOMPARE(w.statement.origin, QueryOrigin::Grid);
        QCOMPARE(w.order, (QList<SortKey>{{u"A"_s, SortDirection::Ascending}, {u"B"_s, SortDirection::Ascending}}));
        QCOMPARE(w.keyColumns, (QList<int>{0, 1}));
        QVERIFY(!w.rowsReversed);
    }

    void schemaQualifiedTableAndAllColumns()
    {
        WindowRequest r;
        r.limit = 10;
        QCOMPARE(window(pg(), r, posts(u"app"_s)).statement.sql,
                 u"SELECT \"id\", \"title\", \"body\", \"status\", \"rank\", \"version\", \"updated_at\", \"metadata\", "
                 u"\"we\"\"ird`name\" FROM \"app\".\"posts\" ORDER BY \"id\" ASC LIMIT 10"_s);
        QCOMPARE(window(mysql(), r, posts(u"shop"_s)).statement.sql,
                 u"SELECT `id`, `title`, `body`, `status`, `rank`, `version`, `updated_at`, `metadata`, "
                 u"`we\"ird``name` FROM `shop`.`posts` ORDER BY `id` ASC LIMIT 10"_s);
    }

    void sortColumnsAreAddedToTheSelectList()
    {
        WindowRequest r = request({RankDesc});
        r.columns = {u"title"_s};
        const WindowStatement w = window(sqlite(), r);
        QCOMPARE(w.statement.sql, u"SELECT \"title\", \"rank\", \"id\" FROM \"posts\" ORDER BY \"rank\" DESC, \"id\" ASC LIMIT 50"_s);
        QCOMPARE(w.keyColumns, (QList<int>{1, 2}));
        QCOMPARE(w.cursorOf({s(u"t"_s), Value(), Value::fromInt(4)}), (QList<Value>{Value(), Value::fromInt(4)}));
    }

    void keysetOnPrimaryKeyAlone()
    {
        const WindowStatement w = window(pg(), request({}, {Value::fromInt(10)}));
        QCOMPARE(w.statement.sql, u"SELECT \"id\", \"title\" FROM \"posts\" WHERE \"id\" > $1 ORDER BY \"id\" ASC LIMIT 50"_s);
        QCOMPARE(render(w.statement), QStringList{u"Int 10"_s});
    }

    void keysetUsesRowValuesForNonNullSameDirectionKeys()
    {
        const auto r = request({TitleAsc}, {s(u"m"_s), Value::fromInt(10)});
        WindowStatement w = window(pg(), r);
        QCOMPARE(w.statement.sql, u"SELECT \"id\", \"title\" FROM \"posts\" WHERE (\"title\", \"id\") > ($1, $2) "
                                  u"ORDER BY \"title\" ASC, \"id\" ASC LIMIT 50"_s);
        QCOMPARE(render(w.statement), (QStringList{u"String 'm'"_s, u"Int 10"_s}));
        QCOMPARE(window(mysql(), r).statement.sql, u"SELECT `id`, `title` FROM `posts` WHERE (`title`, `id`) > (?, ?) "
                                                   u"ORDER BY `title` ASC, `id` ASC LIMIT 50"_s);
        QCOMPARE(window(sqlite(), r).statement.sql,
                 u"SELECT \"id\", \"title\" FROM \"posts\" WHERE (\"title\", \"id\") > (?, ?) "
                 u"ORDER BY \"title\" ASC, \"id\" ASC LIMIT 50"_s);
        // Old SQLite has no row values: the expanded chain.
        QCOMPARE(window(Dialect::forServer(Provider::SQLite, u"3.8.0"_s), r).statement.sql,
                 u"SELECT \"id\", \"title\" FROM \"posts\" WHERE \"title\" >= ? AND (\"title\" > ? OR "
                 u"(\"title\" = ? AND \"id\" > ?)) ORDER BY \"title\" ASC, \"id\" ASC LIMIT 50"_s);
    }

    void mixedDirectionsExpandWithALeadingBound()
    {
        const auto r = request({TitleDesc}, {s(u"m"_s), Value::fromInt(10)});
        WindowStatement w = window(pg(), r);
        QCOMPARE(w.statement.sql,
                 u"SELECT \"id\", \"title\" FROM \"posts\" WHERE \"title\" <= $1 AND (\"title\" < $1 OR "
                 u"(\"title\" = $1 AND \"id\" > $2)) ORDER BY \"title\" DESC, \"id\" ASC LIMIT 50"_s);
        QCOMPARE(render(w.statement), (QStringList{u"String 'm'"_s, u"Int 10"_s}));
        w = window(mysql(), r);
        QCOMPARE(w.statement.sql, u"SELECT `id`, `title` FROM `posts` WHERE `title` <= ? AND (`title` < ? OR "
                                  u"(`title` = ? AND `id` > ?)) ORDER BY `title` DESC, `id` ASC LIMIT 50"_s);
        QCOMPARE(render(w.statement), (QStringList{u"String 'm'"_s, u"String 'm'"_s, u"String 'm'"_s, u"Int 10"_s}));
    }

    // PostgreSQL ASC: NULLs come last, so they are after every value, and nothing non-NULL is after a NULL.
    void postgresAscendingNullsLast()
    {
        WindowStatement w = window(pg(), request({RankAsc}, {Value::fromInt(5), Value::fromInt(10)}));
        QCOMPARE(w.statement.sql,
                 u"SELECT \"id\", \"title\", \"rank\" FROM \"posts\" WHERE ((\"rank\" > $1 OR \"rank\" IS NULL) OR "
                 u"(\"rank\" = $1 AND \"id\" > $2)) ORDER BY \"rank\" ASC, \"id\" ASC LIMIT 50"_s);
        w = window(pg(), request({RankAsc}, {Value(), Value::fromInt(10)}));
        QCOMPARE(w.statement.sql, u"SELECT \"id\", \"title\", \"rank\" FROM \"posts\" WHERE \"rank\" IS NULL AND "
                                  u"\"id\" > $1 ORDER BY \"rank\" ASC, \"id\" ASC LIMIT 50"_s);
        QCOMPARE(render(w.statement), QStringList{u"Int 10"_s});
    }

    // PostgreSQL DESC: NULLs come first.
    void postgresDescendingNullsFirst()
    {
        WindowStatement w = window(pg(), request({RankDesc}, {Value::fromInt(5), Value::fromInt(10)}));
        QCOMPARE(w.statement.sql,
                 u"SELECT \"id\", \"title\", \"rank\" FROM \"posts\" WHERE \"rank\" <= $1 AND (\"rank\" < $1 OR "
                 u"(\"rank\" = $1 AND \"id\" > $2)) ORDER BY \"rank\" DESC, \"id\" ASC LIMIT 50"_s);
        w = window(pg(), request({RankDesc}, {Value(), Value::fromInt(10)}));
        QCOMPARE(w.statement.sql,
                 u"SELECT \"id\", \"title\", \"rank\" FROM \"posts\" WHERE (\"rank\" IS NOT NULL OR "
                 u"(\"rank\" IS NULL AND \"id\" > $1)) ORDER BY \"rank\" DESC, \"id\" ASC LIMIT 50"_s);
    }

    // MySQL and SQLite ASC: NULLs come first; DESC: last.
    void mysqlAndSqliteNullsSmallest()
    {
        WindowStatement w = window(mysql(), request({RankAsc}, {Value::fromInt(5), Value::fromInt(10)}));
        QCOMPARE(w.statement.sql, u"SELECT `id`, `title`, `rank` FROM `posts` WHERE `rank` >= ? AND (`rank` > ? OR "
                                  u"(`rank` = ? AND `id` > ?)) ORDER BY `rank` ASC, `id` ASC LIMIT 50"_s);
        QCOMPARE(render(w.statement), (QStringList{u"Int 5"_s, u"Int 5"_s, u"Int 5"_s, u"Int 10"_s}));
        w = window(mysql(), request({RankAsc}, {Value(), Value::fromInt(10)}));
        QCOMPARE(w.statement.sql, u"SELECT `id`, `title`, `rank` FROM `posts` WHERE (`rank` IS NOT NULL OR "
                                  u"(`rank` IS NULL AND `id` > ?)) ORDER BY `rank` ASC, `id` ASC LIMIT 50"_s);
        w = window(sqlite(), request({RankDesc}, {Value::fromInt(5), Value::fromInt(10)}));
        QCOMPARE(w.statement.sql,
                 u"SELECT \"id\", \"title\", \"rank\" FROM \"posts\" WHERE ((\"rank\" < ? OR \"rank\" IS NULL) OR "
                 u"(\"rank\" = ? AND \"id\" > ?)) ORDER BY \"rank\" DESC, \"id\" ASC LIMIT 50"_s);
        w = window(sqlite(), request({RankDesc}, {Value(), Value::fromInt(10)}));
        QCOMPARE(w.statement.sql, u"SELECT \"id\", \"title\", \"rank\" FROM \"posts\" WHERE \"rank\" IS NULL AND "
                                  u"\"id\" > ? ORDER BY \"rank\" DESC, \"id\" ASC LIMIT 50"_s);
    }

    void backwardWindowsReverseTheOrder()
    {
        WindowStatement w = window(pg(), request({TitleAsc}, {s(u"m"_s), Value::fromInt(10)}, WindowDirection::Backward));
        QCOMPARE(w.statement.sql, u"SELECT \"id\", \"title\" FROM \"posts\" WHERE (\"title\", \"id\") < ($1, $2) "
                                  u"ORDER BY \"title\" DESC, \"id\" DESC LIMIT 50"_s);
        QVERIFY(w.rowsReversed);
        QCOMPARE(w.order.value(0), TitleAsc); // the order the grid shows, not the one that ran
        // Before a NULL rank on PostgreSQL (ASC, NULLs last): the reversed order has NULLs first.
        w = window(pg(), request({RankAsc}, {Value(), Value::fromInt(10)}, WindowDirection::Backward));
        QCOMPARE(w.statement.sql,
                 u"SELECT \"id\", \"title\", \"rank\" FROM \"posts\" WHERE (\"rank\" IS NOT NULL OR "
                 u"(\"rank\" IS NULL AND \"id\" < $1)) ORDER BY \"rank\" DESC, \"id\" DESC LIMIT 50"_s);
    }

    void jumpToTheEndIsABackwardWindowWithoutCursor()
    {
        const WindowStatement w = window(mysql(), request({}, {}, WindowDirection::Backward));
        QCOMPARE(w.statement.sql, u"SELECT `id`, `title` FROM `posts` ORDER BY `id` DESC LIMIT 50"_s);
        QVERIFY(w.rowsReversed);
        QList<QList<Value>> rows{{Value::fromInt(3)}, {Value::fromInt(2)}, {Value::fromInt(1)}};
        restoreOrder(rows);
        QCOMPARE(rows.value(0).value(0), Value::fromInt(1));
        QCOMPARE(rows.value(2).value(0), Value::fromInt(3));
    }

    void offsetWindows()
    {
        WindowRequest r = request({TitleAsc});
        r.offset = 1000;
        QCOMPARE(window(sqlite(), r).statement.sql,
                 u"SELECT \"id\", \"title\" FROM \"posts\" ORDER BY \"title\" ASC, \"id\" ASC LIMIT 50 OFFSET 1000"_s);
        r.offset = -1;
        QVERIFY(!buildWindow(sqlite(), posts(), r));
    }

    void filterAndKeysetCombine()
    {
        WindowRequest r = request({}, {Value::fromInt(10)});
        r.filter = Filter::anyOf({Filter::condition(u"rank"_s, FilterOp::IsNull),
                                  Filter::condition(u"title"_s, FilterOp::Equals, s(u"x"_s))});
        const WindowStatement w = window(pg(), r);
        QCOMPARE(w.statement.sql, u"SELECT \"id\", \"title\" FROM \"posts\" WHERE (\"rank\" IS NULL OR \"title\" = $1) "
                                  u"AND (\"id\" > $2) ORDER BY \"id\" ASC LIMIT 50"_s);
        QCOMPARE(render(w.statement), (QStringList{u"String 'x'"_s, u"Int 10"_s}));
    }

    void xminIsSelectedAsTextOnPostgresOnly()
    {
        WindowRequest r = request({});
        r.includeXmin = true;
        QCOMPARE(window(pg(), r).statement.sql,
                 u"SELECT \"id\", \"title\", xmin::text AS \"xmin\" FROM \"posts\" ORDER BY \"id\" ASC LIMIT 50"_s);
        QVERIFY(!buildWindow(mysql(), posts(), r));
        QVERIFY(!buildWindow(sqlite(), posts(), r));
    }

    void refusesWhatCannotBePaged()
    {
        TableSpec noKey = posts();
        noKey.primaryKey.clear();
        QVERIFY(!buildWindow(pg(), noKey, request({})));
        QVERIFY(!buildWindow(pg(), posts(), request({}, {Value::fromInt(1), Value::fromInt(2)})));
        QVERIFY(!buildWindow(pg(), posts(), request({{u"nope"_s, SortDirection::Ascending}})));
        WindowRequest r = request({});
        r.columns = {u"id\"; DROP TABLE posts; --"_s};
        auto e = buildWindow(pg(), posts(), r);
        QVERIFY(!e);
        QCOMPARE(e.error().prismaCode, u"P2009"_s);
    }

    void duplicateSortKeysCollapse()
    {
        auto order = effectiveOrder(posts(), {TitleAsc, TitleDesc, {u"id"_s, SortDirection::Descending}});
        QVERIFY(order);
        QCOMPARE(*order, (QList<SortKey>{TitleAsc, {u"id"_s, SortDirection::Descending}}));
    }

    void countsAndEstimates()
    {
        QCOMPARE(buildCount(mysql(), posts())->sql, u"SELECT COUNT(*) FROM `posts`"_s);
        Statement e = *buildEstimatedCount(pg(), posts(u"app"_s));
        QCOMPARE(e.sql, u"SELECT CASE WHEN c.reltuples < 0 THEN NULL ELSE c.reltuples::bigint END AS \"estimate\" "
                        u"FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                        u"WHERE n.nspname = $1 AND c.relname = $2"_s);
        QCOMPARE(render(e), (QStringList{u"String 'app'"_s, u"String 'posts'"_s}));
        QVERIFY(buildEstimatedCount(pg(), posts())->sql.contains(u"n.nspname = current_schema() AND c.relname = $1"_s));
        e = *buildEstimatedCount(mysql(), posts());
        QCOMPARE(e.sql, u"SELECT TABLE_ROWS AS `estimate` FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                        u"DATABASE() AND TABLE_NAME = ?"_s);
        QCOMPARE(render(e), QStringList{u"String 'posts'"_s});
        QCOMPARE(buildEstimatedCount(sqlite(), posts())->sql, u"SELECT COUNT(*) AS \"estimate\" FROM \"posts\""_s);
    }

    void selectRowByCompoundKey()
    {
        const RowKey key{{u"A"_s, Value::fromInt(1)}, {u"B"_s, Value::fromInt(2)}};
        Statement st = *buildSelectRow(mysql(), postTags(), {}, key);
        QCOMPARE(st.sql, u"SELECT `A`, `B`, `note` FROM `post_tags` WHERE `A` = ? AND `B` = ?"_s);
        QCOMPARE(render(st), (QStringList{u"Int 1"_s, u"Int 2"_s}));
        st = *buildSelectRow(pg(), posts(), {u"id"_s, u"version"_s}, {{u"id"_s, Value::fromInt(3)}}, true);
        QCOMPARE(st.sql, u"SELECT \"id\", \"version\", xmin::text AS \"xmin\" FROM \"posts\" WHERE \"id\" = $1"_s);
        QVERIFY(!buildSelectRow(pg(), postTags(), {}, {{u"A"_s, Value::fromInt(1)}}));
        QVERIFY(!buildSelectRow(pg(), postTags(), {}, {{u"A"_s, Value::fromInt(1)}, {u"B"_s, Value()}}));
        QVERIFY(!buildSelectRow(pg(), postTags(), {}, {{u"A"_s, Value::fromInt(1)}, {u"note"_s, Value::fromInt(1)}}));
    }
};

QTEST_GUILESS_MAIN(TestSelectWindow)
#include "tst_select_window.moc"
