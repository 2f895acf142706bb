// SPDX-License-Identifier: MIT
// Project discovery and the datasource URL, on real folders: where the schema is found, which .env files
// are read, the URL's precedence, SQLite paths, errors with positions, and that no password leaks.
#include "SchemaLoader.h"
#include "project/DatasourceUrl.h"
#include "project/ProjectLocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::schema;

namespace {

const QString sqliteSchema
    = u"datasource db {\n  provider = \"sqlite\"\n  url      = env(\"DATABASE_URL\")\n}\n\nmodel A {\n  id Int @id\n}\n"_s;
const QString prismaSevenSchema = u"datasource db {\n  provider = \"postgresql\"\n}\n\nmodel A {\n  id Int @id\n}\n"_s;

QString corpusDir()
{
    const QString shared = qEnvironmentVariable("FACET_SHARED");
    return (shared.isEmpty() ? qEnvironmentVariable("FACET_SOURCE_DIR") + u"/../shared"_s : shared) + u"/corpus"_s;
}

class Folder {
public:
    Folder() { QVERIFY(m_dir.isValid()); }
    [[nodiscard]] QString path(const QString &relative = {}) const
    {
        return relative.isEmpty() ? QDir(m_dir.path()).canonicalPath()
                                  : QDir(m_dir.path()).canonicalPath() + u'/' + relative;
    }
    void write(const QString &relative, const QString &text) const
    {
        const QString file = path(relative);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
    }
    void copy(const QString &from, const QString &relative) const
    {
        QFile in(from);
        if (!in.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(u"not found: "_s + from));
        write(relative, QString::fromUtf8(in.readAll()));
    }

private:
    QTemporaryDir m_dir;
};

std::expected<Project, ProjectDiagnostics> open(
    const Folder &folder, QHash<QString, QString> environment = {}, const QString &schemaArgument = {})
{
    return openProject(ProjectOptions { folder.path(), schemaArgument, environment });
}

ParsedSchema parse(const Project &project)
{
    const auto sources = loadSchemaPath(project.schema.path);
    if (!sources)
        qFatal("%s", qPrintable(sources.error().message));
    return parseSchema(*sources);
}

std::expected<DatasourceUrl, ProjectDiagnostics> resolve(const Project &project, DatasourceUrlOptions options = {})
{
    return resolveDatasourceUrl(project, parse(project), options);
}

// For QVERIFY2 messages, which Qt evaluates even when the check passes.
template <typename T> QString why(const std::expected<T, ProjectDiagnostics> &result)
{
    return result ? QString() : renderAll(result.error());
}

QString firstMessage(const ProjectDiagnostics &diagnostics)
{
    return diagnostics.empty() ? QString() : diagnostics.front().message;
}

} // namespace

