// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "CommandLine.h"

#include "cli/Subcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace facet::app {

namespace {

QString subcommandHelp()
{
    QString text = u"\n\nCommands (facet <command> --help for their options):\n"_s;
    for (const cli::Subcommand &c : cli::subcommands())
        text += u"  "_s + c.name.leftJustified(10) + c.summary + u'\n';
    text += u"Every command also takes --metrics-out <file>: Prisma's $metrics.json() of the run, written at exit.\n"_s;
    return text;
}

} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(u"Facet"_s);
    // No organisation name: data lands in ~/.local/share/Facet rather than Facet/Facet; QSettings then
    // keys on the domain.
    QCoreApplication::setOrganizationDomain(u"facet.studio"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FACET_VERSION));
}

CommandLine parseCommandLine(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Facet, a native studio for projects that use Prisma.\n\n"
        "With no arguments it opens the bundled demo (a SQLite database created and seeded on first run)."_s
        + subcommandHelp());
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help and exit."_s);
    const QCommandLineOption version({u"v"_s, u"version"_s}, u"Show the version and exit."_s);
    const QCommandLineOption schema(u"schema"_s, u"Open this schema.prisma file or folder of .prisma files."_s, u"path"_s);
    const QCommandLineOption theme(u"theme"_s, u"Colour scheme: system (default), light or dark."_s, u"scheme"_s);
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        u"Save a PNG of the main window once it is ready, then quit."_s, u"file"_s);
    const QCommandLineOption open(u"open"_s, u"Open this model, view or enum (Prisma name) in a tab."_s, u"name"_s);
    const QCommandLineOption showSchema(u"show-schema"_s, u"Start on the schema tab (the file and its problems)."_s);
    const QCommandLineOption demoScale(u"demo-scale"_s, u"Multiply the demo's row counts (default 1)."_s, u"factor"_s);
    const QCommandLineOption panel(u"panel"_s, u"Show a monitor panel at start: query, pool, or server (the pool panel on its server sessions)."_s, u"name"_s);
    const QCommandLineOption workload(u"workload"_s,
                                      u"Run a synthetic workload (reads, an N+1 loop, updates, a slow statement now and "
                                      "then) against this database URL, to see the query and pool panels at work. It "
                                      "creates the tables panel_user and panel_post there."_s, u"url"_s);
    const QCommandLineOption workloadRate(u"workload-rate"_s, u"Statements per second of --workload (default 400)."_s,
                                          u"n"_s);
    const QCommandLineOption editDemo(u"edit-demo"_s,
                                      u"Stage a few edits in the tab of --open (a model of the demo, e.g. Post) and show "
                                      "the review panel: staged, conflict (a concurrent change, then a save), record (the record view "
                                      "editing the first row) or conflict-edit (the conflict view with a typed value)."_s,
                                      u"scene"_s);
    parser.addOptions({help, version, schema, open, showSchema, theme, screenshot, demoScale, panel, workload, workloadRate});
    parser.addOption(editDemo);

    CommandLine out;
    const auto fail = [&out](const QString &message) {
        std::fprintf(stderr, "facet: %s\nRun 'facet --help' for usage.\n", message.toLocal8Bit().constData());
        out.exitCode = 2;
        return out;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        out.exitCode = 0;
        return out;
    }
    if (parser.isSet(version)) {
        std::printf("facet %s\n", FACET_VERSION);
        out.exitCode = 0;
        return out;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()));

    out.options.schemaPath = parser.value(schema);
    out.options.screenshotPath = parser.value(screenshot);
    out.options.openEntry = parser.value(open);
    out.options.openSchemaTab = parser.isSet(showSchema);
    if (parser.isSet(theme)) {
        const auto scheme = ui::colorSchemeFromString(parser.value(theme));
        if (!scheme)
            return fail(u"--theme takes system, light or dark, not '%1'"_s.arg(parser.value(theme)));
        out.options.colorScheme = *scheme;
    }
    if (parser.isSet(demoScale)) {
        bool ok = false;
        out.options.demoScale = parser.value(demoScale).toDouble(&ok);
        if (!ok || out.options.demoScale <= 0 || out.options.demoScale > 1000)
            return fail(u"--demo-scale takes a number between 0 and 1000, not '%1'"_s.arg(parser.value(demoScale)));
    }
    out.options.panel = parser.value(panel);
    if (!out.options.panel.isEmpty() && !QStringList{u"query"_s, u"pool"_s, u"server"_s}.contains(out.options.panel))
        return fail(u"--panel takes query, pool or server, not '%1'"_s.arg(out.options.panel));
    out.options.editDemo = parser.value(editDemo);
    if (!out.options.editDemo.isEmpty() && !QStringList{u"staged"_s, u"conflict"_s, u"record"_s, u"conflict-edit"_s}.contains(out.options.editDemo))
        return fail(u"--edit-demo takes staged, conflict, record or conflict-edit, not '%1'"_s.arg(out.options.editDemo));
    out.options.workloadUrl = parser.value(workload);
    if (parser.isSet(workloadRate)) {
        bool ok = false;
        out.options.workloadRate = parser.value(workloadRate).toInt(&ok);
        if (!ok || out.options.workloadRate < 1 || out.options.workloadRate > 100000)
            return fail(u"--workload-rate takes a number between 1 and 100000, not '%1'"_s.arg(parser.value(workloadRate)));
    }
    return out;
}

QString displayProblem()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland"))
        return {}; // offscreen, vnc, eglfs...: the user chose a platform that needs no desktop session
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return u"facet: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it from a desktop "
               "session, or without one under a virtual display: xvfb-run -a facet"_s;
    return {};
}

} // namespace facet::app
