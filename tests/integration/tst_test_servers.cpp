// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Proves the test-server harness (tests/support): both servers run, are reachable over TCP and their unix
// sockets, and really check passwords, so every other integration test can rely on them.
#include "TestServers.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

#include <memory>

using namespace Qt::StringLiterals;
using facet::test::MySqlServer;
using facet::test::PgServer;
using facet::test::TestServers;

namespace {

using PgConnection = std::unique_ptr<PGconn, decltype(&PQfinish)>;
using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

PgConnection pgConnect(const QByteArray &conninfo)
{
    return PgConnection(PQconnectdb(conninfo.constData()), &PQfinish);
}

// The single value of a one-row, one-column query; empty on error (the caller compares it).
QString pgScalar(PGconn *conn, const char *sql)
{
    const PgResult result(PQexec(conn, sql), &PQclear);
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1)
        return u"<error: %1>"_s.arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
    if (PQgetisnull(result.get(), 0, 0))
        return u"<null>"_s;
    return QString::fromUtf8(PQgetvalue(result.get(), 0, 0));
}

QString pgError(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

// QSqlDatabase connections must be gone before removeDatabase(); this guard is declared first, so it runs last.
struct ConnectionName {
    QString name;
    ~ConnectionName() { QSqlDatabase::removeDatabase(name); }
};

QSqlDatabase mysqlDatabase(const QString &name, const MySqlServer &server)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QMYSQL"_s, name);
    db.setUserName(server.user);
    db.setPassword(server.password);
    db.setDatabaseName(server.database);
    return db;
}

QString mysqlScalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return u"<error: %1>"_s.arg(query.lastError().text());
    return query.value(0).toString();
}

} // namespace

class TestTestServers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void postgresOverTcpWithPassword();
    void postgresRejectsWrongPassword();
    void postgresOverUnixSocket();
    void postgresUrls();

    void mariadbOverTcp();
    void mariadbOverSocket();
    void mariadbRejectsWrongPassword();
    void mariadbUserMayCreateFacetDatabases();

    void errorsSayWhatIsMissing();

private:
    PgServer m_pg;
    MySqlServer m_my;
};

void TestTestServers::initTestCase()
{
    auto pg = TestServers::postgres();
    QVERIFY2(pg, qPrintable(pg.error()));
    m_pg = *pg;
    auto my = TestServers::mysql();
    QVERIFY2(my, qPrintable(my.error()));
    m_my = *my;
    // A missing driver must fail the run, not silently skip the MariaDB half.
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QMYSQL"_s),
        qPrintable(u"Qt's QMYSQL driver is missing (drivers: %1)"_s.arg(QSqlDatabase::drivers().join(u", "_s))));
}

void TestTestServers::postgresOverTcpWithPassword()
{
    const PgConnection conn = pgConnect(m_pg.conninfo());
    QVERIFY2(PQstatus(conn.get()) == CONNECTION_OK, qPrintable(pgError(conn.get())));
    QVERIFY2(PQconnectionUsedPassword(conn.get()), "the server let the test user in without asking for a password");
    // inet_server_addr() is NULL over a unix socket, so this proves the TCP path.
    QCOMPARE(pgScalar(conn.get(), "SELECT host(inet_server_addr())"), m_pg.host);
    QCOMPARE(pgScalar(conn.get(), "SELECT current_user"), m_pg.user);
    QCOMPARE(pgScalar(conn.get(), "SELECT current_database()"), m_pg.database);
    const QString versionNum = pgScalar(conn.get(), "SELECT current_setting('server_version_num')");
    QVERIFY2(versionNum.toInt() >= 170000, qPrintable(u"server_version_num is %1, need >= 170000"_s.arg(versionNum)));
    QVERIFY(PQserverVersion(conn.get()) >= 170000);
}

void TestTestServers::postgresRejectsWrongPassword()
{
    PgServer wrong = m_pg;
    wrong.password = u"not-the-password"_s;
    const PgConnection conn = pgConnect(wrong.conninfo());
    QCOMPARE(PQstatus(conn.get()), CONNECTION_BAD);
    QVERIFY2(pgError(conn.get()).contains(u"password authentication failed"_s), qPrintable(pgError(conn.get())));
}

void TestTestServers::postgresOverUnixSocket()
{
    PgServer viaSocket = m_pg;
    viaSocket.host = m_pg.socketDir; // libpq treats a host starting with '/' as the socket folder
    const PgConnection conn = pgConnect(viaSocket.conninfo());
    QVERIFY2(PQstatus(conn.get()) == CONNECTION_OK, qPrintable(pgError(conn.get())));
    QCOMPARE(pgScalar(conn.get(), "SELECT inet_server_addr()"), u"<null>"_s);
    QCOMPARE(pgScalar(conn.get(), "SELECT current_user"), m_pg.user);
    QVERIFY(PQserverVersion(conn.get()) >= 170000);
}

