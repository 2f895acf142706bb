// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "FieldValue.h"

#include "value/DateTime.h"
#include "value/Decimal.h"
#include "value/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace facet::mapping {

namespace {

using db::ScalarKind;
using db::Value;

QString shown(const QJsonValue &json)
{
    const QString text = compactJson(json);
    return text.size() > 40 ? text.left(37) + u"..."_s : text;
}

std::expected<Value, QString> expected(const QString &what, const QJsonValue &json)
{
    return std::unexpected(u"expected %1, got %2"_s.arg(what, shown(json)));
}

// Whole numbers only, from a JSON integer or a string of digits: Prisma's BigInt input takes both, and a
// string is the only exact spelling beyond 2^53 in most JSON writers.
std::optional<qint64> integerOf(const QJsonValue &json)
{
    if (json.isString()) {
        bool ok = false;
        const qint64 v = json.toString().toLongLong(&ok);
        return ok ? std::optional<qint64>(v) : std::nullopt;
    }
    if (!json.isDouble())
        return std::nullopt;
    // Qt keeps JSON integers that fit in 64 bits as integers; a fraction or exponent makes a double.
    const QVariant v = json.toVariant();
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return v.toLongLong();
    const double d = json.toDouble();
    if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9007199254740992.0)
        return qint64(d);
    return std::nullopt;
}

std::expected<Value, QString> scalarFromJson(const QJsonValue &json, const ModelColumn &column, EnumSpelling spelling)
{
    const db::ColumnType &type = column.spec.type;
    switch (type.kind) {
    case ScalarKind::String:
        if (!json.isString())
            return expected(u"a String"_s, json);
        return Value::fromString(json.toString());
    case ScalarKind::Boolean:
        if (!json.isBool())
            return expected(u"a Boolean (true or false)"_s, json);
        return Value::fromBool(json.toBool());
    case ScalarKind::Int: {
        const auto v = integerOf(json);
        if (!v)
            return expected(u"an Int (a whole number)"_s, json);
        if (auto i = Value::intChecked(*v))
            return *i;
        return std::unexpected(u"%1 does not fit in an Int (32-bit)"_s.arg(*v));
    }
    case ScalarKind::BigInt: {
        const auto v = integerOf(json);
        if (!v)
            return expected(u"a BigInt (a whole number or a string of digits)"_s, json);
        return Value::fromBigInt(*v);
    }
    case ScalarKind::Float:
        if (json.isDouble())
            return Value::fromFloat(json.toDouble());
        if (json.isString()) {
            bool ok = false;
            const double d = json.toString().toDouble(&ok);
            if (ok)
                return Value::fromFloat(d);
            const QString s = json.toString();
            if (s == u"NaN"_s || s == u"Infinity"_s || s == u"-Infinity"_s) // how toPrismaJson writes them
                return Value::fromFloat(s == u"NaN"_s ? std::nan("") : s.startsWith(u'-') ? -INFINITY : INFINITY);
        }
        return expected(u"a Float (a number)"_s, json);
    case ScalarKind::Decimal: {
        if (json.isString()) {
            if (auto d = db::Decimal::parse(json.toString()))
                return Value::fromDecimal(*d);
            return expected(u"a Decimal (digits, e.g. \"12.50\")"_s, json);
        }
        if (auto i = integerOf(json))
            return Value::fromDecimal(db::Decimal::fromInt64(*i));
        if (json.isDouble())
            return Value::fromDecimal(db::Decimal::fromDouble(json.toDouble()));
        return expected(u"a Decimal (a number or a string of digits)"_s, json);
    }
    case ScalarKind::DateTime:
        if (json.isString()) {
            if (auto dt = db::DateTime::parseIso8601(json.toString()))
                return Value::fromDateTime(*dt);
        }
        return expected(u"a DateTime (ISO-8601, e.g. \"2024-05-01T12:00:00Z\")"_s, json);
    case ScalarKind::Bytes: {
        if (json.isString()) {
            const auto decoded = QByteArray::fromBase64Encoding(json.toString().toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                return Value::fromBytes(*decoded);
        }
        return expected(u"Bytes (a base64 string)"_s, json);
    }
    case ScalarKind::Json: {
        const auto parsed = db::Json::parse(compactJson(json));
        if (!parsed)
            return expected(u"a JSON value"_s, json);
        return Value::fromJson(*parsed);
    }
    case ScalarKind::Enum: {
        if (!json.isString())
            return expected(u"a %1 value (a string)"_s.arg(column.enumName), json);
        const QString text = json.toString();
        if (spelling == EnumSpelling::DatabaseLabel)
            return Value::fromEnum(type.enumName, text);
        const auto label = column.enumLabelByName.constFind(text);
        if (label == column.enumLabelByName.cend()) {
            QStringList names = column.enumLabelByName.keys();
            names.sort();
            return std::unexpected(u"\"%1\" is not a value of %2 (%3)"_s.arg(text, column.enumName, names.join(u", "_s)));
        }
        return Value::fromEnum(type.enumName, *label);
    }
    default:
        return std::unexpected(u"values of this type cannot be given on the command line"_s);
    }
}

} // namespace

QString compactJson(const QJsonValue &json)
{
    if (json.isObject())
        return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    if (json.isArray())
        return QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
    // A scalar: serialise it inside an array and take the brackets off.
    const QString text = QString::fromUtf8(QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

std::expected<db::Value, QString> fieldValueFromJson(const QJsonValue &json, const ModelColumn &column,
                                                     EnumSpelling spelling)
{
    if (json.isNull() || json.isUndefined())
        return Value::null();
    if (column.spec.type.isList) {
        if (!json.isArray())
            return expected(u"a list"_s, json);
        ModelColumn element = column;
        element.spec.type = column.spec.type.elementType();
        QList<Value> items;
        for (const QJsonValue &item : json.toArray()) {
            auto v = scalarFromJson(item, element, spelling);
            if (!v)
                return v;
            items.append(std::move(*v));
        }
        return Value::fromList(std::move(items));
    }
    return scalarFromJson(json, column, spelling);
}

} // namespace facet::mapping
