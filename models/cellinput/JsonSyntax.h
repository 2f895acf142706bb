// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace facet::cellinput {

/// Where and why a text is not JSON (RFC 8259, any top-level value). Line and column count from 1, columns
/// in characters, so a message can point at the spot the user sees.
struct JsonSyntaxError {
    QString reason; ///< "unexpected end", "expected ',' or '}'", ...
    int line = 1;
    int column = 1;
    qsizetype offset = 0; ///< UTF-16 offset in the text
};

/// Checks JSON syntax without building a document; std::nullopt when the text is valid. Exists beside
/// db::Json::parse because QJsonDocument reports only a byte offset, and a user editing a cell needs the
/// line, the column and what was expected there.
[[nodiscard]] std::optional<JsonSyntaxError> findJsonSyntaxError(QStringView text);

} // namespace facet::cellinput
