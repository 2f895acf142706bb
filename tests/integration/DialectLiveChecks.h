// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The dialect's statements run against a real database: windows with filters and sorts paged by keyset in
// both directions across NULLs must return exactly the ids a full sort gives, in order; a guarded update
// with a stale version affects no row. Shared by the PostgreSQL, MariaDB and SQLite integration tests,
// which each create the `items` table in their own DDL and call these checks.
#pragma once

#include "core/Connection.h"
#include "dialect/Dialect.h"
#include "dialect/SelectWindow.h"
#include "dialect/WriteStatements.h"
#include "introspect/CatalogText.h"

#include <QTest>

#include <algorithm>
#include <optional>

namespace facet::db::live {

using namespace Qt::StringLiterals;

struct Item {
    int id;
    QString title;
    std::optional<int> rank;
};

/// Titles with LIKE/GLOB wildcards and mixed case; ranks with NULLs and ties.
inline QList<Item> items()
{
    return {{1, u"50% off"_s, 3},   {2, u"5000 off"_s, std::nullopt}, {3, u"a_b"_s, 1},  {4, u"axb"_s, 3},
            {5, u"ABC"_s, std::nullopt}, {6, u"abc"_s, 2},         {7, u"x!y"_s, 1},   {8, u"*star?"_s, std::nullopt},
            {9, u"[br]"_s, 2},      {10, u"zed"_s, 3},             {11, u"Abc def"_s, std::nullopt}};
}

inline ColumnSpec spec(const QString &name, ScalarKind kind, const QString &nativeName, bool nullable)
{
    ColumnSpec c;
    c.name = name;
    c.type.kind = kind;
    c.type.nativeName = nativeName;
    c.nullable = nullable;
    return c;
}

/// items(id INT PK, title TEXT/VARCHAR(191), rank INT NULL, version INT NOT NULL DEFAULT 0, note TEXT NULL)
inline TableSpec itemsTable(const QString &schema, const QString &name)
{
    TableSpec t;
    t.schema = schema;
    t.name = name;
    t.model = u"Item"_s;
    ColumnSpec id = spec(u"id"_s, ScalarKind::Int, u"integer"_s, false);
    id.autoIncrement = true;
    t.columns = {id, spec(u"title"_s, ScalarKind::String, u"text"_s, false),
                 spec(u"rank"_s, ScalarKind::Int, u"integer"_s, true),
                 spec(u"version"_s, ScalarKind::Int, u"integer"_s, false),
                 spec(u"note"_s, ScalarKind::String, u"text"_s, true)};
    t.primaryKey = {u"id"_s};
    return t;
}

#define FACET_TRY(expr)                                                                                         \
    [&]() {                                                                                                     \
        auto r_ = (expr);                                                                                       \
        if (!r_)                                                                                                \
            qFatal("%s: %s", #expr, qPrintable(r_.error().summary()));                                          \
        return std::move(*r_);                                                                                  \
    }()

inline void seed(Connection &db, const Dialect &d, const TableSpec &t)
{
    for (const Item &item : items()) {
        const Statement insert = FACET_TRY(buildInsert(
            d, t,
            {{u"id"_s, Value::fromInt(item.id)},
             {u"title"_s, Value::fromString(item.title)},
             {u"rank"_s, item.rank ? Value::fromInt(*item.rank) : Value()}}));
        FACET_TRY(db.execute(insert));
    }
}

/// The ids in the order the database sorts them: rank with the provider's native NULL placement, then id.
inline QList<int> expectedOrder(const Dialect &d, SortDirection rankDirection, const QList<Item> &rows)
{
    QList<Item> sorted = rows;
    const bool asc = rankDirection == SortDirection::Ascending;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Item &a, const Item &b) {
        if (a.rank != b.rank) {
            if (!a.rank || !b.rank) {
                const bool nullFirst = asc != d.nullsSortLargest();
                return nullFirst ? !a.rank.has_value() : !b.rank.has_value();
            }
            return asc ? *a.rank < *b.rank : *a.rank > *b.rank;
        }
        return a.id < b.id;
    });
    QList<int> ids;
    for (const Item &i : sorted)
        ids.append(i.id);
    return ids;
}

inline QList<int> idsOf(const QList<QList<Value>> &rows, int column = 0)
{
    QList<int> ids;
    for (const auto &row : rows)
        ids.append(int(catalog::integer(row.value(column))));
    return ids;
}

