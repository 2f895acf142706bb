// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The rows `facet browse` tests read, the Prisma Migrate DDL of tests/data/cli/browse.prisma.in per provider,
// and a runner for the real `facet` binary (FACET_BINARY, set by tests/cli/CMakeLists.txt).
#pragma once

#include "core/Connection.h"
#include "url/ConnectionUrl.h"
#include "value/Value.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <QHash>

#include <functional>
#include <limits>
#include <optional>

namespace facet::test::browse {

using namespace Qt::StringLiterals;

inline constexpr int RowCount = 23;

struct Row {
    int id = 0;
    std::optional<QString> label;
    qint64 big = 0;
    QString price;
    double ratio = 0;
    bool flag = false;
    QString at;
    std::optional<QString> data;
    std::optional<QByteArray> blob;
    QString kindLabel; // database label
    int groupNo = 0;
};

/// SQLite keeps DECIMAL as REAL (NUMERIC affinity), so its big Decimal is one a double holds exactly.
inline QString bigDecimal(db::Provider p)
{
    return p == db::Provider::SQLite ? u"1234.5678"_s : u"12345678901234567890.123456789"_s;
}

inline QList<Row> rows(db::Provider provider)
{
    QList<Row> all;
    for (int i = 1; i <= RowCount; ++i) {
        Row r;
        r.id = i;
        if (i % 5 != 0)
            r.label = i == 3 ? QString(u""_s) : i == 7 ? u"special HELLO"_s : u"Item %1"_s.arg(i, 2, 10, QChar(u'0'));
        r.big = i == 2 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max() - i;
        r.price = i == 1 ? bigDecimal(provider) : u"%1.5"_s.arg(i);
        r.ratio = i / 4.0;
        r.flag = i % 2 == 0;
        r.at = i == 1 ? u"1969-12-31T23:59:59.123Z"_s : u"2024-01-%1T10:00:00.000Z"_s.arg(i, 2, 10, QChar(u'0'));
        if (i == 1)
            r.data = u"{\"a\":{\"b\":[1,2,{\"c\":null}],\"s\":\"x\"}}"_s;
        else if (i % 2)
            r.data = u"{\"n\":%1}"_s.arg(i);
        if (i == 1)
            r.blob = QByteArray("\x00\x01\xfe\xff", 4);
        r.kindLabel = i % 3 == 0 ? u"special-one"_s : u"PLAIN"_s;
        r.groupNo = i % 4;
        all.append(r);
    }
    return all;
}

inline QList<int> idsWhere(db::Provider provider, const std::function<bool(const Row &)> &keep)
{
    QList<int> ids;
    for (const Row &r : rows(provider)) {
        if (keep(r))
            ids.append(r.id);
    }
    return ids;
}

inline QStringList ddl(db::Provider provider)
{
    switch (provider) {
    case db::Provider::PostgreSQL:
        return {u"DROP TABLE IF EXISTS \"cli_browse_items\""_s, u"DROP TYPE IF EXISTS \"CliBrowseKind\""_s,
                u"CREATE TYPE \"CliBrowseKind\" AS ENUM ('PLAIN', 'special-one')"_s,
                u"CREATE TABLE \"cli_browse_items\" (\"id\" INTEGER NOT NULL, \"label\" TEXT, \"big\" BIGINT NOT NULL, "
                "\"price\" DECIMAL(65,30) NOT NULL, \"ratio\" DOUBLE PRECISION NOT NULL, \"flag\" BOOLEAN NOT NULL, "
                "\"at\" TIMESTAMP(3) NOT NULL, \"data\" JSONB, \"blob\" BYTEA, \"kind\" \"CliBrowseKind\" NOT NULL, "
                "\"group_no\" INTEGER NOT NULL, CONSTRAINT \"cli_browse_items_pkey\" PRIMARY KEY (\"id\"))"_s};
    case db::Provider::MySQL:
        return {u"DROP TABLE IF EXISTS `cli_browse_items`"_s,
                u"CREATE TABLE `cli_browse_items` (`id` INTEGER NOT NULL, `label` VARCHAR(191) NULL, `big` BIGINT NOT NULL, "
                "`price` DECIMAL(65, 30) NOT NULL, `ratio` DOUBLE NOT NULL, `flag` BOOLEAN NOT NULL, "
                "`at` DATETIME(3) NOT NULL, `data` JSON NULL, `blob` LONGBLOB NULL, "
                "`kind` ENUM('PLAIN', 'special-one') NOT NULL, `group_no` INTEGER NOT NULL, PRIMARY KEY (`id`)) "
                "DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"_s};
    case db::Provider::SQLite:
        return {u"DROP TABLE IF EXISTS \"cli_browse_items\""_s,
                u"CREATE TABLE \"cli_browse_items\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"label\" TEXT, "
                "\"big\" BIGINT NOT NULL, \"price\" DECIMAL NOT NULL, \"ratio\" REAL NOT NULL, \"flag\" BOOLEAN NOT NULL, "
                "\"at\" DATETIME NOT NULL, \"data\" JSONB, \"blob\" BLOB, \"kind\" TEXT NOT NULL, "
                "\"group_no\" INTEGER NOT NULL)"_s};
    }
    return {};
}

/// Creates the table and its rows through Facet's own connections (bound values, exact types).
inline QString seed(const QString &url, db::Provider provider)
{
    const auto parsed = db::ConnectionUrl::parse(url);
    if (!parsed)
        return parsed.error().message;
    auto c = db::openConnection(*parsed);
    if (!c)
        return c.error().summary();
    for (const QString &sql : ddl(provider)) {
        if (auto r = (*c)->execute(db::Statement(sql)); !r)
            return r.error().summary();
    }
    const bool pg = provider == db::Provider::PostgreSQL;
    QStringList marks;
    for (int i = 1; i <= 11; ++i)
        marks.append(pg ? u"$"_s + QString::number(i) : u"?"_s);
    const QString q = provider == db::Provider::MySQL ? u"`"_s : u"\""_s;
    const QString insert = u"INSERT INTO %1cli_browse_items%1 (%1id%1, %1label%1, %1big%1, %1price%1, %1ratio%1, %1flag%1, "
                           "%1at%1, %1data%1, %1blob%1, %1kind%1, %1group_no%1) VALUES ("_s.arg(q)
                         + marks.join(u", "_s) + u')';
    for (const Row &r : rows(provider)) {
        db::Statement s(insert);
        s.params = {db::Value::fromInt(r.id),
                    r.label ? db::Value::fromString(*r.label) : db::Value(),
                    db::Value::fromBigInt(r.big),
                    db::Value::fromDecimal(*db::Decimal::parse(r.price)),
                    db::Value::fromFloat(r.ratio),
                    db::Value::fromBool(r.flag),
                    db::Value::fromDateTime(*db::DateTime::parseIso8601(r.at)),
                    r.data ? db::Value::fromJson(*db::Json::parse(*r.data)) : db::Value(),
                    r.blob ? db::Value::fromBytes(*r.blob) : db::Value(),
                    provider == db::Provider::MySQL || provider == db::Provider::SQLite
                        ? db::Value::fromString(r.kindLabel)
                        : db::Value::fromEnum(u"CliBrowseKind"_s, r.kindLabel),
                    db::Value::fromInt(r.groupNo)};
        if (auto done = (*c)->execute(s); !done)
            return u"row %1: %2"_s.arg(r.id).arg(done.error().summary());
    }
    return {};
}

/// Writes tests/data/cli/browse.prisma.in for `provider` as `<folder>/schema.prisma`.
inline QString writeSchema(const QString &folder, const QString &provider)
{
    QFile in(qEnvironmentVariable("FACET_TEST_DATA") + u"/cli/browse.prisma.in"_s);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = in.readAll();
    text.replace("@PROVIDER@", provider.toUtf8());
    const QString path = folder + u"/schema.prisma"_s;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
        return {};
    return path;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QString all() const { return out + err; }
    [[nodiscard]] QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    /// --json: one object per stdout line.
    [[nodiscard]] QList<QJsonObject> objects() const
    {
        QList<QJsonObject> list;
        for (const QString &line : lines())
            list.append(QJsonDocument::fromJson(line.toUtf8()).object());
        return list;
    }
    /// --json: the summary object of the last stderr line ({"rows":N,"nextCursor":…}).
    [[nodiscard]] QJsonObject summary() const
    {
        const QStringList errLines = err.split(u'\n', Qt::SkipEmptyParts);
        return errLines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(errLines.back().toUtf8()).object();
    }
};

/// Runs `facet <arguments>` in `folder` without DATABASE_URL from the test's environment (unless given).
inline Run runFacet(const QStringList &arguments, const QString &folder = {}, const QHash<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DATABASE_URL"_s);
    environment.remove(u"BROWSE_TEST_URL"_s);
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    p.setProcessEnvironment(environment);
    if (!folder.isEmpty())
        p.setWorkingDirectory(folder);
    p.start(QStringLiteral(FACET_BINARY), arguments);
    Run run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        run.err = u"facet did not finish within 60 s"_s;
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace facet::test::browse
