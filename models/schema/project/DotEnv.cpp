// SPDX-License-Identifier: MIT
#include "project/DotEnv.h"

#include "SourceFile.h"
#include "project/ProjectCatalog.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace facet::schema {

namespace {

// JavaScript's \s (WhiteSpace and LineTerminator): PCRE's \s is ASCII-only, so it is spelled out.
#define FACET_JS_SPACE                                                                                                 \
    u"[\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]"

// dotenv 16's LINE expression (lib/main.js), with \s and \w made explicit: PCRE's \w would be Unicode-aware
// under the same option, JavaScript's is ASCII.
const QRegularExpression &lineExpression()
{
    static const QRegularExpression expression(
        u"(?:^|^)" FACET_JS_SPACE u"*(?:export" FACET_JS_SPACE u"+)?([A-Za-z0-9_.-]+)(?:" FACET_JS_SPACE u"*=" FACET_JS_SPACE u"*?|:" FACET_JS_SPACE u"+?)(" FACET_JS_SPACE u"*'(?:\\\\'|[^'])*'|" FACET_JS_SPACE u"*\"(?:\\\\\"|[^\"])*\"|" FACET_JS_SPACE u"*`(?:\\\\`|[^`])*`|[^#\\r\\n]+)?" FACET_JS_SPACE u"*(?:#.*)?(?:$|$)"_s,
        QRegularExpression::MultilineOption);
    return expression;
}
#undef FACET_JS_SPACE

bool isJsSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\t' || u == u'\n' || u == 0x0B || u == u'\f' || u == u'\r' || u == u' ' || u == 0xA0 || u == 0x1680
        || (u >= 0x2000 && u <= 0x200A) || u == 0x2028 || u == 0x2029 || u == 0x202F || u == 0x205F || u == 0x3000
        || u == 0xFEFF;
}

bool isLineTerminator(QChar c)
{
    return c == u'\n' || c == u'\r' || c.unicode() == 0x2028 || c.unicode() == 0x2029;
}

QString jsTrim(QStringView text)
{
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && isJsSpace(text.at(start)))
        ++start;
    while (end > start && isJsSpace(text.at(end - 1)))
        --end;
    return text.mid(start, end - start).toString();
}

// String.prototype.replace(string, string): the first occurrence only, with `$$`, `$&`, "$`" and `$'` in
// the replacement expanded (passwords with "$" in them come out as Node makes them).
QString jsReplaceFirst(const QString &text, const QString &pattern, const QString &replacement)
{
    const qsizetype index = text.indexOf(pattern);
    if (index < 0)
        return text;
    QString substituted;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c != u'$' || i + 1 >= replacement.size()) {
            substituted += c;
            continue;
        }
        const QChar next = replacement.at(i + 1);
        if (next == u'$')
            substituted += u'$';
        else if (next == u'&')
            substituted += pattern;
        else if (next == u'`')
            substituted += text.left(index);
        else if (next == u'\'')
            substituted += text.mid(index + pattern.size());
        else {
            substituted += c;
            continue;
        }
        ++i;
    }
    return text.left(index) + substituted + text.mid(index + pattern.size());
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

// The matches of /(.?\${(?:[a-zA-Z0-9_]+)?})/g, in order.
QStringList expansionMatches(const QString &text)
{
    QStringList matches;
    qsizetype lastEnd = 0;
    qsizetype i = text.indexOf(u"${", lastEnd);
    while (i >= 0) {
        qsizetype end = i + 2;
        while (end < text.size() && isNameChar(text.at(end)))
            ++end;
        if (end < text.size() && text.at(end) == u'}') {
            ++end;
            const qsizetype start = (i - 1 >= lastEnd && !isLineTerminator(text.at(i - 1))) ? i - 1 : i;
            matches.append(text.mid(start, end - start));
            lastEnd = end;
            i = text.indexOf(u"${", lastEnd);
        } else {
            i = text.indexOf(u"${", i + 1);
        }
    }
    return matches;
}

// Node overflows its stack on a cycle and can build huge strings; Facet stops at these bounds instead.
constexpr int maxExpansionDepth = 32;
constexpr qsizetype maxExpandedLength = 64 * 1024;
constexpr int maxSubstitutions = 10000;

struct Expansion {
    const QHash<QString, EnvValue> &values;
    int substitutions = 0;
    enum class Failure { None, Cycle, TooLarge } failure = Failure::None;

