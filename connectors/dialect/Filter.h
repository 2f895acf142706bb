// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "dialect/RelationJoin.h"
#include "value/Value.h"

#include <QList>
#include <QString>

#include <memory>

namespace facet::db {

class SqlBuilder;

/// Prisma's scalar filter operators (`where: { title: { contains: "x", mode: "insensitive" } }`).
enum class FilterOp {
    Equals,     ///< equals: v; equals: null → IS NULL
    Not,        ///< not: v → `<>` (rows where the column is NULL do not match, as in Prisma); not: null → IS NOT NULL
    In,         ///< in: [..]; an empty list matches nothing
    NotIn,      ///< notIn: [..]; an empty list matches every row; NULL cells never match (as in Prisma)
    Lt,
    Lte,
    Gt,
    Gte,
    Contains,   ///< String columns only; the user's text is literal (LIKE wildcards escaped)
    StartsWith,
    EndsWith,
    IsNull,     ///< the filter builder's "is null"
    IsNotNull,
};

/// Prisma's `mode`. Insensitive applies to String columns and is ignored for other types, as in Prisma.
///
/// Per provider: PostgreSQL uses ILIKE for the pattern operators and LOWER() on both sides for comparisons.
/// MySQL/MariaDB compares with LOWER() on both sides; in Default mode case sensitivity follows the column's
/// collation (utf8mb4_unicode_ci, which Prisma Migrate writes, is insensitive) — the same as Prisma on MySQL.
/// SQLite's LIKE folds ASCII case only and its lower() is ASCII-only without ICU, so Insensitive is LIKE,
/// and Default mode uses GLOB, which is case-sensitive (Prisma's SQLite `contains` is LIKE and therefore
/// ASCII-insensitive even without `mode`; Facet's Default mode means what it says).
enum class TextMode { Default, Insensitive };

/// Prisma's relation filters. Written as correlated subqueries on the related table (aliased, so a
/// self-relation's inner and outer columns never mix up):
///  - Some: EXISTS (a related row that matches); None: NOT EXISTS (…);
///  - Every: NOT EXISTS (a related row that does not match), so a record with no related rows matches, as in
///    Prisma. "Does not match" is NOT (condition), as Prisma writes it: a related row whose condition is NULL
///    (a comparison with a NULL column) counts as neither matching nor failing;
///  - Is (to-one relations): EXISTS, like Some. IsNot: no related record, or one whose condition is false
///    (a NULL condition excludes the record, as in Prisma); with no condition, no related record.
///    `is: null` is IsNot with no condition, `isNot: null` Is with none.
enum class RelationOp { Some, None, Every, Is, IsNot };

/// A filter tree: conditions on single columns combined with AND/OR/NOT, and relation conditions that hold
/// a nested filter on a related table. Plain value; column names are the database names (after @map).
class Filter final {
public:
    enum class Kind { Condition, And, Or, Not, Relation };

    Filter() = default; ///< an empty AND: matches every row
    [[nodiscard]] static Filter condition(QString column, FilterOp op, Value value = {},
                                          TextMode mode = TextMode::Default);
    /// In / NotIn with their list.
    [[nodiscard]] static Filter list(QString column, FilterOp op, QList<Value> values,
                                     TextMode mode = TextMode::Default);
    [[nodiscard]] static Filter allOf(QList<Filter> children);
    [[nodiscard]] static Filter anyOf(QList<Filter> children);
    [[nodiscard]] static Filter negate(Filter child);
    /// A relation condition; `nested` (empty: any related row) is on `join->related`.
    [[nodiscard]] static Filter relation(RelationOp op, std::shared_ptr<const RelationJoin> join, Filter nested);
    [[nodiscard]] static Filter relation(RelationOp op, std::shared_ptr<const RelationJoin> join);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const QString &column() const { return m_column; }
    [[nodiscard]] FilterOp op() const { return m_op; }
    [[nodiscard]] const Value &value() const { return m_value; }
    [[nodiscard]] const QList<Value> &values() const { return m_values; }
    [[nodiscard]] TextMode mode() const { return m_mode; }
    [[nodiscard]] const QList<Filter> &children() const { return m_children; }
    [[nodiscard]] RelationOp relationOp() const { return m_relationOp; }
    /// Relation conditions: the related table and how its rows belong to the outer row (never null).
    [[nodiscard]] const std::shared_ptr<const RelationJoin> &join() const { return m_join; }
    /// True for an empty AND (no condition at all), which builders leave out of WHERE.
    [[nodiscard]] bool isEmpty() const { return m_kind == Kind::And && m_children.isEmpty(); }

private:
    Kind m_kind = Kind::And;
    QString m_column;
    FilterOp m_op = FilterOp::Equals;
    Value m_value;
    QList<Value> m_values;
    TextMode m_mode = TextMode::Default;
    QList<Filter> m_children;
    RelationOp m_relationOp = RelationOp::Some;
    std::shared_ptr<const RelationJoin> m_join;
};

/// Writes the filter as one parenthesised-as-needed boolean expression on the builder's table (unqualified
/// column names; relation conditions qualify the outer columns they correlate with). An unknown column or an
/// operator the column's type has not got (contains on an Int) is an error in the builder.
void writeFilter(SqlBuilder &builder, const Filter &filter);

/// The user's text as a LIKE pattern that matches it literally, with `!` as the escape character
/// (`50%_off!` → `50!%!_off!!`). `!` rather than backslash because MySQL treats backslashes in string
/// literals specially unless NO_BACKSLASH_ESCAPES is set, so `ESCAPE '!'` means the same everywhere.
[[nodiscard]] QString escapeLikePattern(QStringView text);
/// The user's text as a SQLite GLOB pattern that matches it literally (`*`, `?`, `[` become `[*]`, `[?]`, `[[]`).
[[nodiscard]] QString escapeGlobPattern(QStringView text);

} // namespace facet::db
