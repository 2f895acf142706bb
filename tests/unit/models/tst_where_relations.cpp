// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Relation filters in a Prisma where, without a database: the refusals name the path and say what was
// expected, the to-one and to-many shapes map onto the right join (foreign key on either side, implicit m-n
// link table, composite key), and the SQL aliases a self-relation's subquery so inner and outer never mix.
// The rows these filters select on real databases: tests/integration/tst_relation_filters.cpp.
#include "dialect/Dialect.h"
#include "dialect/SelectWindow.h"
#include "mapping/RelationTarget.h"
#include "mapping/WhereFilter.h"

#include "ResolvedSchema.h"

#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;

class TestWhereRelations : public QObject {
    Q_OBJECT

private:
    schema::ValidatedSchema m_schema;

    mapping::ModelTable table(const QString &model)
    {
        auto t = mapping::modelTable(m_schema.resolved, *m_schema.resolved.findModel(model), db::Provider::SQLite);
        if (!t)
            qFatal("%s", qPrintable(t.error()));
        return *t;
    }

    mapping::RelationTarget target(const QString &model, const QString &field)
    {
        const schema::ResolvedModel *m = m_schema.resolved.findModel(model);
        auto t = mapping::relationTarget(m_schema.resolved, *m, *m->field(field), db::Provider::SQLite);
        if (!t)
            qFatal("%s", qPrintable(t.error()));
        return *t;
    }

