// SPDX-License-Identifier: MIT
#include "project/PrismaConfig.h"

#include "project/ConfigTokenizer.h"
#include "project/ProjectCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace facet::schema {

namespace {

using Tokens = std::vector<ConfigToken>;

// Reads the tokens of one file; every index it hands out is checked against the end, so malformed input
// only ends a scan early. Nested objects are only entered for `migrations` and `datasource`, so nothing
// here recurses with the input.
class Extractor {
public:
    Extractor(PrismaConfig &config, const Tokens &tokens)
        : m_config(config), m_tokens(tokens), m_size(static_cast<qsizetype>(tokens.size()))
    { }

    void run()
    {
        m_config.loadsDotEnv = detectDotEnv();
        for (const ConfigToken &token : m_tokens) {
            if ((token.kind == ConfigToken::Kind::String || token.kind == ConfigToken::Kind::Template)
                && !token.terminated)
                m_config.diagnostics.push_back(catalog::project::configUnterminated(
                    token.kind == ConfigToken::Kind::String ? u"string literal" : u"template literal", place(token)));
        }
        const qsizetype object = findConfigObject();
        if (object < 0) {
            m_config.diagnostics.push_back(catalog::project::configNoDefaultExport(m_config.path));
            return;
        }
        readObject(object, Level::Top);
    }

private:
    enum class Level { Top, Migrations, Datasource };

    [[nodiscard]] bool is(qsizetype i, QStringView punctuator) const
    {
        return i >= 0 && i < m_size && m_tokens[size_t(i)].is(punctuator);
    }
    [[nodiscard]] bool isIdentifier(qsizetype i, QStringView name) const
    {
        return i >= 0 && i < m_size && m_tokens[size_t(i)].isIdentifier(name);
    }
    [[nodiscard]] const ConfigToken *at(qsizetype i) const
    {
        return i >= 0 && i < m_size ? &m_tokens[size_t(i)] : nullptr;
    }
    [[nodiscard]] catalog::project::Place place(const ConfigToken &token) const
    {
        return { m_config.path, token.line, token.column };
    }

    [[nodiscard]] bool isModuleName(qsizetype i, QStringView name) const
    {
        const ConfigToken *token = at(i);
        return token && token->kind == ConfigToken::Kind::String && token->text == name;
    }

    [[nodiscard]] bool detectDotEnv() const
    {
        bool importsDotenv = false;
        bool callsConfig = false;
        for (qsizetype i = 0; i < m_size; ++i) {
            if (isModuleName(i, u"dotenv/config") || isModuleName(i, u"dotenv/config.js"))
                return true;
            if (isModuleName(i, u"dotenv")
                && (isIdentifier(i - 1, u"from") || isIdentifier(i - 1, u"import") || is(i - 1, u"(")))
                importsDotenv = true;
            if (isIdentifier(i, u"config") && is(i + 1, u"("))
                callsConfig = true;
            if (isIdentifier(i, u"loadEnvFile") && is(i + 1, u"(") && is(i + 2, u")"))
                return true;
        }
        return importsDotenv && callsConfig;
    }

    // The index of the `{` of the exported config object, or -1.
    [[nodiscard]] qsizetype findConfigObject() const
    {
        for (qsizetype i = 0; i < m_size; ++i) {
            if (isIdentifier(i, u"defineConfig") && is(i + 1, u"("))
                return objectOrVariable(i + 2);
        }
        for (qsizetype i = 0; i < m_size; ++i) {
            if (isIdentifier(i, u"export") && isIdentifier(i + 1, u"default"))
                return objectOrVariable(i + 2);
            if (isIdentifier(i, u"module") && is(i + 1, u".") && isIdentifier(i + 2, u"exports") && is(i + 3, u"="))
                return objectOrVariable(i + 4);
        }
        return -1;
    }

    [[nodiscard]] qsizetype objectOrVariable(qsizetype i) const
    {
        while (is(i, u"("))
            ++i;
        if (is(i, u"{"))
            return i;
        const ConfigToken *name = at(i);
        if (!name || name->kind != ConfigToken::Kind::Identifier)
            return -1;
        // `const config = { … }` (possibly `: PrismaConfig` or `= defineConfig({ … })`).
        for (qsizetype j = 0; j + 1 < m_size; ++j) {
            if (!(isIdentifier(j, u"const") || isIdentifier(j, u"let") || isIdentifier(j, u"var"))
                || !isIdentifier(j + 1, name->text))
                continue;
            qsizetype k = j + 2;
            while (k < m_size && !is(k, u"=") && !is(k, u";") && k < j + 32)
                ++k;
            if (!is(k, u"="))
                continue;
            ++k;
            if (isIdentifier(k, u"defineConfig") && is(k + 1, u"("))
                k += 2;
            while (is(k, u"("))
                ++k;
            return is(k, u"{") ? k : -1;
        }
        return -1;
    }

