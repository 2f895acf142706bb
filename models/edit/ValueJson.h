// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "mapping/FieldValue.h"
#include "mapping/ModelTable.h"

#include <QJsonValue>

#include <expected>

namespace facet::edit {

/// Values in files (the journal, the audit log, changeset files) in Prisma's JSON conventions: BigInt and
/// Decimal as strings, DateTime as ISO-8601 text, Bytes as base64, enums by name (or by database label),
/// Json as the JSON itself. JSON `null` is SQL NULL; a Json field holding the JSON literal null is written
/// `{"$prisma": "JsonNull"}`, as Prisma Client tells Prisma.JsonNull from Prisma.DbNull.
[[nodiscard]] QJsonValue valueToJson(const db::Value &value, const mapping::ModelColumn *column,
                                     mapping::EnumSpelling spelling = mapping::EnumSpelling::PrismaName);
[[nodiscard]] std::expected<db::Value, QString> valueFromJson(const QJsonValue &json, const mapping::ModelColumn &column,
                                                              mapping::EnumSpelling spelling = mapping::EnumSpelling::PrismaName);

} // namespace facet::edit
