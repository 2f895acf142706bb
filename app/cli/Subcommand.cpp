// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "Subcommand.h"

#include "InspectCommand.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace facet::cli {

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> all = {
        {u"inspect"_s, u"Print the resolved model of a schema (text or --json); exit 1 on an invalid schema."_s,
         &runInspect},
    };
    return all;
}

const Subcommand *findSubcommand(int argc, char *argv[])
{
    if (argc < 2)
        return nullptr;
    const QString name = QString::fromLocal8Bit(argv[1]);
    for (const Subcommand &c : subcommands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

int runSubcommand(const Subcommand &command, int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    arguments.remove(0, std::min<qsizetype>(2, arguments.size())); // program name and subcommand
    QTextStream out(stdout);
    QTextStream err(stderr);
    Io io{out, err};
    const int code = command.run(arguments, io);
    out.flush();
    err.flush();
    return code;
}

} // namespace facet::cli
