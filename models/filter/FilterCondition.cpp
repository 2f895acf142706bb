// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "FilterCondition.h"

#include "cellinput/CellInput.h"
#include "edit/ValueJson.h"
#include "mapping/FieldValue.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace facet::filter {

namespace {

using db::ScalarKind;

bool isOrdered(ScalarKind kind)
{
    switch (kind) {
    case ScalarKind::Int:
    case ScalarKind::BigInt:
    case ScalarKind::Float:
    case ScalarKind::Decimal:
    case ScalarKind::DateTime:
    case ScalarKind::String:
        return true;
    default:
        return false;
    }
}

QString symbol(ConditionOp op)
{
    switch (op) {
    case ConditionOp::Equals: return u"="_s;
    case ConditionOp::Not: return u"≠"_s;
    case ConditionOp::Lt: return u"<"_s;
    case ConditionOp::Lte: return u"≤"_s;
    case ConditionOp::Gt: return u">"_s;
    case ConditionOp::Gte: return u"≥"_s;
    default: return operatorName(op);
    }
}

} // namespace

QString operatorName(ConditionOp op)
{
    switch (op) {
    case ConditionOp::Equals: return u"equals"_s;
    case ConditionOp::Not: return u"not"_s;
    case ConditionOp::In: return u"in"_s;
    case ConditionOp::NotIn: return u"notIn"_s;
    case ConditionOp::Lt: return u"lt"_s;
    case ConditionOp::Lte: return u"lte"_s;
    case ConditionOp::Gt: return u"gt"_s;
    case ConditionOp::Gte: return u"gte"_s;
    case ConditionOp::Contains: return u"contains"_s;
    case ConditionOp::StartsWith: return u"startsWith"_s;
    case ConditionOp::EndsWith: return u"endsWith"_s;
    case ConditionOp::IsNull: return u"is null"_s;
    case ConditionOp::IsNotNull: return u"is not null"_s;
    }
    return {};
}

QString relationOperatorName(RelationOp op)
{
    switch (op) {
    case RelationOp::Some: return u"some"_s;
    case RelationOp::None: return u"none"_s;
    case RelationOp::Every: return u"every"_s;
    case RelationOp::Is: return u"is"_s;
    case RelationOp::IsNot: return u"isNot"_s;
    case RelationOp::IsNull: return u"is null"_s;
    case RelationOp::IsNotNull: return u"is not null"_s;
    }
    return {};
}

int valueArity(ConditionOp op)
{
    switch (op) {
    case ConditionOp::In:
    case ConditionOp::NotIn:
        return -1;
    case ConditionOp::IsNull:
    case ConditionOp::IsNotNull:
        return 0;
    default:
        return 1;
    }
}

QList<ConditionOp> operatorsFor(const mapping::ModelColumn &column)
{
    const db::ColumnType &type = column.spec.type;
    QList<ConditionOp> ops;
    if (type.isList || type.kind == ScalarKind::Json || type.kind == ScalarKind::List)
        return ops;
    ops << ConditionOp::Equals << ConditionOp::Not;
    if (type.kind != ScalarKind::Boolean)
        ops << ConditionOp::In << ConditionOp::NotIn;
    if (isOrdered(type.kind))
        ops << ConditionOp::Lt << ConditionOp::Lte << ConditionOp::Gt << ConditionOp::Gte;
    if (type.kind == ScalarKind::String)
        ops << ConditionOp::Contains << ConditionOp::StartsWith << ConditionOp::EndsWith;
    if (column.spec.nullable)
        ops << ConditionOp::IsNull << ConditionOp::IsNotNull;
    return ops;
}

std::expected<FilterCondition, QString> makeCondition(const mapping::ModelColumn &column, ConditionOp op,
                                                      const QStringList &texts, bool insensitive)
{
    if (!operatorsFor(column).contains(op))
        return std::unexpected(u"%1: the operator %2 is not available for a %3 field"_s.arg(
            column.field, operatorName(op), db::scalarKindName(column.spec.type.kind)));
    FilterCondition c;
    c.field = column.field;
    c.op = op;
    c.insensitive = insensitive && column.spec.type.kind == ScalarKind::String;
    const cellinput::CellColumn cell = cellinput::cellColumn(column);
    QJsonArray values;
    if (valueArity(op) != 0) {
        if (texts.isEmpty())
            return std::unexpected(u"%1: type a value to compare with"_s.arg(column.field));
        if (valueArity(op) == 1 && texts.size() != 1)
            return std::unexpected(u"%1: %2 takes one value"_s.arg(column.field, operatorName(op)));
        for (qsizetype i = 0; i < texts.size(); ++i) {
            auto value = cellinput::parseCellText(texts.at(i), cell);
            if (!value) {
                const QString which = texts.size() > 1 ? u"value %1: "_s.arg(i + 1) : QString();
                return std::unexpected(u"%1: %2%3"_s.arg(column.field, which, value.error().message));
            }
            values.append(edit::valueToJson(*value, &column));
            c.texts << texts.at(i);
        }
    }
    QJsonObject ops;
    switch (op) {
    case ConditionOp::IsNull:
        c.where.insert(column.field, QJsonValue::Null);
        return c;
    case ConditionOp::IsNotNull:
        ops.insert(u"not"_s, QJsonValue::Null);
        break;
    case ConditionOp::In:
    case ConditionOp::NotIn:
        ops.insert(operatorName(op), values);
        break;
    default:
        ops.insert(operatorName(op), values.first());
        break;
    }
    if (c.insensitive)
        ops.insert(u"mode"_s, u"insensitive"_s);
    c.where.insert(column.field, ops);
    return c;
}

QString FilterCondition::label() const
{
    if (relation) {
        const QString name = relationOperatorName(*relation);
        if (*relation == RelationOp::IsNull || *relation == RelationOp::IsNotNull)
            return u"%1 %2"_s.arg(field, name);
        return nestedLabel.isEmpty() ? u"%1 %2 (any)"_s.arg(field, name) : u"%1 %2: %3"_s.arg(field, name, nestedLabel);
    }
    if (valueArity(op) == 0)
        return u"%1 %2"_s.arg(field, operatorName(op));
    QStringList shown;
    const QJsonObject ops = where.value(field).toObject();
    const QJsonValue v = ops.value(operatorName(op));
    const QJsonArray items = v.isArray() ? v.toArray() : QJsonArray{v};
    for (const QJsonValue &item : items)
        shown << mapping::compactJson(item);
    QString text = u"%1 %2 %3"_s.arg(field, symbol(op),
                                     valueArity(op) < 0 ? u"["_s + shown.join(u", "_s) + u"]"_s : shown.join(u", "_s));
    if (insensitive)
        text += u" (Aa)"_s;
    return text;
}

QString composeWhere(const QList<FilterCondition> &conditions, const QString &rawWhere)
{
    const QString raw = rawWhere.trimmed();
    QJsonArray parts;
    for (const FilterCondition &c : conditions)
        parts.append(c.where);
    if (parts.isEmpty())
        return raw;
    if (!raw.isEmpty()) {
        // The raw text is spliced in unparsed so that parseWhere reports its syntax errors at their place.
        const QString chips = QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact));
        return u"{\"AND\":"_s + chips.chopped(1) + u","_s + raw + u"]}"_s;
    }
    if (parts.size() == 1)
        return QString::fromUtf8(QJsonDocument(parts.first().toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"AND"_s, parts}}).toJson(QJsonDocument::Compact));
}

} // namespace facet::filter
