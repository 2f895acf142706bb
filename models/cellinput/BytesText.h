// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "cellinput/CellInput.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace facet::cellinput {

/// Bytes as text: hex is lower-case pairs ("00ff10"); base64 is RFC 4648 with padding.
[[nodiscard]] QString bytesToText(const QByteArray &bytes, BytesFormat format);

/// Reads bytes back. Spaces and line breaks are ignored; hex may start with `\x` (PostgreSQL) or `0x`.
/// Errors say what is wrong and where: "Bytes (hex): 'g' at position 5 is not a hex digit",
/// "Bytes (hex): 7 digits; every byte takes two", "Bytes (base64): ...".
[[nodiscard]] InputResult<QByteArray> bytesFromText(QStringView text, BytesFormat format);

[[nodiscard]] QString bytesFormatName(BytesFormat format); ///< "hex", "base64"

} // namespace facet::cellinput