class TstProjectLocator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- Where the schema is found -----------------------------------------------------------------

    void defaultLocationsInPrismasOrder()
    {
        Folder folder;
        folder.write(u"prisma/schema.prisma"_s, sqliteSchema);
        auto project = open(folder);
        QVERIFY(project);
        QCOMPARE(project->schema.path, folder.path(u"prisma/schema.prisma"_s));
        QVERIFY(project->schema.source == SchemaLocation::Source::DefaultLocation);

        folder.write(u"schema.prisma"_s, sqliteSchema); // ./schema.prisma is tried first
        project = open(folder);
        QCOMPARE(project->schema.path, folder.path(u"schema.prisma"_s));
    }

    void schemaFolderIsTheLastDefault()
    {
        Folder folder;
        folder.write(u"prisma/schema/main.prisma"_s, sqliteSchema);
        const auto project = open(folder);
        QVERIFY(project);
        QCOMPARE(project->schema.path, folder.path(u"prisma/schema"_s));
        QVERIFY(project->schema.isFolder);
    }

    void nothingFoundListsEveryPlaceTried()
    {
        Folder folder;
        QDir().mkpath(folder.path(u"schema.prisma"_s)); // a folder where a file is expected
        const auto project = open(folder);
        QVERIFY(!project);
        const QString message = firstMessage(project.error());
        QVERIFY2(message.startsWith(u"Could not find Prisma Schema that is required for this command."_s),
            qPrintable(message));
        QVERIFY(message.contains(u"\nschema.prisma: expected file\n"_s));
        QVERIFY(message.contains(u"\nprisma/schema.prisma: file not found\n"_s));
        QVERIFY(message.contains(u"\nprisma/schema: directory not found\n"_s));
        QVERIFY(message.endsWith(u"See also https://pris.ly/d/prisma-schema-location"_s));
    }

    void schemaArgumentWinsAndMustExist()
    {
        Folder folder;
        folder.write(u"prisma/schema.prisma"_s, sqliteSchema);
        folder.write(u"db/other.prisma"_s, sqliteSchema);
        folder.write(u"prisma.config.ts"_s, u"export default { schema: 'prisma/schema.prisma' }"_s);
        auto project = open(folder, {}, u"db/other.prisma"_s);
        QVERIFY(project);
        QCOMPARE(project->schema.path, folder.path(u"db/other.prisma"_s));
        QVERIFY(project->schema.source == SchemaLocation::Source::Argument);

        project = open(folder, {}, u"db/missing.prisma"_s);
        QVERIFY(!project);
        QCOMPARE(firstMessage(project.error()),
            u"Could not load `--schema` from provided path `db/missing.prisma`: file or directory not found"_s);
    }

    void configSchemaIsRelativeToTheConfig()
    {
        Folder folder;
        folder.write(u"db/schema.prisma"_s, sqliteSchema);
        folder.write(u"prisma/schema.prisma"_s, sqliteSchema);
        folder.write(u".config/prisma.ts"_s, u"export default defineConfig({ schema: '../db/schema.prisma' })"_s);
        const auto project = open(folder);
        QVERIFY(project);
        QCOMPARE(project->schema.path, folder.path(u"db/schema.prisma"_s));
        QVERIFY(project->schema.source == SchemaLocation::Source::PrismaConfig);
        QCOMPARE(project->configName(), u".config/prisma.ts"_s);
    }

    void configSchemaThatDoesNotExist()
    {
        Folder folder;
        folder.write(u"prisma.config.mts"_s, u"export default defineConfig({\n  schema: 'nope.prisma',\n})"_s);
        const auto project = open(folder);
        QVERIFY(!project);
        const ProjectDiagnostic &error = project.error().back();
        QCOMPARE(error.message,
            u"Could not load schema from `nope.prisma` provided by \"prisma.config.mts\": file or directory not found"_s);
        QCOMPARE(error.file, folder.path(u"prisma.config.mts"_s));
        QCOMPARE(error.line, 2);
        QCOMPARE(error.column, 11);
    }

    void configSchemaFromTheEnvironment()
    {
        Folder folder;
        folder.write(u"custom/s.prisma"_s, sqliteSchema);
        folder.write(
            u"prisma.config.ts"_s, u"export default { schema: process.env.PRISMA_SCHEMA ?? 'prisma/schema.prisma' }"_s);
        const auto project = open(folder, { { u"PRISMA_SCHEMA"_s, u"custom/s.prisma"_s } });
        QVERIFY(project);
        QCOMPARE(project->schema.path, folder.path(u"custom/s.prisma"_s));
    }

    void unevaluableConfigSchemaIsAnError()
    {
        Folder folder;
        folder.write(u"prisma/schema.prisma"_s, sqliteSchema);
        folder.write(
            u"prisma.config.ts"_s, u"import path from 'node:path'\nexport default { schema: path.join('prisma') }"_s);
        const auto project = open(folder);
        QVERIFY(!project);
        QCOMPARE(
            firstMessage(project.error()), u"Facet cannot evaluate this expression for `schema`; pass --schema."_s);
        QCOMPARE(project.error().front().line, 2);
        QCOMPARE(project.error().front().column, 26);
        QVERIFY(open(folder, {}, u"prisma/schema.prisma"_s)); // --schema avoids it
    }

    void packageJsonSchema()
    {
        Folder folder;
        folder.write(u"package.json"_s, u"{ \"name\": \"app\", \"prisma\": { \"schema\": \"db/schema.prisma\" } }"_s);
        folder.write(u"db/schema.prisma"_s, sqliteSchema);
        folder.write(u"prisma/schema.prisma"_s, sqliteSchema);
        folder.write(u"db/.env"_s, u"DATABASE_URL=file:./pkg.db"_s);
        const auto project = open(folder);
        QVERIFY(project);
        QCOMPARE(project->schema.path, folder.path(u"db/schema.prisma"_s));
        QVERIFY(project->schema.source == SchemaLocation::Source::PackageJson);
        QCOMPARE(project->schemaEnvPath, folder.path(u"db/.env"_s));

        folder.write(u"package.json"_s, u"{ \"prisma\": { \"schema\": 42 } }"_s);
        QCOMPARE(
            firstMessage(open(folder).error()), u"Provided schema path from `package.json` must be of type string"_s);
    }

    // --- Prisma ≤ 6: .env files and url = env("…") ---------------------------------------------------

    void prismaSixEpicStackStyle()
    {
        Folder folder;
        folder.copy(corpusDir() + u"/epic-stack.prisma"_s, u"prisma/schema.prisma"_s);
        folder.write(u"package.json"_s, u"{ \"name\": \"epic\" }"_s);
        folder.write(u".env"_s, u"# local\nDATABASE_URL=\"file:./data.db?connection_limit=1\"\n"_s);
        const auto project = open(folder);
        QVERIFY(project);
        QCOMPARE(project->rootEnvPath, folder.path(u".env"_s));
        const auto url = resolve(*project);
        QVERIFY2(url, qPrintable(why(url)));
        QVERIFY(url->source == DatasourceUrl::Source::Schema);
        QCOMPARE(url->written, u"file:./data.db?connection_limit=1"_s);
        // SQLite paths are relative to the schema file (Prisma ≤ 6).
        QCOMPARE(url->sqlitePath.value_or(QString()), folder.path(u"prisma/data.db"_s));
        QCOMPARE(url->url, u"file:"_s + folder.path(u"prisma/data.db"_s) + u"?connection_limit=1"_s);
        QCOMPARE(url->description, u"from the project's .env, DATABASE_URL"_s);
        QCOMPARE(url->variable, u"DATABASE_URL"_s);
        QCOMPARE(url->origin->file, folder.path(u".env"_s));
        QCOMPARE(url->origin->line, 2);
        QCOMPARE(url->file, folder.path(u"prisma/schema.prisma"_s));
        QCOMPARE(url->line, 11);
        QCOMPARE(url->column, 14);
    }

    void envNextToTheSchema()
    {
        Folder folder;
        folder.write(u"prisma/schema.prisma"_s, sqliteSchema);
        folder.write(u"prisma/.env"_s, u"DATABASE_URL=\"postgresql://app:s3cret@db.internal:5432/app\""_s);
        const auto project = open(folder); // no package.json: no root .env, prisma/.env is the schema's
        QVERIFY(project);
        QVERIFY(project->rootEnvPath.isEmpty());
        const auto url = resolve(*project);
        QVERIFY(url);
        QCOMPARE(url->description, u"from .env next to the schema, DATABASE_URL"_s);
        QCOMPARE(url->displayUrl(), u"postgresql://app:****@db.internal:5432/app"_s);
        QVERIFY(!url->description.contains(u"s3cret"_s));
    }

    void envNextToASchemaArgument()
    {
        Folder folder;
        folder.write(u"package.json"_s, u"{}"_s);
        folder.write(u"apps/db/schema.prisma"_s, sqliteSchema);
        folder.write(u"apps/db/.env"_s, u"DATABASE_URL=file:dev.db"_s);
        folder.write(u"prisma/.env"_s, u"DATABASE_URL=file:wrong.db"_s);
        const auto project = open(folder, {}, u"apps/db/schema.prisma"_s);
        QVERIFY(project);
        QCOMPARE(project->schemaEnvPath, folder.path(u"apps/db/.env"_s));
        QCOMPARE(resolve(*project)->sqlitePath.value_or(QString()), folder.path(u"apps/db/dev.db"_s));
    }

    void processEnvironmentWinsOverEnvFiles()
    {
        Folder folder;
        folder.write(u"prisma/schema.prisma"_s, sqliteSchema);
        folder.write(u"prisma/.env"_s, u"DATABASE_URL=file:from-file.db"_s);
        const auto project = open(folder, { { u"DATABASE_URL"_s, u"file:/abs/from-process.db"_s } });
        const auto url = resolve(*project, DatasourceUrlOptions { .environmentOverride = false });
        QVERIFY(url);
        QVERIFY(url->source == DatasourceUrl::Source::Schema);
        QCOMPARE(url->url, u"file:/abs/from-process.db"_s);
        QCOMPARE(url->description, u"from the environment, DATABASE_URL"_s);
    }

    void rootEnvWinsAndDifferentValuesAreAWarning()
    {
        Folder folder;
        folder.write(u"package.json"_s, u"{ \"name\": \"app\" }"_s);
        folder.write(u"prisma/schema.prisma"_s, sqliteSchema);
        folder.write(u".env"_s, u"DATABASE_URL=file:root.db\nONLY_ROOT=1"_s);
        folder.write(u"prisma/.env"_s, u"DATABASE_URL=file:schema.db\nONLY_SCHEMA=2"_s);
        const auto project = open(folder);
        QVERIFY(project);
        QCOMPARE(project->diagnostics.size(), size_t(1));
        QVERIFY(project->diagnostics.front().severity == Severity::Warning);
        QVERIFY(project->diagnostics.front().message.contains(u"DATABASE_URL"_s));
        QCOMPARE(project->environment.value(u"DATABASE_URL")->value, u"file:root.db"_s);
        QCOMPARE(project->environment.value(u"ONLY_SCHEMA")->value, u"2"_s);
        QCOMPARE(project->environment.value(u"ONLY_ROOT")->value, u"1"_s);
    }

    void sameValueInBothFilesIsPrismasConflictError()
    {
        Folder folder;
        folder.write(u"package.json"_s, u"{ \"name\": \"app\" }"_s);
        folder.write(u"prisma/schema.prisma"_s, sqliteSchema);
        folder.write(u".env"_s, u"DATABASE_URL=postgresql://u:hunter2@h/db"_s);
        folder.write(u"prisma/.env"_s, u"DATABASE_URL=postgresql://u:hunter2@h/db\nONLY_SCHEMA=2"_s);
        const auto project = open(folder);
        QVERIFY(project);
        QVERIFY(hasErrors(project->diagnostics));
        const QString rendered = renderAll(project->diagnostics);
        QVERIFY2(
            rendered.contains(
                u"There is a conflict between env var in .env and prisma/.env\nConflicting env vars:\n  DATABASE_URL\n"_s),
            qPrintable(rendered));
        QVERIFY(!rendered.contains(u"hunter2"_s));
        QVERIFY(!project->environment.contains(u"ONLY_SCHEMA")); // Prisma stops before loading it
    }

    void expansionAcrossFiles()
    {
        Folder folder;
        folder.write(u"package.json"_s, u"{}"_s);
        folder.write(u"prisma/schema.prisma"_s, sqliteSchema);
        folder.write(u".env"_s, u"DB_HOST=db.example.com\nDB_PASS=p$$w"_s);
        folder.write(
            u"prisma/.env"_s, u"DATABASE_URL=postgresql://app:${DB_PASS}@${DB_HOST}:${DB_PORT}/app\nDB_PORT=6543"_s);
        const auto url = resolve(*open(folder));
        QVERIFY(url);
        QCOMPARE(url->written, u"postgresql://app:p$w@db.example.com:6543/app"_s);
        QCOMPARE(url->displayUrl(), u"postgresql://app:****@db.example.com:6543/app"_s);
    }

    void literalUrlInTheSchema()
    {
        Folder folder;
        folder.write(
            u"schema.prisma"_s, u"datasource db {\n  provider = \"sqlite\"\n  url = \"file:../data/dev.db\"\n}\n"_s);
        const auto url = resolve(*open(folder));
        QVERIFY(url);
        QCOMPARE(url->description, u"from the schema, a literal URL"_s);
        QCOMPARE(
            url->sqlitePath.value_or(QString()), QFileInfo(folder.path() + u"/../data/dev.db"_s).absoluteFilePath());
    }

    void missingVariableIsP1012AtTheEnvCall()
    {
        Folder folder;
        folder.copy(corpusDir() + u"/documenso.prisma"_s, u"prisma/schema.prisma"_s);
        const auto project = open(folder);
        QVERIFY(project);
        auto url = resolve(*project);
        QVERIFY(!url);
        const ProjectDiagnostic &error = url.error().front();
        QCOMPARE(error.message, u"Environment variable not found: NEXT_PRIVATE_DATABASE_URL."_s);
        QCOMPARE(error.file, folder.path(u"prisma/schema.prisma"_s));
        QCOMPARE(error.line, 23);
        QCOMPARE(error.column, 15);
        QVERIFY(error.schemaSpan.has_value());
        QCOMPARE(error.render(),
            u"error: Environment variable not found: NEXT_PRIVATE_DATABASE_URL.\n  -->  "_s
                + folder.path(u"prisma/schema.prisma"_s) + u":23:15\n"_s);
    }

    void directUrlOfDocumenso()
    {
        Folder folder;
        folder.copy(corpusDir() + u"/documenso.prisma"_s, u"prisma/schema.prisma"_s);
        const auto project = open(folder,
            { { u"NEXT_PRIVATE_DATABASE_URL"_s, u"postgresql://pooled"_s },
                { u"NEXT_PRIVATE_DIRECT_DATABASE_URL"_s, u"postgresql://direct"_s } });
        QCOMPARE(resolve(*project)->url, u"postgresql://pooled"_s);
        QCOMPARE(resolve(*project, { .key = DatasourceUrlOptions::Key::DirectUrl })->url, u"postgresql://direct"_s);
        const auto shadow = resolve(*project, { .key = DatasourceUrlOptions::Key::ShadowDatabaseUrl });
        QVERIFY(!shadow);
        QVERIFY(firstMessage(shadow.error()).contains(u"has no `shadowDatabaseUrl`"_s));
    }

    void emptyVariable()
    {
        Folder folder;
        folder.write(u"schema.prisma"_s, sqliteSchema);
        const auto url = resolve(*open(folder, { { u"DATABASE_URL"_s, QString() } }));
        QVERIFY(!url);
        QCOMPARE(firstMessage(url.error()),
            u"Error validating datasource `db`: You must provide a nonempty URL. The environment variable `DATABASE_URL` resolved to an empty string."_s);
    }

    void urlThatIsNeitherLiteralNorEnv()
    {
        Folder folder;
        folder.write(u"schema.prisma"_s, u"datasource db {\n  provider = \"sqlite\"\n  url = secret(\"X\")\n}\n"_s);
        const auto url = resolve(*open(folder));
        QVERIFY(!url);
        QVERIFY(firstMessage(url.error()).contains(u"must be a string literal or the env() function"_s));
        QCOMPARE(url.error().front().line, 3);
    }

    void multiFileSchemaResolvesAgainstTheDatasourceFile()
    {
        Folder folder;
        folder.write(u"prisma/schema/models/a.prisma"_s, u"model A {\n  id Int @id\n}\n"_s);
        folder.write(u"prisma/schema/config/db.prisma"_s,
            u"datasource db {\n  provider = \"sqlite\"\n  url = \"file:./x.db\"\n}\n"_s);
        const auto url = resolve(*open(folder));
        QVERIFY(url);
        QCOMPARE(url->sqlitePath.value_or(QString()), folder.path(u"prisma/schema/config/x.db"_s));
    }

    // --- Prisma 7: prisma.config.ts ----------------------------------------------------------------

    void prismaSevenUmamiStyle()
    {
        Folder folder;
        folder.copy(corpusDir() + u"/umami.prisma"_s, u"prisma/schema.prisma"_s);
        folder.write(u"prisma.config.ts"_s,
            u"import 'dotenv/config'\nimport { defineConfig, env } from 'prisma/config'\n\nexport default "
            u"defineConfig({\n"
            u"  schema: 'prisma/schema.prisma',\n  migrations: { path: 'prisma/migrations' },\n"
            u"  datasource: { url: env('DATABASE_URL') },\n})\n"_s);
        folder.write(u".env"_s, u"DATABASE_URL=\"postgresql://umami:pw@localhost:5432/umami\"\n"_s);
        const auto project = open(folder);
        QVERIFY(project);
        QVERIFY2(project->diagnostics.empty(), qPrintable(renderAll(project->diagnostics)));
        QVERIFY(project->schema.source == SchemaLocation::Source::PrismaConfig);
        const auto url = resolve(*project);
        QVERIFY2(url, qPrintable(why(url)));
        QVERIFY(url->source == DatasourceUrl::Source::PrismaConfig);
        QCOMPARE(url->url, u"postgresql://umami:pw@localhost:5432/umami"_s);
        QCOMPARE(url->displayUrl(), u"postgresql://umami:****@localhost:5432/umami"_s);
        QCOMPARE(url->description, u"from the project's .env, DATABASE_URL"_s);
        QCOMPARE(url->file, folder.path(u"prisma.config.ts"_s));
        QCOMPARE(url->line, 7);
    }

    void prismaSevenLoadsNoEnvWithoutDotenv()
    {
        Folder folder;
        folder.write(u"prisma/schema.prisma"_s, prismaSevenSchema);
        folder.write(u"prisma.config.ts"_s,
            u"import { defineConfig, env } from 'prisma/config'\nexport default defineConfig({\n"
            u"  datasource: { url: env('DATABASE_URL') },\n})\n"_s);
        folder.write(u".env"_s, u"DATABASE_URL=postgresql://never-read\n"_s);
        folder.write(u"prisma/.env"_s, u"DATABASE_URL=postgresql://never-read\n"_s);
        const auto project = open(folder);
        QVERIFY(project);
        QVERIFY(project->rootEnvPath.isEmpty() && project->schemaEnvPath.isEmpty());
        const auto url = resolve(*project);
        QVERIFY(!url);
        QCOMPARE(firstMessage(url.error()), u"Cannot resolve environment variable: DATABASE_URL."_s);
        QCOMPARE(url.error().front().file, folder.path(u"prisma.config.ts"_s));
        QCOMPARE(url.error().front().line, 3);
        QCOMPARE(url.error().front().column, 22);
    }

    void prismaSevenSqliteIsRelativeToTheConfig()
    {
        Folder folder;
        folder.write(u"prisma/schema.prisma"_s, u"datasource db {\n  provider = \"sqlite\"\n}\n"_s);
        folder.write(u"prisma.config.ts"_s,
            u"export default defineConfig({ schema: 'prisma/schema.prisma', "
            u"datasource: { url: process.env.DB_FILE ?? 'file:./dev.db' } })"_s);
        const auto url = resolve(*open(folder));
        QVERIFY(url);
        QCOMPARE(url->sqlitePath.value_or(QString()), folder.path(u"dev.db"_s));
        QCOMPARE(url->description, u"from prisma.config.ts, a literal URL"_s);
    }

    void prismaSevenUnsetProcessEnvWithoutFallback()
    {
        Folder folder;
        folder.write(u"prisma/schema.prisma"_s, prismaSevenSchema);
        folder.write(u"prisma.config.ts"_s, u"export default { datasource: { url: process.env.DATABASE_URL! } }"_s);
        const auto url = resolve(*open(folder));
        QVERIFY(!url);
        QCOMPARE(firstMessage(url.error()), u"Environment variable not found: DATABASE_URL."_s);
        QCOMPARE(url.error().front().column, 37);
    }

    void prismaSevenUnevaluableUrl()
    {
        Folder folder;
        folder.write(u"prisma/schema.prisma"_s, prismaSevenSchema);
        folder.write(u"prisma.config.ts"_s,
            u"const url = build()\nexport default defineConfig({\n  datasource: { url: `${url}?x=1` },\n})"_s);
        const auto project = open(folder);
        auto url = resolve(*project);
        QVERIFY(!url);
        QCOMPARE(firstMessage(url.error()),
            u"Facet cannot evaluate this expression for `datasource.url`; set DATABASE_URL or pass --url"_s);
        QCOMPARE(url.error().front().line, 3);
        QCOMPARE(url.error().front().column, 22);
        url = resolve(*project, { .urlArgument = u"postgresql://x"_s });
        QVERIFY(url);
    }

    void noUrlAnywhere()
    {
        Folder folder;
        folder.write(u"prisma/schema.prisma"_s, prismaSevenSchema);
        folder.write(u"prisma.config.ts"_s, u"export default defineConfig({ schema: 'prisma/schema.prisma' })"_s);
        const auto url = resolve(*open(folder));
        QVERIFY(!url);
        QVERIFY(firstMessage(url.error()).contains(u"set `datasource.url` in the Prisma config file"_s));
    }

    // --- Precedence ---------------------------------------------------------------------------------

    void precedence()
    {
        Folder folder;
        folder.write(u"prisma/schema.prisma"_s, sqliteSchema);
        folder.write(u"prisma.config.ts"_s, u"export default { datasource: { url: 'file:./config.db' } }"_s);
        const QHash<QString, QString> environment { { u"DATABASE_URL"_s, u"file:./env.db"_s } };
        const auto project = open(folder, environment);
        QVERIFY(project);

        auto url = resolve(*project, { .urlArgument = u"file:./arg.db"_s, .workingDirectory = folder.path(u"cwd"_s) });
        QVERIFY(url->source == DatasourceUrl::Source::UrlArgument);
        QCOMPARE(url->sqlitePath.value_or(QString()), folder.path(u"cwd/arg.db"_s));
        QCOMPARE(url->description, u"from --url"_s);

        url = resolve(*project);
        QVERIFY(url->source == DatasourceUrl::Source::EnvironmentOverride);
        QCOMPARE(url->sqlitePath.value_or(QString()), folder.path(u"env.db"_s)); // config folder, the project has one
        QCOMPARE(url->description, u"from the environment, DATABASE_URL"_s);

        url = resolve(*project, { .environmentOverride = false });
        QVERIFY(url->source == DatasourceUrl::Source::PrismaConfig);
        QCOMPARE(url->sqlitePath.value_or(QString()), folder.path(u"config.db"_s));

        QFile::remove(folder.path(u"prisma.config.ts"_s));
        url = resolve(*open(folder, environment), { .environmentOverride = false });
        QVERIFY(url->source == DatasourceUrl::Source::Schema);
        QCOMPARE(url->sqlitePath.value_or(QString()), folder.path(u"prisma/env.db"_s)); // the schema's folder
    }

    void databaseUrlFromAnEnvFileIsNoOverride()
    {
        Folder folder;
        folder.write(
            u"prisma/schema.prisma"_s, u"datasource db {\n  provider = \"postgresql\"\n  url = env(\"APP_DB\")\n}\n"_s);
        folder.write(u"prisma/.env"_s, u"APP_DB=postgresql://app\nDATABASE_URL=postgresql://something-else\n"_s);
        const auto url = resolve(*open(folder));
        QVERIFY(url);
        QCOMPARE(url->url, u"postgresql://app"_s);
    }

    void noDiagnosticOrDescriptionHoldsAPassword()
    {
        Folder folder;
        folder.write(u"prisma/schema.prisma"_s,
            u"datasource db {\n  provider = \"postgresql\"\n  url = \"postgresql://u:topsecret@h/db\"\n}\n"_s);
        const auto project = open(folder);
        const auto url = resolve(*project);
        QVERIFY(url);
        QVERIFY(!url->description.contains(u"topsecret"_s));
        QVERIFY(!url->displayUrl().contains(u"topsecret"_s));
        QVERIFY(url->url.contains(u"topsecret"_s)); // the usable URL keeps it, of course
    }
};

QTEST_GUILESS_MAIN(TstProjectLocator)
#include "tst_project_locator.moc"
