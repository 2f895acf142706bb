// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

// The per-kind readers behind parseCellText. Internal to models/cellinput; each gets the text with
// surrounding spaces removed (except strings) and returns a value that fits the column or an InputError.
#include "cellinput/CellInput.h"

namespace facet::cellinput::detail {

[[nodiscard]] InputError inputError(const CellColumn &column, const QString &what, qsizetype position = -1);

[[nodiscard]] InputResult<db::Value> parseInteger(QStringView text, const CellColumn &column);
[[nodiscard]] InputResult<db::Value> parseFloat(QStringView text, const CellColumn &column);
[[nodiscard]] InputResult<db::Value> parseDecimal(QStringView text, const CellColumn &column);
[[nodiscard]] InputResult<db::Value> parseDateTime(QStringView text, const CellColumn &column,
                                                   const InputOptions &options);
[[nodiscard]] QString dateTimeText(const db::DateTime &value, const CellColumn &column);

} // namespace facet::cellinput::detail
