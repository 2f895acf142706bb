// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "ResolvedSchema.h"
#include "mapping/ModelTable.h"
#include "value/Value.h"

#include <QString>

#include <optional>

namespace facet::edit {

/// Identifiers Prisma Client generates itself (the database has no DEFAULT for them), so Facet generates them
/// the same way when it inserts a row: same alphabets, lengths and versions, so the row looks as if the
/// application had written it.
[[nodiscard]] QString generateUuidV4();
[[nodiscard]] QString generateUuidV7(qint64 unixMillis);
[[nodiscard]] QString generateCuid(qint64 unixMillis);  ///< cuid v1: 25 characters starting with "c"
[[nodiscard]] QString generateCuid2(int length = 24);  ///< cuid v2: a letter then base-36 characters
[[nodiscard]] QString generateUlid(qint64 unixMillis); ///< 26 Crockford base-32 characters, time first
[[nodiscard]] QString generateNanoid(int length = 21); ///< URL-safe alphabet

/// The value Facet supplies for `field` in an insert that does not set it: uuid()/uuid(4)/uuid(7), cuid()/
/// cuid(2), ulid(), nanoid(n), now() and @updatedAt (all set to `now`). std::nullopt when the database
/// supplies the default (autoincrement, dbgenerated, sequence, literals) or there is none.
[[nodiscard]] std::optional<db::Value> clientDefault(const schema::ResolvedField &field, const mapping::ModelColumn &column,
                                                     const db::DateTime &now);

/// "now" as a DateTime with millisecond precision, as Prisma Client's new Date().
[[nodiscard]] db::DateTime currentDateTime();

} // namespace facet::edit
