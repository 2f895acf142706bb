// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "TestServers.h"

#include <QFile>
#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace facet::test {

namespace {

struct ServersFile {
    QString path;
    QHash<QString, QString> values;
};

// servers.env: KEY=VALUE lines, no quoting (the value is everything after the first '='), # comments.
std::expected<ServersFile, QString> readServersFile()
{
    const QString path = qEnvironmentVariable("FACET_TEST_SERVERS");
    if (path.isEmpty()) {
        return std::unexpected(u"FACET_TEST_SERVERS is not set: the test was run without the 'servers' CTest "
                               "fixture; run it through ctest"_s);
    }
    QFile file(path);
    if (!file.exists()) {
        return std::unexpected(u"%1 (named by FACET_TEST_SERVERS) does not exist: the test servers are not "
                               "running; run the test through ctest so test_servers_start runs first"_s.arg(path));
    }
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return std::unexpected(u"cannot read %1 (named by FACET_TEST_SERVERS): %2"_s.arg(path, file.errorString()));
    }
    ServersFile result { path, {} };
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            continue;
        result.values.insert(line.left(eq).trimmed(), line.mid(eq + 1));
    }
    return result;
}

// All of `keys`, or one error naming every missing key, so a stale file is fixed in one go.
std::expected<ServersFile, QString> require(std::initializer_list<QString> keys)
{
    auto file = readServersFile();
    if (!file)
        return file;
    QStringList missing;
    for (const QString &key : keys) {
        if (file->values.value(key).isEmpty())
            missing << key;
    }
    if (!missing.isEmpty()) {
        return std::unexpected(u"%1 has no value for %2; it was written by another version of "
                               "tests/support/test-servers.sh or by hand"_s.arg(file->path, missing.join(u", "_s)));
    }
    return file;
}

std::expected<int, QString> port(const ServersFile &file, const QString &key)
{
    bool ok = false;
    const QString text = file.values.value(key);
    const int port = text.toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return std::unexpected(u"%1: %2=%3 is not a TCP port"_s.arg(file.path, key, text));
    return port;
}

// libpq quoting: single quotes around values that need them, backslash before ' and \.
QByteArray conninfoValue(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    const bool plain = !bytes.isEmpty() && !bytes.contains(' ') && !bytes.contains('\'') && !bytes.contains('\\')
        && !bytes.contains('\t') && !bytes.contains('\n');
    if (plain)
        return bytes;
    bytes.replace("\\", "\\\\").replace("'", "\\'");
    return '\'' + bytes + '\'';
}

} // namespace

QByteArray PgServer::conninfo() const
{
    // connect_timeout: a wedged server fails the test instead of hanging it until the CTest timeout.
    return "host=" + conninfoValue(host) + " port=" + QByteArray::number(port) + " user=" + conninfoValue(user)
        + " password=" + conninfoValue(password) + " dbname=" + conninfoValue(database) + " connect_timeout=10";
}

std::expected<PgServer, QString> TestServers::postgres()
{
    const auto file = require({ u"PG_HOST"_s, u"PG_PORT"_s, u"PG_USER"_s, u"PG_PASSWORD"_s, u"PG_DATABASE"_s,
        u"PG_SOCKET_DIR"_s, u"PG_URL"_s, u"PG_SUPERUSER_URL"_s });
    if (!file)
        return std::unexpected(file.error());
    const auto pgPort = port(*file, u"PG_PORT"_s);
    if (!pgPort)
        return std::unexpected(pgPort.error());
    PgServer server;
    server.host = file->values.value(u"PG_HOST"_s);
    server.port = *pgPort;
    server.user = file->values.value(u"PG_USER"_s);
    server.password = file->values.value(u"PG_PASSWORD"_s);
    server.database = file->values.value(u"PG_DATABASE"_s);
    server.socketDir = file->values.value(u"PG_SOCKET_DIR"_s);
    server.url = file->values.value(u"PG_URL"_s);
    server.superuserUrl = file->values.value(u"PG_SUPERUSER_URL"_s);
    return server;
}

std::expected<MySqlServer, QString> TestServers::mysql()
{
    const auto file = require({ u"MYSQL_HOST"_s, u"MYSQL_PORT"_s, u"MYSQL_USER"_s, u"MYSQL_PASSWORD"_s,
        u"MYSQL_DATABASE"_s, u"MYSQL_SOCKET"_s, u"MYSQL_URL"_s });
    if (!file)
        return std::unexpected(file.error());
    const auto myPort = port(*file, u"MYSQL_PORT"_s);
    if (!myPort)
        return std::unexpected(myPort.error());
    MySqlServer server;
    server.host = file->values.value(u"MYSQL_HOST"_s);
    server.port = *myPort;
    server.user = file->values.value(u"MYSQL_USER"_s);
    server.password = file->values.value(u"MYSQL_PASSWORD"_s);
    server.database = file->values.value(u"MYSQL_DATABASE"_s);
    server.socket = file->values.value(u"MYSQL_SOCKET"_s);
    server.url = file->values.value(u"MYSQL_URL"_s);
    return server;
}

std::expected<PgBouncerServer, QString> TestServers::pgbouncer()
{
    const auto file = require({ u"PGBOUNCER_HOST"_s, u"PGBOUNCER_PORT"_s, u"PGBOUNCER_URL"_s });
    if (!file)
        return std::unexpected(file.error());
    const auto bouncerPort = port(*file, u"PGBOUNCER_PORT"_s);
    if (!bouncerPort)
        return std::unexpected(bouncerPort.error());
    PgBouncerServer server;
    server.host = file->values.value(u"PGBOUNCER_HOST"_s);
    server.port = *bouncerPort;
    server.url = file->values.value(u"PGBOUNCER_URL"_s);
    return server;
}

std::expected<QString, QString> TestServers::value(QStringView key)
{
    const auto file = require({ key.toString() });
    if (!file)
        return std::unexpected(file.error());
    return file->values.value(key.toString());
}

} // namespace facet::test
