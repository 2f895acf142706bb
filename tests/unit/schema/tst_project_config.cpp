// SPDX-License-Identifier: MIT
// prisma.config.ts read without running it: the tokenizer and the settings Facet extracts.
#include "project/ConfigTokenizer.h"
#include "project/PrismaConfig.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::schema;

namespace {

PrismaConfig parse(const QString &text)
{
    return parsePrismaConfig(u"/p/prisma.config.ts"_s, text);
}

QString describe(const std::optional<ConfigSetting> &setting)
{
    if (!setting)
        return u"<absent>"_s;
    if (!setting->isEvaluable())
        return u"<unevaluable "_s + QString::number(setting->line) + u':' + QString::number(setting->column) + u'>';
    QStringList parts;
    for (size_t i = 0; i < setting->terms.size(); ++i) {
        const ConfigTerm &term = setting->terms[i];
        if (i > 0)
            parts.append(setting->orOperators[i - 1] ? u"||"_s : u"??"_s);
        switch (term.kind) {
        case ConfigTerm::Kind::String:
            parts.append(u"\""_s + term.text + u"\""_s);
            break;
        case ConfigTerm::Kind::PrismaEnv:
            parts.append(u"env("_s + term.text + u')');
            break;
        case ConfigTerm::Kind::ProcessEnv:
            parts.append(u"process.env."_s + term.text);
            break;
        }
    }
    return parts.join(u' ');
}

} // namespace

class TstProjectConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokenizer()
    {
        const auto tokens = tokenizeConfig(
            u"// c\n/* b */ a.b('x\\n', \"y\\u0041\\x42\", `t`, `s${ {a: `n${1}`} }`, 1.5) ?? c || d ...e"_s);
        QStringList texts;
        for (const ConfigToken &token : tokens)
            texts.append(token.text);
        QCOMPARE(texts,
            (QStringList { u"a"_s, u"."_s, u"b"_s, u"("_s, u"x\n"_s, u","_s, u"yAB"_s, u","_s, u"t"_s, u","_s,
                QString(), u","_s, u"1.5"_s, u")"_s, u"??"_s, u"c"_s, u"||"_s, u"d"_s, u"..."_s, u"e"_s }));
        QCOMPARE(tokens[0].line, 2);
        QCOMPARE(tokens[0].column, 9);
        QVERIFY(tokens[10].hasSubstitution);
        QVERIFY(!tokens[8].hasSubstitution);
    }

    void tokenizerNeverLoopsOnJunk_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("open string") << u"'abc"_s;
        QTest::newRow("open template") << u"`abc ${ { `"_s;
        QTest::newRow("open comment") << u"/\u002A abc"_s; // spelled so CMake's AutoMoc does not see a comment
        QTest::newRow("lone backslash") << u"\\"_s;
        QTest::newRow("escape at end") << u"'\\"_s;
        QTest::newRow("bad unicode escape") << u"'\\u{110000}' '\\u{' '\\uZZ' '\\x1'"_s;
        QTest::newRow("deep templates") << QString(u"`${"_s).repeated(100000);
        QTest::newRow("deep braces") << QString(100000, u'{');
    }
    void tokenizerNeverLoopsOnJunk()
    {
        QFETCH(QString, text);
        const auto tokens = tokenizeConfig(text);
        Q_UNUSED(tokens);
        const PrismaConfig config = parse(text);
        QVERIFY(!config.url);
    }

    void prismaSevenConfig()
    {
        // The shape `prisma init` writes for Prisma 7.
        const PrismaConfig config = parse(QString(u"import \"dotenv/config\";\n"
                                                  u"import { defineConfig, env } from \"prisma/config\";\n"
                                                  u"\n"
                                                  u"export default defineConfig({\n"
                                                  u"  schema: \"prisma/schema.prisma\",\n"
                                                  u"  migrations: {\n"
                                                  u"    path: \"prisma/migrations\",\n"
                                                  u"    seed: \"tsx prisma/seed.ts\",\n"
                                                  u"  },\n"
                                                  u"  datasource: {\n"
                                                  u"    url: env(\"DATABASE_URL\"),\n"
                                                  u"    shadowDatabaseUrl: env('SHADOW_DATABASE_URL'),\n"
                                                  u"  },\n"
                                                  u"});\n"));
        QCOMPARE(describe(config.schema), u"\"prisma/schema.prisma\""_s);
        QCOMPARE(describe(config.migrationsPath), u"\"prisma/migrations\""_s);
        QCOMPARE(describe(config.url), u"env(DATABASE_URL)"_s);
        QCOMPARE(describe(config.shadowDatabaseUrl), u"env(SHADOW_DATABASE_URL)"_s);
        QCOMPARE(describe(config.directUrl), u"<absent>"_s);
        QCOMPARE(config.url->line, 11);
        QCOMPARE(config.url->column, 10);
        QVERIFY(config.loadsDotEnv);
        QVERIFY(config.diagnostics.empty());
    }

    void peerBenchConfig()
    {
        // ../shared/peer-bench/pg-setup.sh writes this one: a literal URL, no dotenv.
        const PrismaConfig config
            = parse(QString(u"import { defineConfig } from \"prisma/config\";\n"
                            u"export default defineConfig({\n"
                            u"  schema: \"prisma/schema.prisma\",\n"
                            u"  datasource: { url: \"postgresql://bench:bench@127.0.0.1:5432/peerbench\" },\n"
                            u"});\n"));
        QCOMPARE(config.url->literal(), u"postgresql://bench:bench@127.0.0.1:5432/peerbench"_s);
        QVERIFY(!config.loadsDotEnv);
    }

    void urlExpressions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected");
        QTest::newRow("literal") << u"'file:./dev.db'"_s << u"\"file:./dev.db\""_s;
        QTest::newRow("template") << u"`postgresql://localhost/db`"_s << u"\"postgresql://localhost/db\""_s;
        QTest::newRow("process.env") << u"process.env.DATABASE_URL"_s << u"process.env.DATABASE_URL"_s;
        QTest::newRow("process.env non-null") << u"process.env.DATABASE_URL!"_s << u"process.env.DATABASE_URL"_s;
        QTest::newRow("process.env as string")
            << u"process.env.DATABASE_URL as string"_s << u"process.env.DATABASE_URL"_s;
        QTest::newRow("process.env index") << u"process.env[\"DATABASE_URL\"]"_s << u"process.env.DATABASE_URL"_s;
        QTest::newRow("nullish fallback")
            << u"process.env.DATABASE_URL ?? \"file:./dev.db\""_s << u"process.env.DATABASE_URL ?? \"file:./dev.db\""_s;
        QTest::newRow("or fallback") << u"process.env.DATABASE_URL || 'file:./dev.db'"_s
                                     << u"process.env.DATABASE_URL || \"file:./dev.db\""_s;
        QTest::newRow("chain") << u"process.env.A ?? env('B') ?? 'c'"_s << u"process.env.A ?? env(B) ?? \"c\""_s;
        QTest::newRow("template with substitution") << u"`file:${dbPath}`"_s << u"<unevaluable 1:50>"_s;
        QTest::newRow("function call") << u"getUrl()"_s << u"<unevaluable 1:50>"_s;
        QTest::newRow("variable") << u"databaseUrl"_s << u"<unevaluable 1:50>"_s;
        QTest::newRow("concatenation") << u"'file:' + path"_s << u"<unevaluable 1:50>"_s;
        QTest::newRow("dangling operator") << u"process.env.A ??"_s << u"<unevaluable 1:50>"_s;
    }
    void urlExpressions()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        const PrismaConfig config
            = parse(u"export default defineConfig({ datasource: { url: "_s + expression + u" } })"_s);
        QCOMPARE(describe(config.url), expected);
    }

    void directUrlAndComments()
    {
        const PrismaConfig config = parse(QString(u"\n"
                                                  u"// schema: \"commented/out.prisma\",\n"
                                                  u"/* datasource: { url: \"nope\" } */\n"
                                                  u"export default defineConfig({\n"
                                                  u"  'schema': 'db/schema.prisma', // quoted key\n"
                                                  u"  datasource: {\n"
                                                  u"    directUrl: process.env.DIRECT_URL,\n"
                                                  u"    url: process.env.POOLED_URL, // trailing comma next\n"
                                                  u"  },\n"
                                                  u"}) satisfies PrismaConfig;\n"));
        QCOMPARE(describe(config.schema), u"\"db/schema.prisma\""_s);
        QCOMPARE(describe(config.url), u"process.env.POOLED_URL"_s);
        QCOMPARE(describe(config.directUrl), u"process.env.DIRECT_URL"_s);
    }

    void exportShapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("export default object") << u"export default { schema: 'x.prisma' }"_s;
        QTest::newRow("satisfies")
            << u"import type { PrismaConfig } from 'prisma'\nexport default { schema: 'x.prisma' } satisfies PrismaConfig"_s;
        QTest::newRow("module.exports") << u"module.exports = { schema: \"x.prisma\" };"_s;
        QTest::newRow("variable") << u"const config: PrismaConfig = { schema: 'x.prisma' };\nexport default config;"_s;
        QTest::newRow("variable with defineConfig")
            << u"const config = defineConfig({ schema: 'x.prisma' })\nexport default config"_s;
        QTest::newRow("defineConfig of variable")
            << u"const c = { schema: 'x.prisma' }\nexport default defineConfig(c)"_s;
        QTest::newRow("other keys around")
            << u"export default defineConfig({ earlyAccess: true, studio: { adapter: async () => { return {a: 1} } }, views: { path: 'v' }, schema: 'x.prisma', ...rest })"_s;
    }
    void exportShapes()
    {
        QFETCH(QString, text);
        QCOMPARE(describe(parse(text).schema), u"\"x.prisma\""_s);
    }

    void unevaluableSchemaIsKeptWithItsPosition()
    {
        const PrismaConfig config
            = parse(u"import path from 'node:path'\nexport default {\n  schema: path.join('prisma'),\n}"_s);
        QCOMPARE(describe(config.schema), u"<unevaluable 3:11>"_s);
    }

    void shorthandAndNonObjectDatasource()
    {
        const PrismaConfig config
            = parse(u"const schema = 'a'\nexport default defineConfig({ schema, datasource: makeDatasource() })"_s);
        QCOMPARE(describe(config.schema), u"<unevaluable 2:31>"_s);
        QCOMPARE(describe(config.url), u"<unevaluable 2:51>"_s);
    }

    void dotenvDetection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("loads");
        QTest::newRow("import side effect") << u"import 'dotenv/config'"_s << true;
        QTest::newRow("require") << u"require(\"dotenv/config\")"_s << true;
        QTest::newRow("config call") << u"import { config } from 'dotenv'\nconfig()"_s << true;
        QTest::newRow("dotenv.config") << u"import dotenv from 'dotenv'\ndotenv.config()"_s << true;
        QTest::newRow("node loadEnvFile") << u"process.loadEnvFile()"_s << true;
        QTest::newRow("none") << u"import { defineConfig } from 'prisma/config'"_s << false;
        QTest::newRow("mentioned in a comment") << u"// import 'dotenv/config'"_s << false;
        QTest::newRow("dotenv imported, never called") << u"import { parse } from 'dotenv'"_s << false;
    }
    void dotenvDetection()
    {
        QFETCH(QString, text);
        QFETCH(bool, loads);
        QCOMPARE(parse(text).loadsDotEnv, loads);
    }

    void noConfigObjectIsAWarning()
    {
        const PrismaConfig config = parse(u"console.log('hi')"_s);
        QCOMPARE(config.diagnostics.size(), size_t(1));
        QVERIFY(config.diagnostics.front().severity == Severity::Warning);
    }

    void unterminatedStringIsAWarningWithPosition()
    {
        const PrismaConfig config = parse(u"export default {\n  schema: 'open\n}"_s);
        QCOMPARE(config.diagnostics.size(), size_t(1));
        QCOMPARE(config.diagnostics.front().line, 2);
        QCOMPARE(config.diagnostics.front().column, 11);
    }

    void evaluation_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected"); // value, "<undefined>", or "!" + error message
        QTest::newRow("literal") << u"'x'"_s << u"x"_s;
        QTest::newRow("env set") << u"env('SET')"_s << u"set-value"_s;
        QTest::newRow("env unset throws")
            << u"env('UNSET') ?? 'fallback'"_s << u"!Cannot resolve environment variable: UNSET."_s;
        QTest::newRow("process unset") << u"process.env.UNSET"_s << u"<undefined>"_s;
        QTest::newRow("nullish takes empty") << u"process.env.EMPTY ?? 'f'"_s << QString();
        QTest::newRow("or skips empty") << u"process.env.EMPTY || 'f'"_s << u"f"_s;
        QTest::newRow("nullish fallback") << u"process.env.UNSET ?? 'f'"_s << u"f"_s;
        QTest::newRow("unevaluable")
            << u"foo()"_s
            << u"!Facet cannot evaluate this expression for `datasource.url`; set DATABASE_URL or pass --url"_s;
    }
    void evaluation()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        const PrismaConfig config = parse(u"export default { datasource: { url: "_s + expression + u" } }"_s);
        const Environment environment(
            QHash<QString, QString> { { u"SET"_s, u"set-value"_s }, { u"EMPTY"_s, QString() } });
        const auto result = evaluateSetting(
            *config.url, environment, config.path, u"datasource.url", u"set DATABASE_URL or pass --url");
        if (expected.startsWith(u'!')) {
            QVERIFY(!result);
            QCOMPARE(result.error().message, expected.mid(1));
            QCOMPARE(result.error().file, u"/p/prisma.config.ts"_s);
            QCOMPARE(result.error().line, 1);
            QVERIFY(result.error().column > 30);
            return;
        }
        QVERIFY(result);
        QCOMPARE(result->value.value_or(u"<undefined>"_s), expected);
    }

    void candidatesFollowPrismasLoader()
    {
        const QStringList candidates = prismaConfigCandidates(u"/p"_s);
        QCOMPARE(candidates.first(), u"/p/prisma.config.js"_s);
        QVERIFY(candidates.contains(u"/p/prisma.config.ts"_s));
        QVERIFY(candidates.contains(u"/p/prisma.config.mts"_s));
        QVERIFY(candidates.contains(u"/p/prisma.config.cts"_s));
        QVERIFY(candidates.contains(u"/p/.config/prisma.ts"_s));
        QCOMPARE(candidates.size(), 12);
    }
};

QTEST_GUILESS_MAIN(TstProjectConfig)
#include "tst_project_config.moc"
