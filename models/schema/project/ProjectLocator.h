// SPDX-License-Identifier: MIT
#pragma once

#include "project/DotEnv.h"
#include "project/PrismaConfig.h"
#include "project/ProjectDiagnostic.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace facet::schema {

struct ProjectOptions {
    QString directory {}; // the project folder: where `prisma` would run (its cwd); made absolute
    QString schemaArgument {}; // --schema, relative to `directory`; empty when not given
    // The process environment to start from; nullopt = the environment of this process.
    std::optional<QHash<QString, QString>> environment {};
};

// Where the schema was found, and what was tried.
struct SchemaLocation {
    enum class Source { Argument, PrismaConfig, PackageJson, DefaultLocation };
    Source source = Source::DefaultLocation;
    QString path; // absolute path of the schema file or folder
    bool isFolder = false;
    QString packageJson; // PackageJson: the package.json that named it
    QStringList tried; // every place looked at, in order ("prisma/schema.prisma: file not found")
};

// A Prisma project as the CLI sees it before parsing: the schema's place, the config file and the
// environment (process variables plus .env files) that `env(…)` reads.
//
// Schema (Prisma CLI getSchemaWithPath, 6.x; 7.x dropped package.json):
//   1. `--schema` (file or folder, relative to the project folder);
//   2. `schema` of the Prisma config file (relative to the config file's folder);
//   3. `"prisma": { "schema": … }` of the nearest package.json, walking up (relative to that file);
//   4. ./schema.prisma, then ./prisma/schema.prisma; then, a Facet addition, the ./prisma/schema folder
//      (multi-file schemas, the default of Prisma 5.15's prismaSchemaFolder preview).
//   An explicit place (1–3) that does not exist is an error naming it; when nothing is found the error
//   lists every default place tried.
// Config file: prismaConfigCandidates(directory) (prisma.config.{js,ts,mjs,cjs,mts,cts}, .config/prisma.*).
//
// .env files:
//   - With a Prisma config file (Prisma 7, and 6.x once a config exists) the CLI loads no .env itself
//     ("Prisma config detected, skipping environment variable loading"); the config loads one only through
//     dotenv. So Facet loads `<directory>/.env` (dotenv/config's default, the cwd's .env, without `${}`
//     expansion: plain dotenv) when the config imports dotenv (PrismaConfig::loadsDotEnv), and nothing
//     otherwise.
//   - Without one (Prisma ≤ 6: getEnvPaths + tryLoadEnvs): the root .env is the `.env` beside the nearest
//     package.json (walking up, skipping `.prisma/client`'s); the schema .env is the first that exists of
//     `<dir of --schema>/.env`, `<dir of package.json's schema>/.env` (Prisma means to check it; its current
//     code drops the value), `./prisma/.env`, `./.env`. The root one is loaded first, both with `${}`
//     expansion. A key with the same value in both files is the error Prisma raises ("There is a conflict
//     between env vars …"), and the schema .env is then not loaded; a key with different values keeps the
//     root's value (as in Prisma, where dotenv never overrides) and Facet warns that the other is ignored.
//   - The process environment always wins over every file.
struct Project {
    QString directory;
    std::optional<PrismaConfig> config;
    SchemaLocation schema;
    Environment environment;
    QString rootEnvPath; // the .env files Facet loaded (empty: none)
    QString schemaEnvPath;
    ProjectDiagnostics diagnostics; // warnings and errors of the config and .env files

    // A path for display: relative to the project folder when inside it.
    [[nodiscard]] QString displayPath(const QString &path) const;
    [[nodiscard]] QString configName() const; // "prisma.config.ts", or empty
};

// Finds the schema and loads the environment. Fails only when no schema can be found (or an explicit
// one does not exist); problems with .env or config files are reported in Project::diagnostics.
std::expected<Project, ProjectDiagnostics> openProject(const ProjectOptions &options);

} // namespace facet::schema
