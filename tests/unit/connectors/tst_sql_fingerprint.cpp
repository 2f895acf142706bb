// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Statement fingerprints: the query panel groups by them and N+1 detection counts them, so statements that
// differ only in values must agree, and statements of different shape must not.
#include "bus/SqlFingerprint.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;

class TestSqlFingerprint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fingerprint_data();
    void fingerprint();
    void sameShape_data();
    void sameShape();
    void differentShape_data();
    void differentShape();
    void mysqlBackslashEscapes();
    void unterminatedInputStaysBounded();
    void idIsStableAcrossRuns();
};

void TestSqlFingerprint::fingerprint_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pg placeholder") << u"SELECT * FROM \"Post\" WHERE id = $1"_s
                                    << u"SELECT * FROM \"Post\" WHERE id = ?"_s;
    QTest::newRow("number") << u"select * from t where id = 5"_s << u"SELECT * FROM t WHERE id = ?"_s;
    QTest::newRow("decimal and exponent") << u"SELECT 1.5, .5, 1e-3, 2E+10, 0x1F"_s << u"SELECT ?, ?, ?, ?, ?"_s;
    QTest::newRow("negative number") << u"SELECT * FROM t WHERE a = -5 AND b=-1.5"_s
                                     << u"SELECT * FROM t WHERE a = ? AND b = ?"_s;
    QTest::newRow("binary minus kept") << u"SELECT a - 1, a-2 FROM t"_s << u"SELECT a - ?, a - ? FROM t"_s;
    QTest::newRow("string literal") << u"SELECT * FROM t WHERE name = 'O''Brien'"_s
                                    << u"SELECT * FROM t WHERE name = ?"_s;
    QTest::newRow("string with keywords and comment markers")
        << u"SELECT 'a -- not a comment /* nor this */ FROM' AS x"_s << u"SELECT ? AS x"_s;
    QTest::newRow("E string backslash") << u"SELECT E'it\\'s', 1"_s << u"SELECT ?, ?"_s;
    QTest::newRow("prefixed literals") << u"SELECT N'x', X'0A', B'101'"_s << u"SELECT ?, ?, ?"_s;
    QTest::newRow("dollar quoted") << u"SELECT $$it's; -- $$, $fn$ body $$ $fn$"_s << u"SELECT ?, ?"_s;
    QTest::newRow("line comment") << u"SELECT a -- trailing\nFROM t"_s << u"SELECT a FROM t"_s;
    QTest::newRow("nested block comment") << u"SELECT /* outer /* inner */ still */ a FROM t"_s
                                          << u"SELECT a FROM t"_s;
    QTest::newRow("traceparent comment") << u"SELECT 1 /* traceparent=00-abc-01 */"_s << u"SELECT ?"_s;
    QTest::newRow("whitespace") << u"  SELECT\n\ta ,b\r\n FROM   t ;  "_s << u"SELECT a, b FROM t"_s;
    QTest::newRow("qualified and cast") << u"SELECT p . \"id\" :: text FROM public . \"Post\" p"_s
                                        << u"SELECT p.\"id\"::text FROM public.\"Post\" p"_s;
    QTest::newRow("placeholder cast") << u"WHERE id = $1::uuid"_s << u"WHERE id = ?::uuid"_s;
    QTest::newRow("function call") << u"SELECT count (*), COALESCE(a, 0) FROM t"_s
                                   << u"SELECT count(*), COALESCE(a, ?) FROM t"_s;
    QTest::newRow("in list") << u"SELECT * FROM t WHERE id IN ($1, $2, $3)"_s
                             << u"SELECT * FROM t WHERE id IN (?+)"_s;
    QTest::newRow("not in literals") << u"DELETE FROM t WHERE id NOT IN (1,2)"_s
                                     << u"DELETE FROM t WHERE id NOT IN (?+)"_s;
    QTest::newRow("in subquery kept") << u"SELECT * FROM t WHERE id IN (SELECT id FROM u WHERE x = 1)"_s
                                      << u"SELECT * FROM t WHERE id IN (SELECT id FROM u WHERE x = ?)"_s;
    QTest::newRow("array literal") << u"SELECT ARRAY[1, 2, 3]"_s << u"SELECT ARRAY[?+]"_s;
    QTest::newRow("multi-row values") << u"INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?)"_s
                                      << u"INSERT INTO t(a, b) VALUES (?, ?)+"_s;
    QTest::newRow("single-row values") << u"INSERT INTO t (a, b) VALUES ($1, $2) RETURNING id"_s
                                       << u"INSERT INTO t(a, b) VALUES (?, ?) RETURNING id"_s;
    QTest::newRow("booleans are literals") << u"UPDATE t SET active = true WHERE x IS NULL"_s
                                           << u"UPDATE t SET active = ? WHERE x IS NULL"_s;
    QTest::newRow("mysql backticks and ?") << u"SELECT `a` FROM `t` WHERE `id` = ? LIMIT 10"_s
                                           << u"SELECT `a` FROM `t` WHERE `id` = ? LIMIT ?"_s;
    QTest::newRow("named placeholders") << u"SELECT * FROM t WHERE a = :name AND b = @p1"_s
                                        << u"SELECT * FROM t WHERE a = ? AND b = ?"_s;
    QTest::newRow("json operators kept") << u"SELECT data->>'k', data #> '{a}' FROM t"_s
                                         << u"SELECT data ->> ?, data #> ? FROM t"_s;
    QTest::newRow("identifier with digits") << u"SELECT t1.c2 FROM t1"_s << u"SELECT t1.c2 FROM t1"_s;
    QTest::newRow("quoted identifier keeps case and quotes") << u"SELECT \"Order\".\"createdAt\" FROM \"Order\""_s
                                                              << u"SELECT \"Order\".\"createdAt\" FROM \"Order\""_s;
    QTest::newRow("quoted identifier with escaped quote") << u"SELECT \"a\"\"b\" FROM t"_s
                                                          << u"SELECT \"a\"\"b\" FROM t"_s;
    QTest::newRow("transaction control") << u"begin isolation level serializable"_s
                                         << u"BEGIN ISOLATION LEVEL SERIALIZABLE"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestSqlFingerprint::fingerprint()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QCOMPARE(sqlFingerprint(sql), expected);
}

