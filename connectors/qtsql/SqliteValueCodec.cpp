// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "SqliteValueCodec.h"

#include "qtsql/QtSqlRowDecoder.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

bool isIntegerText(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (qsizetype i = s.front() == u'-' ? 1 : 0; i < s.size(); ++i)
        if (s[i] < u'0' || s[i] > u'9')
            return false;
    return s != u"-"_s;
}

// A REAL holding a whole number (SQLite may store an integer-valued number as REAL): exact up to 2^53.
std::optional<qint64> wholeNumber(double d)
{
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return qint64(d);
}

} // namespace

ColumnType SqliteValueCodec::columnType(QStringView declaredType)
{
    ColumnType t;
    t.nativeName = declaredType.toString().toUpper();
    t.allowsNonFinite = false;
    const QString d = declaredType.toString().toLower().trimmed();
    const QString base = d.section(u'(', 0, 0).trimmed();
    if (base == u"int"_s || base == u"integer"_s) {
        t.kind = ScalarKind::Int;
    } else if (base == u"bigint"_s) {
        t.kind = ScalarKind::BigInt;
    } else if (base == u"real"_s || base == u"float"_s || base.startsWith(u"double"_s)) {
        t.kind = ScalarKind::Float;
    } else if (base == u"boolean"_s || base == u"bool"_s) {
        t.kind = ScalarKind::Boolean;
    } else if (d.contains(u"numeric"_s) || d.contains(u"decimal"_s)) {
        t.kind = ScalarKind::Decimal;
    } else if (base == u"date"_s || base == u"datetime"_s || base == u"timestamp"_s) {
        t.kind = ScalarKind::DateTime;
    } else if (d.contains(u"blob"_s) || d.contains(u"binary"_s)) {
        t.kind = ScalarKind::Bytes;
    } else if (base == u"json"_s || base == u"jsonb"_s) {
        t.kind = ScalarKind::Json;
    } else {
        t.kind = ScalarKind::String;
    }
    return t;
}

Result<QVariant> SqliteValueCodec::encode(const Value &value, const ColumnType &type)
{
    if (auto fits = checkValueFits(value, type); !fits)
        return std::unexpected(fits.error());
    if (value.kind() == ScalarKind::Decimal && type.kind == ScalarKind::Decimal) {
        // NUMERIC affinity turns numeric text into INTEGER (whole numbers in 64 bits) or REAL: anything a
        // double cannot hold exactly would be rounded by SQLite itself, silently.
        const Decimal &d = value.toDecimal();
        const bool wholeInt64 = d.significantScale() == 0 && d.integerDigits() <= 18;
        if (d.isSpecial() || (!wholeInt64 && Decimal::fromDouble(d.toCanonicalString().toDouble()) != d))
            return std::unexpected(valueRefused(u"P2020"_s, value, type,
                                                u"SQLite stores DECIMAL as a 64-bit integer or a double and would "
                                                "round it"_s));
    }
    switch (value.kind()) {
    case ScalarKind::Null:
        return QVariant(QMetaType::fromType<QString>());
    case ScalarKind::Int:
    case ScalarKind::BigInt:
        return QVariant(value.toBigInt());
    case ScalarKind::Float:
        return QVariant(value.toFloat());
    case ScalarKind::Decimal:
        return QVariant(value.toDecimal().toString());
    case ScalarKind::Boolean:
        return QVariant(qint64(value.toBool() ? 1 : 0));
    case ScalarKind::String:
        return QVariant(value.toString());
    case ScalarKind::DateTime:
        return QVariant(value.toDateTime().toUtcIso8601());
    case ScalarKind::Json:
        return QVariant(value.toJson().text());
    case ScalarKind::Bytes:
        return QVariant(value.toBytes());
    case ScalarKind::Enum:
        return QVariant(value.toEnum().label);
    case ScalarKind::List:
        break;
    }
    return std::unexpected(valueRefused(u"P2026"_s, value, type, u"SQLite has no list columns"_s));
}

