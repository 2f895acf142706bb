// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// INSERT/UPDATE/DELETE as exact SQL per provider, with each optimistic-concurrency guard: version
// (incremented by the statement), @updatedAt (compare, then set), PostgreSQL xmin, and the NULL-safe
// original-values guard; RETURNING where the database has it, the key to re-read by where it has not.
#include "DialectTestTables.h"
#include "dialect/WriteStatements.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;
using namespace facet::db::testing;

namespace {

Value s(const QString &text)
{
    return Value::fromString(text);
}

Value when(const QString &iso)
{
    return Value::fromDateTime(*DateTime::parseIso8601(iso));
}

const RowKey Key7{{u"id"_s, Value::fromInt(7)}};

} // namespace

class TestWriteStatements : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void insertWithReturning()
    {
        const QList<ColumnValue> values{{u"title"_s, s(u"Hi"_s)},
                                        {u"status"_s, Value::fromEnum(u"PostStatus"_s, u"DRAFT"_s)},
                                        {u"updated_at"_s, when(u"2026-01-02T03:04:05.678Z"_s)}};
        const Returning back{{u"id"_s, u"version"_s}, false};
        Statement st = *buildInsert(pg(), posts(), values, back);
        QCOMPARE(st.sql, u"INSERT INTO \"posts\" (\"title\", \"status\", \"updated_at\") VALUES ($1, $2, $3) "
                         u"RETURNING \"id\", \"version\""_s);
        QCOMPARE(render(st), (QStringList{u"String 'Hi'"_s, u"Enum PostStatus.DRAFT"_s,
                                          u"DateTime 2026-01-02T03:04:05.678Z"_s}));
        QCOMPARE(st.origin, QueryOrigin::Save);
        QCOMPARE(st.model, u"Post"_s);
        // Values written are checked against the column's full type (VARCHAR(191)).
        QCOMPARE(st.paramTypes.value(0).maxLength, 191);
        QCOMPARE(buildInsert(sqlite(), posts(), values, back)->sql,
                 u"INSERT INTO \"posts\" (\"title\", \"status\", \"updated_at\") VALUES (?, ?, ?) "
                 u"RETURNING \"id\", \"version\""_s);
        // No RETURNING before SQLite 3.35, nor on MySQL: the caller re-reads by key.
        QCOMPARE(buildInsert(Dialect::forServer(Provider::SQLite, u"3.31.1"_s), posts(), values, back)->sql,
                 u"INSERT INTO \"posts\" (\"title\", \"status\", \"updated_at\") VALUES (?, ?, ?)"_s);
        QCOMPARE(buildInsert(mysql(), posts(), values, back)->sql,
                 u"INSERT INTO `posts` (`title`, `status`, `updated_at`) VALUES (?, ?, ?)"_s);
    }

    void insertOfOnlyDefaults()
    {
        QCOMPARE(buildInsert(pg(), postTags(), {})->sql, u"INSERT INTO \"post_tags\" DEFAULT VALUES"_s);
        QCOMPARE(buildInsert(sqlite(), postTags(), {})->sql, u"INSERT INTO \"post_tags\" DEFAULT VALUES"_s);
        QCOMPARE(buildInsert(mysql(), postTags(), {})->sql, u"INSERT INTO `post_tags` () VALUES ()"_s);
    }

    void insertWithXminReturning()
    {
        QCOMPARE(buildInsert(pg(), posts(u"app"_s), {{u"title"_s, s(u"x"_s)}}, {{u"id"_s}, true})->sql,
                 u"INSERT INTO \"app\".\"posts\" (\"title\") VALUES ($1) RETURNING \"id\", xmin::text AS \"xmin\""_s);
    }

    void keyAfterInsertUsesLastInsertIdForAutoIncrement()
    {
        auto key = keyAfterInsert(posts(), {{u"title"_s, s(u"x"_s)}}, Value::fromBigInt(42));
        QVERIFY(key);
        QCOMPARE(key->size(), 1);
        QCOMPARE(key->value(0).column, u"id"_s);
        QCOMPARE(key->value(0).value, Value::fromInt(42));
        key = keyAfterInsert(postTags(), {{u"B"_s, Value::fromInt(2)}, {u"A"_s, Value::fromInt(1)}}, std::nullopt);
        QVERIFY(key);
        QCOMPARE(key->value(0).column, u"A"_s);
        QCOMPARE(key->value(1).value, Value::fromInt(2));
        QVERIFY(!keyAfterInsert(postTags(), {{u"A"_s, Value::fromInt(1)}}, Value::fromBigInt(5)));
        QVERIFY(!keyAfterInsert(posts(), {}, std::nullopt));
    }

    void updateWithVersionGuard()
    {
        const QList<ColumnValue> changes{{u"title"_s, s(u"New"_s)}, {u"body"_s, Value()}};
        const RowGuard guard = RowGuard::version(u"version"_s, Value::fromInt(3));
        Statement st = *buildUpdate(pg(), posts(), Key7, changes, guard, {{u"id"_s, u"version"_s}, false});
        QCOMPARE(st.sql, u"UPDATE \"posts\" SET \"title\" = $1, \"body\" = $2, \"version\" = \"version\" + 1 "
                         u"WHERE \"id\" = $3 AND \"version\" = $4 RETURNING \"id\", \"version\""_s);
        QCOMPARE(render(st), (QStringList{u"String 'New'"_s, u"NULL"_s, u"Int 7"_s, u"Int 3"_s}));
        st = *buildUpdate(mysql(), posts(), Key7, changes, guard, {{u"id"_s, u"version"_s}, false});
        QCOMPARE(st.sql, u"UPDATE `posts` SET `title` = ?, `body` = ?, `version` = `version` + 1 "
                         u"WHERE `id` = ? AND `version` = ?"_s);
        QCOMPARE(buildUpdate(sqlite(), posts(), Key7, changes, guard)->sql,
                 u"UPDATE \"posts\" SET \"title\" = ?, \"body\" = ?, \"version\" = \"version\" + 1 "
                 u"WHERE \"id\" = ? AND \"version\" = ?"_s);
    }

    void updateWithUpdatedAtGuard()
    {
        const RowGuard guard = RowGuard::updatedAt(u"updated_at"_s, when(u"2026-01-01T00:00:00.000Z"_s),
                                                   when(u"2026-02-01T12:00:00.500Z"_s));
        const Statement st = *buildUpdate(mysql(), posts(), Key7, {{u"title"_s, s(u"t"_s)}}, guard);
        QCOMPARE(st.sql, u"UPDATE `posts` SET `title` = ?, `updated_at` = ? WHERE `id` = ? AND `updated_at` = ?"_s);
        QCOMPARE(render(st), (QStringList{u"String 't'"_s, u"DateTime 2026-02-01T12:00:00.500Z"_s, u"Int 7"_s,
                                          u"DateTime 2026-01-01T00:00:00Z"_s}));
        QVERIFY(!buildUpdate(mysql(), posts(), Key7, {{u"title"_s, s(u"t"_s)}},
                             RowGuard::updatedAt(u"updated_at"_s, when(u"2026-01-01T00:00:00Z"_s))));
    }

    void updateWithXminGuard()
    {
        const Statement st = *buildUpdate(pg(), posts(), Key7, {{u"title"_s, s(u"t"_s)}}, RowGuard::xmin(u"7311"_s),
                                          {{u"id"_s}, true});
        QCOMPARE(st.sql, u"UPDATE \"posts\" SET \"title\" = $1 WHERE \"id\" = $2 AND xmin = $3::xid "
                         u"RETURNING \"id\", xmin::text AS \"xmin\""_s);
        QCOMPARE(render(st), (QStringList{u"String 't'"_s, u"Int 7"_s, u"String '7311'"_s}));
        auto e = buildUpdate(mysql(), posts(), Key7, {{u"title"_s, s(u"t"_s)}}, RowGuard::xmin(u"1"_s));
        QVERIFY(!e);
        QCOMPARE(e.error().prismaCode, u"P2009"_s);
        QVERIFY(!buildUpdate(sqlite(), posts(), Key7, {{u"title"_s, s(u"t"_s)}}, RowGuard::xmin(u"1"_s)));
    }

    void updateWithOriginalValuesIsNullSafe()
    {
        const QList<ColumnValue> changes{{u"body"_s, s(u"b2"_s)}, {u"rank"_s, Value::fromInt(2)}};
        const RowGuard guard = RowGuard::originalValues({{u"body"_s, Value()}, {u"rank"_s, Value::fromInt(1)}});
        Statement st = *buildUpdate(pg(), posts(), Key7, changes, guard);
        QCOMPARE(st.sql, u"UPDATE \"posts\" SET \"body\" = $1, \"rank\" = $2 WHERE \"id\" = $3 AND "
                         u"\"body\" IS NOT DISTINCT FROM $4 AND \"rank\" IS NOT DISTINCT FROM $5"_s);
        QCOMPARE(render(st), (QStringList{u"String 'b2'"_s, u"Int 2"_s, u"Int 7"_s, u"NULL"_s, u"Int 1"_s}));
        QCOMPARE(buildUpdate(mysql(), posts(), Key7, changes, guard)->sql,
                 u"UPDATE `posts` SET `body` = ?, `rank` = ? WHERE `id` = ? AND `body` <=> ? AND `rank` <=> ?"_s);
        QCOMPARE(buildUpdate(sqlite(), posts(), Key7, changes, guard)->sql,
                 u"UPDATE \"posts\" SET \"body\" = ?, \"rank\" = ? WHERE \"id\" = ? AND \"body\" IS ? AND \"rank\" IS ?"_s);
    }

    void originalJsonIsComparedAsJson()
    {
        const RowGuard guard = RowGuard::originalValues({{u"metadata"_s, Value::fromJson(*Json::parse(u"{\"a\":1}"_s))}});
        const QList<ColumnValue> changes{{u"metadata"_s, Value()}};
        QCOMPARE(buildUpdate(mysql(), posts(), Key7, changes, guard)->sql,
                 u"UPDATE `posts` SET `metadata` = ? WHERE `id` = ? AND `metadata` <=> CAST(? AS JSON)"_s);
        QCOMPARE(buildUpdate(mariadb(), posts(), Key7, changes, guard)->sql,
                 u"UPDATE `posts` SET `metadata` = ? WHERE `id` = ? AND `metadata` <=> ?"_s);
        QCOMPARE(buildUpdate(pg(), posts(), Key7, changes, guard)->sql,
                 u"UPDATE \"posts\" SET \"metadata\" = $1 WHERE \"id\" = $2 AND \"metadata\" IS NOT DISTINCT FROM $3"_s);
        TableSpec plainJson = posts();
        plainJson.columns[7].type.nativeName = u"json"_s;
        QCOMPARE(buildUpdate(pg(), plainJson, Key7, changes, guard)->sql,
                 u"UPDATE \"posts\" SET \"metadata\" = $1 WHERE \"id\" = $2 AND "
                 u"\"metadata\"::text IS NOT DISTINCT FROM $3::text"_s);
    }

    void deleteWithGuardsAndCompoundKeys()
    {
        const RowKey key{{u"A"_s, Value::fromInt(1)}, {u"B"_s, Value::fromInt(2)}};
        const RowGuard guard = RowGuard::originalValues({{u"note"_s, s(u"n"_s)}});
        Statement st = *buildDelete(pg(), postTags(), key, guard);
        QCOMPARE(st.sql, u"DELETE FROM \"post_tags\" WHERE \"A\" = $1 AND \"B\" = $2 AND \"note\" IS NOT DISTINCT FROM $3"_s);
        QCOMPARE(render(st), (QStringList{u"Int 1"_s, u"Int 2"_s, u"String 'n'"_s}));
        QCOMPARE(buildDelete(mysql(), postTags(), key, RowGuard::none())->sql,
                 u"DELETE FROM `post_tags` WHERE `A` = ? AND `B` = ?"_s);
        QCOMPARE(buildDelete(sqlite(), posts(), Key7, RowGuard::version(u"version"_s, Value::fromInt(0)), {{u"id"_s}, false})
                     ->sql,
                 u"DELETE FROM \"posts\" WHERE \"id\" = ? AND \"version\" = ? RETURNING \"id\""_s);
        QCOMPARE(buildDelete(pg(), posts(), Key7, RowGuard::xmin(u"99"_s))->sql,
                 u"DELETE FROM \"posts\" WHERE \"id\" = $1 AND xmin = $2::xid"_s);
        QCOMPARE(buildDelete(mysql(), posts(), Key7,
                             RowGuard::updatedAt(u"updated_at"_s, when(u"2026-01-01T00:00:00.000Z"_s)))
                     ->sql,
                 u"DELETE FROM `posts` WHERE `id` = ? AND `updated_at` = ?"_s);
    }

    void refusesUnsafeUpdates()
    {
        const RowGuard version = RowGuard::version(u"version"_s, Value::fromInt(1));
        QVERIFY(!buildUpdate(pg(), posts(), Key7, {}, version));
        QVERIFY(!buildUpdate(pg(), posts(), Key7, {{u"id"_s, Value::fromInt(8)}}, version));
        QVERIFY(!buildUpdate(pg(), posts(), Key7, {{u"version"_s, Value::fromInt(9)}}, version));
        QVERIFY(!buildUpdate(pg(), posts(), {}, {{u"title"_s, s(u"x"_s)}}, version));
        QVERIFY(!buildUpdate(pg(), posts(), Key7, {{u"nope"_s, s(u"x"_s)}}, version));
        QVERIFY(!buildUpdate(pg(), posts(), Key7, {{u"title"_s, s(u"x"_s)}},
                             RowGuard::originalValues({{u"nope"_s, Value()}})));
        QVERIFY(!buildDelete(pg(), posts(), {{u"id"_s, Value()}}, RowGuard::none()));
    }

    void injectionLookingNamesAndValues()
    {
        TableSpec t = posts(u"a\"b"_s);
        t.name = u"x\"; DROP TABLE posts; --"_s;
        const QString evil = u"'; DELETE FROM posts; --"_s;
        const QList<ColumnValue> changes{{u"we\"ird`name"_s, s(evil)}};
        Statement st = *buildUpdate(pg(), t, Key7, changes, RowGuard::originalValues({{u"we\"ird`name"_s, s(evil)}}));
        QCOMPARE(st.sql, u"UPDATE \"a\"\"b\".\"x\"\"; DROP TABLE posts; --\" SET \"we\"\"ird`name\" = $1 WHERE "
                         u"\"id\" = $2 AND \"we\"\"ird`name\" IS NOT DISTINCT FROM $3"_s);
        QCOMPARE(render(st), (QStringList{u"String '''; DELETE FROM posts; --'"_s, u"Int 7"_s,
                                          u"String '''; DELETE FROM posts; --'"_s}));
        st = *buildInsert(mysql(), t, changes);
        QCOMPARE(st.sql, u"INSERT INTO `a\"b`.`x\"; DROP TABLE posts; --` (`we\"ird``name`) VALUES (?)"_s);
        t.name = u"bad"_s + QChar(0);
        QVERIFY(!buildDelete(sqlite(), t, Key7, RowGuard::none()));
    }
};

QTEST_GUILESS_MAIN(TestWriteStatements)
#include "tst_write_statements.moc"
