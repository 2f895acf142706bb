// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "ApplyCommand.h"

#include "CommandTarget.h"

#include "edit/AuditLog.h"
#include "edit/ChangeSaver.h"
#include "edit/ChangesetFile.h"
#include "edit/EditSchema.h"

#include "url/ConnectionUrl.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace facet::cli {

namespace {

int fail(Io &io, int code, const QString &line)
{
    io.err << "facet apply: " << line << "\n";
    return code;
}

} // namespace

int runApply(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption schemaOption(u"schema"_s, u"schema.prisma file or folder"_s, u"path"_s);
    const QCommandLineOption urlOption(u"url"_s, u"database URL (overrides the project's)"_s, u"url"_s);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOptions({schemaOption, urlOption, helpOption});
    parser.addPositionalArgument(u"CHANGESET.json"_s, u"the changes to apply (docs/CHANGESET.md)"_s);
    if (!parser.parse(QStringList{u"facet apply"_s} + arguments))
        return fail(io, ExitUsage, parser.errorText());
    if (parser.isSet(helpOption)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(io, ExitUsage, positional.isEmpty() ? u"name the changeset: facet apply CHANGESET.json"_s
                                                        : u"unexpected argument "_s + positional[1]);
    QFile changesetFile(positional.front());
    if (!changesetFile.open(QIODevice::ReadOnly))
        return fail(io, ExitUsage, u"%1: cannot read: %2"_s.arg(positional.front(), changesetFile.errorString()));
    const QByteArray changesetJson = changesetFile.readAll();

    auto target = findCommandTarget(parser.value(schemaOption), parser.value(urlOption), io);
    if (!target)
        return fail(io, target.error().code, target.error().line);
    const schema::DatasourceUrl &url = target->url;
    const db::Provider provider = target->provider;

    const auto editSchema = std::make_shared<const edit::EditSchema>(std::move(target->validated.resolved), provider);
    auto rows = edit::parseChangeset(changesetJson, *editSchema);
    if (!rows)
        return fail(io, ExitInvalidInput, positional.front() + u": "_s + rows.error());

    const auto parsedUrl = db::ConnectionUrl::parse(url.url);
    if (!parsedUrl)
        return fail(io, parser.isSet(urlOption) ? ExitUsage : ExitInvalidInput,
                    oneLine(parsedUrl.error().toDbError().summary()) + u" ("_s + url.displayUrl() + u')');
    db::ConnectOptions connect;
    connect.applicationName = u"facet apply"_s;
    auto connection = db::openConnection(*parsedUrl, connect);
    if (!connection)
        return fail(io, ExitInvalidInput, oneLine(connection.error().summary()) + u" ("_s + url.displayUrl() + u')');
    if ((*connection)->provider() != provider)
        return fail(io, ExitUsage, u"the URL %1 does not match the datasource provider \"%2\""_s.arg(url.displayUrl(), db::providerName(provider)));

    edit::SaveOptions saveOptions;
    saveOptions.action = u"facet apply %1"_s.arg(QFileInfo(positional.front()).fileName());
    const edit::SaveOutcome outcome = edit::saveChanges(**connection, *editSchema, *rows, saveOptions);
    switch (outcome.status) {
    case edit::SaveOutcome::Status::Saved: {
        io.out << QJsonDocument(edit::savedToJson(outcome, *rows, *editSchema)).toJson(QJsonDocument::Compact) << "\n";
        // The studio's audit log records these too. The save is committed: a log that cannot be written is
        // reported, and the exit code still says saved.
        const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (QDir().mkpath(dataFolder)) {
            if (auto logged = edit::AuditLog(QDir(dataFolder).filePath(u"audit-log.jsonl"_s))
                                  .append(outcome, url.displayUrl(), *editSchema);
                !logged)
                io.err << "facet apply: saved, but the audit log was not written: " << logged.error() << "\n";
        }
        return ExitOk;
    }
    case edit::SaveOutcome::Status::Conflict:
        io.out << QJsonDocument(edit::conflictsToJson(outcome.conflicts, *editSchema)).toJson(QJsonDocument::Compact) << "\n";
        io.err << "facet apply: " << outcome.conflicts.size() << (outcome.conflicts.size() == 1 ? " conflict" : " conflicts")
               << "; nothing was written\n";
        return ExitConflict;
    case edit::SaveOutcome::Status::Failed:
        return fail(io, ExitInvalidInput, oneLine(outcome.failure->describe()) + u"; nothing was written"_s);
    }
    return ExitInvalidInput;
}

} // namespace facet::cli
