// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "MySqlValueCodec.h"

#include "qtsql/QtSqlRowDecoder.h"

#include <QDateTime>

#include <limits>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

QStringList enumLabels(QStringView arguments)
{
    // 'A','B','it''s' — labels are single-quoted with '' for a quote.
    QStringList labels;
    QString current;
    bool inQuote = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QChar c = arguments[i];
        if (!inQuote) {
            if (c == u'\'')
                inQuote = true;
            continue;
        }
        if (c == u'\'' && i + 1 < arguments.size() && arguments[i + 1] == u'\'') {
            current += u'\'';
            ++i;
        } else if (c == u'\'') {
            inQuote = false;
            labels << current;
            current.clear();
        } else if (c == u'\\' && i + 1 < arguments.size()) {
            current += arguments[++i];
        } else {
            current += c;
        }
    }
    return labels;
}

Result<Value> integerValue(qint64 v, const ColumnType &type)
{
    if (type.kind == ScalarKind::Int)
        if (auto i = Value::intChecked(v))
            return *i;
    return Value::fromBigInt(v);
}

} // namespace

ColumnType MySqlValueCodec::columnType(QStringView declaration)
{
    ColumnType t;
    t.nativeName = declaration.toString().toUpper();
    t.allowsNonFinite = false;
    const QString lower = declaration.toString().toLower().trimmed();
    const qsizetype paren = lower.indexOf(u'(');
    const qsizetype close = lower.lastIndexOf(u')');
    const QString base = (paren < 0 ? lower.section(u' ', 0, 0) : lower.left(paren)).trimmed();
    const QString arguments = paren >= 0 && close > paren ? lower.mid(paren + 1, close - paren - 1) : QString();
    const QStringList numbers = arguments.split(u',', Qt::SkipEmptyParts);
    const int first = numbers.isEmpty() ? -1 : numbers[0].trimmed().toInt();
    t.isUnsigned = lower.contains(u" unsigned"_s);

    if (base == u"tinyint"_s && first == 1 && !t.isUnsigned) {
        t.kind = ScalarKind::Boolean;
    } else if (base == u"tinyint"_s || base == u"smallint"_s || base == u"mediumint"_s || base == u"int"_s
               || base == u"integer"_s || base == u"year"_s) {
        t.kind = ScalarKind::Int;
        t.integerBits = base == u"tinyint"_s ? 8 : base == u"smallint"_s || base == u"year"_s ? 16
                        : base == u"mediumint"_s ? 24 : 32;
    } else if (base == u"bigint"_s) {
        t.kind = ScalarKind::BigInt;
        t.integerBits = 64;
    } else if (base == u"float"_s || base == u"double"_s || base == u"real"_s) {
        t.kind = ScalarKind::Float;
    } else if (base == u"decimal"_s || base == u"numeric"_s || base == u"dec"_s || base == u"fixed"_s) {
        t.kind = ScalarKind::Decimal;
        t.precision = first > 0 ? first : 10; // MySQL's DECIMAL without arguments is DECIMAL(10,0)
        t.scale = numbers.size() > 1 ? numbers[1].trimmed().toInt() : 0;
    } else if (base == u"bit"_s) {
        t.kind = first <= 1 ? ScalarKind::Boolean : ScalarKind::Bytes;
    } else if (base == u"char"_s || base == u"varchar"_s) {
        t.kind = ScalarKind::String;
        t.maxLength = first;
    } else if (base.endsWith(u"text"_s)) {
        t.kind = ScalarKind::String;
    } else if (base == u"binary"_s || base == u"varbinary"_s) {
        t.kind = ScalarKind::Bytes;
        t.maxLength = first;
    } else if (base.endsWith(u"blob"_s)) {
        t.kind = ScalarKind::Bytes;
    } else if (base == u"date"_s) {
        t.kind = ScalarKind::DateTime;
        t.temporal = ColumnType::Temporal::Date;
    } else if (base == u"datetime"_s || base == u"timestamp"_s || base == u"time"_s) {
        t.kind = ScalarKind::DateTime;
        t.fractionDigits = std::max(0, first); // MySQL keeps no fraction unless declared
        if (base == u"time"_s)
            t.temporal = ColumnType::Temporal::Time;
    } else if (base == u"json"_s) {
        t.kind = ScalarKind::Json;
    } else if (base == u"enum"_s) {
        t.kind = ScalarKind::Enum;
        t.enumLabels = enumLabels(QStringView(declaration).mid(paren + 1, close - paren - 1));
    } else if (base == u"uuid"_s) { // MariaDB 10.7+
        t.kind = ScalarKind::String;
        t.isUuid = true;
    } else {
        t.kind = ScalarKind::String;
    }
    return t;
}

