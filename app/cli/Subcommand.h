// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>

namespace facet::cli {

/// Exit codes every subcommand uses, so scripts can rely on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitInvalidInput = 1,  ///< the input (schema, changeset, ...) is invalid; diagnostics were printed
    ExitUsage = 2,         ///< bad arguments
    ExitConflict = 3,      ///< a version check failed (apply)
    ExitDatabase = 4,      ///< the database refused or could not be reached
};

/// Where a subcommand writes: results to `out`, diagnostics and errors to `err`.
struct Io {
    QTextStream &out;
    QTextStream &err;
};

/// One `facet <name> ...` command. `run` gets the arguments after the name.
struct Subcommand {
    QString name;
    QString summary; ///< one line for `facet --help`
    std::function<int(const QStringList &arguments, Io &io)> run;
};

/// Every subcommand, in the order `facet --help` lists them.
[[nodiscard]] const QList<Subcommand> &subcommands();

/// The subcommand named by argv[1], or nullptr when Facet should open the studio.
[[nodiscard]] const Subcommand *findSubcommand(int argc, char *argv[]);

/// Runs a subcommand with stdout/stderr; needs no display (a QCoreApplication is created here).
[[nodiscard]] int runSubcommand(const Subcommand &command, int argc, char *argv[]);

} // namespace facet::cli
