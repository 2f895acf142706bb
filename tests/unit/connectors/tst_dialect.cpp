// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Dialect basics and the filter language, pinned as exact SQL and parameter lists per provider: identifiers
// are quoted (embedded quotes doubled, NUL and over-long names refused), values only ever travel as
// parameters, and LIKE wildcards in the user's text stay literal.
#include "DialectTestTables.h"
#include "dialect/Filter.h"
#include "dialect/SelectWindow.h"
#include "dialect/SqlBuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;
using namespace facet::db::testing;

namespace {

// SELECT COUNT(*) … WHERE <filter>: the smallest statement that carries a filter.
Statement countWhere(const Dialect &d, const Filter &f)
{
    auto s = buildCount(d, posts(), f);
    if (!s)
        qFatal("%s", qPrintable(s.error().summary()));
    return *s;
}

QString where(const Dialect &d, const Filter &f)
{
    const QString sql = countWhere(d, f).sql;
    const qsizetype at = sql.indexOf(u" WHERE "_s);
    return at < 0 ? QString() : sql.mid(at + 7);
}

Value str(const QString &s)
{
    return Value::fromString(s);
}

} // namespace

class TestDialect : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quotesIdentifiersPerProvider()
    {
        QCOMPARE(*pg().quoteIdentifier(u"User"), u"\"User\""_s);
        QCOMPARE(*sqlite().quoteIdentifier(u"User"), u"\"User\""_s);
        QCOMPARE(*mysql().quoteIdentifier(u"User"), u"`User`"_s);
        QCOMPARE(*pg().quoteIdentifier(u"_PostToTag"), u"\"_PostToTag\""_s);
    }

    void doublesEmbeddedQuotes()
    {
        QCOMPARE(*pg().quoteIdentifier(u"a\"b"), u"\"a\"\"b\""_s);
        QCOMPARE(*pg().quoteIdentifier(u"a`b"), u"\"a`b\""_s);
        QCOMPARE(*mysql().quoteIdentifier(u"a`b"), u"`a``b`"_s);
        QCOMPARE(*mysql().quoteIdentifier(u"a\"b"), u"`a\"b`"_s);
        QCOMPARE(*sqlite().quoteIdentifier(u"x\"; DROP TABLE users; --"), u"\"x\"\"; DROP TABLE users; --\""_s);
        QCOMPARE(*mysql().quoteIdentifier(u"x`; DROP TABLE users; --"), u"`x``; DROP TABLE users; --`"_s);
    }

    void quotesSchemaQualifiedNames()
    {
        QCOMPARE(*pg().quoteQualified(u"public", u"User"), u"\"public\".\"User\""_s);
        QCOMPARE(*pg().quoteQualified(u"my.schema", u"a.b"), u"\"my.schema\".\"a.b\""_s);
        QCOMPARE(*mysql().quoteQualified(u"shop", u"User"), u"`shop`.`User`"_s);
        QCOMPARE(*sqlite().quoteQualified(u"", u"User"), u"\"User\""_s);
    }

    void refusesNulEmptyAndTruncatedNames()
    {
        const QString withNul = u"us"_s + QChar(0) + u"ers"_s;
        for (const Dialect *d : {&pg(), &mysql(), &sqlite()}) {
            auto r = d->quoteIdentifier(withNul);
            QVERIFY(!r);
            QCOMPARE(r.error().prismaCode, u"P2009"_s);
            QVERIFY(r.error().message.contains(u"NUL"_s));
            QVERIFY(!d->quoteIdentifier(u""));
            QVERIFY(!d->quoteQualified(withNul, u"users"));
        }
        // 63 bytes is PostgreSQL's limit; "é" is two bytes, so 32 of them do not fit.
        QVERIFY(pg().quoteIdentifier(QString(63, u'a')));
        QVERIFY(!pg().quoteIdentifier(QString(64, u'a')));
        QVERIFY(!pg().quoteIdentifier(QString(32, u'é')));
        QVERIFY(mysql().quoteIdentifier(QString(64, u'é')));
        QVERIFY(!mysql().quoteIdentifier(QString(65, u'a')));
        QVERIFY(sqlite().quoteIdentifier(QString(1000, u'a')));
    }

    void writesPlaceholdersAndNullSafeOperators()
    {
        QCOMPARE(pg().placeholder(1), u"$1"_s);
        QCOMPARE(pg().placeholder(12), u"$12"_s);
        QCOMPARE(mysql().placeholder(3), u"?"_s);
        QCOMPARE(sqlite().placeholder(3), u"?"_s);
        QCOMPARE(pg().nullSafeEqualsOperator(), u"IS NOT DISTINCT FROM"_s);
        QCOMPARE(mysql().nullSafeEqualsOperator(), u"<=>"_s);
        QCOMPARE(sqlite().nullSafeEqualsOperator(), u"IS"_s);
    }

    void readsCapabilitiesFromServerVersion()
    {
        QVERIFY(pg().supportsReturning());
        QVERIFY(!mysql().supportsReturning());
        QVERIFY(!mariadb().supportsReturning());
        QVERIFY(mariadb().isMariaDb());
        QVERIFY(!mysql().isMariaDb());
        QVERIFY(sqlite().supportsReturning());
        QVERIFY(!Dialect::forServer(Provider::SQLite, u"3.34.1"_s).supportsReturning());
        QVERIFY(Dialect::forServer(Provider::SQLite, u"3.35.0"_s).supportsReturning());
        QCOMPARE(Dialect::forServer(Provider::PostgreSQL, u"17.2 (Debian 17.2-1)"_s).serverVersionNumber(), 170200);
        QVERIFY(pg().nullsSortLargest());
        QVERIFY(!mysql().nullsSortLargest());
        QVERIFY(!sqlite().nullsSortLargest());
    }

    void escapesLikeAndGlobWildcards()
    {
        QCOMPARE(escapeLikePattern(u"50%_off!"), u"50!%!_off!!"_s);
        QCOMPARE(escapeLikePattern(u"a\\b"), u"a\\b"_s);
        QCOMPARE(escapeGlobPattern(u"a*b?c[d]"), u"a[*]b[?]c[[]d]"_s);
    }

    void equalsAndNotFollowPrismaNullRules()
    {
        QCOMPARE(where(pg(), Filter::condition(u"title"_s, FilterOp::Equals, str(u"x"_s))), u"\"title\" = $1"_s);
        QCOMPARE(where(mysql(), Filter::condition(u"title"_s, FilterOp::Not, str(u"x"_s))), u"`title` <> ?"_s);
        QCOMPARE(where(sqlite(), Filter::condition(u"body"_s, FilterOp::Equals)), u"\"body\" IS NULL"_s);
        QCOMPARE(where(pg(), Filter::condition(u"body"_s, FilterOp::Not)), u"\"body\" IS NOT NULL"_s);
        QCOMPARE(where(pg(), Filter::condition(u"body"_s, FilterOp::IsNull)), u"\"body\" IS NULL"_s);
        QCOMPARE(where(mysql(), Filter::condition(u"body"_s, FilterOp::IsNotNull)), u"`body` IS NOT NULL"_s);
        QVERIFY(!buildCount(pg(), posts(), Filter::condition(u"rank"_s, FilterOp::Lt)));
    }

    void comparisonsBindTheirValues()
    {
        const Filter f = Filter::allOf({Filter::condition(u"rank"_s, FilterOp::Gte, Value::fromInt(3)),
                                        Filter::condition(u"rank"_s, FilterOp::Lt, Value::fromInt(10)),
                                        Filter::condition(u"version"_s, FilterOp::Gt, Value::fromInt(0)),
                                        Filter::condition(u"version"_s, FilterOp::Lte, Value::fromInt(5))});
        const Statement s = countWhere(pg(), f);
        QCOMPARE(s.sql, u"SELECT COUNT(*) FROM \"posts\" WHERE \"rank\" >= $1 AND \"rank\" < $2 AND \"version\" > $3 "
                        u"AND \"version\" <= $4"_s);
        QCOMPARE(render(s), (QStringList{u"Int 3"_s, u"Int 10"_s, u"Int 0"_s, u"Int 5"_s}));
        QCOMPARE(s.paramTypes.size(), 4);
        QCOMPARE(s.model, u"Post"_s);
        QCOMPARE(countWhere(mysql(), f).sql,
                 u"SELECT COUNT(*) FROM `posts` WHERE `rank` >= ? AND `rank` < ? AND `version` > ? AND `version` <= ?"_s);
    }

    void comparisonTypesDropStorageLimits()
    {
        const Statement s = countWhere(pg(), Filter::condition(u"title"_s, FilterOp::Equals, str(QString(300, u'x'))));
        QCOMPARE(s.paramTypes.value(0).maxLength, -1);
        QCOMPARE(s.paramTypes.value(0).kind, ScalarKind::String);
    }

    void inAndNotInWithEmptyLists()
    {
        const Filter in = Filter::list(u"status"_s, FilterOp::In,
                                       {Value::fromEnum(u"PostStatus"_s, u"DRAFT"_s),
                                        Value::fromEnum(u"PostStatus"_s, u"PUBLISHED"_s)});
        const Statement s = countWhere(pg(), in);
        QCOMPARE(s.sql, u"SELECT COUNT(*) FROM \"posts\" WHERE \"status\" IN ($1, $2)"_s);
        QCOMPARE(render(s), (QStringList{u"Enum PostStatus.DRAFT"_s, u"Enum PostStatus.PUBLISHED"_s}));
        QCOMPARE(where(sqlite(), Filter::list(u"id"_s, FilterOp::NotIn, {Value::fromInt(1)})), u"\"id\" NOT IN (?)"_s);
        QCOMPARE(where(pg(), Filter::list(u"id"_s, FilterOp::In, {})), u"1 = 0"_s);
        QCOMPARE(where(mysql(), Filter::list(u"id"_s, FilterOp::NotIn, {})), u"1 = 1"_s);
    }

    void insensitiveModeLowersStringsOnly()
    {
        const Filter f = Filter::condition(u"title"_s, FilterOp::Equals, str(u"Hello"_s), TextMode::Insensitive);
        QCOMPARE(where(pg(), f), u"LOWER(\"title\") = LOWER($1)"_s);
        QCOMPARE(where(mysql(), f), u"LOWER(`title`) = LOWER(?)"_s);
        QCOMPARE(where(sqlite(), f), u"LOWER(\"title\") = LOWER(?)"_s);
        const Filter in = Filter::list(u"title"_s, FilterOp::In, {str(u"A"_s), str(u"b"_s)}, TextMode::Insensitive);
        QCOMPARE(where(pg(), in), u"LOWER(\"title\") IN (LOWER($1), LOWER($2))"_s);
        // Not a String column: mode is ignored, as in Prisma.
        QCOMPARE(where(pg(), Filter::condition(u"rank"_s, FilterOp::Gt, Value::fromInt(1), TextMode::Insensitive)),
                 u"\"rank\" > $1"_s);
    }

    void patternOperatorsPerProviderAndMode()
    {
        const auto contains = [](TextMode m) {
            return Filter::condition(u"title"_s, FilterOp::Contains, str(u"50%_off"_s), m);
        };
        Statement s = countWhere(pg(), contains(TextMode::Default));
        QCOMPARE(where(pg(), contains(TextMode::Default)), u"\"title\" LIKE $1 ESCAPE '!'"_s);
        QCOMPARE(render(s), QStringList{u"String '%50!%!_off%'"_s});
        QCOMPARE(where(pg(), contains(TextMode::Insensitive)), u"\"title\" ILIKE $1 ESCAPE '!'"_s);
        QCOMPARE(where(mysql(), contains(TextMode::Default)), u"`title` LIKE ? ESCAPE '!'"_s);
        QCOMPARE(where(mysql(), contains(TextMode::Insensitive)), u"LOWER(`title`) LIKE LOWER(?) ESCAPE '!'"_s);
        QCOMPARE(where(sqlite(), contains(TextMode::Insensitive)), u"\"title\" LIKE ? ESCAPE '!'"_s);
        QCOMPARE(where(sqlite(), contains(TextMode::Default)), u"\"title\" GLOB ?"_s);
        s = countWhere(sqlite(), Filter::condition(u"title"_s, FilterOp::StartsWith, str(u"a*b"_s)));
        QCOMPARE(render(s), QStringList{u"String 'a[*]b*'"_s});
        s = countWhere(pg(), Filter::condition(u"title"_s, FilterOp::EndsWith, str(u"!"_s)));
        QCOMPARE(render(s), QStringList{u"String '%!!'"_s});
        s = countWhere(mysql(), Filter::condition(u"title"_s, FilterOp::StartsWith, str(u"x"_s), TextMode::Insensitive));
        QCOMPARE(render(s), QStringList{u"String 'x%'"_s});
        // The pattern is bound as plain text, not as the VARCHAR(191) column (the % would count).
        QCOMPARE(s.paramTypes.value(0).maxLength, -1);
    }

    void patternOperatorsNeedStringColumns()
    {
        auto r = buildCount(pg(), posts(), Filter::condition(u"rank"_s, FilterOp::Contains, str(u"1"_s)));
        QVERIFY(!r);
        QCOMPARE(r.error().prismaCode, u"P2009"_s);
        QVERIFY(r.error().message.contains(u"contains"_s));
        QVERIFY(!buildCount(pg(), posts(), Filter::condition(u"title"_s, FilterOp::Contains, Value::fromInt(1))));
    }

    void uuidColumnsAreSearchedAsText()
    {
        TableSpec t = posts();
        ColumnSpec uuid = column(u"ref"_s, ScalarKind::String, u"uuid"_s);
        uuid.type.isUuid = true;
        t.columns.append(uuid);
        const Filter f = Filter::condition(u"ref"_s, FilterOp::StartsWith, str(u"ab"_s), TextMode::Insensitive);
        QCOMPARE(buildCount(pg(), t, f)->sql, u"SELECT COUNT(*) FROM \"posts\" WHERE \"ref\"::text LIKE $1 ESCAPE '!'"_s);
    }

    void combinesWithAndOrNot()
    {
        const Filter f = Filter::allOf(
            {Filter::anyOf({Filter::condition(u"status"_s, FilterOp::Equals, Value::fromEnum(u"PostStatus"_s, u"DRAFT"_s)),
                            Filter::condition(u"rank"_s, FilterOp::IsNull)}),
             Filter::negate(Filter::allOf({Filter::condition(u"title"_s, FilterOp::Contains, str(u"x"_s)),
                                           Filter::condition(u"version"_s, FilterOp::Gt, Value::fromInt(2))})),
             Filter::condition(u"id"_s, FilterOp::Not, Value::fromInt(7))});
        const Statement s = countWhere(pg(), f);
        QCOMPARE(s.sql, u"SELECT COUNT(*) FROM \"posts\" WHERE (\"status\" = $1 OR \"rank\" IS NULL) AND "
                        u"NOT (\"title\" LIKE $2 ESCAPE '!' AND \"version\" > $3) AND \"id\" <> $4"_s);
        QCOMPARE(render(s),
                 (QStringList{u"Enum PostStatus.DRAFT"_s, u"String '%x%'"_s, u"Int 2"_s, u"Int 7"_s}));
        QCOMPARE(where(pg(), Filter::anyOf({})), u"1 = 0"_s);
        QCOMPARE(countWhere(pg(), Filter::allOf({})).sql, u"SELECT COUNT(*) FROM \"posts\""_s);
    }

    void injectionLookingValuesStayParameters()
    {
        const QString evil = u"'); DROP TABLE posts; --"_s;
        const Statement s = countWhere(mysql(), Filter::condition(u"title"_s, FilterOp::Equals, str(evil)));
        QCOMPARE(s.sql, u"SELECT COUNT(*) FROM `posts` WHERE `title` = ?"_s);
        QCOMPARE(s.params.value(0).toString(), evil);
        const Statement q = countWhere(pg(), Filter::condition(u"we\"ird`name"_s, FilterOp::Equals, str(evil)));
        QCOMPARE(q.sql, u"SELECT COUNT(*) FROM \"posts\" WHERE \"we\"\"ird`name\" = $1"_s);
        QCOMPARE(countWhere(mysql(), Filter::condition(u"we\"ird`name"_s, FilterOp::IsNull)).sql,
                 u"SELECT COUNT(*) FROM `posts` WHERE `we\"ird``name` IS NULL"_s);
    }

    void unknownColumnsAreErrors()
    {
        auto r = buildCount(pg(), posts(), Filter::condition(u"nope\"; --"_s, FilterOp::Equals, Value::fromInt(1)));
        QVERIFY(!r);
        QCOMPARE(r.error().prismaCode, u"P2009"_s);
        QVERIFY(r.error().message.contains(u"nope"_s));
    }
};

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
