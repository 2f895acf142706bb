// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "Subcommand.h"

namespace facet::cli {

/// `facet inspect [--schema PATH] [--json]`: the models of a schema; diagnostics and exit 1 when invalid.
int runInspect(const QStringList &arguments, Io &io);

} // namespace facet::cli
