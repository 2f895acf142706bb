// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QStringList>
#include <QStringView>

namespace facet::db {

/// The key columns named in a PostgreSQL unique-violation DETAIL, which Prisma reports as P2002's `target`:
/// `Key (a, b)=(1, 2) already exists.` → ["a", "b"]. Quoted names are unquoted (`"Weird, ""x"""` → `Weird, "x"`);
/// an expression index keeps the expression's text (`lower(email::text)`). Empty when the text has no key
/// list (another language's lc_messages, or a detail PostgreSQL left out for privacy).
[[nodiscard]] QStringList pgKeyFieldsFromDetail(QStringView detail);

} // namespace facet::db