    // From `from`, the index of the `,` or closing bracket that ends the value at bracket depth 0.
    [[nodiscard]] qsizetype valueEnd(qsizetype from) const
    {
        int depth = 0;
        for (qsizetype i = from; i < m_size; ++i) {
            const ConfigToken &token = m_tokens[size_t(i)];
            if (token.kind != ConfigToken::Kind::Punctuator)
                continue;
            if (token.text == u"(" || token.text == u"[" || token.text == u"{") {
                ++depth;
            } else if (token.text == u")" || token.text == u"]" || token.text == u"}") {
                if (depth == 0)
                    return i;
                --depth;
            } else if (token.text == u"," && depth == 0) {
                return i;
            }
        }
        return m_size;
    }

    void readObject(qsizetype open, Level level)
    {
        qsizetype i = open + 1;
        while (i < m_size && !is(i, u"}")) {
            const ConfigToken &keyToken = m_tokens[size_t(i)];
            if (keyToken.is(u"...") || keyToken.is(u"[")) { // spread or computed key: skip it
                i = valueEnd(i + 1);
            } else if (is(i + 1, u":")) {
                const QString key = keyToken.kind == ConfigToken::Kind::Identifier || keyToken.isStringLike()
                    ? keyToken.text
                    : QString();
                const qsizetype end = valueEnd(i + 2);
                readProperty(level, key, i + 2, end);
                i = end;
            } else if (is(i + 1, u",") || is(i + 1, u"}")) { // shorthand `{ schema }`
                if (keyToken.kind == ConfigToken::Kind::Identifier)
                    readProperty(level, keyToken.text, i, i + 1);
                i = i + 1;
            } else { // a method or something unexpected: skip to the next property
                i = valueEnd(i + 1);
            }
            if (is(i, u","))
                ++i;
            else if (!is(i, u"}"))
                return;
        }
    }

    void readProperty(Level level, const QString &key, qsizetype start, qsizetype end)
    {
        switch (level) {
        case Level::Top:
            if (key == u"schema")
                m_config.schema = evaluate(start, end);
            else if (key == u"migrations" && is(start, u"{"))
                readObject(start, Level::Migrations);
            else if (key == u"migrations")
                m_config.migrationsPath = unevaluable(start);
            else if (key == u"datasource" && is(start, u"{"))
                readObject(start, Level::Datasource);
            else if (key == u"datasource")
                m_config.url = unevaluable(start);
            break;
        case Level::Migrations:
            if (key == u"path")
                m_config.migrationsPath = evaluate(start, end);
            break;
        case Level::Datasource:
            if (key == u"url")
                m_config.url = evaluate(start, end);
            else if (key == u"directUrl")
                m_config.directUrl = evaluate(start, end);
            else if (key == u"shadowDatabaseUrl")
                m_config.shadowDatabaseUrl = evaluate(start, end);
            break;
        }
    }

    [[nodiscard]] ConfigSetting unevaluable(qsizetype start) const
    {
        ConfigSetting setting;
        setting.kind = ConfigSetting::Kind::Unevaluable;
        if (const ConfigToken *token = at(start)) {
            setting.line = token->line;
            setting.column = token->column;
        }
        return setting;
    }

    // One term at i; returns the index after it, or -1.
    [[nodiscard]] qsizetype term(qsizetype i, ConfigTerm &out) const
    {
        const ConfigToken *token = at(i);
        if (!token)
            return -1;
        out.line = token->line;
        out.column = token->column;
        if (token->isStringLike()) {
            out.kind = ConfigTerm::Kind::String;
            out.text = token->text;
            return i + 1;
        }
        if (token->isIdentifier(u"env") && is(i + 1, u"(") && at(i + 2) && at(i + 2)->isStringLike()
            && is(i + 3, u")")) {
            out.kind = ConfigTerm::Kind::PrismaEnv;
            out.text = at(i + 2)->text;
            return i + 4;
        }
        if (token->isIdentifier(u"process") && (is(i + 1, u".") || is(i + 1, u"?.")) && isIdentifier(i + 2, u"env")) {
            out.kind = ConfigTerm::Kind::ProcessEnv;
            if ((is(i + 3, u".") || is(i + 3, u"?.")) && at(i + 4)
                && at(i + 4)->kind == ConfigToken::Kind::Identifier) {
                out.text = at(i + 4)->text;
                return i + 5;
            }
            if (is(i + 3, u"[") && at(i + 4) && at(i + 4)->isStringLike() && is(i + 5, u"]")) {
                out.text = at(i + 4)->text;
                return i + 6;
            }
        }
        return -1;
    }

