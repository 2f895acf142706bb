// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "dialect/Dialect.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

constexpr int SqliteReturning = 3'35'00; // 3.35.0
constexpr int SqliteRowValues = 3'15'00; // 3.15.0

// "17.2" → 170200, "11.4.3-MariaDB-1" → 110403, "3.46.1" → 34601; 0 when there is no leading version.
int parseVersion(const QString &text)
{
    static const QRegularExpression pattern(u"(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return 0;
    return match.captured(1).toInt() * 10000 + match.captured(2).toInt() * 100 + match.captured(3).toInt();
}

} // namespace

DbError invalidQuery(const QString &message)
{
    DbError error;
    error.prismaCode = u"P2009"_s;
    error.message = u"Failed to validate the query: "_s + message;
    return error;
}

Dialect::Dialect(Provider provider)
    : m_provider(provider)
{
}

Dialect Dialect::forServer(Provider provider, const QString &serverVersion)
{
    Dialect dialect(provider);
    dialect.m_version = parseVersion(serverVersion);
    dialect.m_mariaDb = provider == Provider::MySQL && serverVersion.contains(u"mariadb"_s, Qt::CaseInsensitive);
    return dialect;
}

bool Dialect::supportsReturning() const
{
    switch (m_provider) {
    case Provider::PostgreSQL:
        return true;
    case Provider::MySQL:
        return false;
    case Provider::SQLite:
        return m_version == 0 || m_version >= SqliteReturning;
    }
    return false;
}

bool Dialect::supportsRowValues() const
{
    return m_provider != Provider::SQLite || m_version == 0 || m_version >= SqliteRowValues;
}

int Dialect::maxIdentifierLength() const
{
    switch (m_provider) {
    case Provider::PostgreSQL:
        return 63;
    case Provider::MySQL:
        return 64;
    case Provider::SQLite:
        return 0;
    }
    return 0;
}

Result<QString> Dialect::quoteIdentifier(QStringView name) const
{
    if (name.isEmpty())
        return std::unexpected(invalidQuery(u"an identifier is empty"_s));
    if (name.contains(QChar(0)))
        return std::unexpected(invalidQuery(u"the identifier \"%1\" contains a NUL character"_s
                                                .arg(name.toString().replace(QChar(0), u"\\0"_s))));
    // PostgreSQL counts bytes, MySQL characters (code points).
    const qsizetype length = m_provider == Provider::PostgreSQL ? name.toUtf8().size() : name.toUcs4().size();
    if (maxIdentifierLength() > 0 && length > maxIdentifierLength())
        return std::unexpected(invalidQuery(u"the identifier \"%1\" is longer than %2 %3, which %4 would truncate"_s
                                                .arg(name.toString())
                                                .arg(maxIdentifierLength())
                                                .arg(m_provider == Provider::PostgreSQL ? u"bytes"_s : u"characters"_s)
                                                .arg(providerDisplayName())));
    const QChar quote = m_provider == Provider::MySQL ? u'`' : u'"';
    QString quoted;
    quoted.reserve(name.size() + 2);
    quoted += quote;
    for (const QChar c : name) {
        quoted += c;
        if (c == quote)
            quoted += quote;
    }
    quoted += quote;
    return quoted;
}

Result<QString> Dialect::quoteQualified(QStringView schema, QStringView name) const
{
    auto table = quoteIdentifier(name);
    if (!table || schema.isEmpty())
        return table;
    auto prefix = quoteIdentifier(schema);
    if (!prefix)
        return prefix;
    return *prefix + u'.' + *table;
}

QString Dialect::placeholder(int index) const
{
    return m_provider == Provider::PostgreSQL ? u'$' + QString::number(index) : u"?"_s;
}

QString Dialect::nullSafeEqualsOperator() const
{
    switch (m_provider) {
    case Provider::PostgreSQL:
        return u"IS NOT DISTINCT FROM"_s;
    case Provider::MySQL:
        return u"<=>"_s;
    case Provider::SQLite:
        return u"IS"_s;
    }
    return {};
}

QString Dialect::providerDisplayName() const
{
    switch (m_provider) {
    case Provider::PostgreSQL:
        return u"PostgreSQL"_s;
    case Provider::MySQL:
        return m_mariaDb ? u"MariaDB"_s : u"MySQL"_s;
    case Provider::SQLite:
        return u"SQLite"_s;
    }
    return {};
}

} // namespace facet::db
