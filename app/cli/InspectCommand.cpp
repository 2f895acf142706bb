// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "InspectCommand.h"

#include "browse/SchemaEntries.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace facet::cli {

int runInspect(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption schema(u"schema"_s, u"schema.prisma file or folder"_s, u"path"_s);
    parser.addOption(schema);
    if (!parser.parse(QStringList{u"facet inspect"_s} + arguments)) {
        io.err << "facet inspect: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    QString path = parser.value(schema);
    if (path.isEmpty())
        path = QFileInfo::exists(u"prisma/schema.prisma"_s) ? u"prisma/schema.prisma"_s : u"schema.prisma"_s;
    const models::SchemaOutline outline = models::loadSchemaOutline(path);
    if (outline.hasErrors) {
        io.err << outline.problems.join(u"\n\n"_s) << "\n";
        return ExitInvalidInput;
    }
    for (const models::SchemaEntry &e : outline.entries)
        io.out << e.name << " -> " << e.databaseName << "\n";
    return ExitOk;
}

} // namespace facet::cli