/// Reads the whole filtered table in windows of `pageSize`, forward from the start or backward from the end.
inline QList<int> pageThrough(Connection &db, const Dialect &d, const TableSpec &t, WindowRequest request,
                              int pageSize)
{
    request.limit = pageSize;
    request.columns = {u"id"_s, u"title"_s, u"rank"_s};
    QList<int> all;
    for (int guard = 0; guard < 100; ++guard) {
        const WindowStatement w = FACET_TRY(buildWindow(d, t, request));
        QueryResult r = FACET_TRY(db.execute(w.statement));
        if (r.rows.isEmpty())
            break;
        if (w.rowsReversed)
            restoreOrder(r.rows);
        const QList<int> ids = idsOf(r.rows);
        if (request.direction == WindowDirection::Forward) {
            all += ids;
            request.cursor = w.cursorOf(r.rows.last());
        } else {
            all = ids + all;
            request.cursor = w.cursorOf(r.rows.first());
        }
        if (r.rows.size() < pageSize)
            break;
    }
    return all;
}

inline void checkKeysetWindows(Connection &db, const Dialect &d, const TableSpec &t)
{
    for (const SortDirection dir : {SortDirection::Ascending, SortDirection::Descending}) {
        WindowRequest request;
        request.sort = {{u"rank"_s, dir}};
        const QList<int> expected = expectedOrder(d, dir, items());
        for (const int page : {1, 2, 3, 4, 20}) {
            QCOMPARE(pageThrough(db, d, t, request, page), expected);
            WindowRequest back = request;
            back.direction = WindowDirection::Backward;
            QCOMPARE(pageThrough(db, d, t, back, page), expected);
        }
    }
    // Mixed directions (title DESC, id ASC) and the primary key alone.
    WindowRequest byTitle;
    byTitle.sort = {{u"title"_s, SortDirection::Descending}};
    const QList<int> titles = pageThrough(db, d, t, byTitle, 100);
    QCOMPARE(titles.size(), items().size());
    QCOMPARE(pageThrough(db, d, t, byTitle, 2), titles);
    WindowRequest byId;
    QCOMPARE(pageThrough(db, d, t, byId, 4), (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));

    // An offset window lands where keyset paging would.
    WindowRequest offset;
    offset.sort = {{u"rank"_s, SortDirection::Ascending}};
    offset.offset = 5;
    offset.limit = 3;
    offset.columns = {u"id"_s};
    const WindowStatement w = FACET_TRY(buildWindow(d, t, offset));
    QCOMPARE(idsOf(FACET_TRY(db.execute(w.statement)).rows), expectedOrder(d, SortDirection::Ascending, items()).mid(5, 3));
}

inline QList<int> filtered(Connection &db, const Dialect &d, const TableSpec &t, const Filter &f)
{
    WindowRequest request;
    request.filter = f;
    QList<int> ids = pageThrough(db, d, t, request, 3);
    // …and the count agrees with the rows.
    const QueryResult count = FACET_TRY(db.execute(FACET_TRY(buildCount(d, t, f))));
    if (catalog::integer(count.rows.value(0).value(0)) != ids.size())
        qFatal("COUNT(*) disagrees with the rows of the filter");
    return ids;
}

inline void checkFilters(Connection &db, const Dialect &d, const TableSpec &t)
{
    const auto text = [](const QString &s) { return Value::fromString(s); };
    // Wildcards in the user's text are literal.
    QCOMPARE(filtered(db, d, t, Filter::condition(u"title"_s, FilterOp::Contains, text(u"0%"_s))), QList<int>{1});
    QCOMPARE(filtered(db, d, t, Filter::condition(u"title"_s, FilterOp::Contains, text(u"_"_s))), QList<int>{3});
    QCOMPARE(filtered(db, d, t, Filter::condition(u"title"_s, FilterOp::Contains, text(u"!"_s))), QList<int>{7});
    QCOMPARE(filtered(db, d, t, Filter::condition(u"title"_s, FilterOp::StartsWith, text(u"*"_s))), QList<int>{8});
    QCOMPARE(filtered(db, d, t, Filter::condition(u"title"_s, FilterOp::EndsWith, text(u"?"_s))), QList<int>{8});
    QCOMPARE(filtered(db, d, t, Filter::condition(u"title"_s, FilterOp::StartsWith, text(u"[b"_s))), QList<int>{9});
    // Insensitive mode everywhere; Default mode is case-sensitive where the collation is (not MySQL's _ci).
    QCOMPARE(filtered(db, d, t, Filter::condition(u"title"_s, FilterOp::StartsWith, text(u"abc"_s), TextMode::Insensitive)),
             (QList<int>{5, 6, 11}));
    QCOMPARE(filtered(db, d, t, Filter::condition(u"title"_s, FilterOp::Equals, text(u"abc"_s), TextMode::Insensitive)),
             (QList<int>{5, 6}));
    if (d.provider() != Provider::MySQL) {
        QCOMPARE(filtered(db, d, t, Filter::condition(u"title"_s, FilterOp::StartsWith, text(u"abc"_s))), QList<int>{6});
        QCOMPARE(filtered(db, d, t, Filter::condition(u"title"_s, FilterOp::Equals, text(u"abc"_s))), QList<int>{6});
    }
    QCOMPARE(filtered(db, d, t, Filter::condition(u"rank"_s, FilterOp::IsNull)), (QList<int>{2, 5, 8, 11}));
    QCOMPARE(filtered(db, d, t, Filter::condition(u"rank"_s, FilterOp::Not, Value::fromInt(3))), (QList<int>{3, 6, 7, 9}));
    QCOMPARE(filtered(db, d, t, Filter::list(u"rank"_s, FilterOp::In, {Value::fromInt(1), Value::fromInt(2)})),
             (QList<int>{3, 6, 7, 9}));
    QCOMPARE(filtered(db, d, t, Filter::list(u"id"_s, FilterOp::In, {})), QList<int>{});
    QCOMPARE(filtered(db, d, t,
                      Filter::allOf({Filter::condition(u"rank"_s, FilterOp::Gte, Value::fromInt(2)),
                                     Filter::negate(Filter::condition(u"id"_s, FilterOp::Lt, Value::fromInt(9)))})),
             (QList<int>{9, 10}));
    QCOMPARE(filtered(db, d, t,
                      Filter::anyOf({Filter::condition(u"id"_s, FilterOp::Equals, Value::fromInt(2)),
                                     Filter::condition(u"title"_s, FilterOp::Equals, text(u"x' OR '1'='1"_s))})),
             QList<int>{2});
}