    QString countSql(const QString &model, const QString &where)
    {
        const mapping::ModelTable t = table(model);
        auto filter = mapping::parseWhere(where, t, &m_schema.resolved);
        if (!filter)
            qFatal("%s", qPrintable(filter.error().render()));
        auto statement = db::buildCount(db::Dialect(db::Provider::SQLite), t.table, *filter);
        if (!statement)
            qFatal("%s", qPrintable(statement.error().summary()));
        return statement->sql;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_schema = schema::validateSchemaText(uR"(datasource db {
  provider = "sqlite"
  url      = "file:x.db"
}
model User {
  id        Int      @id
  name      String
  managerId Int?     @map("manager_id")
  manager   User?    @relation("Reports", fields: [managerId], references: [id])
  reports   User[]   @relation("Reports")
  posts     Post[]
  profile   Profile?
  @@map("users")
}
model Profile {
  id     Int    @id
  userId Int    @unique
  user   User   @relation(fields: [userId], references: [id])
}
model Post {
  id       Int    @id
  title    String
  authorId Int?   @map("author_id")
  author   User?  @relation(fields: [authorId], references: [id])
  tags     Tag[]
}
model Tag {
  id    Int    @id
  posts Post[]
}
model Edition {
  isbn   String
  number Int
  copies Copy[]
  @@id([isbn, number])
}
model Copy {
  id      Int     @id
  isbn    String
  nr      Int     @map("edition_number")
  edition Edition @relation(fields: [isbn, nr], references: [isbn, number])
}
)"_s);
        QVERIFY(!m_schema.hasErrors());
    }

    void relationTargetsMapJoins()
    {
        const mapping::RelationTarget posts = target(u"User"_s, u"posts"_s);
        QVERIFY(posts.toMany);
        QCOMPARE(posts.related.table.name, u"Post"_s);
        QCOMPARE(posts.join->columns.size(), 1);
        QCOMPARE(posts.join->columns.front().outer, u"id"_s);
        QCOMPARE(posts.join->columns.front().inner, u"author_id"_s);

        const mapping::RelationTarget author = target(u"Post"_s, u"author"_s);
        QVERIFY(!author.toMany);
        QVERIFY(author.optional);
        QCOMPARE(author.join->columns.front().outer, u"author_id"_s);
        QCOMPARE(author.join->columns.front().inner, u"id"_s);
        QVERIFY(!target(u"Profile"_s, u"user"_s).optional);

        // Implicit m-n: Post sorts before Tag, so Post's ids are in A.
        const mapping::RelationTarget tags = target(u"Post"_s, u"tags"_s);
        QVERIFY(tags.join->through);
        QCOMPARE(tags.join->through->table, u"_PostToTag"_s);
        QCOMPARE(tags.join->through->near.front().inner, u"A"_s);
        QCOMPARE(tags.join->through->far.front().outer, u"B"_s);
        QCOMPARE(target(u"Tag"_s, u"posts"_s).join->through->near.front().inner, u"B"_s);

        // Composite key with a mapped column, from the side without the foreign key.
        const mapping::RelationTarget copies = target(u"Edition"_s, u"copies"_s);
        QCOMPARE(copies.join->columns.size(), 2);
        QCOMPARE(copies.join->columns.at(1).outer, u"number"_s);
        QCOMPARE(copies.join->columns.at(1).inner, u"edition_number"_s);
    }

    void selfRelationSubqueryIsAliased()
    {
        QCOMPARE(countSql(u"User"_s, uR"({"manager": {"is": {"name": "Ann"}}})"_s),
                 uR"(SELECT COUNT(*) FROM "users" WHERE EXISTS (SELECT 1 FROM "users" AS "r1" WHERE "r1"."id" = "users"."manager_id" AND ("r1"."name" = ?)))"_s);
        // Nested: the inner subquery correlates with r1, not with the statement's table.
        QCOMPARE(countSql(u"User"_s, uR"({"reports": {"every": {"reports": {"none": {}}}}})"_s),
                 uR"(SELECT COUNT(*) FROM "users" WHERE NOT EXISTS (SELECT 1 FROM "users" AS "r1" WHERE "r1"."manager_id" = "users"."id" AND NOT (NOT EXISTS (SELECT 1 FROM "users" AS "r2" WHERE "r2"."manager_id" = "r1"."id"))))"_s);
        QCOMPARE(countSql(u"Post"_s, uR"({"tags": {"some": {"id": 3}}})"_s),
                 uR"(SELECT COUNT(*) FROM "Post" WHERE EXISTS (SELECT 1 FROM "_PostToTag" AS "j1" INNER JOIN "Tag" AS "r1" ON "r1"."id" = "j1"."B" WHERE "j1"."A" = "Post"."id" AND ("r1"."id" = ?)))"_s);
        QCOMPARE(countSql(u"Post"_s, uR"({"author": {"isNot": {"name": "x"}}})"_s),
                 uR"(SELECT COUNT(*) FROM "Post" WHERE NOT EXISTS (SELECT 1 FROM "users" AS "r1" WHERE "r1"."id" = "Post"."author_id" AND ("r1"."name" = ?) IS NOT FALSE))"_s);
    }

    void refusalsNameThePath_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown list operator") << u"User"_s << uR"({"posts": {"any": {}}})"_s << u"posts.any"_s
                                               << u"unknown relation filter \"any\" for the list posts (expected some, every, none)"_s;
        QTest::newRow("list with null") << u"User"_s << uR"({"posts": null})"_s << u"posts"_s
                                        << u"posts is a list of Post: expected { some | every | none: { … } }"_s;
        QTest::newRow("some with a value") << u"User"_s << uR"({"posts": {"some": 3}})"_s << u"posts.some"_s
                                           << u"expected an object of conditions on Post"_s;
        QTest::newRow("to-one with a value") << u"User"_s << uR"({"profile": 5})"_s << u"profile"_s
                                             << u"expected an object of conditions on Profile, or null"_s;
        QTest::newRow("required relation null") << u"Profile"_s << uR"({"user": null})"_s << u"user"_s
                                                << u"user is a required relation: null is only allowed on optional relations"_s;
        QTest::newRow("required relation is null") << u"Profile"_s << uR"({"user": {"is": null}})"_s << u"user.is"_s
                                                   << u"user is a required relation: null is only allowed on optional relations"_s;
        QTest::newRow("nested unknown field") << u"User"_s << uR"({"posts": {"some": {"titel": "x"}}})"_s
                                              << u"posts.some.titel"_s
                                              << u"unknown field \"titel\" of Post (fields: id, title, authorId, author, tags)"_s;
        QTest::newRow("nested unknown operator") << u"Post"_s << uR"({"author": {"is": {"name": {"containz": "x"}}}})"_s
                                                 << u"author.is.name.containz"_s << u"unknown operator \"containz\""_s;
        QTest::newRow("deeply nested") << u"User"_s << uR"({"reports": {"some": {"posts": {"every": {"tags": {"some": {"x": 1}}}}}}})"_s
                                       << u"reports.some.posts.every.tags.some.x"_s << u"unknown field \"x\" of Tag"_s;
    }

    void refusalsNameThePath()
    {
        QFETCH(QString, model);
        QFETCH(QString, where);
        QFETCH(QString, path);
        QFETCH(QString, message);
        auto parsed = mapping::parseWhere(where, table(model), &m_schema.resolved);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().path, path);
        QVERIFY2(parsed.error().message.startsWith(message), qPrintable(parsed.error().message));
    }

    void withoutTheSchemaRelationsAreRefused()
    {
        auto parsed = mapping::parseWhere(uR"({"posts": {"some": {}}})"_s, table(u"User"_s));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().path, u"posts"_s);
        QVERIFY2(parsed.error().message.endsWith(u"relation filters need the schema)"_s), qPrintable(parsed.error().message));
    }

    void emptyObjectsMatchEverything()
    {
        // `posts: {}` has no condition (Prisma returns every row); `profile: {}` is `is: {}`: one exists.
        auto none = mapping::parseWhere(uR"({"posts": {}})"_s, table(u"User"_s), &m_schema.resolved);
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        auto profile = mapping::parseWhere(uR"({"profile": {}})"_s, table(u"User"_s), &m_schema.resolved);
        QVERIFY(profile);
        QCOMPARE(profile->kind(), db::Filter::Kind::Relation);
        QCOMPARE(profile->relationOp(), db::RelationOp::Is);
    }
};

QTEST_GUILESS_MAIN(TestWhereRelations)
#include "tst_where_relations.moc"
