// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "filter/FilterCondition.h"
#include "mapping/RelationTarget.h"

#include <QList>

#include <expected>
#include <optional>

namespace facet::filter {

/// The relation operators a relation field offers, in menu order: some, none, every for a list; is, isNot
/// for to-one, and is null / is not null when the relation is optional (as Prisma's types allow `null`).
[[nodiscard]] QList<RelationOp> relationOperatorsFor(const mapping::RelationTarget &target);

/// Whether the operator takes a nested condition (everything but the null checks).
[[nodiscard]] bool takesNestedCondition(RelationOp op);

/// A relation chip: `{ "posts": { "some": <nested.where> } }`, `{ "author": { "is": null } }`. `nested` is a
/// condition on the related model (makeCondition on one of its columns); none means any related record
/// (`some: {}`), which `every` refuses since it would match every record.
[[nodiscard]] std::expected<FilterCondition, QString> makeRelationCondition(const mapping::RelationTarget &target,
                                                                            RelationOp op,
                                                                            const std::optional<FilterCondition> &nested);

} // namespace facet::filter
