// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Entry point: parse the command line, then either answer it without a window (--help, --version) or start
// the studio. Everything worth testing lives in the libraries; this file only wires objects together.
#include "CommandLine.h"
#include "StudioLauncher.h"
#include "cli/Subcommand.h"

#include <QApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    facet::app::setApplicationIdentity();
    // `facet inspect ...` and friends run without a window or a display.
    if (const facet::cli::Subcommand *command = facet::cli::findSubcommand(argc, argv))
        return facet::cli::runSubcommand(*command, argc, argv);
    const facet::app::CommandLine cli = facet::app::parseCommandLine(argc, argv);
    if (cli.exitCode)
        return *cli.exitCode; // help, version or a usage error was already printed

    if (const QString problem = facet::app::displayProblem(); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", problem.toLocal8Bit().constData());
        return 2;
    }

    QApplication app(argc, argv);
    facet::app::StudioLauncher launcher(cli.options);
    return launcher.start() ? app.exec() : 1;
}