Result<QVariant> MySqlValueCodec::encode(const Value &value, const ColumnType &type)
{
    if (auto fits = checkValueFits(value, type); !fits)
        return std::unexpected(fits.error());
    switch (value.kind()) {
    case ScalarKind::Null:
        return QVariant(QMetaType::fromType<QString>());
    case ScalarKind::Int:
    case ScalarKind::BigInt:
        return QVariant(value.toBigInt());
    case ScalarKind::Float:
        if (type.kind == ScalarKind::Decimal)
            return QVariant(Decimal::fromDouble(value.toFloat()).toString());
        return QVariant(value.toFloat());
    case ScalarKind::Decimal:
        return QVariant(value.toDecimal().toString()); // text: the server converts it without a double
    case ScalarKind::Boolean:
        return QVariant(qint64(value.toBool() ? 1 : 0));
    case ScalarKind::String:
        return QVariant(value.toString());
    case ScalarKind::DateTime: {
        const QString sql = value.toDateTime().toSqlUtc(6);
        switch (type.temporal) {
        case ColumnType::Temporal::Date: return QVariant(sql.left(10));
        case ColumnType::Temporal::Time: return QVariant(sql.mid(11));
        case ColumnType::Temporal::DateTime: break;
        }
        return QVariant(sql);
    }
    case ScalarKind::Json:
        return QVariant(value.toJson().text());
    case ScalarKind::Bytes:
        return QVariant(value.toBytes());
    case ScalarKind::Enum:
        return QVariant(value.toEnum().label);
    case ScalarKind::List:
        break;
    }
    return std::unexpected(valueRefused(u"P2026"_s, value, type, u"MySQL has no list columns"_s));
}

Result<Value> MySqlValueCodec::decode(const QVariant &cell, const ColumnType &type)
{
    if (cell.isNull())
        return Value::null();
    const auto unreadable = [&](const QString &why) { return std::unexpected(cellUnreadable(type, why)); };
    const int id = cell.typeId();
    switch (type.kind) {
    case ScalarKind::Int:
    case ScalarKind::BigInt: {
        if (id == QMetaType::ULongLong && cell.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
            return unreadable(u"%1 is above the BigInt range"_s.arg(cell.toULongLong()));
        bool ok = false;
        const qint64 v = id == QMetaType::QString ? cell.toString().toLongLong(&ok) : cell.toLongLong(&ok);
        if (!ok)
            return unreadable(u"'%1' is not an integer"_s.arg(cell.toString().left(40)));
        return integerValue(v, type);
    }
    case ScalarKind::Float: {
        bool ok = false;
        const double d = cell.toDouble(&ok);
        if (!ok)
            return unreadable(u"'%1' is not a number"_s.arg(cell.toString().left(40)));
        return Value::fromFloat(d);
    }
    case ScalarKind::Decimal: {
        if (id == QMetaType::Double || id == QMetaType::Float)
            return unreadable(u"the driver delivered a double; the query must use QSql::HighPrecision"_s);
        const auto d = Decimal::parse(cell.toString());
        if (!d)
            return unreadable(u"'%1' is not a decimal number"_s.arg(cell.toString().left(80)));
        return Value::fromDecimal(*d);
    }
    case ScalarKind::Boolean:
        if (id == QMetaType::QByteArray) { // BIT(1)
            const QByteArray bits = cell.toByteArray();
            return Value::fromBool(bits.count('\0') != bits.size());
        }
        return Value::fromBool(cell.toLongLong() != 0);
    case ScalarKind::String:
        return Value::fromString(id == QMetaType::QByteArray ? QString::fromUtf8(cell.toByteArray()) : cell.toString());
    case ScalarKind::DateTime: {
        std::optional<DateTime> dt;
        if (id == QMetaType::QDateTime) {
            // QMYSQL builds the QDateTime from the stored fields; take them back as fields, never as an instant
            // (which would pass through the process's time zone).
            const QDateTime qdt = cell.toDateTime();
            const QDate d = qdt.date();
            const QTime t = qdt.time();
            dt = DateTime::fromFields(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec() * 1000);
        } else if (id == QMetaType::QDate) {
            const QDate d = cell.toDate();
            dt = DateTime::fromFields(d.year(), d.month(), d.day());
        } else if (id == QMetaType::QTime) {
            const QTime t = cell.toTime();
            dt = DateTime::fromFields(1970, 1, 1, t.hour(), t.minute(), t.second(), t.msec() * 1000);
        } else {
            const QString text = cell.toString();
            dt = type.temporal == ColumnType::Temporal::Time ? DateTime::parseIso8601(QString(u"1970-01-01 "_s + text))
                                                             : DateTime::parseIso8601(text);
        }
        if (!dt) // zero dates (0000-00-00) and years outside 1..9999
            return unreadable(u"'%1' is not a date in years 1–9999"_s.arg(cell.toString()));
        return Value::fromDateTime(*dt);
    }
    case ScalarKind::Json: {
        const QString text = id == QMetaType::QByteArray ? QString::fromUtf8(cell.toByteArray()) : cell.toString();
        const auto json = Json::parse(text);
        if (!json)
            return unreadable(u"the text is not valid JSON"_s);
        return Value::fromJson(*json);
    }
    case ScalarKind::Bytes:
        return Value::fromBytes(id == QMetaType::QString ? cell.toString().toUtf8() : cell.toByteArray());
    case ScalarKind::Enum:
        return Value::fromEnum(type.enumName, cell.toString());
    case ScalarKind::Null:
    case ScalarKind::List:
        break;
    }
    return unreadable(u"MySQL has no list columns"_s);
}

Result<QList<Value>> MySqlValueCodec::decodeRow(const SqlRows &rows, qsizetype row, const QList<ColumnType> &types)
{
    return decodeQtSqlRow(rows, row, types, &MySqlValueCodec::decode);
}

} // namespace facet::db
