// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "value/Value.h"

#include <QByteArray>
#include <QStringList>

namespace facet::db {

// JSON output in the shape Prisma Client users see when they JSON.stringify query results (what
// `facet browse --json` prints): BigInt and Decimal as strings (no precision lost to a JSON number), DateTime as
// UTC ISO-8601 with milliseconds (microseconds when present), Bytes as base64, enums as their label, Json
// embedded as the JSON value it holds, SQL NULL as null. Float NaN/±Infinity, which JSON numbers cannot hold,
// become the strings "NaN", "Infinity", "-Infinity".

/// One value as compact JSON text (UTF-8).
[[nodiscard]] QByteArray toPrismaJson(const Value &value);

/// A row as a JSON object, keys in the given order. names.size() must equal values.size().
[[nodiscard]] QByteArray rowToPrismaJson(const QStringList &names, const QList<Value> &values);

/// A JSON string literal with the escapes RFC 8259 requires.
[[nodiscard]] QByteArray jsonQuote(const QString &text);

} // namespace facet::db
