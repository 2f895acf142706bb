// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace facet::db {

/// PostgreSQL's text form of one-dimensional arrays (`{1,2,NULL}`, `{"a b","x\"y",NULL}`), which Prisma's
/// scalar lists use. Elements are raw text in the element type's own text format; std::nullopt is NULL.
using PgArrayElements = QList<std::optional<QByteArray>>;

/// Writes `{...}` with every element double-quoted (so commas, braces, spaces and the word NULL in a value are
/// data, never syntax) and `"`/`\` escaped.
[[nodiscard]] QByteArray formatPgArray(const PgArrayElements &elements);

/// Reads PostgreSQL's array output, including a `[lower:upper]=` bounds prefix. std::nullopt for anything
/// malformed or multi-dimensional (Prisma lists are one-dimensional).
[[nodiscard]] std::optional<PgArrayElements> parsePgArray(const QByteArray &text);

} // namespace facet::db
