// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QString>
#include <QStringView>

namespace facet::db {

/// The shape of a statement, for grouping in the query panel and for N+1 detection: statements that differ
/// only in their values share one fingerprint, so `WHERE id = $1`, `WHERE id = ?` and `WHERE id = 5` all become
/// `WHERE id = ?`.
///
/// A real tokenizer, not regular expressions, so text inside quotes never confuses it:
///  - string literals ('…' with '' escapes, E'…' with backslash escapes, N'…', X'…', B'…'), dollar-quoted
///    bodies ($$…$$, $tag$…$tag$), numbers (123, 1.5, .5, 1e-3, 0x1F) and placeholders ($1, ?, :name, @p1)
///    become `?`; a sign directly in front of a number literal (`= -5`) is folded into it;
///  - comments (-- … and /* … */, nested as PostgreSQL allows) are dropped (MySQL's `#` comments are not
///    recognised: `#` is an operator on PostgreSQL, and Prisma never writes them);
///  - quoted identifiers ("…", `…`) are kept exactly; known SQL keywords are upper-cased, other words kept;
///  - TRUE and FALSE count as literals (as pg_stat_statements does); NULL stays;
///  - whitespace is normalised to single spaces (none inside `a.b`, `f(`, `x::int`, before `,` `)` `;`), and
///    a trailing `;` is dropped;
///  - lists of values collapse: `IN (?, ?, ?)` → `IN (?+)`, `VALUES (?, ?), (?, ?)` → `VALUES (?, ?)+`, and
///    `ARRAY[?, ?]` → `ARRAY[?+]`, so the same statement with 3 or 300 ids groups together.
///
/// `backslashEscapes`: whether a backslash escapes the next character inside plain '…' strings (MySQL's
/// default); PostgreSQL and SQLite only honour it in E'…'.
[[nodiscard]] QString sqlFingerprint(QStringView sql, bool backslashEscapes = false);

/// A stable 64-bit id of a fingerprint (FNV-1a over its UTF-16), identical across runs and machines, for
/// cheap grouping and for export.
[[nodiscard]] quint64 fingerprintId(QStringView fingerprint);

} // namespace facet::db
