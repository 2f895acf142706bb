// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "ColumnType.h"

#include "value/Value.h"

#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

int defaultBits(ScalarKind kind)
{
    return kind == ScalarKind::Int ? 32 : 64;
}

qsizetype codePoints(const QString &s)
{
    qsizetype n = s.size();
    for (const QChar c : s)
        if (c.isLowSurrogate())
            --n;
    return n;
}

Result<void> checkInteger(const Value &value, const ColumnType &type, qint64 v)
{
    const int bits = type.integerBits > 0 ? type.integerBits : defaultBits(type.kind);
    if (type.isUnsigned) {
        if (v < 0)
            return std::unexpected(valueRefused(u"P2020"_s, value, type, u"the column is unsigned"_s));
        // 64-bit unsigned holds every non-negative qint64.
        if (bits < 64 && v > (qint64(1) << bits) - 1)
            return std::unexpected(valueRefused(u"P2020"_s, value, type,
                                                u"the column holds 0..%1"_s.arg((qint64(1) << bits) - 1)));
        return {};
    }
    if (bits < 64) {
        const qint64 max = (qint64(1) << (bits - 1)) - 1;
        const qint64 min = -max - 1;
        if (v < min || v > max)
            return std::unexpected(
                valueRefused(u"P2020"_s, value, type, u"the column holds %1..%2"_s.arg(min).arg(max)));
    }
    return {};
}

Result<void> checkDecimal(const Value &value, const ColumnType &type, const Decimal &d)
{
    if (d.isSpecial()) {
        if (type.precision >= 0)
            return std::unexpected(valueRefused(u"P2020"_s, value, type, u"a bounded DECIMAL has no NaN or Infinity"_s));
        return {};
    }
    if (type.precision < 0)
        return {};
    const int scale = std::max(0, type.scale);
    if (d.integerDigits() > type.precision - scale)
        return std::unexpected(valueRefused(u"P2020"_s, value, type,
                                            u"it has %1 digits before the point, the column allows %2"_s.arg(
                                                d.integerDigits()).arg(type.precision - scale)));
    if (d.significantScale() > scale)
        return std::unexpected(valueRefused(u"P2020"_s, value, type,
                                            u"it has %1 digits after the point, the column keeps %2 and would "
                                            "round it"_s.arg(d.significantScale()).arg(scale)));
    return {};
}

Result<void> checkDateTime(const Value &value, const ColumnType &type, const DateTime &dt)
{
    const DateTime::Fields f = dt.withOffset(type.hasTimeZone ? dt.offsetSeconds() : std::optional<int>(0)).fields();
    int keptDigits = std::clamp(type.fractionDigits, 0, 6);
    qint64 unit = 1;
    for (int i = keptDigits; i < 6; ++i)
        unit *= 10;
    if (f.microsecond % unit != 0)
        return std::unexpected(valueRefused(u"P2020"_s, value, type,
                                            u"the column keeps %1 fractional second digits and would round it"_s.arg(
                                                keptDigits)));
    if (type.temporal == ColumnType::Temporal::Date && (f.hour || f.minute || f.second || f.microsecond))
        return std::unexpected(valueRefused(u"P2020"_s, value, type, u"a date column has no time of day"_s));
    return {};
}

bool compatible(ScalarKind valueKind, ScalarKind columnKind)
{
    if (valueKind == columnKind)
        return true;
    switch (columnKind) {
    case ScalarKind::Int:
    case ScalarKind::BigInt:
        return valueKind == ScalarKind::Int || valueKind == ScalarKind::BigInt;
    case ScalarKind::Float:
    case ScalarKind::Decimal:
        return valueKind == ScalarKind::Int || valueKind == ScalarKind::BigInt || valueKind == ScalarKind::Decimal
               || valueKind == ScalarKind::Float;
    case ScalarKind::String:
        return valueKind == ScalarKind::Enum;
    case ScalarKind::Enum:
        return valueKind == ScalarKind::String;
    default:
        return false;
    }
}

} // namespace

QString ColumnType::describe() const
{
    if (!nativeName.isEmpty())
        return nativeName;
    QString name = kind == ScalarKind::Enum && !enumName.isEmpty() ? enumName : scalarKindName(kind);
    return isList ? name + u"[]"_s : name;
}

