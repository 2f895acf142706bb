// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The forms a parsed URL is turned into: the masked display text, libpq's conninfo and QtSql options.
#include "ConnectionUrl.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

const QString Mask = u"****"_s;

QString encode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// libpq conninfo value: always single-quoted, so spaces, '=' and empty values need no special case;
// inside quotes only backslash and the quote itself are escaped.
QByteArray conninfoValue(const QString &value)
{
    QByteArray out = "'";
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '\'')
            out.append('\\');
        out.append(c);
    }
    return out.append('\'');
}

// One argument of PostgreSQL's `options` startup parameter: arguments are split at whitespace, and a
// backslash makes the next character (a space or a backslash) literal.
QString optionsArgument(const QString &argument)
{
    QString out;
    for (const QChar c : argument) {
        if (c == u'\\' || c.isSpace())
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

} // namespace

QString ConnectionUrl::toDisplayString() const
{
    QString text = m_scheme + u':';
    if (m_provider == UrlProvider::Sqlite) {
        text += m_writtenPath;
    } else {
        text += u"//"_s;
        if (!m_user.isEmpty() || m_hasPassword) {
            text += encode(m_user);
            if (m_hasPassword)
                text += u':' + Mask;
            text += u'@';
        }
        text += m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
        if (m_port > 0)
            text += u':' + QString::number(m_port);
        if (!m_database.isEmpty())
            text += u'/' + encode(m_database);
    }
    QStringList query;
    for (const UrlParameter &p : m_parameters)
        query << encode(p.name) + u'=' + (p.name == u"sslpassword"_s ? Mask : encode(p.value));
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

QByteArray ConnectionUrl::toLibpqConninfo() const
{
    QList<std::pair<const char *, QString>> pairs;
    // A ?host= socket folder wins over the URL's host, as in quaint; an empty host means localhost there too.
    pairs.append({"host", !m_socket.isEmpty() ? m_socket : m_host.isEmpty() ? u"localhost"_s : m_host});
    pairs.append({"port", QString::number(port())});
    pairs.append({"dbname", database()});
    if (!m_user.isEmpty())
        pairs.append({"user", m_user});
    if (m_hasPassword)
        pairs.append({"password", m_password});
    pairs.append({"connect_timeout", QString::number(connectTimeoutSeconds())});
    // Prisma's sslaccept=strict checks the certificate and the host name: libpq's verify-full.
    QString mode = sslMode();
    if (m_sslStrict && mode == u"require"_s)
        mode = u"verify-full"_s;
    pairs.append({"sslmode", mode});
    if (!m_sslCert.isEmpty())
        pairs.append({"sslrootcert", m_sslCert}); // Prisma's sslcert is the CA certificate
    if (!m_channelBinding.isEmpty())
        pairs.append({"channel_binding", m_channelBinding});
    if (!m_applicationName.isEmpty())
        pairs.append({"application_name", m_applicationName});
    // Prisma runs every session with search_path set to the schema (default public). A startup option does
    // that without an extra round trip; behind PgBouncer, which refuses unknown startup options, the session
    // layer must send SET search_path instead.
    QString options = m_options;
    if (!m_pgBouncer) {
        const QString identifier = u'"' + QString(schema()).replace(u'"', u"\"\""_s) + u'"';
        if (!options.isEmpty())
            options += u' ';
        options += u"-c "_s + optionsArgument(u"search_path="_s + identifier);
    }
    if (!options.isEmpty())
        pairs.append({"options", options});
    pairs.append({"client_encoding", u"UTF8"_s});

    QByteArray out;
    for (const auto &[key, value] : pairs) {
        if (!out.isEmpty())
            out.append(' ');
        out.append(key).append('=').append(conninfoValue(value));
    }
    return out;
}

QtSqlOptions ConnectionUrl::toQtSqlOptions() const
{
    QtSqlOptions o;
    QStringList connect;
    if (m_provider == UrlProvider::Sqlite) {
        o.driver = QtSqlDriver::Sqlite;
        o.database = m_database;
        // quaint uses socket_timeout as SQLite's busy timeout.
        if (m_socketTimeout)
            connect << u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(qint64(*m_socketTimeout) * 1000);
    } else {
        o.driver = QtSqlDriver::MySql;
        o.host = m_host.isEmpty() ? u"localhost"_s : m_host;
        o.port = port();
        o.user = m_user;
        o.password = m_password;
        o.database = database();
        o.socket = m_socket;
        if (connectTimeoutSeconds() > 0)
            connect << u"MYSQL_OPT_CONNECT_TIMEOUT="_s + QString::number(connectTimeoutSeconds());
        if (m_socketTimeout && *m_socketTimeout > 0)
            connect << u"MYSQL_OPT_READ_TIMEOUT="_s + QString::number(*m_socketTimeout)
                    << u"MYSQL_OPT_WRITE_TIMEOUT="_s + QString::number(*m_socketTimeout);
        if (!m_sslCert.isEmpty())
            connect << u"SSL_CA="_s + m_sslCert;
    }
    o.connectOptions = connect.join(u';');
    return o;
}

} // namespace facet::db