    [[nodiscard]] ConfigSetting evaluate(qsizetype start, qsizetype end) const
    {
        ConfigSetting setting = unevaluable(start);
        qsizetype i = start;
        while (true) {
            ConfigTerm next;
            i = term(i, next);
            if (i < 0 || i > end)
                return unevaluable(start);
            // TypeScript only: `x!` and `x as string` change nothing at run time.
            while (true) {
                if (is(i, u"!") && i < end) {
                    ++i;
                } else if (isIdentifier(i, u"as") && i + 1 < end) {
                    i += 2;
                } else {
                    break;
                }
            }
            setting.terms.push_back(std::move(next));
            if (i == end) {
                setting.kind = ConfigSetting::Kind::Chain;
                return setting;
            }
            if (!(is(i, u"??") || is(i, u"||")) || i + 1 >= end)
                return unevaluable(start);
            setting.orOperators.push_back(is(i, u"||"));
            ++i;
        }
    }

    PrismaConfig &m_config;
    const Tokens &m_tokens;
    qsizetype m_size;
};

} // namespace

std::optional<QString> ConfigSetting::literal() const
{
    if (kind == Kind::Chain && terms.size() == 1 && terms.front().kind == ConfigTerm::Kind::String)
        return terms.front().text;
    return std::nullopt;
}

QString PrismaConfig::directory() const
{
    return QFileInfo(path).absolutePath();
}

QString PrismaConfig::fileName() const
{
    return QFileInfo(path).fileName();
}

QStringList prismaConfigCandidates(const QString &directory)
{
    static const QStringList extensions { u"js"_s, u"ts"_s, u"mjs"_s, u"cjs"_s, u"mts"_s, u"cts"_s };
    QStringList candidates;
    const QDir dir(directory);
    for (const QString &extension : extensions)
        candidates.append(dir.filePath(u"prisma.config."_s + extension));
    for (const QString &extension : extensions)
        candidates.append(dir.filePath(u".config/prisma."_s + extension));
    return candidates;
}

QString findPrismaConfig(const QString &directory)
{
    for (const QString &candidate : prismaConfigCandidates(directory)) {
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

PrismaConfig parsePrismaConfig(const QString &path, QStringView text)
{
    PrismaConfig config;
    config.path = path;
    const std::vector<ConfigToken> tokens = tokenizeConfig(text);
    Extractor(config, tokens).run();
    return config;
}

std::expected<EvaluatedSetting, ProjectDiagnostic> evaluateSetting(const ConfigSetting &setting,
    const Environment &environment, const QString &configPath, QStringView key, QStringView hint)
{
    if (!setting.isEvaluable())
        return std::unexpected(
            catalog::project::configCannotEvaluate(key, hint, { configPath, setting.line, setting.column }));
    EvaluatedSetting result;
    for (size_t i = 0; i < setting.terms.size(); ++i) {
        const ConfigTerm &term = setting.terms[i];
        std::optional<QString> value;
        if (term.kind == ConfigTerm::Kind::String) {
            value = term.text;
        } else {
            if (const auto found = environment.value(term.text))
                value = found->value;
            else if (term.kind == ConfigTerm::Kind::PrismaEnv)
                return std::unexpected(
                    catalog::project::configEnvVarNotFound(term.text, { configPath, term.line, term.column }));
            else
                result.undefinedVariable = term.text;
        }
        const bool last = i + 1 == setting.terms.size();
        const bool useOr = !last && setting.orOperators[i];
        if (last || (value && (!useOr || !value->isEmpty()))) {
            result.value = value;
            if (value)
                result.term = term;
            return result;
        }
    }
    return result;
}

PrismaConfig readPrismaConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PrismaConfig config;
        config.path = path;
        config.diagnostics.push_back(catalog::project::configUnreadable(path, file.errorString()));
        return config;
    }
    return parsePrismaConfig(path, QString::fromUtf8(file.readAll()));
}

} // namespace facet::schema
