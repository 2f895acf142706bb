// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "RelationCondition.h"

using namespace Qt::StringLiterals;

namespace facet::filter {

QList<RelationOp> relationOperatorsFor(const mapping::RelationTarget &target)
{
    if (target.toMany)
        return {RelationOp::Some, RelationOp::None, RelationOp::Every};
    QList<RelationOp> ops{RelationOp::Is, RelationOp::IsNot};
    if (target.optional)
        ops << RelationOp::IsNull << RelationOp::IsNotNull;
    return ops;
}

bool takesNestedCondition(RelationOp op)
{
    return op != RelationOp::IsNull && op != RelationOp::IsNotNull;
}

std::expected<FilterCondition, QString> makeRelationCondition(const mapping::RelationTarget &target, RelationOp op,
                                                              const std::optional<FilterCondition> &nested)
{
    if (!relationOperatorsFor(target).contains(op))
        return std::unexpected(u"%1: %2 is not available for a %3 relation"_s.arg(
            target.field, relationOperatorName(op), target.toMany ? u"to-many"_s : target.optional ? u"to-one"_s
                                                                                                   : u"required to-one"_s));
    if (op == RelationOp::Every && !nested)
        return std::unexpected(u"%1: every needs a condition on %2 (every record without one would match)"_s.arg(
            target.field, target.model));
    FilterCondition c;
    c.field = target.field;
    c.relation = op;
    QJsonObject filter;
    switch (op) {
    case RelationOp::IsNull:
        filter.insert(u"is"_s, QJsonValue::Null);
        break;
    case RelationOp::IsNotNull:
        filter.insert(u"isNot"_s, QJsonValue::Null);
        break;
    default:
        filter.insert(relationOperatorName(op), nested ? nested->where : QJsonObject());
        if (nested)
            c.nestedLabel = nested->label();
        break;
    }
    c.where.insert(target.field, filter);
    return c;
}

} // namespace facet::filter