Result<Value> SqliteValueCodec::decode(const QVariant &cell, const ColumnType &type)
{
    if (cell.isNull())
        return Value::null();
    const auto unreadable = [&](const QString &why) { return std::unexpected(cellUnreadable(type, why)); };
    const int id = cell.typeId();
    const bool isInteger = id == QMetaType::LongLong || id == QMetaType::Int || id == QMetaType::ULongLong;
    const bool isReal = id == QMetaType::Double;
    const bool isBlob = id == QMetaType::QByteArray;
    const QString text = isBlob ? QString() : cell.toString();

    switch (type.kind) {
    case ScalarKind::Int:
    case ScalarKind::BigInt: {
        std::optional<qint64> v;
        if (isInteger)
            v = cell.toLongLong();
        else if (isReal)
            v = wholeNumber(cell.toDouble());
        else if (isIntegerText(text))
            v = text.toLongLong();
        if (!v)
            return unreadable(u"'%1' is not an integer"_s.arg(text.left(40)));
        if (type.kind == ScalarKind::Int)
            if (auto i = Value::intChecked(*v))
                return *i;
        return Value::fromBigInt(*v);
    }
    case ScalarKind::Float: {
        bool ok = false;
        const double d = cell.toDouble(&ok);
        if (!ok)
            return unreadable(u"'%1' is not a number"_s.arg(text.left(40)));
        return Value::fromFloat(d);
    }
    case ScalarKind::Decimal: {
        if (isInteger)
            return Value::fromDecimal(Decimal::fromInt64(cell.toLongLong()));
        if (isReal)
            return Value::fromDecimal(Decimal::fromDouble(cell.toDouble()));
        if (const auto d = Decimal::parse(text))
            return Value::fromDecimal(*d);
        return unreadable(u"'%1' is not a decimal number"_s.arg(text.left(80)));
    }
    case ScalarKind::Boolean:
        if (isInteger || isReal)
            return Value::fromBool(cell.toDouble() != 0);
        if (text == u"true"_s || text == u"false"_s)
            return Value::fromBool(text == u"true"_s);
        return unreadable(u"'%1' is not 0/1 or true/false"_s.arg(text.left(40)));
    case ScalarKind::String:
        return Value::fromString(isBlob ? QString::fromUtf8(cell.toByteArray()) : text);
    case ScalarKind::DateTime: {
        std::optional<DateTime> dt;
        if (isInteger) {
            dt = DateTime::fromUnixMillis(cell.toLongLong());
        } else if (isReal) {
            if (const auto ms = wholeNumber(cell.toDouble()))
                dt = DateTime::fromUnixMillis(*ms);
        } else if (isIntegerText(text)) {
            dt = DateTime::fromUnixMillis(text.toLongLong());
        } else {
            dt = DateTime::parseIso8601(text);
            // Text without a zone is UTC here: CURRENT_TIMESTAMP and Prisma both write UTC.
            if (dt && !dt->hasZone())
                dt = dt->withOffset(0);
        }
        if (!dt)
            return unreadable(u"'%1' is neither epoch milliseconds nor ISO-8601 in years 1–9999"_s.arg(text.left(40)));
        return Value::fromDateTime(*dt);
    }
    case ScalarKind::Json: {
        if (isBlob)
            return unreadable(u"the cell holds SQLite's binary JSONB; select json(column) to read it as text"_s);
        // NUMERIC affinity stored a JSON number as INTEGER/REAL: its shortest text is the same JSON number.
        const QString json = isReal ? QString::number(cell.toDouble(), 'g', QLocale::FloatingPointShortest) : text;
        const auto parsed = Json::parse(json);
        if (!parsed)
            return unreadable(u"the text is not valid JSON"_s);
        return Value::fromJson(*parsed);
    }
    case ScalarKind::Bytes:
        return Value::fromBytes(isBlob ? cell.toByteArray() : text.toUtf8());
    case ScalarKind::Enum:
        return Value::fromEnum(type.enumName, text);
    case ScalarKind::Null:
    case ScalarKind::List:
        break;
    }
    return unreadable(u"SQLite has no list columns"_s);
}

Result<QList<Value>> SqliteValueCodec::decodeRow(const SqlRows &rows, qsizetype row, const QList<ColumnType> &types)
{
    return decodeQtSqlRow(rows, row, types, &SqliteValueCodec::decode);
}

} // namespace facet::db
