// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "value/Value.h"

#include <QString>

namespace facet::grid {

/// The text a grid cell shows for a value, exact for every Prisma type: BigInt and Decimal as their digits,
/// DateTime in ISO-8601 (UTC, with its fraction), Json compact on one line, Bytes as their size and a hex
/// preview, enums by the name they carry, lists in brackets. SQL NULL is "NULL" (the grid also marks it with
/// a role, so it never looks like the text "NULL" or an empty string), and long text is cut at `maxChars`.
[[nodiscard]] QString cellText(const db::Value &value, int maxChars = 500);

} // namespace facet::grid
