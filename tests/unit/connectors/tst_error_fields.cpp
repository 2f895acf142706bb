// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The constraint fields Facet reads out of database messages: P2002's target from PostgreSQL's
// "Key (a, b)=" detail, MySQL's key and column names, SQLite's "table.column" lists.
#include "pg/PgKeyFields.h"
#include "qtsql/QtSqlErrorFields.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;

namespace {

DbError err(int nativeCode, const QString &message)
{
    DbError e;
    e.nativeCode = nativeCode;
    e.message = message;
    return e;
}

} // namespace

class TestErrorFields : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pgKeyFields_data()
    {
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("one") << u"Key (email)=(a@b.c) already exists."_s << QStringList{u"email"_s};
        QTest::newRow("two") << u"Key (a, b)=(1, 2) already exists."_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("quoted") << u"Key (\"Tenant Id\", slug)=(7, a, b) already exists."_s
                                << QStringList{u"Tenant Id"_s, u"slug"_s};
        QTest::newRow("quote in name") << u"Key (\"say \"\"hi\"\", x\")=(1) already exists."_s
                                       << QStringList{u"say \"hi\", x"_s};
        QTest::newRow("expression") << u"Key (lower(email::text))=(a@b.c) already exists."_s
                                    << QStringList{u"lower(email::text)"_s};
        QTest::newRow("foreign key") << u"Key (author_id)=(9) is not present in table \"User\"."_s
                                     << QStringList{u"author_id"_s};
        QTest::newRow("no key") << u"Failing row contains (1, null)."_s << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
        QTest::newRow("truncated") << u"Key (a, b"_s << QStringList{};
    }
    void pgKeyFields()
    {
        QFETCH(QString, detail);
        QFETCH(QStringList, fields);
        QCOMPARE(pgKeyFieldsFromDetail(detail), fields);
    }

    void mySqlDuplicateKeyNamesTheConstraint()
    {
        DbError e = err(1062, u"Duplicate entry 'a@b.c' for key 'User_email_key'"_s);
        completeMySqlError(e);
        QCOMPARE(e.constraint, u"User_email_key"_s);
        DbError mysql8 = err(1062, u"Duplicate entry '1-2' for key 'post.Post_a_b_key'"_s);
        completeMySqlError(mysql8);
        QCOMPARE(mysql8.constraint, u"Post_a_b_key"_s);
        QCOMPARE(mysql8.table, u"post"_s);
    }

    void mySqlForeignKeyAndColumnErrors()
    {
        DbError fk = err(1452, u"Cannot add or update a child row: a foreign key constraint fails (`db`.`Post`, "
                              "CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`, `x`) REFERENCES `User` (`id`))"_s);
        completeMySqlError(fk);
        QCOMPARE(fk.constraint, u"Post_authorId_fkey"_s);
        QCOMPARE(fk.fields, (QStringList{u"authorId"_s, u"x"_s}));
        DbError nn = err(1048, u"Column 'name' cannot be null"_s);
        completeMySqlError(nn);
        QCOMPARE(nn.column, u"name"_s);
        DbError longValue = err(1406, u"Data too long for column 'title' at row 1"_s);
        completeMySqlError(longValue);
        QCOMPARE(longValue.column, u"title"_s);
    }

    void sqliteConstraintLists()
    {
        DbError unique = err(0, u"UNIQUE constraint failed: Post.a, Post.b"_s);
        completeSqliteError(unique);
        QCOMPARE(unique.table, u"Post"_s);
        QCOMPARE(unique.fields, (QStringList{u"a"_s, u"b"_s}));
        DbError nn = err(0, u"NOT NULL constraint failed: User.name"_s);
        completeSqliteError(nn);
        QCOMPARE(nn.column, u"name"_s);
        DbError other = err(0, u"no such table: x"_s);
        completeSqliteError(other);
        QVERIFY(other.fields.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestErrorFields)
#include "tst_error_fields.moc"
