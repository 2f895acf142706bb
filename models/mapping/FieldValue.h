// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "mapping/ModelTable.h"
#include "value/Value.h"

#include <QJsonValue>
#include <QString>

#include <expected>

namespace facet::mapping {

/// How an enum value is written in the JSON: by its Prisma name (what users type in --where, what
/// Prisma Client takes) or by its database label (what cursors keep, being read back from rows).
enum class EnumSpelling { PrismaName, DatabaseLabel };

/// A JSON value as a Value for `column`, with Prisma Client's input rules: Int/BigInt from integers or
/// integer strings (exact: never through a double), Float from numbers, Decimal from numbers or digit
/// strings, DateTime from ISO-8601 strings, Bytes from base64 strings, Boolean from true/false, enums by
/// name, Json from any JSON value, strings as they are. JSON null is SQL NULL. On failure, one line saying
/// what was expected ("expected an Int (a whole number), got "abc"").
[[nodiscard]] std::expected<db::Value, QString> fieldValueFromJson(const QJsonValue &json, const ModelColumn &column,
                                                                   EnumSpelling spelling = EnumSpelling::PrismaName);

/// Compact JSON text of any QJsonValue (QJsonDocument only serialises objects and arrays).
[[nodiscard]] QString compactJson(const QJsonValue &json);

} // namespace facet::mapping