    QString interpolate(const QString &value, int depth)
    {
        if (failure != Failure::None)
            return value;
        if (depth > maxExpansionDepth) {
            failure = Failure::Cycle;
            return value;
        }
        QString result = value;
        for (const QString &match : expansionMatches(value)) {
            if (++substitutions > maxSubstitutions || result.size() > maxExpandedLength) {
                failure = Failure::TooLarge;
                return value;
            }
            const bool bare = match.startsWith(u"${"_s);
            const QString prefix = bare ? QString() : match.left(1);
            if (prefix == u"\\"_s) {
                QString literal = match;
                literal.replace(literal.indexOf(u"\\$"_s), 2, u"$"_s);
                result = jsReplaceFirst(result, match, literal);
                continue;
            }
            const QString part = match.mid(prefix.size());
            QString name = part.mid(2, part.size() - 3);
            if (name.isEmpty())
                name = u"undefined"_s; // `${}` looks up the key "undefined" in Node, really
            const auto found = values.constFind(name);
            const QString replacement = interpolate(found == values.cend() ? QString() : found->value, depth + 1);
            if (failure != Failure::None)
                return value;
            result = jsReplaceFirst(result, part, replacement);
        }
        if (result.size() > maxExpandedLength) {
            failure = Failure::TooLarge;
            return value;
        }
        return result;
    }
};

} // namespace

DotEnvFile::DotEnvFile(QString path, QStringView text) : m_path(std::move(path))
{
    // dotenv: `lines.replace(/\r\n?/mg, '\n')`. Line numbers stay those of the file.
    QString normalized = text.toString();
    normalized.replace(u"\r\n"_s, u"\n"_s);
    normalized.replace(u'\r', u'\n');
    const SourceFile positions(m_path, normalized);

    QRegularExpressionMatchIterator it = lineExpression().globalMatch(normalized);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString value = jsTrim(match.capturedView(2));
        const QChar quote = value.isEmpty() ? QChar() : value.at(0);
        // value.replace(/^(['"`])([\s\S]*)\1$/mg, '$2'): the parser only yields a multi-line value when it is
        // quoted whole, so this is "strip matching outer quotes".
        if (value.size() >= 2 && (quote == u'\'' || quote == u'"' || quote == u'`') && value.back() == quote)
            value = value.mid(1, value.size() - 2);
        if (quote == u'"') {
            value.replace(u"\\n"_s, u"\n"_s);
            value.replace(u"\\r"_s, u"\r"_s);
        }
        const SourceFile::Position at = positions.position(static_cast<int>(match.capturedStart(1)));
        m_entries.push_back(DotEnvEntry { match.captured(1), std::move(value), at.line, at.column });
    }
}

const DotEnvEntry *DotEnvFile::find(QStringView key) const
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->key == key)
            return &*it;
    }
    return nullptr;
}

QStringList DotEnvFile::keys() const
{
    QStringList keys;
    QSet<QString> seen;
    for (const DotEnvEntry &entry : m_entries) {
        if (!seen.contains(entry.key)) {
            seen.insert(entry.key);
            keys.append(entry.key);
        }
    }
    return keys;
}

std::expected<DotEnvFile, ProjectDiagnostic> readDotEnvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(catalog::project::envFileUnreadable(path, file.errorString()));
    return DotEnvFile(path, QString::fromUtf8(file.readAll()));
}

Environment::Environment(const QHash<QString, QString> &process)
{
    for (auto it = process.cbegin(); it != process.cend(); ++it)
        m_values.insert(it.key(), EnvValue { it.value(), EnvOrigin {} });
}

Environment Environment::fromProcess()
{
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    QHash<QString, QString> values;
    for (const QString &name : system.keys())
        values.insert(name, system.value(name));
    return Environment(values);
}

void Environment::loadDotEnv(const DotEnvFile &file, bool expand, ProjectDiagnostics &diagnostics)
{
    m_loadedFiles.append(file.path());
    const QStringList keys = file.keys();
    // dotenv.config: set what is not set yet, never override.
    for (const QString &key : keys) {
        if (m_values.contains(key))
            continue;
        const DotEnvEntry *entry = file.find(key);
        m_values.insert(key,
            EnvValue { entry->value, EnvOrigin { EnvOrigin::Kind::DotEnv, file.path(), entry->line, entry->column } });
    }
    if (!expand)
        return;
    // Prisma's dotenvExpand: expand every key of the file against the environment as it stands, then
    // write all results back (also over a process variable of the same name, as Node does).
    QHash<QString, QString> expanded;
    for (const QString &key : keys) {
        Expansion expansion { m_values };
        const QString result = expansion.interpolate(m_values.value(key).value, 0);
        if (expansion.failure != Expansion::Failure::None) {
            const DotEnvEntry *entry = file.find(key);
            const catalog::project::Place where { file.path(), entry->line, entry->column };
            diagnostics.push_back(expansion.failure == Expansion::Failure::Cycle
                    ? catalog::project::envExpansionCycle(key, where)
                    : catalog::project::envExpansionTooLarge(key, where));
            continue;
        }
        expanded.insert(key, result);
    }
    for (auto it = expanded.cbegin(); it != expanded.cend(); ++it)
        m_values[it.key()].value = it.value();
}

std::optional<EnvValue> Environment::value(QStringView name) const
{
    const auto it = m_values.constFind(name.toString());
    if (it == m_values.cend())
        return std::nullopt;
    return *it;
}

} // namespace facet::schema
