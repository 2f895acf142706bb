// SPDX-License-Identifier: MIT
#pragma once

#include "project/ProjectDiagnostic.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <expected>
#include <optional>
#include <vector>

namespace facet::schema {

// One `KEY=value` of a .env file. The position is the key's (1-based line, UTF-16 column).
struct DotEnvEntry {
    QString key;
    QString value;
    int line = 0;
    int column = 0;
};

// A parsed .env file: dotenv 16's parser (what Prisma ≤ 6 and `import "dotenv/config"` use), run with the
// very regular expression dotenv uses, so odd files read the same:
// - `KEY=value`, `KEY: value`, `export KEY=value`, keys of [A-Za-z0-9_.-];
// - values in '…', "…" or `…` may span lines; in "…" only `\n` and `\r` are escapes;
// - an unquoted value ends at "#" (a comment) and is trimmed; lines that match nothing are skipped;
// - a key defined twice keeps its last value (entries() keeps both, in file order).
class DotEnvFile {
public:
    DotEnvFile() = default;
    DotEnvFile(QString path, QStringView text);

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const std::vector<DotEnvEntry> &entries() const { return m_entries; }
    // The last definition of the key, as dotenv keeps it.
    [[nodiscard]] const DotEnvEntry *find(QStringView key) const;
    // Keys in the order dotenv's result object iterates them (first definition), each once.
    [[nodiscard]] QStringList keys() const;

private:
    QString m_path;
    std::vector<DotEnvEntry> m_entries;
};

// Reads and parses a .env file (UTF-8; invalid sequences are replaced, as Node's readFileSync(…, 'utf8')).
std::expected<DotEnvFile, ProjectDiagnostic> readDotEnvFile(const QString &path);

// Where a variable's value came from.
struct EnvOrigin {
    enum class Kind { Process, DotEnv };
    Kind kind = Kind::Process;
    QString file; // DotEnv: the .env file
    int line = 0; // DotEnv: the key's position
    int column = 0;
};

struct EnvValue {
    QString value;
    EnvOrigin origin;
};

// The variables a Prisma command sees: the process environment plus .env files loaded on top of it the
// way Prisma ≤ 6 loads them (tryLoadEnvs/loadEnv, i.e. dotenv.config followed by Prisma's dotenv-expand):
// - a file never overrides a variable that is already set (the process environment wins over every file,
//   and the first file loaded wins over the second);
// - with `expand`, `${NAME}` in the file's values is replaced (Prisma's dotenvExpand: braces only,
//   `\${NAME}` stays literal, a missing name becomes "", names are looked up in what is already set and
//   then in the file, recursively). Values that refer to themselves or grow without bound are reported
//   and left unexpanded instead of overflowing the stack as Node does.
class Environment {
public:
    Environment() = default;
    explicit Environment(const QHash<QString, QString> &process);
    // The environment of the running process.
    static Environment fromProcess();

    void loadDotEnv(const DotEnvFile &file, bool expand, ProjectDiagnostics &diagnostics);

    [[nodiscard]] std::optional<EnvValue> value(QStringView name) const;
    [[nodiscard]] bool contains(QStringView name) const { return m_values.contains(name.toString()); }
    // The .env files loaded, in order.
    [[nodiscard]] const QStringList &loadedFiles() const { return m_loadedFiles; }

private:
    QHash<QString, EnvValue> m_values;
    QStringList m_loadedFiles;
};

} // namespace facet::schema
