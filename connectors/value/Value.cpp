// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "Value.h"

#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace facet::db {

QString scalarKindName(ScalarKind kind)
{
    switch (kind) {
    case ScalarKind::Null: return u"Null"_s;
    case ScalarKind::Int: return u"Int"_s;
    case ScalarKind::BigInt: return u"BigInt"_s;
    case ScalarKind::Float: return u"Float"_s;
    case ScalarKind::Decimal: return u"Decimal"_s;
    case ScalarKind::Boolean: return u"Boolean"_s;
    case ScalarKind::String: return u"String"_s;
    case ScalarKind::DateTime: return u"DateTime"_s;
    case ScalarKind::Json: return u"Json"_s;
    case ScalarKind::Bytes: return u"Bytes"_s;
    case ScalarKind::Enum: return u"Enum"_s;
    case ScalarKind::List: return u"List"_s;
    }
    return {};
}

std::optional<Value> Value::intChecked(qint64 v)
{
    if (v < std::numeric_limits<qint32>::min() || v > std::numeric_limits<qint32>::max())
        return std::nullopt;
    return fromInt(qint32(v));
}

Value Value::fromString(QString v)
{
    if (v.isNull())
        v = u""_s;
    return Value(Storage(std::in_place_index<6>, std::move(v)));
}

Value Value::fromBytes(QByteArray v)
{
    if (v.isNull())
        v = QByteArray("", 0);
    return Value(Storage(std::in_place_index<9>, std::move(v)));
}

Value Value::fromEnum(QString enumName, QString label)
{
    return Value(Storage(std::in_place_index<10>, EnumValue{std::move(enumName), std::move(label)}));
}

Value Value::fromList(QList<Value> elements)
{
    return Value(Storage(std::in_place_index<11>, std::move(elements)));
}

qint32 Value::toInt() const
{
    Q_ASSERT(kind() == ScalarKind::Int);
    return std::get<1>(m_storage);
}

qint64 Value::toBigInt() const
{
    Q_ASSERT(kind() == ScalarKind::BigInt || kind() == ScalarKind::Int);
    return kind() == ScalarKind::Int ? std::get<1>(m_storage) : std::get<2>(m_storage);
}

double Value::toFloat() const
{
    Q_ASSERT(kind() == ScalarKind::Float);
    return std::get<3>(m_storage);
}

const Decimal &Value::toDecimal() const
{
    return std::get<4>(m_storage);
}

bool Value::toBool() const
{
    return std::get<5>(m_storage);
}

const QString &Value::toString() const
{
    return std::get<6>(m_storage);
}

const DateTime &Value::toDateTime() const
{
    return std::get<7>(m_storage);
}

const Json &Value::toJson() const
{
    return std::get<8>(m_storage);
}

const QByteArray &Value::toBytes() const
{
    return std::get<9>(m_storage);
}

const EnumValue &Value::toEnum() const
{
    return std::get<10>(m_storage);
}

const QList<Value> &Value::toList() const
{
    return std::get<11>(m_storage);
}

QString Value::describe() const
{
    const QString name = scalarKindName(kind());
    switch (kind()) {
    case ScalarKind::Null: return u"NULL"_s;
    case ScalarKind::Int:
    case ScalarKind::BigInt: return name + u' ' + QString::number(toBigInt());
    case ScalarKind::Float: return name + u' ' + QString::number(toFloat(), 'g', 17);
    case ScalarKind::Decimal: return name + u' ' + toDecimal().toString();
    case ScalarKind::Boolean: return name + u' ' + (toBool() ? u"true"_s : u"false"_s);
    case ScalarKind::String: return name + u" ("_s + QString::number(toString().size()) + u" chars)"_s;
    case ScalarKind::DateTime: return name + u' ' + toDateTime().toIso8601();
    case ScalarKind::Json: return name + u" ("_s + QString::number(toJson().text().size()) + u" chars)"_s;
    case ScalarKind::Bytes: return name + u" ("_s + QString::number(toBytes().size()) + u" bytes)"_s;
    case ScalarKind::Enum: return toEnum().enumName + u'.' + toEnum().label;
    case ScalarKind::List: return name + u" ("_s + QString::number(toList().size()) + u" elements)"_s;
    }
    return name;
}

bool Value::operator==(const Value &other) const
{
    if (kind() != other.kind())
        return false;
    if (kind() == ScalarKind::Float) {
        // Bitwise, except that every NaN is the same value: a round trip must not turn -0.0 into 0.0.
        const double a = toFloat();
        const double b = other.toFloat();
        if (std::isnan(a) || std::isnan(b))
            return std::isnan(a) && std::isnan(b);
        return std::memcmp(&a, &b, sizeof a) == 0;
    }
    return m_storage == other.m_storage;
}

} // namespace facet::db
