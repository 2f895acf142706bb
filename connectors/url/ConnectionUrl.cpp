// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Parsing of Prisma database URLs. Rules follow the Rust engine's quaint (prisma-facts.md §7), which Prisma 7's
// Migrate still uses; where quaint silently degrades (an unknown sslmode becomes `prefer`), Facet does the same
// and says so in warnings(); where quaint fails (a number that is not a number), Facet fails with P1013.
#include "ConnectionUrl.h"

#include <QDir>
#include <QFileInfo>

#include <limits>

using namespace Qt::StringLiterals;

namespace facet::db {

DbError UrlError::toDbError() const
{
    DbError e;
    e.prismaCode = u"P1013"_s;
    e.message = u"The provided database string is invalid. "_s + message;
    return e;
}

namespace {

std::unexpected<UrlError> fail(QString message, QString part, qsizetype position)
{
    return std::unexpected(UrlError{std::move(message), std::move(part), position});
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// Percent-decodes to UTF-8; std::nullopt on a broken escape or bytes that are not UTF-8. formEncoded also
// turns '+' into a space, as the URL crate's query_pairs does for query strings.
std::optional<QString> percentDecode(QStringView text, bool formEncoded)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int hi = hexValue(text[i + 1]);
            const int lo = hexValue(text[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            bytes.append(char(hi * 16 + lo));
            i += 2;
        } else if (c == u'+' && formEncoded) {
            bytes.append(' ');
        } else {
            bytes.append(QString(c).toUtf8());
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return decoded;
}

QString resolvePath(const QString &path, const QString &baseFolder)
{
    if (QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    const QString base = baseFolder.isEmpty() ? QDir::currentPath() : baseFolder;
    return QDir::cleanPath(QDir(base).absoluteFilePath(path));
}

} // namespace

/// Walks the URL once, left to right, remembering where each part starts so errors can point at it.
class ConnectionUrlParser {
public:
    ConnectionUrlParser(const QString &url, const QString &baseFolder)
        : m_text(url)
        , m_base(baseFolder)
    {
    }

    std::expected<ConnectionUrl, UrlError> run();

private:
    std::expected<void, UrlError> parseSqlite(qsizetype pathStart);
    std::expected<void, UrlError> parseNetwork(qsizetype afterScheme);
    std::expected<void, UrlError> parseAuthority(qsizetype start, qsizetype end);
    std::expected<void, UrlError> parseQuery(qsizetype start, qsizetype end);
    std::expected<void, UrlError> applyParameter(const QString &name, const QString &value, qsizetype position);
    std::expected<int, UrlError> number(const QString &name, const QString &value, qsizetype position, int minimum);
    std::expected<bool, UrlError> boolean(const QString &name, const QString &value, qsizetype position);

    const QString &m_text;
    QString m_base;
    ConnectionUrl m_url;
};

std::expected<ConnectionUrl, UrlError> ConnectionUrlParser::run()
{
    if (m_text.isEmpty())
        return fail(u"the URL is empty"_s, u"url"_s, 0);
    if (m_text.front().isSpace() || m_text.back().isSpace())
        return fail(u"the URL starts or ends with whitespace"_s, u"url"_s, m_text.front().isSpace() ? 0 : m_text.size() - 1);

    const qsizetype colon = m_text.indexOf(u':');
    const QString scheme = colon < 0 ? QString() : m_text.left(colon).toLower();
    const auto validScheme = [&] {
        if (scheme.isEmpty() || !scheme.front().isLetter())
            return false;
        for (const QChar c : scheme)
            if (!(c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.') || c.unicode() > 127)
                return false;
        return true;
    };
    if (colon < 0 || !validScheme())
        return fail(u"the URL has no scheme: start it with postgresql://, mysql:// or file:"_s, u"scheme"_s, 0);
    m_url.m_scheme = scheme;

    if (scheme == u"postgresql"_s || scheme == u"postgres"_s) {
        m_url.m_provider = UrlProvider::PostgreSql;
    } else if (scheme == u"mysql"_s) {
        m_url.m_provider = UrlProvider::MySql;
    } else if (scheme == u"file"_s || scheme == u"sqlite"_s) {
        m_url.m_provider = UrlProvider::Sqlite;
        if (auto r = parseSqlite(colon + 1); !r)
            return std::unexpected(r.error());
        return m_url;
    } else if (scheme == u"mariadb"_s) {
        return fail(u"Prisma connects to MariaDB with mysql:// URLs; write mysql:// instead of mariadb://"_s,
                    u"scheme"_s, 0);
    } else if (scheme == u"prisma+postgres"_s || scheme == u"prisma"_s) {
        return fail(u"'%1://' URLs go through Prisma's hosted service; use the database's direct URL "
                    "(directUrl) instead"_s.arg(scheme), u"scheme"_s, 0);
    } else {
        return fail(u"unsupported scheme '%1': Facet supports postgresql://, postgres://, mysql://, file: and "
                    "sqlite:"_s.arg(scheme), u"scheme"_s, 0);
    }
    if (auto r = parseNetwork(colon + 1); !r)
        return std::unexpected(r.error());
    return m_url;
}

std::expected<void, UrlError> ConnectionUrlParser::parseSqlite(qsizetype pathStart)
{
    const qsizetype query = m_text.indexOf(u'?', pathStart);
    const qsizetype pathEnd = query < 0 ? m_text.size() : query;
    const QString path = m_text.mid(pathStart, pathEnd - pathStart);
    if (path.isEmpty())
        return fail(u"the SQLite URL has no file path (write file:./dev.db)"_s, u"path"_s, pathStart);
    // As in quaint, the path is taken as written (no percent-decoding); `file:///abs` is an absolute path.
    m_url.m_database = resolvePath(path, m_base);
    m_url.m_writtenPath = path;
    if (query >= 0)
        return parseQuery(query + 1, m_text.size());
    return {};
}

std::expected<void, UrlError> ConnectionUrlParser::parseNetwork(qsizetype afterScheme)
{
    if (!QStringView(m_text).mid(afterScheme).startsWith(u"//"))
        return fail(u"expected '//' after '%1:'"_s.arg(m_url.m_scheme), u"scheme"_s, afterScheme);
    const qsizetype authorityStart = afterScheme + 2;
    qsizetype authorityEnd = authorityStart;
    while (authorityEnd < m_text.size() && m_text[authorityEnd] != u'/' && m_text[authorityEnd] != u'?'
           && m_text[authorityEnd] != u'#')
        ++authorityEnd;
    if (auto r = parseAuthority(authorityStart, authorityEnd); !r)
        return r;

    qsizetype pos = authorityEnd;
    const qsizetype fragment = m_text.indexOf(u'#', pos);
    const qsizetype end = fragment < 0 ? m_text.size() : fragment;
    if (fragment >= 0)
        m_url.m_warnings << u"the URL fragment (after '#') is ignored"_s;
    const qsizetype query = m_text.indexOf(u'?', pos);
    const qsizetype pathEnd = (query < 0 || query > end) ? end : query;
    if (pos < pathEnd) { // starts with '/'
        const QStringView name = QStringView(m_text).mid(pos + 1, pathEnd - pos - 1);
        if (name.contains(u'/'))
            return fail(u"the database name may not contain '/' (the path has more than one segment)"_s,
                        u"database"_s, pos + 1);
        const auto decoded = percentDecode(name, false);
        if (!decoded)
            return fail(u"the database name has a broken percent-escape or is not UTF-8"_s, u"database"_s, pos + 1);
        m_url.m_database = *decoded;
    }
    if (query >= 0 && query < end)
        return parseQuery(query + 1, end);
    return {};
}

std::expected<void, UrlError> ConnectionUrlParser::parseAuthority(qsizetype start, qsizetype end)
{
    // The user info ends at the last '@': an unescaped '@' in a password still parses, as in browsers.
    const QStringView authority = QStringView(m_text).mid(start, end - start);
    const qsizetype at = authority.lastIndexOf(u'@');
    qsizetype hostStart = start;
    if (at >= 0) {
        const QStringView userInfo = authority.left(at);
        const qsizetype colon = userInfo.indexOf(u':');
        const auto user = percentDecode(colon < 0 ? userInfo : userInfo.left(colon), false);
        if (!user)
            return fail(u"the user name has a broken percent-escape or is not UTF-8"_s, u"user"_s, start);
        m_url.m_user = *user;
        if (colon >= 0) {
            // Never quote any of it: this is the password.
            const auto password = percentDecode(userInfo.mid(colon + 1), false);
            if (!password)
                return fail(u"the password has a broken percent-escape or is not UTF-8 (percent-encode "
                            "special characters, e.g. %40 for '@')"_s, u"password"_s, start + colon + 1);
            m_url.m_password = *password;
            m_url.m_hasPassword = true;
        }
        hostStart = start + at + 1;
    }

    const QStringView hostPort = QStringView(m_text).mid(hostStart, end - hostStart);
    QStringView host = hostPort;
    qsizetype portOffset = -1;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return fail(u"the IPv6 address has no closing ']'"_s, u"host"_s, hostStart);
        host = hostPort.mid(1, close - 1);
        for (const QChar c : host)
            if (!(hexValue(c) >= 0 || c == u':' || c == u'.'))
                return fail(u"'%1' is not an IPv6 address"_s.arg(host), u"host"_s, hostStart);
        if (host.isEmpty())
            return fail(u"the IPv6 address is empty"_s, u"host"_s, hostStart);
        if (close + 1 < hostPort.size()) {
            if (hostPort[close + 1] != u':')
                return fail(u"unexpected text after the IPv6 address"_s, u"host"_s, hostStart + close + 1);
            portOffset = close + 2;
        }
    } else {
        const qsizetype colon = hostPort.indexOf(u':');
        if (colon >= 0) {
            host = hostPort.left(colon);
            portOffset = colon + 1;
            if (hostPort.mid(portOffset).contains(u':'))
                return fail(u"the host has more than one ':' (write IPv6 addresses in brackets, e.g. [::1])"_s,
                            u"host"_s, hostStart);
        }
        for (qsizetype i = 0; i < host.size(); ++i) {
            const QChar c = host[i];
            if (!(c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'_') || c.unicode() > 127)
                return fail(u"the host contains '%1', which is not allowed in a host name"_s.arg(c), u"host"_s,
                            hostStart + i);
        }
    }
    m_url.m_host = host.toString();

    if (portOffset >= 0) {
        const QStringView port = hostPort.mid(portOffset);
        const qsizetype portPos = hostStart + portOffset;
        if (!port.isEmpty()) { // "host:" means the default port, as in the URL standard
            bool ok = true;
            for (const QChar c : port)
                ok = ok && c >= u'0' && c <= u'9';
            const int value = ok && port.size() <= 5 ? port.toInt() : -1;
            if (value < 1 || value > 65535)
                return fail(u"the port must be a number from 1 to 65535"_s, u"port"_s, portPos);
            m_url.m_port = value;
        }
    }
    return {};
}

std::expected<void, UrlError> ConnectionUrlParser::parseQuery(qsizetype start, qsizetype end)
{
    qsizetype pos = start;
    while (pos <= end) {
        qsizetype amp = m_text.indexOf(u'&', pos);
        if (amp < 0 || amp > end)
            amp = end;
        const QStringView pair = QStringView(m_text).mid(pos, amp - pos);
        if (!pair.isEmpty()) {
            const qsizetype eq = pair.indexOf(u'=');
            const auto name = percentDecode(eq < 0 ? pair : pair.left(eq), true);
            if (!name)
                return fail(u"a parameter name has a broken percent-escape"_s, u"query"_s, pos);
            const auto value = percentDecode(eq < 0 ? QStringView() : pair.mid(eq + 1), true);
            if (!value)
                return fail(u"the value of %1 has a broken percent-escape or is not UTF-8"_s.arg(*name), *name, pos);
            m_url.m_parameters.append({*name, *value});
            if (auto r = applyParameter(*name, *value, eq < 0 ? pos : pos + eq + 1); !r)
                return r;
        }
        pos = amp + 1;
    }
    return {};
}

std::expected<int, UrlError> ConnectionUrlParser::number(const QString &name, const QString &value,
                                                         qsizetype position, int minimum)
{
    bool ok = !value.isEmpty();
    for (const QChar c : value)
        ok = ok && c >= u'0' && c <= u'9';
    const qlonglong n = ok ? value.toLongLong(&ok) : -1;
    if (!ok || n > std::numeric_limits<int>::max())
        return fail(u"%1 must be a whole number, got '%2'"_s.arg(name, value), name, position);
    if (n < minimum)
        return fail(u"%1 must be at least %2, got %3"_s.arg(name).arg(minimum).arg(n), name, position);
    return int(n);
}

std::expected<bool, UrlError> ConnectionUrlParser::boolean(const QString &name, const QString &value,
                                                           qsizetype position)
{
    // Rust's bool::from_str, which quaint uses: exactly "true" or "false".
    if (value == u"true"_s)
        return true;
    if (value == u"false"_s)
        return false;
    return fail(u"%1 must be true or false, got '%2'"_s.arg(name, value), name, position);
}

std::expected<void, UrlError> ConnectionUrlParser::applyParameter(const QString &name, const QString &value,
                                                                  qsizetype position)
{
    const UrlProvider provider = m_url.m_provider;
    const bool pg = provider == UrlProvider::PostgreSql;
    const bool my = provider == UrlProvider::MySql;
    const bool network = pg || my;
    const auto seconds = [&](std::optional<int> &target) -> std::expected<void, UrlError> {
        auto n = number(name, value, position, 0);
        if (!n)
            return std::unexpected(n.error());
        target = *n;
        return {};
    };
    const auto ignored = [&](const QString &why) -> std::expected<void, UrlError> {
        m_url.m_warnings << u"parameter %1 is ignored: %2"_s.arg(name, why);
        return {};
    };
    const QString providerName = pg ? u"PostgreSQL"_s : my ? u"MySQL"_s : u"SQLite"_s;
    const QString notHere = u"Prisma does not use it for %1"_s.arg(providerName);

    if (name == u"connection_limit"_s) {
        auto n = number(name, value, position, 1);
        if (!n)
            return std::unexpected(n.error());
        m_url.m_connectionLimit = *n;
        return {};
    }
    if (name == u"socket_timeout"_s)
        return seconds(m_url.m_socketTimeout);
    if (name == u"max_connection_lifetime"_s)
        return seconds(m_url.m_maxLifetime);
    if (name == u"max_idle_connection_lifetime"_s)
        return seconds(m_url.m_maxIdleLifetime);
    if (name == u"pool_timeout"_s)
        return network ? seconds(m_url.m_poolTimeout) : ignored(notHere);
    if (name == u"connect_timeout"_s)
        return network ? seconds(m_url.m_connectTimeout) : ignored(notHere);
    if (name == u"statement_cache_size"_s)
        return network ? seconds(m_url.m_statementCacheSize) : ignored(notHere);
    if (name == u"sslcert"_s || name == u"sslidentity"_s || name == u"sslpassword"_s || name == u"sslaccept"_s) {
        if (!network)
            return ignored(notHere);
        if (name == u"sslcert"_s)
            m_url.m_sslCert = resolvePath(value, m_base);
        else if (name == u"sslidentity"_s)
            m_url.m_sslIdentity = resolvePath(value, m_base);
        else if (name == u"sslpassword"_s)
            m_url.m_sslPassword = value;
        else if (value == u"strict"_s || value == u"accept_invalid_certs"_s)
            m_url.m_sslStrict = value == u"strict"_s;
        else
            m_url.m_warnings << u"sslaccept '%1' is unknown (strict or accept_invalid_certs); using "
                                "accept_invalid_certs as Prisma does"_s.arg(value);
        return {};
    }
    if (pg) {
        if (name == u"schema"_s) {
            if (value.isEmpty())
                return fail(u"schema must not be empty"_s, name, position);
            m_url.m_schema = value;
            return {};
        }
        if (name == u"host"_s) {
            m_url.m_socket = value;
            return {};
        }
        if (name == u"sslmode"_s) {
            static const QStringList known{u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s,
                                           u"verify-full"_s};
            if (known.contains(value))
                m_url.m_sslMode = value;
            else
                m_url.m_warnings << u"sslmode '%1' is unknown; using prefer as Prisma does"_s.arg(value);
            return {};
        }
        if (name == u"channel_binding"_s) {
            if (value == u"disable"_s || value == u"prefer"_s || value == u"require"_s)
                m_url.m_channelBinding = value;
            else
                m_url.m_warnings << u"channel_binding '%1' is unknown; using prefer"_s.arg(value);
            return {};
        }
        if (name == u"pgbouncer"_s) {
            auto b = boolean(name, value, position);
            if (!b)
                return std::unexpected(b.error());
            m_url.m_pgBouncer = *b;
            return {};
        }
        if (name == u"application_name"_s) {
            m_url.m_applicationName = value;
            return {};
        }
        if (name == u"options"_s) {
            m_url.m_options = value;
            return {};
        }
    }
    if (my) {
        if (name == u"socket"_s) {
            QString path = value;
            if (path.startsWith(u'(') && path.endsWith(u')'))
                path = path.mid(1, path.size() - 2);
            m_url.m_socket = path;
            return {};
        }
        if (name == u"prefer_socket"_s) {
            auto b = boolean(name, value, position);
            if (!b)
                return std::unexpected(b.error());
            m_url.m_preferSocket = *b;
            return {};
        }
    }
    static const QStringList otherProviders{u"schema"_s, u"host"_s, u"sslmode"_s, u"channel_binding"_s,
                                            u"pgbouncer"_s, u"application_name"_s, u"options"_s, u"socket"_s,
                                            u"prefer_socket"_s};
    if (otherProviders.contains(name))
        return ignored(notHere);
    return ignored(u"Prisma does not know it"_s);
}

std::expected<ConnectionUrl, UrlError> ConnectionUrl::parse(const QString &url, const QString &baseFolder)
{
    return ConnectionUrlParser(url, baseFolder).run();
}

int ConnectionUrl::port() const
{
    if (m_port > 0)
        return m_port;
    switch (m_provider) {
    case UrlProvider::PostgreSql: return 5432;
    case UrlProvider::MySql: return 3306;
    case UrlProvider::Sqlite: return 0;
    }
    return 0;
}

QString ConnectionUrl::database() const
{
    if (!m_database.isEmpty())
        return m_database;
    switch (m_provider) {
    case UrlProvider::PostgreSql: return u"postgres"_s;
    case UrlProvider::MySql: return u"mysql"_s;
    case UrlProvider::Sqlite: break;
    }
    return {};
}

int ConnectionUrl::effectiveConnectionLimit() const
{
    return m_connectionLimit.value_or(defaultConnectionLimit());
}

} // namespace facet::db
