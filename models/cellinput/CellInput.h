// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "cellinput/CellColumn.h"
#include "value/Value.h"

#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace facet::cellinput {

/// Why typed text cannot become a value for the column: one sentence that names the column type, what is
/// wrong and where ("Int: 2147483648 is above the largest Int (2147483647)"), and, when the fault is at one
/// spot of the text, its offset (UTF-16, for placing the cursor).
struct InputError {
    QString message;
    qsizetype position = -1;
};

template <typename T>
using InputResult = std::expected<T, InputError>;

/// How byte values are written as text.
enum class BytesFormat { Hex, Base64 };

/// Choices an editor makes beside the text itself.
struct InputOptions {
    BytesFormat bytesFormat = BytesFormat::Hex;
    /// Zoned columns (timestamptz): the UTC offset, in seconds, of a date-time typed without a zone.
    /// Prisma reads such text as UTC, hence 0.
    int assumedOffsetSeconds = 0;
};

/// Turns what the user typed into the exact value the column will hold, or says why it cannot.
///
/// Text is never NULL: database NULL is its own action (the editors' "Set NULL"), so "" is an empty string
/// for String columns and an error elsewhere, and `null` in a Json column is JSON null. Numbers are read
/// digit by digit, never through a double (except Float, which is a double). Surrounding spaces are
/// ignored for every kind but String. The result always passes db::checkValueFits for the column type.
[[nodiscard]] InputResult<db::Value> parseCellText(const QString &text, const CellColumn &column,
                                                   const InputOptions &options = {});

/// Lists (PostgreSQL arrays): one element per entry, each read like a scalar of the element type. An error
/// names the element ("String[]: element 3: ..."); position is the element's index.
[[nodiscard]] InputResult<db::Value> parseCellList(const QStringList &elements, const CellColumn &column,
                                                   const InputOptions &options = {});

/// The text an editor starts from for a value (the reverse of parseCellText; parsing it gives the value
/// back). NULL gives "" (editors show NULL separately). Enums show the Prisma name; DateTime shows ISO-8601
/// with the zone when the column has one. A list gives one line per element (see listElementTexts).
[[nodiscard]] QString editableText(const db::Value &value, const CellColumn &column,
                                   const InputOptions &options = {});

/// The elements of a list value as texts for parseCellList.
[[nodiscard]] QStringList listElementTexts(const db::Value &value, const CellColumn &column,
                                           const InputOptions &options = {});

/// A list as one text, one element per line, and back. String elements escape a line break as `\n` and
/// a backslash as `\\` so that every element stays on its line.
[[nodiscard]] QString joinListLines(const QStringList &elements, const CellColumn &column);
[[nodiscard]] QStringList splitListLines(const QString &text, const CellColumn &column);

} // namespace facet::cellinput