void TestTestServers::postgresUrls()
{
    // Connectors receive URLs as Prisma writes them; libpq must accept both as they are.
    const PgConnection user = pgConnect(m_pg.url.toUtf8());
    QVERIFY2(PQstatus(user.get()) == CONNECTION_OK, qPrintable(pgError(user.get())));
    QCOMPARE(pgScalar(user.get(), "SELECT current_database()"), m_pg.database);
    QCOMPARE(pgScalar(user.get(), "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"), u"false"_s);

    const PgConnection super = pgConnect(m_pg.superuserUrl.toUtf8());
    QVERIFY2(PQstatus(super.get()) == CONNECTION_OK, qPrintable(pgError(super.get())));
    QCOMPARE(pgScalar(super.get(), "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"), u"true"_s);
}

void TestTestServers::mariadbOverTcp()
{
    const ConnectionName guard { u"tcp"_s };
    QSqlDatabase db = mysqlDatabase(guard.name, m_my);
    db.setHostName(m_my.host);
    db.setPort(m_my.port);
    db.setConnectOptions(u"MYSQL_OPT_CONNECT_TIMEOUT=10"_s);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    const QString version = mysqlScalar(db, u"SELECT VERSION()"_s);
    QVERIFY2(version.contains(u"MariaDB"_s), qPrintable(version));
    // --skip-name-resolve: a TCP client is known by its address, a socket client as localhost.
    QCOMPARE(mysqlScalar(db, u"SELECT CURRENT_USER()"_s), u"%1@127.0.0.1"_s.arg(m_my.user));
    QCOMPARE(mysqlScalar(db, u"SELECT DATABASE()"_s), m_my.database);
    db.close();
}

void TestTestServers::mariadbOverSocket()
{
    const ConnectionName guard { u"socket"_s };
    QSqlDatabase db = mysqlDatabase(guard.name, m_my);
    // No host name: libmysqlclient then uses UNIX_SOCKET.
    db.setConnectOptions(u"UNIX_SOCKET=%1;MYSQL_OPT_CONNECT_TIMEOUT=10"_s.arg(m_my.socket));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QVERIFY(mysqlScalar(db, u"SELECT VERSION()"_s).contains(u"MariaDB"_s));
    QCOMPARE(mysqlScalar(db, u"SELECT CURRENT_USER()"_s), u"%1@localhost"_s.arg(m_my.user));
    db.close();
}

void TestTestServers::mariadbRejectsWrongPassword()
{
    const ConnectionName guard { u"wrong"_s };
    QSqlDatabase db = mysqlDatabase(guard.name, m_my);
    db.setHostName(m_my.host);
    db.setPort(m_my.port);
    db.setPassword(u"not-the-password"_s);
    QVERIFY2(!db.open(), "MariaDB accepted a wrong password");
    QVERIFY2(db.lastError().text().contains(u"Access denied"_s), qPrintable(db.lastError().text()));
}

void TestTestServers::mariadbUserMayCreateFacetDatabases()
{
    // Later tests create scratch databases named facet_*; the grant must allow it (and nothing broader).
    const ConnectionName guard { u"create"_s };
    QSqlDatabase db = mysqlDatabase(guard.name, m_my);
    db.setHostName(m_my.host);
    db.setPort(m_my.port);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    QVERIFY2(query.exec(u"CREATE DATABASE facet_harness_probe"_s), qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(u"DROP DATABASE facet_harness_probe"_s), qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(u"CREATE DATABASE not_facet_probe"_s));
    db.close();
}

void TestTestServers::errorsSayWhatIsMissing()
{
    const QByteArray saved = qgetenv("FACET_TEST_SERVERS");
    const auto restore = qScopeGuard([&] { qputenv("FACET_TEST_SERVERS", saved); });

    qunsetenv("FACET_TEST_SERVERS");
    auto pg = TestServers::postgres();
    QVERIFY(!pg);
    QVERIFY2(
        pg.error().contains(u"without the 'servers' CTest fixture; run it through ctest"_s), qPrintable(pg.error()));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"servers.env"_s);
    qputenv("FACET_TEST_SERVERS", path.toUtf8());
    auto my = TestServers::mysql();
    QVERIFY(!my);
    QVERIFY2(my.error().contains(path) && my.error().contains(u"does not exist"_s), qPrintable(my.error()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# partial\nPG_HOST=127.0.0.1\nPG_PORT=5\nPG_USER=u\nPG_PASSWORD=p\nPG_DATABASE=d\n");
    file.close();
    pg = TestServers::postgres();
    QVERIFY(!pg);
    QVERIFY2(pg.error().contains(u"PG_SOCKET_DIR, PG_URL, PG_SUPERUSER_URL"_s), qPrintable(pg.error()));

    QVERIFY(file.open(QIODevice::Append));
    file.write("PG_SOCKET_DIR=/s\nPG_URL=postgresql://u:p@127.0.0.1:5/d\nPG_SUPERUSER_URL=x\n");
    file.close();
    pg = TestServers::postgres();
    QVERIFY2(pg, qPrintable(pg.error()));
    QCOMPARE(pg->port, 5);
    QCOMPARE(pg->conninfo(), QByteArray("host=127.0.0.1 port=5 user=u password=p dbname=d connect_timeout=10"));
    pg->password = u"it's a \\ secret"_s;
    QCOMPARE(pg->conninfo(),
        QByteArray(R"(host=127.0.0.1 port=5 user=u password='it\'s a \\ secret' dbname=d connect_timeout=10)"));
}

QTEST_GUILESS_MAIN(TestTestServers)
#include "tst_test_servers.moc"
