// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "theme/Theme.h"

#include <QString>

#include <optional>

namespace facet::app {

/// What the user asked the studio for.
struct StudioOptions {
    QString schemaPath;                       ///< empty: the bundled demo
    ui::ColorScheme colorScheme = ui::ColorScheme::System;
    QString screenshotPath;                   ///< save a PNG of the window once it has settled, then quit
    QString openEntry;                        ///< a model, view or enum to open in a tab at start
    bool openSchemaTab = false;               ///< start on the schema tab
    double demoScale = 1.0;                   ///< multiplies the demo's row counts
    QString panel;                            ///< "query", "pool" or "server": show that monitor panel at start
    QString workloadUrl;                      ///< run a synthetic workload against this database (demos, screenshots)
    int workloadRate = 400;                   ///< its statements per second
    QString editDemo;                         ///< "staged", "conflict", "record", "conflict-edit": demo edits in the open tab (screenshots)
};

struct CommandLine {
    StudioOptions options;
    std::optional<int> exitCode;              ///< set when the program should exit right away
};

/// Application name, organisation and version, used by QStandardPaths and --version.
void setApplicationIdentity();

/// Parses arguments without needing a display: --help and --version print and set exitCode 0, bad
/// arguments print one clear line and set exitCode 2.
[[nodiscard]] CommandLine parseCommandLine(int argc, char *argv[]);

/// Non-empty when no display can be reached: the one line to print instead of Qt's platform-plugin error.
[[nodiscard]] QString displayProblem();

} // namespace facet::app
