// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "core/DbError.h"

#include <QString>
#include <QStringView>

namespace facet::db {

/// How one database spells what Facet sends: quoted identifiers, placeholders, NULL-safe comparison, where
/// NULLs sort, and which optional syntax (RETURNING, row values) the server has.
///
/// A value type with a Provider switch rather than a class hierarchy: the set of providers is closed
/// (Provider), the differences are a handful of spellings, and a plain value can be copied to any worker
/// thread, compared in tests and kept inside statements' builders without ownership questions. Statement
/// builders (SelectWindow, WriteStatements, Filter) take a Dialect and never look at the Provider themselves
/// for anything the Dialect can answer.
///
/// NULL ordering: Facet never writes NULLS FIRST/LAST, it keeps each database's native order so that ordinary
/// B-tree indexes serve the sort (MySQL cannot write NULLS FIRST/LAST at all). PostgreSQL treats NULL as larger
/// than every value (ASC → NULLs last, DESC → NULLs first); MySQL/MariaDB and SQLite treat it as smaller
/// (ASC → NULLs first, DESC → NULLs last). Both are mirror-symmetric, so reversing every direction reverses the
/// whole order, which backwards windows rely on. Keyset predicates follow nullsSortLargest().
class Dialect final {
public:
    /// A dialect with the newest server's capabilities (RETURNING on SQLite, MySQL rather than MariaDB).
    explicit Dialect(Provider provider);
    /// A dialect for the server a connection reports (Connection::serverVersion(): "17.2", "11.4.3-MariaDB-1",
    /// "8.4.0", "3.46.1"), so SQLite < 3.35 gets no RETURNING and MariaDB's JSON is compared as text.
    [[nodiscard]] static Dialect forServer(Provider provider, const QString &serverVersion);

    [[nodiscard]] Provider provider() const { return m_provider; }
    [[nodiscard]] bool isMariaDb() const { return m_mariaDb; }
    /// major * 10000 + minor * 100 + patch of the server (SQLite: of the library); 0 when unknown.
    [[nodiscard]] int serverVersionNumber() const { return m_version; }

    /// INSERT/UPDATE/DELETE … RETURNING: PostgreSQL, SQLite ≥ 3.35. MySQL has none and MariaDB lacks it for
    /// UPDATE, so on both Facet re-reads the row by key (lastInsertId for an auto-increment key).
    [[nodiscard]] bool supportsReturning() const;
    /// `(a, b) > ($1, $2)`: PostgreSQL, MySQL/MariaDB, SQLite ≥ 3.15.
    [[nodiscard]] bool supportsRowValues() const;
    /// PostgreSQL's xmin system column as an optimistic-concurrency guard.
    [[nodiscard]] bool supportsXmin() const { return m_provider == Provider::PostgreSQL; }
    /// True on PostgreSQL (NULL sorts after every value in ascending order), false on MySQL and SQLite.
    [[nodiscard]] bool nullsSortLargest() const { return m_provider == Provider::PostgreSQL; }
    /// Longest identifier the server keeps without truncating: PostgreSQL 63 bytes (NAMEDATALEN - 1),
    /// MySQL 64 characters; SQLite has no limit (0).
    [[nodiscard]] int maxIdentifierLength() const;

    /// `"name"` (PostgreSQL, SQLite) or `` `name` `` (MySQL) with embedded quote characters doubled. Refuses
    /// (P2009) an empty name, a NUL character, and a name the server would silently truncate — a truncated
    /// name could address a different table.
    [[nodiscard]] Result<QString> quoteIdentifier(QStringView name) const;
    /// `"schema"."name"`, or just the quoted name when schema is empty.
    [[nodiscard]] Result<QString> quoteQualified(QStringView schema, QStringView name) const;
    /// The placeholder of the index-th parameter (1-based): `$1` on PostgreSQL, `?` elsewhere.
    [[nodiscard]] QString placeholder(int index) const;
    /// True when a placeholder can be referenced twice for one bound value ($n); false for `?` dialects,
    /// where a value used twice is bound twice.
    [[nodiscard]] bool placeholdersAreNumbered() const { return m_provider == Provider::PostgreSQL; }
    /// The NULL-safe equality operator between two expressions: `IS NOT DISTINCT FROM`, `<=>`, `IS`.
    [[nodiscard]] QString nullSafeEqualsOperator() const;
    /// "PostgreSQL", "MySQL", "MariaDB", "SQLite", for messages.
    [[nodiscard]] QString providerDisplayName() const;

private:
    Provider m_provider;
    bool m_mariaDb = false;
    int m_version = 0;
};

/// The error every builder returns for input it cannot turn into a statement (bad identifier, unknown column,
/// an operator the column's type has not got): P2009, "Failed to validate the query".
[[nodiscard]] DbError invalidQuery(const QString &message);

} // namespace facet::db
