// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// A small schema for the editing tests on all three databases: EdAuthor ← EdPost (version guard, cascade),
// EdNote (no version: xmin on PostgreSQL, original values elsewhere; a client-generated uuid id and a
// database default), EdTask (the @updatedAt guard). The tables are created by hand with the DDL Prisma Migrate would write.
#pragma once

#include "OpenConnection.h"
#include "TestServers.h"
#include "core/Connection.h"
#include "edit/EditSchema.h"
#include "mapping/ModelTable.h"

#include <QTest>

#include <memory>

namespace facet::test {

inline QString editSchemaText(const QString &provider)
{
    return QStringLiteral(R"(datasource db {
  provider = "%1"
  url      = env("DATABASE_URL")
}
model EdAuthor {
  id    Int      @id @default(autoincrement())
  name  String   @unique
  posts EdPost[]
}
model EdPost {
  id       Int      @id @default(autoincrement())
  title    String
  views    Int      @default(0)
  version  Int      @default(0)
  authorId Int
  author   EdAuthor @relation(fields: [authorId], references: [id], onDelete: Cascade)
}
model EdTask {
  id        Int      @id
  done      Boolean  @default(false)
  updatedAt DateTime @updatedAt
}
model EdNote {
  id        String   @id @default(uuid())
  body      String
  createdAt DateTime @default(now())
}
)").arg(provider);
}

inline QStringList editDdl(db::Provider provider)
{
    switch (provider) {
    case db::Provider::PostgreSQL:
        return {QStringLiteral(R"(DROP TABLE IF EXISTS "EdPost", "EdAuthor", "EdNote", "EdTask")"),
                QStringLiteral(R"(CREATE TABLE "EdTask" (id INTEGER PRIMARY KEY, done BOOLEAN NOT NULL DEFAULT false, "updatedAt" TIMESTAMP(3) NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE "EdAuthor" (id SERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE))"),
                QStringLiteral(R"(CREATE TABLE "EdPost" (id SERIAL PRIMARY KEY, title TEXT NOT NULL, views INTEGER NOT NULL DEFAULT 0,
                   version INTEGER NOT NULL DEFAULT 0, "authorId" INTEGER NOT NULL REFERENCES "EdAuthor"(id) ON DELETE CASCADE))"),
                QStringLiteral(R"(CREATE TABLE "EdNote" (id TEXT PRIMARY KEY, body TEXT NOT NULL,
                   "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP))")};
    case db::Provider::MySQL:
        return {QStringLiteral("DROP TABLE IF EXISTS `EdPost`, `EdAuthor`, `EdNote`, `EdTask`"),
                QStringLiteral("CREATE TABLE `EdTask` (id INT PRIMARY KEY, done BOOLEAN NOT NULL DEFAULT false, updatedAt DATETIME(3) NOT NULL) ENGINE=InnoDB"),
                QStringLiteral("CREATE TABLE `EdAuthor` (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(191) NOT NULL, UNIQUE INDEX EdAuthor_name_key (name)) ENGINE=InnoDB"),
                QStringLiteral("CREATE TABLE `EdPost` (id INT AUTO_INCREMENT PRIMARY KEY, title VARCHAR(191) NOT NULL, views INT NOT NULL DEFAULT 0, "
                               "version INT NOT NULL DEFAULT 0, authorId INT NOT NULL, "
                               "CONSTRAINT EdPost_authorId_fkey FOREIGN KEY (authorId) REFERENCES EdAuthor(id) ON DELETE CASCADE) ENGINE=InnoDB"),
                QStringLiteral("CREATE TABLE `EdNote` (id VARCHAR(191) PRIMARY KEY, body VARCHAR(191) NOT NULL, "
                               "createdAt DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)) ENGINE=InnoDB")};
    case db::Provider::SQLite:
        return {QStringLiteral(R"(DROP TABLE IF EXISTS "EdPost")"), QStringLiteral(R"(DROP TABLE IF EXISTS "EdAuthor")"),
                QStringLiteral(R"(DROP TABLE IF EXISTS "EdNote")"), QStringLiteral(R"(DROP TABLE IF EXISTS "EdTask")"),
                QStringLiteral(R"(CREATE TABLE "EdTask" (id INTEGER PRIMARY KEY, done BOOLEAN NOT NULL DEFAULT false, updatedAt DATETIME NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE "EdAuthor" (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE))"),
                QStringLiteral(R"(CREATE TABLE "EdPost" (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, views INTEGER NOT NULL DEFAULT 0,
                   version INTEGER NOT NULL DEFAULT 0, authorId INTEGER NOT NULL REFERENCES "EdAuthor"(id) ON DELETE CASCADE))"),
                QStringLiteral(R"(CREATE TABLE "EdNote" (id TEXT PRIMARY KEY, body TEXT NOT NULL,
                   createdAt DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP))")};
    }
    return {};
}

inline db::Provider providerOf(const QString &name)
{
    return name == u"postgresql" ? db::Provider::PostgreSQL : name == u"mysql" ? db::Provider::MySQL : db::Provider::SQLite;
}

/// The URL of the test database for a provider; SQLite: a file in `dir`.
inline QString editTestUrl(const QString &provider, const QString &sqliteFile)
{
    if (provider == u"postgresql") {
        auto pg = TestServers::postgres();
        if (!pg)
            qFatal("%s", qPrintable(pg.error()));
        return pg->url;
    }
    if (provider == u"mysql") {
        auto my = TestServers::mysql();
        if (!my)
            qFatal("%s", qPrintable(my.error()));
        return my->url;
    }
    return QStringLiteral("file:") + sqliteFile;
}

inline std::unique_ptr<db::Connection> openEditConnection(const QString &url)
{
    auto c = openTestConnection(url);
    if (!c)
        qFatal("open %s: %s", qPrintable(url), qPrintable(c.error()));
    return std::move(*c);
}

inline edit::EditSchemaPtr editSchema(const QString &provider)
{
    auto validated = schema::validateSchemaText(editSchemaText(provider));
    if (validated.hasErrors())
        qFatal("edit test schema invalid");
    return std::make_shared<const edit::EditSchema>(std::move(validated.resolved), providerOf(provider));
}

inline void exec(db::Connection &c, const QString &sql, const QList<db::Value> &params = {})
{
    const auto r = c.execute(db::Statement(sql, params));
    if (!r)
        qFatal("%s: %s", qPrintable(sql), qPrintable(r.error().summary()));
}

inline QString ph(const db::Connection &c, int n)
{
    return c.provider() == db::Provider::PostgreSQL ? QStringLiteral("$%1").arg(n) : QStringLiteral("?");
}

/// Table names quoted for hand-written SQL.
inline QString q(const db::Connection &c, const QString &name)
{
    return c.provider() == db::Provider::MySQL ? u'`' + name + u'`' : u'"' + name + u'"';
}

} // namespace facet::test