ColumnType ColumnType::elementType() const
{
    ColumnType element = *this;
    element.isList = false;
    if (element.nativeName.endsWith(u"[]"_s))
        element.nativeName.chop(2);
    return element;
}

DbError valueRefused(const QString &prismaCode, const Value &value, const ColumnType &type, const QString &reason)
{
    DbError e;
    e.prismaCode = prismaCode;
    e.message = u"%1 does not fit column type %2: %3"_s.arg(value.describe(), type.describe(), reason);
    return e;
}

DbError cellUnreadable(const ColumnType &type, const QString &reason)
{
    DbError e;
    e.prismaCode = u"P2023"_s;
    e.message = u"cannot read a %1 value exactly: %2"_s.arg(type.describe(), reason);
    return e;
}

Result<void> checkValueFits(const Value &value, const ColumnType &type)
{
    if (value.isNull())
        return {};
    if (type.isList) {
        if (value.kind() != ScalarKind::List)
            return std::unexpected(valueRefused(u"P2007"_s, value, type, u"the column holds a list"_s));
        const ColumnType element = type.elementType();
        for (const Value &v : value.toList())
            if (auto r = checkValueFits(v, element); !r)
                return r;
        return {};
    }
    if (!compatible(value.kind(), type.kind))
        return std::unexpected(valueRefused(u"P2007"_s, value, type,
                                            u"the column holds %1 values"_s.arg(scalarKindName(type.kind))));
    switch (type.kind) {
    case ScalarKind::Int:
    case ScalarKind::BigInt:
        return checkInteger(value, type, value.toBigInt());
    case ScalarKind::Float:
        if (value.kind() == ScalarKind::Float && !std::isfinite(value.toFloat()) && !type.allowsNonFinite)
            return std::unexpected(valueRefused(u"P2020"_s, value, type, u"the database has no NaN or Infinity"_s));
        if (value.kind() == ScalarKind::Decimal || value.kind() == ScalarKind::BigInt) {
            // A double holds integers exactly only up to 2^53; anything else would be rounded silently.
            const Decimal d = value.kind() == ScalarKind::Decimal ? value.toDecimal() : Decimal::fromInt64(value.toBigInt());
            if (!d.isSpecial() && Decimal::fromDouble(d.toCanonicalString().toDouble()) != d)
                return std::unexpected(valueRefused(u"P2020"_s, value, type, u"a double cannot hold it exactly"_s));
        }
        return {};
    case ScalarKind::Decimal:
        if (value.kind() == ScalarKind::Decimal)
            return checkDecimal(value, type, value.toDecimal());
        if (value.kind() == ScalarKind::Float)
            return checkDecimal(value, type, Decimal::fromDouble(value.toFloat()));
        return checkDecimal(value, type, Decimal::fromInt64(value.toBigInt()));
    case ScalarKind::String: {
        const QString &s = value.kind() == ScalarKind::Enum ? value.toEnum().label : value.toString();
        if (type.isUuid && QUuid::fromString(s).isNull() && s != u"00000000-0000-0000-0000-000000000000"_s)
            return std::unexpected(valueRefused(u"P2007"_s, value, type, u"the text is not a UUID"_s));
        if (type.maxLength >= 0 && codePoints(s) > type.maxLength)
            return std::unexpected(valueRefused(u"P2000"_s, value, type,
                                                u"the column holds at most %1 characters"_s.arg(type.maxLength)));
        return {};
    }
    case ScalarKind::Bytes:
        if (type.maxLength >= 0 && value.toBytes().size() > type.maxLength)
            return std::unexpected(valueRefused(u"P2000"_s, value, type,
                                                u"the column holds at most %1 bytes"_s.arg(type.maxLength)));
        return {};
    case ScalarKind::DateTime:
        return checkDateTime(value, type, value.toDateTime());
    case ScalarKind::Enum: {
        const QString &label = value.kind() == ScalarKind::Enum ? value.toEnum().label : value.toString();
        if (!type.enumLabels.isEmpty() && !type.enumLabels.contains(label))
            return std::unexpected(valueRefused(u"P2007"_s, value, type,
                                                u"'%1' is not one of %2"_s.arg(label, type.enumLabels.join(u", "_s))));
        return {};
    }
    default:
        return {};
    }
}

} // namespace facet::db