inline qint64 affected(Connection &db, const Result<Statement> &statement)
{
    if (!statement)
        qFatal("%s", qPrintable(statement.error().summary()));
    return FACET_TRY(db.execute(*statement)).affectedRows;
}

inline void checkGuards(Connection &db, const Dialect &d, const TableSpec &t)
{
    const RowKey key{{u"id"_s, Value::fromInt(1)}};
    const QList<ColumnValue> change{{u"title"_s, Value::fromString(u"edited"_s)}};
    QCOMPARE(affected(db, buildUpdate(d, t, key, change, RowGuard::version(u"version"_s, Value::fromInt(0)))), 1);
    // Someone else's save already bumped the version: stale.
    QCOMPARE(affected(db, buildUpdate(d, t, key, change, RowGuard::version(u"version"_s, Value::fromInt(0)))), 0);
    QCOMPARE(affected(db, buildUpdate(d, t, key, change, RowGuard::version(u"version"_s, Value::fromInt(1)))), 1);
    const QueryResult row = FACET_TRY(db.execute(FACET_TRY(buildSelectRow(d, t, {u"version"_s}, key))));
    QCOMPARE(catalog::integer(row.rows.value(0).value(0)), 2);

    // Original values, NULL-safe: note was NULL and still is.
    const QList<ColumnValue> note{{u"note"_s, Value::fromString(u"n1"_s)}};
    QCOMPARE(affected(db, buildUpdate(d, t, key, note, RowGuard::originalValues({{u"note"_s, Value()}}))), 1);
    QCOMPARE(affected(db, buildUpdate(d, t, key, note, RowGuard::originalValues({{u"note"_s, Value()}}))), 0);
    QCOMPARE(affected(db, buildUpdate(d, t, key, {{u"note"_s, Value()}},
                                      RowGuard::originalValues({{u"note"_s, Value::fromString(u"n1"_s)}}))),
             1);

    // Delete with a stale guard leaves the row; with the right one removes it.
    const RowKey last{{u"id"_s, Value::fromInt(11)}};
    QCOMPARE(affected(db, buildDelete(d, t, last, RowGuard::version(u"version"_s, Value::fromInt(5)))), 0);
    QCOMPARE(affected(db, buildDelete(d, t, last, RowGuard::version(u"version"_s, Value::fromInt(0)))), 1);

    // Insert: RETURNING where the database has it, else lastInsertId and a re-read by key.
    const QList<ColumnValue> values{{u"title"_s, Value::fromString(u"new"_s)}};
    const Statement insert = FACET_TRY(buildInsert(d, t, values, {{u"id"_s, u"version"_s}, false}));
    const QueryResult inserted = FACET_TRY(db.execute(insert));
    RowKey newKey;
    if (d.supportsReturning()) {
        QCOMPARE(inserted.rows.size(), 1);
        newKey = {{u"id"_s, Value::fromInt(int(catalog::integer(inserted.rows.value(0).value(0))))}};
    } else {
        auto k = keyAfterInsert(t, values, inserted.lastInsertId);
        QVERIFY(k);
        newKey = *k;
    }
    const QueryResult reread = FACET_TRY(db.execute(FACET_TRY(buildSelectRow(d, t, {u"title"_s, u"version"_s}, newKey))));
    QCOMPARE(catalog::text(reread.rows.value(0).value(0)), u"new"_s);
    QCOMPARE(catalog::integer(reread.rows.value(0).value(1)), 0);
    QVERIFY(catalog::integer(newKey.value(0).value) > 11);
}

} // namespace facet::db::live
