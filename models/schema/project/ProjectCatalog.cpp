// SPDX-License-Identifier: MIT
#include "project/ProjectCatalog.h"

using namespace Qt::StringLiterals;

namespace facet::schema::catalog::project {

namespace {

ProjectDiagnostic at(Severity severity, QString message, const Place &where)
{
    return ProjectDiagnostic { severity, std::move(message), where.file, where.line, where.column, std::nullopt };
}

ProjectDiagnostic error(QString message, const Place &where = {})
{
    return at(Severity::Error, std::move(message), where);
}

QString lookupError(bool wrongType)
{
    return wrongType ? u"expected file or directory"_s : u"file or directory not found"_s;
}

} // namespace

ProjectDiagnostic schemaArgumentNotFound(QStringView relativePath, bool wrongType)
{
    return error(
        u"Could not load `--schema` from provided path `"_s + relativePath + u"`: "_s + lookupError(wrongType));
}

ProjectDiagnostic configSchemaNotFound(QStringView path, QStringView configName, bool wrongType, Place where)
{
    return error(u"Could not load schema from `"_s + path + u"` provided by \""_s + configName + u"\": "_s
            + lookupError(wrongType),
        where);
}

ProjectDiagnostic packageJsonSchemaNotFound(QStringView path, QStringView packageJson, bool wrongType)
{
    return error(u"Could not load schema from `"_s + path + u"` provided by \"prisma.schema\" config of `"_s
            + packageJson + u"`: "_s + lookupError(wrongType),
        Place { packageJson.toString() });
}

ProjectDiagnostic packageJsonSchemaNotString(QStringView packageJson)
{
    return error(u"Provided schema path from `"_s + packageJson + u"` must be of type string"_s,
        Place { packageJson.toString() });
}

// Prisma's renderDefaultLookupError, plus Facet's extra default location (the prisma/schema folder).
ProjectDiagnostic schemaNotFound(const QStringList &tried)
{
    QString message = u"Could not find Prisma Schema that is required for this command.\n"
                      u"You can either provide it with `--schema` argument,\n"
                      u"set it in your Prisma Config file (e.g., `prisma.config.ts`),\n"
                      u"set it as `prisma.schema` in your package.json,\n"
                      u"or put it into the default location (`./prisma/schema.prisma`, or `./schema.prisma`.\n"
                      u"Checked following paths:\n"_s;
    for (const QString &line : tried)
        message += u'\n' + line;
    message += u"\n\nSee also https://pris.ly/d/prisma-schema-location"_s;
    return error(message);
}

// Facet: Prisma runs the file; these say why Facet could not read it.
ProjectDiagnostic configUnreadable(QStringView path, QStringView reason)
{
    return error(u"Could not read the Prisma config file: "_s + reason, Place { path.toString() });
}

ProjectDiagnostic configNoDefaultExport(QStringView path)
{
    return at(Severity::Warning,
        u"Facet found no `defineConfig({ … })` or `export default { … }` object in this file and reads no "
        u"setting from it."_s,
        Place { path.toString() });
}

ProjectDiagnostic configCannotEvaluate(QStringView key, QStringView hint, Place where)
{
    return error(u"Facet cannot evaluate this expression for `"_s + key + u"`; "_s + hint, where);
}

ProjectDiagnostic configUnterminated(QStringView what, Place where)
{
    return at(Severity::Warning, u"Unterminated "_s + what + u'.', where);
}

ProjectDiagnostic envFileUnreadable(QStringView path, QStringView reason)
{
    return error(u"Schema Env Error: "_s + reason, Place { path.toString() });
}

// Prisma's checkForConflicts(…, 'error'): it fires when a key has the same value in both files.
ProjectDiagnostic envConflict(QStringView rootEnv, QStringView schemaEnv, const QStringList &keys)
{
    QString message = u"There is a conflict between env var"_s + (keys.size() > 1 ? u"s"_s : QString()) + u" in "_s
        + rootEnv + u" and "_s + schemaEnv + u"\nConflicting env vars:\n"_s;
    for (const QString &key : keys)
        message += u"  "_s + key + u'\n';
    message += u"\nWe suggest to move the contents of "_s + schemaEnv + u" to "_s + rootEnv
        + u" to consolidate your env vars."_s;
    return error(message, Place { schemaEnv.toString() });
}

// Facet: Prisma silently keeps the root value when the values differ; Facet says so.
ProjectDiagnostic envShadowed(QStringView rootEnv, QStringView schemaEnv, const QStringList &keys)
{
    return at(Severity::Warning,
        u"Env var"_s + (keys.size() > 1 ? u"s "_s : u" "_s) + keys.join(u", "_s) + u" in "_s + schemaEnv
            + u" are ignored: the values from "_s + rootEnv + u" are loaded first and win."_s,
        Place { schemaEnv.toString() });
}

// Facet: Prisma's dotenv-expand recurses until the JavaScript stack overflows.
ProjectDiagnostic envExpansionCycle(QStringView key, Place where)
{
    return error(u"The value of "_s + key + u" refers to itself through `${…}`; it is left unexpanded."_s, where);
}

ProjectDiagnostic envExpansionTooLarge(QStringView key, Place where)
{
    return error(
        u"Expanding `${…}` in the value of "_s + key + u" grows without bound; it is left unexpanded."_s, where);
}

ProjectDiagnostic envVarNotFound(QStringView name, Place where)
{
    return error(u"Environment variable not found: "_s + name + u'.', where);
}

ProjectDiagnostic configEnvVarNotFound(QStringView name, Place where)
{
    return error(u"Cannot resolve environment variable: "_s + name + u'.', where);
}

ProjectDiagnostic emptyUrl(QStringView datasource, QStringView envVar, Place where)
{
    QString message = u"Error validating datasource `"_s + datasource + u"`: You must provide a nonempty URL."_s;
    if (!envVar.isEmpty())
        message += u" The environment variable `"_s + envVar + u"` resolved to an empty string."_s;
    return error(message, where);
}

// Facet: Prisma words this per command.
ProjectDiagnostic noDatasource()
{
    return error(u"The schema has no datasource block, so there is no database to connect to."_s);
}

ProjectDiagnostic noUrl(QStringView datasource, QStringView key, bool hasConfig)
{
    if (hasConfig)
        return error(u"The datasource `"_s + datasource + u"` has no `"_s + key + u"`: set `datasource."_s + key
            + u"` in the Prisma config file, set DATABASE_URL or pass --url."_s);
    return error(u"The datasource `"_s + datasource + u"` has no `"_s + key
        + u"`: add it to the schema or a Prisma config file, set DATABASE_URL or pass --url."_s);
}

ProjectDiagnostic urlNotString(QStringView datasource, QStringView key, Place where)
{
    return error(u"Error validating datasource `"_s + datasource + u"`: The `"_s + key
            + u"` property must be a string literal or the env() function."_s,
        where);
}

} // namespace facet::schema::catalog::project
