// SPDX-License-Identifier: MIT
#pragma once

#include "project/DotEnv.h"
#include "project/ProjectDiagnostic.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace facet::schema {

// One setting of prisma.config.ts, as far as Facet can tell without running TypeScript. The value is a
// chain `term (?? | ||) term …` whose terms are string literals (quotes or a template without `${…}`),
// `env("X")` (prisma/config's env(), which throws when X is unset), `process.env.X` / `process.env["X"]`
// (undefined when unset); a TypeScript `!` or `as T` after a term is ignored. Anything else is kept as
// Unevaluable with its position, and reported only when Facet needs the value.
struct ConfigTerm {
    enum class Kind { String, PrismaEnv, ProcessEnv };
    Kind kind = Kind::String;
    QString text; // String: the value; *Env: the variable name
    int line = 0;
    int column = 0;
};

struct ConfigSetting {
    enum class Kind { Chain, Unevaluable };
    Kind kind = Kind::Chain;
    std::vector<ConfigTerm> terms; // Chain: at least one
    std::vector<bool> orOperators; // Chain: before terms[i + 1], true for `||` (skips ""), false for `??`
    int line = 0; // where the value starts
    int column = 0;

    [[nodiscard]] bool isEvaluable() const { return kind == Kind::Chain; }
    // A single string literal.
    [[nodiscard]] std::optional<QString> literal() const;
};

// What Facet reads from a Prisma config file (prisma/config `defineConfig({ … })`, `export default { … }`,
// `module.exports = { … }`, or a `const x = { … }` that one of those names).
struct PrismaConfig {
    QString path; // the file
    std::optional<ConfigSetting> schema;
    std::optional<ConfigSetting> migrationsPath;
    std::optional<ConfigSetting> url;
    std::optional<ConfigSetting> directUrl;
    std::optional<ConfigSetting> shadowDatabaseUrl;
    // The file loads .env: `import "dotenv/config"`, `require("dotenv/config")`, dotenv's `config()`
    // (`import { config } from "dotenv"`, `dotenv.config()`), or Node's `process.loadEnvFile()`.
    bool loadsDotEnv = false;
    ProjectDiagnostics diagnostics; // warnings about the file itself (no config object, unterminated strings)

    [[nodiscard]] QString directory() const;
    [[nodiscard]] QString fileName() const;
};

// File names Prisma's loader (c12, name "prisma") tries in a folder, in its order: prisma.config.{js,ts,mjs,
// cjs,mts,cts}, then .config/prisma.{same}.
[[nodiscard]] QStringList prismaConfigCandidates(const QString &directory);
// The first candidate that exists, or an empty string.
[[nodiscard]] QString findPrismaConfig(const QString &directory);

[[nodiscard]] PrismaConfig parsePrismaConfig(const QString &path, QStringView text);
// Reads and parses; an unreadable file gives a PrismaConfig whose diagnostics hold the error.
[[nodiscard]] PrismaConfig readPrismaConfig(const QString &path);

// A setting evaluated the way Node would: `env("X")` of prisma/config fails when X is unset (whatever follows
// it), `process.env.X` is undefined then, `a ?? b` takes b when a is undefined, `a || b` also when a is "".
struct EvaluatedSetting {
    std::optional<QString> value; // nullopt: undefined
    std::optional<ConfigTerm> term; // the term that gave the value
    QString undefinedVariable; // when undefined: the last variable tried
};
// `key` and `hint` word the error for an Unevaluable setting (e.g. "datasource.url", "set DATABASE_URL or
// pass --url").
[[nodiscard]] std::expected<EvaluatedSetting, ProjectDiagnostic> evaluateSetting(const ConfigSetting &setting,
    const Environment &environment, const QString &configPath, QStringView key, QStringView hint);

} // namespace facet::schema
