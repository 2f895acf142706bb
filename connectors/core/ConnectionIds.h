// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QtGlobal>

namespace facet::db {

/// The next Connection::id(): unique in the process and never reused (a process-wide atomic counter, the one
/// piece of shared state connections have).
[[nodiscard]] quint64 nextConnectionId();

} // namespace facet::db
