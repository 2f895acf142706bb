// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Prisma database URLs: what parses, what each part becomes, which part an error names, and that the password
// never shows anywhere but password().
#include "url/ConnectionUrl.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;

class TestConnectionUrl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void postgresUrlParts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("schema");
        QTest::newRow("full") << u"postgresql://facet:secret@db.example.com:6543/app?schema=shop"_s << u"facet"_s
                              << u"secret"_s << u"db.example.com"_s << 6543 << u"app"_s << u"shop"_s;
        QTest::newRow("postgres alias, defaults") << u"postgres://localhost"_s << QString() << QString()
                                                  << u"localhost"_s << 5432 << u"postgres"_s << u"public"_s;
        QTest::newRow("percent-decoded credentials")
            << u"postgresql://j%C3%B6rg%40corp:p%40ss%3Aw%2Frd%20x@h/d"_s << u"jörg@corp"_s << u"p@ss:w/rd x"_s
            << u"h"_s << 5432 << u"d"_s << u"public"_s;
        QTest::newRow("unescaped @ in password: last @ ends user info")
            << u"postgresql://u:p@ss@h:1/d"_s << u"u"_s << u"p@ss"_s << u"h"_s << 1 << u"d"_s << u"public"_s;
        QTest::newRow("IPv6") << u"postgresql://u:pw@[::1]:5433/d"_s << u"u"_s << u"pw"_s << u"::1"_s << 5433 << u"d"_s
                              << u"public"_s;
        QTest::newRow("empty port means default") << u"postgresql://h:/d"_s << QString() << QString() << u"h"_s << 5432
                                                  << u"d"_s << u"public"_s;
        QTest::newRow("percent-encoded database") << u"postgresql://h/my%20db"_s << QString() << QString() << u"h"_s
                                                  << 5432 << u"my db"_s << u"public"_s;
        QTest::newRow("scheme is case-insensitive") << u"PostgreSQL://h/d"_s << QString() << QString() << u"h"_s
                                                    << 5432 << u"d"_s << u"public"_s;
    }
    void postgresUrlParts()
    {
        QFETCH(QString, url);
        const auto parsed = ConnectionUrl::parse(url);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->provider(), UrlProvider::PostgreSql);
        QTEST(parsed->user(), "user");
        QTEST(parsed->password(), "password");
        QTEST(parsed->host(), "host");
        QTEST(parsed->port(), "port");
        QTEST(parsed->database(), "database");
        QTEST(parsed->schema(), "schema");
    }

    void badUrlsNameThePartThatIsWrong_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("part");
        QTest::addColumn<int>("position");
        QTest::newRow("empty") << QString() << u"url"_s << 0;
        QTest::newRow("trailing newline from .env") << u"postgresql://h/d\n"_s << u"url"_s << 16;
        QTest::newRow("no scheme") << u"localhost:5432/db"_s << u"scheme"_s << 0;
        QTest::newRow("bare path") << u"./dev.db"_s << u"scheme"_s << 0;
        QTest::newRow("unsupported scheme") << u"sqlserver://h"_s << u"scheme"_s << 0;
        QTest::newRow("mariadb scheme") << u"mariadb://h/d"_s << u"scheme"_s << 0;
        QTest::newRow("accelerate") << u"prisma+postgres://accelerate.prisma-data.net/?api_key=x"_s << u"scheme"_s << 0;
        QTest::newRow("missing slashes") << u"postgresql:h/d"_s << u"scheme"_s << 11;
        QTest::newRow("port not a number") << u"postgresql://h:54x2/d"_s << u"port"_s << 15;
        QTest::newRow("port too big") << u"mysql://h:65536/d"_s << u"port"_s << 10;
        QTest::newRow("port zero") << u"mysql://h:0/d"_s << u"port"_s << 10;
        QTest::newRow("space in host") << u"postgresql://my host/d"_s << u"host"_s << 15;
        QTest::newRow("unbracketed IPv6") << u"postgresql://::1:5432/d"_s << u"host"_s << 13;
        QTest::newRow("unclosed IPv6") << u"postgresql://[::1/d"_s << u"host"_s << 13;
        QTest::newRow("bad escape in user") << u"postgresql://a%zz:pw@h/d"_s << u"user"_s << 13;
        QTest::newRow("bad escape in password") << u"postgresql://a:pw%4@h/d"_s << u"password"_s << 15;
        QTest::newRow("password not UTF-8") << u"postgresql://a:%FF%FE@h/d"_s << u"password"_s << 15;
        QTest::newRow("database with slash") << u"postgresql://h/a/b"_s << u"database"_s << 15;
        QTest::newRow("connection_limit not a number") << u"postgresql://h/d?connection_limit=ten"_s
                                                       << u"connection_limit"_s << 34;
        QTest::newRow("connection_limit zero") << u"mysql://h/d?connection_limit=0"_s << u"connection_limit"_s << 29;
        QTest::newRow("negative pool_timeout") << u"postgresql://h/d?pool_timeout=-1"_s << u"pool_timeout"_s << 30;
        QTest::newRow("connect_timeout too big") << u"postgresql://h/d?connect_timeout=99999999999"_s
                                                 << u"connect_timeout"_s << 33;
        QTest::newRow("socket_timeout fraction") << u"mysql://h/d?socket_timeout=1.5"_s << u"socket_timeout"_s << 27;
        QTest::newRow("statement_cache_size") << u"postgresql://h/d?statement_cache_size=x"_s
                                              << u"statement_cache_size"_s << 38;
        QTest::newRow("pgbouncer not a bool") << u"postgresql://h/d?pgbouncer=yes"_s << u"pgbouncer"_s << 27;
        QTest::newRow("empty schema") << u"postgresql://h/d?schema="_s << u"schema"_s << 24;
        QTest::newRow("sqlite without path") << u"file:"_s << u"path"_s << 5;
        QTest::newRow("sqlite bad connection_limit") << u"file:./dev.db?connection_limit=-3"_s << u"connection_limit"_s
                                                     << 31;
    }
    void badUrlsNameThePartThatIsWrong()
    {
        QFETCH(QString, url);
        const auto parsed = ConnectionUrl::parse(url);
        QVERIFY(!parsed);
        QTEST(parsed.error().part, "part");
        QTEST(int(parsed.error().position), "position");
        QVERIFY(!parsed.error().message.isEmpty());
        const DbError e = parsed.error().toDbError();
        QCOMPARE(e.prismaCode, u"P1013"_s);
        QVERIFY(e.message.startsWith(u"The provided database string is invalid."_s));
    }

    void errorsNeverContainThePassword()
    {
        const QStringList urls{u"postgresql://u:hunter2@h:99999/d"_s, u"postgresql://u:hunter2%zz@h/d"_s,
                               u"mysql://u:hunter2@h/d?connection_limit=x"_s, u"postgresql://u:hun/ter2@h/d"_s,
                               u"postgresql://u:pw@h/d?sslpassword=hunter2&pool_timeout=z"_s};
        for (const QString &url : urls) {
            const auto parsed = ConnectionUrl::parse(url);
            QVERIFY2(!parsed, qPrintable(url));
            QVERIFY2(!parsed.error().message.contains(u"hunter"_s), qPrintable(parsed.error().message));
            QVERIFY(!parsed.error().toDbError().summary().contains(u"hunter"_s));
        }
    }

    void parametersPrismaHonours()
    {
        const auto url = ConnectionUrl::parse(
            u"postgresql://u:pw@h/d?schema=Shop&connection_limit=7&pool_timeout=0&connect_timeout=12&socket_timeout=30"
            "&max_connection_lifetime=600&max_idle_connection_lifetime=60&sslmode=require&sslaccept=strict"
            "&pgbouncer=true&statement_cache_size=0&application_name=facet+studio&options=-c%20jit%3Doff"
            "&channel_binding=require&host=%2Fvar%2Frun%2Fpostgresql"_s);
        QVERIFY(url);
        QCOMPARE(url->schema(), u"Shop"_s);
        QCOMPARE(url->connectionLimit(), 7);
        QCOMPARE(url->effectiveConnectionLimit(), 7);
        QCOMPARE(url->poolTimeoutSeconds(), 0);
        QCOMPARE(url->connectTimeoutSeconds(), 12);
        QCOMPARE(url->socketTimeoutSeconds(), 30);
        QCOMPARE(url->maxConnectionLifetimeSeconds(), 600);
        QCOMPARE(url->maxIdleConnectionLifetimeSeconds(), 60);
        QCOMPARE(url->sslMode(), u"require"_s);
        QVERIFY(url->sslStrict());
        QVERIFY(url->pgBouncer());
        QCOMPARE(url->statementCacheSize(), 0);
        QCOMPARE(url->applicationName(), u"facet studio"_s);
        QCOMPARE(url->options(), u"-c jit=off"_s);
        QCOMPARE(url->channelBinding(), u"require"_s);
        QCOMPARE(url->socketPath(), u"/var/run/postgresql"_s);
        QVERIFY(url->warnings().isEmpty());
    }

    void defaultsAreThoseOfPrisma()
    {
        const auto url = ConnectionUrl::parse(u"postgresql://h/d"_s);
        QVERIFY(url);
        QCOMPARE(url->poolTimeoutSeconds(), 10);
        QCOMPARE(url->connectTimeoutSeconds(), 5);
        QCOMPARE(url->socketTimeoutSeconds(), std::nullopt);
        QCOMPARE(url->maxIdleConnectionLifetimeSeconds(), 300);
        QCOMPARE(url->statementCacheSize(), 100);
        QCOMPARE(url->sslMode(), u"prefer"_s);
        QVERIFY(!url->sslStrict());
        QCOMPARE(url->connectionLimit(), std::nullopt);
        QCOMPARE(url->effectiveConnectionLimit(), defaultConnectionLimit());
        QVERIFY(defaultConnectionLimit() >= 3);
        QCOMPARE(defaultConnectionLimit() % 2, 1);
    }

    void unknownParametersWarnButParse()
    {
        const auto url = ConnectionUrl::parse(u"mysql://h/d?schema=x&sslmode=require&foo=bar&sslaccept=maybe"_s);
        QVERIFY(url);
        QCOMPARE(url->warnings().size(), 4);
        QVERIFY(url->warnings().at(0).contains(u"schema"_s));
        QVERIFY(url->warnings().at(2).contains(u"foo"_s));
        QVERIFY(url->warnings().at(3).contains(u"sslaccept"_s));
        QCOMPARE(url->parameters().size(), 4);

        const auto pg = ConnectionUrl::parse(u"postgresql://h/d?sslmode=bogus"_s);
        QVERIFY(pg);
        QCOMPARE(pg->sslMode(), u"prefer"_s); // quaint falls back to prefer
        QCOMPARE(pg->warnings().size(), 1);
    }

    void mysqlSocketAndDefaults()
    {
        const auto url = ConnectionUrl::parse(u"mysql://root:pw@localhost/shop?socket=(/tmp/mysql.sock)&prefer_socket=true"_s);
        QVERIFY(url);
        QCOMPARE(url->provider(), UrlProvider::MySql);
        QCOMPARE(url->port(), 3306);
        QVERIFY(!url->hasExplicitPort());
        QCOMPARE(url->socketPath(), u"/tmp/mysql.sock"_s);
        QVERIFY(url->preferSocket());
        QCOMPARE(ConnectionUrl::parse(u"mysql://h"_s)->database(), u"mysql"_s);

        const QtSqlOptions o = ConnectionUrl::parse(u"mysql://u:p%40w@db:3307/shop?connect_timeout=9&socket_timeout=4"
                                                    "&sslcert=certs/ca.pem"_s, u"/proj/prisma"_s)->toQtSqlOptions();
        QCOMPARE(o.driver, QtSqlDriver::MySql);
        QCOMPARE(o.host, u"db"_s);
        QCOMPARE(o.port, 3307);
        QCOMPARE(o.user, u"u"_s);
        QCOMPARE(o.password, u"p@w"_s);
        QCOMPARE(o.database, u"shop"_s);
        QCOMPARE(o.connectOptions, u"MYSQL_OPT_CONNECT_TIMEOUT=9;MYSQL_OPT_READ_TIMEOUT=4;MYSQL_OPT_WRITE_TIMEOUT=4;"
                                   "SSL_CA=/proj/prisma/certs/ca.pem"_s);
    }

    void sqlitePathsResolveAgainstTheSchemaFolder_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("path");
        QTest::newRow("relative") << u"file:./dev.db"_s << u"/proj/prisma/dev.db"_s;
        QTest::newRow("relative without dot") << u"file:dev.db"_s << u"/proj/prisma/dev.db"_s;
        QTest::newRow("parent") << u"file:../data/app.db?connection_limit=1"_s << u"/proj/data/app.db"_s;
        QTest::newRow("absolute") << u"file:/var/lib/app.db"_s << u"/var/lib/app.db"_s;
        QTest::newRow("file:///") << u"file:///var/lib/app.db"_s << u"/var/lib/app.db"_s;
        QTest::newRow("sqlite scheme") << u"sqlite:./x.db"_s << u"/proj/prisma/x.db"_s;
    }
    void sqlitePathsResolveAgainstTheSchemaFolder()
    {
        QFETCH(QString, url);
        const auto parsed = ConnectionUrl::parse(url, u"/proj/prisma"_s);
        QVERIFY(parsed);
        QCOMPARE(parsed->provider(), UrlProvider::Sqlite);
        QTEST(parsed->database(), "path");
        QTEST(parsed->toQtSqlOptions().database, "path");
        QCOMPARE(parsed->toQtSqlOptions().driver, QtSqlDriver::Sqlite);
    }

    void sqliteSocketTimeoutIsTheBusyTimeout()
    {
        const auto url = ConnectionUrl::parse(u"file:dev.db?socket_timeout=3&connection_limit=1"_s, u"/p"_s);
        QVERIFY(url);
        QCOMPARE(url->toQtSqlOptions().connectOptions, u"QSQLITE_BUSY_TIMEOUT=3000"_s);
        QCOMPARE(url->connectionLimit(), 1);
        QVERIFY(url->warnings().isEmpty());
    }

    void displayFormMasksPasswords_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("display");
        QTest::newRow("password") << u"postgresql://facet:s3cr%2Ft@host:5432/db?schema=x"_s
                                  << u"postgresql://facet:****@host:5432/db?schema=x"_s;
        QTest::newRow("no password") << u"postgres://facet@host/db"_s << u"postgres://facet@host/db"_s;
        QTest::newRow("empty password is still masked") << u"mysql://u:@h/d"_s << u"mysql://u:****@h/d"_s;
        QTest::newRow("sslpassword") << u"mysql://u:p@h/d?sslidentity=id.p12&sslpassword=topsecret"_s
                                     << u"mysql://u:****@h/d?sslidentity=id.p12&sslpassword=****"_s;
        QTest::newRow("IPv6 keeps brackets") << u"postgresql://u:p@[::1]:1/d"_s << u"postgresql://u:****@[::1]:1/d"_s;
        QTest::newRow("sqlite as written") << u"file:./dev.db"_s << u"file:./dev.db"_s;
    }
    void displayFormMasksPasswords()
    {
        QFETCH(QString, url);
        const auto parsed = ConnectionUrl::parse(url);
        QVERIFY(parsed);
        QTEST(parsed->toDisplayString(), "display");
        QVERIFY(!parsed->toDisplayString().contains(u"s3cr"_s));
        QVERIFY(!parsed->toDisplayString().contains(u"topsecret"_s));
    }

    void libpqConninfoQuotesEverything()
    {
        const auto url = ConnectionUrl::parse(
            u"postgresql://o%27brien:it%27s%5Cfine%20x@db.local:6000/my%20db?schema=My%20%22Schema%22"
            "&application_name=Facet%27s&connect_timeout=3&sslmode=require&sslcert=ca.pem"_s, u"/proj"_s);
        QVERIFY(url);
        QCOMPARE(url->toLibpqConninfo(),
                 QByteArray("host='db.local' port='6000' dbname='my db' user='o\\'brien' password='it\\'s\\\\fine x' "
                            "connect_timeout='3' sslmode='require' sslrootcert='/proj/ca.pem' "
                            "application_name='Facet\\'s' "
                            "options='-c search_path=\"My\\\\ \"\"Schema\"\"\"' client_encoding='UTF8'"));
    }

    void libpqConninfoSocketFolderAndOptions()
    {
        const auto url = ConnectionUrl::parse(
            u"postgresql:///app?host=/run/pg&options=-c%20jit%3Doff&sslaccept=strict&sslmode=require"_s);
        QVERIFY(url);
        QCOMPARE(url->toLibpqConninfo(),
                 QByteArray("host='/run/pg' port='5432' dbname='app' connect_timeout='5' sslmode='verify-full' "
                            "options='-c jit=off -c search_path=\"public\"' client_encoding='UTF8'"));
        // Behind PgBouncer the startup option would be refused: the session sets search_path itself.
        const auto bouncer = ConnectionUrl::parse(u"postgresql://h/d?pgbouncer=true"_s);
        QVERIFY(!bouncer->toLibpqConninfo().contains("options"));
    }

    void physicalCoresFromCpuinfoCountsDistinctCores()
    {
        // Two sockets, two cores each, hyper-threaded: 8 processors, 4 physical cores.
        QByteArray cpuinfo;
        int processor = 0;
        for (int socket = 0; socket < 2; ++socket)
            for (int thread = 0; thread < 2; ++thread)
                for (int core = 0; core < 2; ++core)
                    cpuinfo += "processor\t: " + QByteArray::number(processor++) + "\nphysical id\t: "
                               + QByteArray::number(socket) + "\ncore id\t\t: " + QByteArray::number(core)
                               + "\nflags\t\t: fpu\n\n";
        QCOMPARE(physicalCoresFromCpuinfo(cpuinfo), 4);
        QCOMPARE(physicalCoresFromCpuinfo("processor : 0\nBogoMIPS : 50\n\nprocessor : 1\n"), 0);
        QVERIFY(physicalCpuCount() >= 1);
        QCOMPARE(defaultConnectionLimit(), physicalCpuCount() * 2 + 1);
    }
};

QTEST_GUILESS_MAIN(TestConnectionUrl)
#include "tst_connection_url.moc"
