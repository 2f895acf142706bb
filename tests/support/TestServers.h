// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Where the throwaway PostgreSQL and MariaDB servers of the test run listen. tests/support/test-servers.sh
// starts them as the CTest fixture `servers` and writes servers.env; FACET_TEST_SERVERS names that file
// (facet_add_test(... FIXTURES servers) sets it). A test that needs a server fails, never skips, without one:
//
//     auto pg = facet::test::TestServers::postgres(); QVERIFY2(pg, qPrintable(pg.error()));
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <expected>

namespace facet::test {

struct PgServer {
    QString host; // 127.0.0.1
    int port = 0;
    QString user; // facet: owns `database`, may create more databases, is no superuser
    QString password;
    QString database; // facet_test
    QString socketDir; // for libpq's host= when a test wants the unix socket instead of TCP
    QString url; // postgresql://facet:...@127.0.0.1:PORT/facet_test
    QString superuserUrl; // postgresql://postgres:...@127.0.0.1:PORT/postgres

    // libpq keyword=value string for TCP with password authentication, ready for PQconnectdb().
    QByteArray conninfo() const;
};

struct MySqlServer {
    QString host; // 127.0.0.1
    int port = 0;
    QString user; // facet: ALL on facet_test and on any other facet_% database
    QString password;
    QString database; // facet_test
    QString socket; // unix socket path, for the same user
    QString url; // mysql://facet:...@127.0.0.1:PORT/facet_test
};

// PgBouncer in transaction pooling mode in front of the PostgreSQL above (same user, password and database).
struct PgBouncerServer {
    QString host; // 127.0.0.1
    int port = 0;
    QString url; // postgresql://facet:...@127.0.0.1:PORT/facet_test?pgbouncer=true
};

class TestServers {
public:
    static std::expected<PgServer, QString> postgres();
    static std::expected<MySqlServer, QString> mysql();
    static std::expected<PgBouncerServer, QString> pgbouncer();
    // Any other servers.env key (PG_SUPERUSER_PASSWORD, MYSQL_ROOT_SOCKET, MYSQL_ROOT_PASSWORD, ...).
    static std::expected<QString, QString> value(QStringView key);
};

} // namespace facet::test
