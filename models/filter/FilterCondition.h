// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "mapping/ModelTable.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace facet::filter {

/// The filter builder's operators: Prisma's scalar filters plus "is null" / "is not null", which Prisma
/// spells `equals: null` / `not: null`.
enum class ConditionOp { Equals, Not, In, NotIn, Lt, Lte, Gt, Gte, Contains, StartsWith, EndsWith, IsNull, IsNotNull };

/// The filter builder's relation operators: Prisma's some/none/every (to-many) and is/isNot (to-one), plus
/// "is null" / "is not null" for optional to-one relations (`is: null` / `isNot: null`).
enum class RelationOp { Some, None, Every, Is, IsNot, IsNull, IsNotNull };

/// One chip of the filter bar: a checked condition on one field, already in Prisma's where JSON.
struct FilterCondition {
    QString field;
    ConditionOp op = ConditionOp::Equals;
    QStringList texts;        ///< what the user typed (one value, several for in/notIn, none for null checks)
    bool insensitive = false; ///< `mode: "insensitive"` (String fields only)
    QJsonObject where;        ///< `{ "title": { "contains": "x", "mode": "insensitive" } }`
    /// A relation chip (makeRelationCondition): `field` is the relation field, `op`/`texts` are unused and
    /// `nestedLabel` is the nested condition's label (empty: no condition, any related record).
    std::optional<RelationOp> relation;
    QString nestedLabel;

    /// The chip text: `title contains "x" (Aa)`, `authorId = 42`, `deletedAt is null`,
    /// `posts some: title contains "x"`, `author is null`.
    [[nodiscard]] QString label() const;
    bool operator==(const FilterCondition &) const = default;
};

/// Prisma's name of the operator ("contains", "notIn"); "is null" / "is not null" for the null checks.
[[nodiscard]] QString operatorName(ConditionOp op);
/// Prisma's name of the relation operator ("some", "isNot"); "is null" / "is not null".
[[nodiscard]] QString relationOperatorName(RelationOp op);
/// The operators a field offers, in menu order, as Prisma's per-type filters allow them: ordering for
/// numbers, dates, Decimal and BigInt; text matching for String; equals/not/in for enums and Boolean
/// (Boolean without in/notIn); null checks for optional fields only. List and Json fields get none here
/// (the raw where box takes their filters).
[[nodiscard]] QList<ConditionOp> operatorsFor(const mapping::ModelColumn &column);
/// Whether the operator takes a list of values (in, notIn), one value, or none (null checks).
[[nodiscard]] int valueArity(ConditionOp op); ///< 0, 1, or -1 for a list

/// Checks the typed texts with the grid editors' rules (cellinput::parseCellText) and builds the condition.
/// The error says which value is wrong and why ("value 2: Int: "x" is not a whole number").
[[nodiscard]] std::expected<FilterCondition, QString> makeCondition(const mapping::ModelColumn &column, ConditionOp op,
                                                                    const QStringList &texts, bool insensitive = false);

/// The chips and the raw where text as one Prisma where: nothing → "", one part → that part, several →
/// `{"AND": [...]}`. The raw text is included as it is (the caller's parseWhere reports its errors).
[[nodiscard]] QString composeWhere(const QList<FilterCondition> &conditions, const QString &rawWhere = {});

} // namespace facet::filter
