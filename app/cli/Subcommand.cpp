// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "Subcommand.h"

#include "ApplyCommand.h"
#include "BrowseCommand.h"
#include "InspectCommand.h"

#include "metrics/MetricsExport.h"
#include "pool/PoolRegistry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace facet::cli {

namespace {

/// Takes the global `--metrics-out FILE` / `--metrics-out=FILE` out of the arguments (before a `--`), so the
/// subcommand never sees it. Returns false when the option has no value.
bool takeMetricsOut(QStringList &arguments, QString &file)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--"_s)
            break;
        if (a == u"--metrics-out"_s) {
            if (i + 1 >= arguments.size() || arguments[i + 1].isEmpty())
                return false;
            file = arguments[i + 1];
            arguments.remove(i, 2);
            --i;
        } else if (a.startsWith(u"--metrics-out="_s)) {
            file = a.mid(int(qstrlen("--metrics-out=")));
            if (file.isEmpty())
                return false;
            arguments.remove(i);
            --i;
        }
    }
    return true;
}

bool writeMetrics(const QString &file, QString &problem)
{
    const QJsonObject json = db::metricsToPrismaJson(db::PoolRegistry::shared().metrics()->snapshot());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0
        || !out.commit()) {
        problem = out.errorString();
        return false;
    }
    return true;
}

} // namespace

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> all = {
        {u"inspect"_s, u"Print the resolved model of a schema (text or --json); exit 1 on an invalid schema."_s,
         &runInspect},
        {u"browse"_s, u"Stream the rows of a model (text table or --json lines; --where, --order-by, --take, --after)."_s,
         &runBrowse},
        {u"apply"_s, u"Apply a changeset file in one guarded transaction (exit 0 saved, 3 conflict, 1 error)."_s,
         &runApply},
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
    QString metricsFile;
    int code = ExitOk;
    if (!takeMetricsOut(arguments, metricsFile)) {
        err << "facet " << command.name << ": --metrics-out: missing file name\n";
        code = ExitUsage;
    } else {
        code = command.run(arguments, io);
    }
    out.flush();
    // The snapshot is taken before the pools close, as a script calling $metrics.json() before
    // $disconnect() sees it: open connections still count in the gauges.
    if (!metricsFile.isEmpty()) {
        QString problem;
        if (!writeMetrics(metricsFile, problem)) {
            err << "facet " << command.name << ": --metrics-out " << QFileInfo(metricsFile).filePath()
                << ": cannot write: " << problem << "\n";
            if (code == ExitOk)
                code = ExitUsage;
        }
    }
    // Pool threads must be joined while Qt and the registry are still alive, not in static destructors.
    db::PoolRegistry::shared().shutdownAll();
    err.flush();
    return code;
}

} // namespace facet::cli
