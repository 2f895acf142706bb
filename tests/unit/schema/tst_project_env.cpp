// SPDX-License-Identifier: MIT
// .env files as Prisma ≤ 6 reads them (dotenv 16 + Prisma's dotenv-expand), the layered environment, and
// password masking.
#include "project/DotEnv.h"
#include "project/UrlMasking.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::schema;

namespace {

QHash<QString, QString> parse(const QString &text)
{
    QHash<QString, QString> values;
    const DotEnvFile file(u".env"_s, text);
    for (const QString &key : file.keys())
        values.insert(key, file.find(key)->value);
    return values;
}

} // namespace

class TstProjectEnv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dotenvSyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << u"A=1"_s << u"A"_s << u"1"_s;
        QTest::newRow("spaces around") << u"  A  =  hello world  "_s << u"A"_s << u"hello world"_s;
        QTest::newRow("export") << u"export A=x"_s << u"A"_s << u"x"_s;
        QTest::newRow("colon form") << u"A: x"_s << u"A"_s << u"x"_s;
        QTest::newRow("dotted key") << u"a.b-c=1"_s << u"a.b-c"_s << u"1"_s;
        QTest::newRow("comment after") << u"A=x # note"_s << u"A"_s << u"x"_s;
        QTest::newRow("hash ends unquoted") << u"A=x#y"_s << u"A"_s << u"x"_s;
        QTest::newRow("hash inside quotes") << u"A=\"x#y\""_s << u"A"_s << u"x#y"_s;
        QTest::newRow("single quotes") << u"A='a b'"_s << u"A"_s << u"a b"_s;
        QTest::newRow("backticks") << u"A=`a'b\"c`"_s << u"A"_s << u"a'b\"c"_s;
        QTest::newRow("double quote escapes") << u"A=\"a\\nb\\rc\\td\""_s << u"A"_s << u"a\nb\rc\\td"_s;
        QTest::newRow("no escapes in single quotes") << u"A='a\\nb'"_s << u"A"_s << u"a\\nb"_s;
        QTest::newRow("multi-line double") << u"A=\"line1\nline2\"\nB=2"_s << u"A"_s << u"line1\nline2"_s;
        QTest::newRow("multi-line single crlf") << u"A='l1\r\nl2'\r\nB=2"_s << u"A"_s << u"l1\nl2"_s;
        QTest::newRow("empty") << u"A="_s << u"A"_s << QString();
        QTest::newRow("empty quoted") << u"A=\"\""_s << u"A"_s << QString();
        QTest::newRow("last wins") << u"A=1\nA=2"_s << u"A"_s << u"2"_s;
        QTest::newRow("unterminated quote stays") << u"A='abc\nB=1"_s << u"A"_s << u"'abc"_s;
        QTest::newRow("url with password")
            << u"DATABASE_URL=\"postgresql://u:p%40ss@localhost:5432/db?schema=public\""_s << u"DATABASE_URL"_s
            << u"postgresql://u:p%40ss@localhost:5432/db?schema=public"_s;
        QTest::newRow("url unquoted with equals")
            << u"U=mysql://a:b@h/d?x=1&y=2"_s << u"U"_s << u"mysql://a:b@h/d?x=1&y=2"_s;
    }
    void dotenvSyntax()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto values = parse(text);
        QVERIFY2(values.contains(key), qPrintable(QStringList(values.keys()).join(u',')));
        QCOMPARE(values.value(key), value);
    }

    void linesThatAreNotAssignmentsAreSkipped()
    {
        const auto values = parse(u"# comment\nJUST_A_WORD\nA=1\n  # indented comment\nB = 2\n= novalue\n"_s);
        QCOMPARE(values.size(), 2);
        QCOMPARE(values.value(u"A"_s), u"1"_s);
        QCOMPARE(values.value(u"B"_s), u"2"_s);
    }

    // dotenv's expression lets `\s*` before "=" cross a line break: a lone word followed by a line starting
    // with "=" is an assignment. Facet reads it the same way.
    void equalsOnTheNextLineStillAssigns()
    {
        const auto values = parse(u"WORD\n=value\n"_s);
        QCOMPARE(values.value(u"WORD"_s), u"value"_s);
    }

    void entriesKnowTheirPosition()
    {
        const DotEnvFile file(u"/p/.env"_s, u"# top\n\n  export DATABASE_URL=x\nB=\"multi\nline\"\nC=3\n"_s);
        QCOMPARE(file.find(u"DATABASE_URL")->line, 3);
        QCOMPARE(file.find(u"DATABASE_URL")->column, 10);
        QCOMPARE(file.find(u"C")->line, 6);
        QCOMPARE(file.find(u"C")->column, 1);
    }

    void processEnvironmentWinsOverFiles()
    {
        Environment env(QHash<QString, QString> { { u"DATABASE_URL"_s, u"from-process"_s } });
        ProjectDiagnostics diagnostics;
        env.loadDotEnv(DotEnvFile(u"/p/.env"_s, u"DATABASE_URL=from-file\nOTHER=x"_s), true, diagnostics);
        QCOMPARE(env.value(u"DATABASE_URL")->value, u"from-process"_s);
        QVERIFY(env.value(u"DATABASE_URL")->origin.kind == EnvOrigin::Kind::Process);
        QCOMPARE(env.value(u"OTHER")->value, u"x"_s);
        QCOMPARE(env.value(u"OTHER")->origin.file, u"/p/.env"_s);
        QCOMPARE(env.value(u"OTHER")->origin.line, 2);
        QVERIFY(diagnostics.empty());
    }

    void firstLoadedFileWins()
    {
        Environment env { QHash<QString, QString> {} };
        ProjectDiagnostics diagnostics;
        env.loadDotEnv(DotEnvFile(u"/p/.env"_s, u"A=root"_s), true, diagnostics);
        env.loadDotEnv(DotEnvFile(u"/p/prisma/.env"_s, u"A=schema\nB=schema"_s), true, diagnostics);
        QCOMPARE(env.value(u"A")->value, u"root"_s);
        QCOMPARE(env.value(u"B")->value, u"schema"_s);
        QCOMPARE(env.loadedFiles(), (QStringList { u"/p/.env"_s, u"/p/prisma/.env"_s }));
    }

    void expansion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("braces") << u"HOST=db\nURL=postgresql://${HOST}:5432/x"_s << u"URL"_s
                                << u"postgresql://db:5432/x"_s;
        QTest::newRow("forward reference") << u"URL=${USER_}@${HOST}\nUSER_=me\nHOST=h"_s << u"URL"_s << u"me@h"_s;
        QTest::newRow("from the process") << u"URL=${FROM_PROCESS}/x"_s << u"URL"_s << u"proc/x"_s;
        QTest::newRow("missing is empty") << u"URL=a${NOPE}b"_s << u"URL"_s << u"ab"_s;
        QTest::newRow("no bare dollar names") << u"URL=$HOST/x\nHOST=h"_s << u"URL"_s << u"$HOST/x"_s;
        QTest::newRow("escaped") << u"URL=\\${HOST}\nHOST=h"_s << u"URL"_s << u"${HOST}"_s;
        QTest::newRow("recursive") << u"A=${B}\nB=${C}!\nC=c"_s << u"A"_s << u"c!"_s;
        QTest::newRow("same twice") << u"A=${B}-${B}\nB=b"_s << u"A"_s << u"b-b"_s;
        QTest::newRow("dollars in the value as Node's replace")
            << u"P=pa$$word\nURL=u:${P}@h"_s << u"URL"_s << u"u:pa$word@h"_s;
        QTest::newRow("single quotes expand too") << u"H=h\nU='${H}'"_s << u"U"_s << u"h"_s;
    }
    void expansion()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, value);
        Environment env(QHash<QString, QString> { { u"FROM_PROCESS"_s, u"proc"_s } });
        ProjectDiagnostics diagnostics;
        env.loadDotEnv(DotEnvFile(u".env"_s, text), true, diagnostics);
        QVERIFY(diagnostics.empty());
        QCOMPARE(env.value(key)->value, value);
    }

    void noExpansionWithoutTheFlag()
    {
        Environment env { QHash<QString, QString> {} };
        ProjectDiagnostics diagnostics;
        env.loadDotEnv(DotEnvFile(u".env"_s, u"H=h\nU=${H}"_s), false, diagnostics);
        QCOMPARE(env.value(u"U")->value, u"${H}"_s);
    }

    void expansionCycleIsReportedNotOverflowed()
    {
        Environment env { QHash<QString, QString> {} };
        ProjectDiagnostics diagnostics;
        env.loadDotEnv(DotEnvFile(u"/p/.env"_s, u"OK=1\nA=${B}\nB=${A}"_s), true, diagnostics);
        QCOMPARE(diagnostics.size(), size_t(2));
        QCOMPARE(diagnostics.front().file, u"/p/.env"_s);
        QCOMPARE(diagnostics.front().line, 2);
        QVERIFY(diagnostics.front().message.contains(u"refers to itself"_s));
        QCOMPARE(env.value(u"A")->value, u"${B}"_s); // left as written
        QCOMPARE(env.value(u"OK")->value, u"1"_s);
    }

    void exponentialExpansionIsBounded()
    {
        QString text = u"V0=xxxxxxxxxxxxxxxx\n"_s;
        for (int i = 1; i <= 30; ++i)
            text += u"V"_s + QString::number(i) + u"=${V"_s + QString::number(i - 1) + u"}${V"_s
                + QString::number(i - 1) + u"}\n"_s;
        Environment env { QHash<QString, QString> {} };
        ProjectDiagnostics diagnostics;
        env.loadDotEnv(DotEnvFile(u".env"_s, text), true, diagnostics);
        QVERIFY(!diagnostics.empty());
        QVERIFY(diagnostics.back().message.contains(u"grows without bound"_s));
        QCOMPARE(env.value(u"V2")->value, QString(64, u'x'));
    }

    void masking_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("masked");
        QTest::newRow("postgres") << u"postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public"_s
                                  << u"postgresql://johndoe:****@localhost:5432/mydb?schema=public"_s;
        QTest::newRow("at sign in password")
            << u"mysql://root:p@ss@w0rd@127.0.0.1:3306/app"_s << u"mysql://root:****@127.0.0.1:3306/app"_s;
        QTest::newRow("slash in password") << u"postgres://u:pa/ss@h/db"_s << u"postgres://u:****@h/db"_s;
        QTest::newRow("no password") << u"postgres://user@host/db"_s << u"postgres://user@host/db"_s;
        QTest::newRow("empty password") << u"postgres://user:@host/db"_s << u"postgres://user:@host/db"_s;
        QTest::newRow("no userinfo") << u"postgres://host:5432/db"_s << u"postgres://host:5432/db"_s;
        QTest::newRow("query password") << u"postgres://h/db?user=a&password=secret&sslmode=require"_s
                                        << u"postgres://h/db?user=a&password=****&sslmode=require"_s;
        QTest::newRow("sslpassword") << u"postgres://u:x@h/db?sslpassword=pk12pw"_s
                                     << u"postgres://u:****@h/db?sslpassword=****"_s;
        QTest::newRow("sqlserver") << u"sqlserver://localhost:1433;database=app;user=sa;password=Secret!;encrypt=true"_s
                                   << u"sqlserver://localhost:1433;database=app;user=sa;password=****;encrypt=true"_s;
        QTest::newRow("sqlite") << u"file:./dev.db"_s << u"file:./dev.db"_s;
        QTest::newRow("not a url") << u"DATABASE_URL"_s << u"DATABASE_URL"_s;
        QTest::newRow("prisma postgres") << u"prisma+postgres://accelerate.prisma-data.net/?api_key=abc"_s
                                         << u"prisma+postgres://accelerate.prisma-data.net/?api_key=abc"_s;
    }
    void masking()
    {
        QFETCH(QString, url);
        QFETCH(QString, masked);
        QCOMPARE(maskUrlPassword(url), masked);
    }
};

QTEST_GUILESS_MAIN(TstProjectEnv)
#include "tst_project_env.moc"
