// SPDX-License-Identifier: MIT
#pragma once

#include "ParsedSchema.h"
#include "project/DotEnv.h"
#include "project/ProjectDiagnostic.h"
#include "project/ProjectLocator.h"

#include <QString>

#include <expected>
#include <optional>

namespace facet::schema {

struct DatasourceUrlOptions {
    enum class Key { Url, DirectUrl, ShadowDatabaseUrl };
    Key key = Key::Url;
    QString urlArgument {}; // --url (Key::Url only)
    bool environmentOverride = true; // DATABASE_URL of the environment overrides (Key::Url only)
    QString workingDirectory {}; // base of a relative SQLite path given with --url; default: the project folder
};

// A datasource URL and where it came from.
struct DatasourceUrl {
    enum class Source { UrlArgument, EnvironmentOverride, PrismaConfig, Schema };
    Source source = Source::Schema;
    QString url; // ready to use; a relative SQLite `file:` path is made absolute (see below)
    QString written; // the value before that
    QString variable; // the environment variable it was read from, if any
    std::optional<EnvOrigin> origin; // where that variable was set
    QString file; // where the setting is written (schema file or config file); empty for --url/DATABASE_URL
    int line = 0;
    int column = 0;
    std::optional<Span> schemaSpan; // Source::Schema: the `url` expression
    std::optional<QString> sqlitePath; // `file:` URLs: the absolute database path
    QString description; // "from .env next to the schema, DATABASE_URL" (never holds the URL)

    // The URL with its password masked (maskUrlPassword): the only form any display may use.
    [[nodiscard]] QString displayUrl() const;
};

// The URL of the schema's datasource, by this precedence (first that applies):
//   1. `--url` (options.urlArgument);
//   2. DATABASE_URL set in the process environment (not one from a .env file, which only serves `env("…")`):
//      an override Facet adds for the studio, Key::Url only;
//   3. `datasource.url` (`directUrl`, `shadowDatabaseUrl`) of the Prisma config file (Prisma 7);
//   4. `url` (…) of the schema's datasource block: a string literal or `env("X")` (Prisma ≤ 6).
// Environment variables named by `env("X")` are read from Project::environment, where the process
// environment wins over .env files. Errors are Prisma's: "Environment variable not found: X." (P1012) at the
// schema's env() call, prisma/config's "Cannot resolve environment variable: X." at the config's env(),
// and "You must provide a nonempty URL" for "".
//
// SQLite: a relative `file:` path is resolved against
//   - the folder of the schema file that holds the datasource block (Prisma ≤ 6; per file since 5.15 for
//     multi-file schemas, prisma/prisma#24609), for a URL from the schema;
//   - the folder of the config file (Prisma 7 resolves datasource paths relative to the config,
//     prisma/prisma#28514), for a URL from the config file;
//   - options.workingDirectory for --url (as `prisma db execute --url` uses the cwd);
//   - for DATABASE_URL from the environment, the config file's folder when the project has one, else the
//     schema's, i.e. where the project's own URL would resolve.
// `file://…` URIs and absolute paths are kept as they are.
std::expected<DatasourceUrl, ProjectDiagnostics> resolveDatasourceUrl(
    const Project &project, const ParsedSchema &schema, const DatasourceUrlOptions &options = {});

} // namespace facet::schema
