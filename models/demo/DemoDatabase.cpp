// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "DemoDatabase.h"

#include "DemoSeeder.h"
#include "qtsql/QtSqlConnection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace facet::demo {

namespace {

constexpr auto resourceRoot = u":/facet/demo";

db::DbError fileError(const QString &what)
{
    db::DbError e;
    e.message = what;
    return e;
}

// Prisma's SQLite `_prisma_migrations` table, exactly as `migrate deploy` creates it (prisma-facts §4.2).
constexpr auto migrationsTableDdl = uR"(CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
))";

// QSQLITE runs one statement per exec; Prisma's generated scripts end every statement with ";\n".
QStringList splitStatements(const QString &script)
{
    QStringList out;
    for (const QString &part : script.split(u";\n"_s)) {
        QStringList lines;
        for (const QString &line : part.split(u'\n')) {
            if (!line.trimmed().startsWith(u"--"_s))
                lines << line;
        }
        const QString statement = lines.join(u'\n').trimmed();
        if (!statement.isEmpty())
            out << statement;
    }
    return out;
}

db::Result<void> applyMigrations(db::QtSqlConnection &connection)
{
    if (auto r = connection.exec(QString(migrationsTableDdl)); !r)
        return std::unexpected(r.error());
    QDir migrations(QString(resourceRoot) + u"/migrations"_s);
    const QStringList names = migrations.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        QFile file(migrations.filePath(name) + u"/migration.sql"_s);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(fileError(u"cannot read the bundled migration %1"_s.arg(name)));
        const QByteArray script = file.readAll();
        const QString checksum = QString::fromLatin1(QCryptographicHash::hash(script, QCryptographicHash::Sha256).toHex());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString started = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        if (auto r = connection.exec(u"INSERT INTO \"_prisma_migrations\" (\"id\", \"checksum\", \"migration_name\", "
                                     "\"started_at\") VALUES (?, ?, ?, ?)"_s,
                                     {id, checksum, name, started});
            !r)
            return std::unexpected(r.error());
        for (const QString &statement : splitStatements(QString::fromUtf8(script))) {
            if (auto r = connection.exec(statement); !r)
                return std::unexpected(r.error());
        }
        if (auto r = connection.exec(u"UPDATE \"_prisma_migrations\" SET \"finished_at\" = ?, "
                                     "\"applied_steps_count\" = \"applied_steps_count\" + 1 WHERE \"id\" = ?"_s,
                                     {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), id});
            !r)
            return std::unexpected(r.error());
    }
    return {};
}

} // namespace

QString DemoDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo/demo.db"_s;
}

QString DemoDatabase::projectFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo/project"_s;
}

bool DemoDatabase::isReady(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    db::QtSqlOptions options;
    options.database = path;
    options.connectOptions = u"QSQLITE_OPEN_READONLY"_s;
    auto connection = db::QtSqlConnection::open(options);
    if (!connection)
        return false;
    auto version = (*connection)->exec(u"PRAGMA user_version"_s);
    return version && !version->rows.isEmpty() && version->rows.first().first().toInt() == SeedVersion;
}

db::Result<QString> DemoDatabase::extractProject()
{
    const QString target = projectFolder();
    QDirIterator it(QString(resourceRoot), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = source.mid(QString(resourceRoot).size() + 1);
        const QString destination = target + u'/' + relative;
        QDir().mkpath(QFileInfo(destination).absolutePath());
        QFile in(source);
        QFile out(destination);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return std::unexpected(fileError(u"cannot write the demo project file %1: %2"_s.arg(destination, out.errorString())));
        out.write(in.readAll());
    }
    return target + u"/schema.prisma"_s;
}

db::Result<DemoCounts> DemoDatabase::create(const QString &path, const DemoProgress &progress,
                                           const std::atomic<bool> *cancel, double scale)
{
    const QString partial = path + u".partial"_s;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return std::unexpected(fileError(u"cannot create the folder %1"_s.arg(QFileInfo(path).absolutePath())));
    QFile::remove(partial);

    db::Result<DemoCounts> counts = [&]() -> db::Result<DemoCounts> {
        db::QtSqlOptions options;
        options.database = partial;
        auto connection = db::QtSqlConnection::open(options);
        if (!connection)
            return std::unexpected(connection.error());
        db::QtSqlConnection &c = **connection;
        // The file is private until renamed into place, so durability during the build buys nothing.
        for (const auto &pragma : {u"PRAGMA journal_mode = OFF"_s, u"PRAGMA synchronous = OFF"_s})
            if (auto r = c.exec(pragma); !r)
                return std::unexpected(r.error());
        if (auto r = c.begin(); !r)
            return std::unexpected(r.error());
        if (auto r = applyMigrations(c); !r)
            return std::unexpected(r.error());
        DemoSeeder seeder(c, scale, progress, cancel);
        auto seeded = seeder.run();
        if (!seeded) {
            (void)c.rollback();
            return std::unexpected(seeded.error());
        }
        if (auto r = c.commit(); !r)
            return std::unexpected(r.error());
        for (const auto &statement : {u"ANALYZE"_s, u"PRAGMA journal_mode = WAL"_s,
                                      u"PRAGMA user_version = %1"_s.arg(SeedVersion)})
            if (auto r = c.exec(statement); !r)
                return std::unexpected(r.error());
        return *seeded;
    }();

    if (!counts) {
        QFile::remove(partial);
        return counts;
    }
    for (const auto &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return std::unexpected(fileError(u"cannot move the new demo database into place at %1"_s.arg(path)));
    }
    QFile::remove(partial + u"-wal"_s);
    QFile::remove(partial + u"-shm"_s);
    return counts;
}

} // namespace facet::demo