void TestSqlFingerprint::sameShape_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("placeholder vs literal") << u"SELECT * FROM t WHERE id = $1"_s << u"SELECT * FROM t WHERE id = 5"_s;
    QTest::newRow("? vs $1") << u"SELECT * FROM t WHERE id = ?"_s << u"SELECT * FROM t WHERE id = $1"_s;
    QTest::newRow("string vs number") << u"WHERE a = 'x'"_s << u"WHERE a = 42"_s;
    QTest::newRow("in list lengths") << u"WHERE id IN (1)"_s << u"WHERE id IN (1, 2, 3, 4, 5, 6)"_s;
    QTest::newRow("keyword case") << u"select a from t"_s << u"SELECT a FROM t"_s;
    QTest::newRow("whitespace and comments") << u"SELECT a/*x*/FROM t"_s << u"SELECT a\n  FROM t -- y"_s;
    QTest::newRow("trailing semicolon") << u"SELECT 1;"_s << u"SELECT 1"_s;
    QTest::newRow("values rows") << u"INSERT INTO t VALUES (1, 'a'), (2, 'b')"_s
                                 << u"INSERT INTO t VALUES ($1, $2), ($3, $4), ($5, $6)"_s;
}

void TestSqlFingerprint::sameShape()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(sqlFingerprint(a), sqlFingerprint(b));
    QCOMPARE(fingerprintId(sqlFingerprint(a)), fingerprintId(sqlFingerprint(b)));
}

void TestSqlFingerprint::differentShape_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("other column") << u"WHERE a = 1"_s << u"WHERE b = 1"_s;
    QTest::newRow("other table") << u"SELECT * FROM \"Post\""_s << u"SELECT * FROM \"User\""_s;
    QTest::newRow("quoted identifier case") << u"SELECT \"A\""_s << u"SELECT \"a\""_s;
    QTest::newRow("operator") << u"WHERE a = 1"_s << u"WHERE a > 1"_s;
    QTest::newRow("in vs equals") << u"WHERE a IN (1, 2)"_s << u"WHERE a = 1"_s;
    QTest::newRow("single vs multi-row insert") << u"INSERT INTO t VALUES (?)"_s << u"INSERT INTO t VALUES (?), (?)"_s;
}

void TestSqlFingerprint::differentShape()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(sqlFingerprint(a) != sqlFingerprint(b));
    QVERIFY(fingerprintId(sqlFingerprint(a)) != fingerprintId(sqlFingerprint(b)));
}

void TestSqlFingerprint::mysqlBackslashEscapes()
{
    const QString sql = u"SELECT * FROM t WHERE a = 'it\\'s' AND b = 1"_s;
    QCOMPARE(sqlFingerprint(sql, true), u"SELECT * FROM t WHERE a = ? AND b = ?"_s);
    // Standard SQL: a backslash is an ordinary character, so 'C:\' ends at its quote.
    QCOMPARE(sqlFingerprint(u"SELECT 'C:\\', 1"_s), u"SELECT ?, ?"_s);
}

void TestSqlFingerprint::unterminatedInputStaysBounded()
{
    // Broken SQL from the console must not hang or crash the tokenizer.
    QCOMPARE(sqlFingerprint(u"SELECT 'open"_s), u"SELECT ?"_s);
    QCOMPARE(sqlFingerprint(u"SELECT /* open"_s), u"SELECT"_s);
    QCOMPARE(sqlFingerprint(u"SELECT $tag$ open"_s), u"SELECT ?"_s);
    QCOMPARE(sqlFingerprint(u"SELECT \"open"_s), u"SELECT \"open"_s);
    QCOMPARE(sqlFingerprint(u"WHERE id IN (1, 2"_s), u"WHERE id IN (?, ?"_s);
    QCOMPARE(sqlFingerprint(u"$"_s), u"$"_s);
    QCOMPARE(sqlFingerprint(u"-"_s), u"-"_s);
}

void TestSqlFingerprint::idIsStableAcrossRuns()
{
    // FNV-1a over UTF-16 code units: a fixed value, so exported logs from two runs can be joined on it.
    QCOMPARE(fingerprintId(u""_s), 14695981039346656037ull);
    QCOMPARE(fingerprintId(u"SELECT ?"_s), fingerprintId(u"SELECT ?"_s));
}

QTEST_GUILESS_MAIN(TestSqlFingerprint)
#include "tst_sql_fingerprint.moc"
