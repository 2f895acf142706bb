// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "PgValueCodec.h"

#include "pg/PgArrayText.h"

#include <QLocale>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

// Built-in type OIDs (pg_type.dat; stable across PostgreSQL versions).
struct PgBuiltin {
    quint32 oid;
    quint32 arrayOid;
    const char16_t *name;
    ScalarKind kind;
};

constexpr PgBuiltin Builtins[] = {
    {16, 1000, u"boolean", ScalarKind::Boolean},
    {17, 1001, u"bytea", ScalarKind::Bytes},
    {18, 1002, u"\"char\"", ScalarKind::String},
    {19, 1003, u"name", ScalarKind::String},
    {20, 1016, u"bigint", ScalarKind::BigInt},
    {21, 1005, u"smallint", ScalarKind::Int},
    {23, 1007, u"integer", ScalarKind::Int},
    {25, 1009, u"text", ScalarKind::String},
    {26, 1028, u"oid", ScalarKind::BigInt},
    {114, 199, u"json", ScalarKind::Json},
    {142, 143, u"xml", ScalarKind::String},
    {650, 651, u"cidr", ScalarKind::String},
    {700, 1021, u"real", ScalarKind::Float},
    {701, 1022, u"double precision", ScalarKind::Float},
    {869, 1041, u"inet", ScalarKind::String},
    {1042, 1014, u"character", ScalarKind::String},
    {1043, 1015, u"character varying", ScalarKind::String},
    {1082, 1182, u"date", ScalarKind::DateTime},
    {1083, 1183, u"time", ScalarKind::DateTime},
    {1114, 1115, u"timestamp", ScalarKind::DateTime},
    {1184, 1185, u"timestamptz", ScalarKind::DateTime},
    {1266, 1270, u"timetz", ScalarKind::DateTime},
    {1560, 1561, u"bit", ScalarKind::String},
    {1562, 1563, u"varbit", ScalarKind::String},
    {1700, 1231, u"numeric", ScalarKind::Decimal},
    {2950, 2951, u"uuid", ScalarKind::String},
    {3802, 3807, u"jsonb", ScalarKind::Json},
};

constexpr quint32 VarHeader = 4; // VARHDRSZ: typmods of numeric and (var)char include it

ColumnType builtinType(const PgBuiltin &b, int typmod, bool isArray)
{
    ColumnType t;
    t.kind = b.kind;
    t.pgOid = isArray ? b.arrayOid : b.oid;
    t.isList = isArray;
    QString name = QString::fromUtf16(b.name);
    switch (b.oid) {
    case 21:
        t.integerBits = 16;
        break;
    case 26:
        t.integerBits = 32;
        t.isUnsigned = true;
        break;
    case 1700:
        if (typmod >= int(VarHeader)) {
            t.precision = ((typmod - VarHeader) >> 16) & 0xffff;
            t.scale = (typmod - VarHeader) & 0xffff;
            name += u"(%1,%2)"_s.arg(t.precision).arg(t.scale);
        }
        break;
    case 1042:
    case 1043:
        if (typmod >= int(VarHeader)) {
            t.maxLength = typmod - int(VarHeader);
            name += u"(%1)"_s.arg(t.maxLength);
        }
        break;
    case 1082:
        t.temporal = ColumnType::Temporal::Date;
        break;
    case 1083:
    case 1266:
        t.temporal = ColumnType::Temporal::Time;
        t.hasTimeZone = b.oid == 1266;
        break;
    case 1184:
        t.hasTimeZone = true;
        break;
    case 2950:
        t.isUuid = true;
        break;
    default:
        break;
    }
    if (b.kind == ScalarKind::DateTime && t.temporal != ColumnType::Temporal::Date && typmod >= 0) {
        t.fractionDigits = typmod;
        name += u"(%1)"_s.arg(typmod);
    }
    t.nativeName = isArray ? name + u"[]"_s : name;
    return t;
}

QByteArray hexBytes(const QByteArray &bytes)
{
    return "\\x" + bytes.toHex();
}

std::optional<QByteArray> unhexBytes(QByteArrayView text)
{
    if (!text.startsWith("\\x") || text.size() % 2 != 0)
        return std::nullopt;
    for (qsizetype i = 2; i < text.size(); ++i) {
        const char c = text[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return std::nullopt;
    }
    QByteArray out = QByteArray::fromHex(text.mid(2).toByteArray());
    return out.isNull() ? QByteArray("", 0) : out;
}

QString floatText(double d)
{
    if (std::isnan(d))
        return u"NaN"_s;
    if (std::isinf(d))
        return d > 0 ? u"Infinity"_s : u"-Infinity"_s;
    if (d == 0 && std::signbit(d))
        return u"-0"_s; // QString::number drops the sign of negative zero; float8 keeps it
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QString dateTimeText(const DateTime &dt, const ColumnType &type)
{
    // Zoned columns get the instant with its offset; zone-less ones the UTC reading, as Prisma writes them.
    const DateTime shown = type.hasTimeZone ? (dt.hasZone() ? dt : dt.withOffset(0)) : dt.withOffset(std::nullopt);
    const QString iso = shown.toIso8601(6);
    switch (type.temporal) {
    case ColumnType::Temporal::Date:
        return iso.left(10);
    case ColumnType::Temporal::Time:
        return iso.mid(11);
    case ColumnType::Temporal::DateTime:
        break;
    }
    return iso;
}

Result<QByteArray> encodeScalar(const Value &value, const ColumnType &type)
{
    switch (value.kind()) {
    case ScalarKind::Int:
    case ScalarKind::BigInt:
        return QByteArray::number(value.toBigInt());
    case ScalarKind::Float:
        return floatText(value.toFloat()).toLatin1();
    case ScalarKind::Decimal:
        return value.toDecimal().toString().toLatin1();
    case ScalarKind::Boolean:
        return QByteArray(value.toBool() ? "t" : "f");
    case ScalarKind::String:
        // Text parameters are C strings and PostgreSQL text cannot hold U+0000 at all.
        if (value.toString().contains(QChar(0)))
            return std::unexpected(valueRefused(u"P2007"_s, value, type, u"PostgreSQL text cannot contain NUL "
                                                                         "characters"_s));
        return value.toString().toUtf8();
    case ScalarKind::DateTime:
        return dateTimeText(value.toDateTime(), type).toLatin1();
    case ScalarKind::Json:
        if (value.toJson().text().contains(QChar(0)))
            return std::unexpected(valueRefused(u"P2007"_s, value, type, u"the JSON text contains a NUL character"_s));
        return value.toJson().text().toUtf8();
    case ScalarKind::Bytes:
        return hexBytes(value.toBytes());
    case ScalarKind::Enum:
        return value.toEnum().label.toUtf8();
    case ScalarKind::Null:
    case ScalarKind::List:
        break;
    }
    return std::unexpected(valueRefused(u"P2007"_s, value, type, u"not a scalar"_s));
}

std::optional<DateTime> parseTemporal(const QString &text, const ColumnType &type)
{
    switch (type.temporal) {
    case ColumnType::Temporal::Time:
        return DateTime::parseIso8601(QString(u"1970-01-01T"_s + text));
    case ColumnType::Temporal::Date:
    case ColumnType::Temporal::DateTime:
        break;
    }
    return DateTime::parseIso8601(text);
}

bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && (a.isEmpty() || std::memcmp(a.data(), b.data(), std::size_t(a.size())) == 0);
}

// Reads the cell in place (a view into libpq's result): no copy before the value itself is built.
Result<Value> decodeScalar(QByteArrayView raw, const ColumnType &type)
{
    const auto unreadable = [&](const QString &why) { return std::unexpected(cellUnreadable(type, why)); };
    const auto head = [&](qsizetype n) { return QString::fromUtf8(raw.first(std::min(n, raw.size()))); };
    switch (type.kind) {
    case ScalarKind::Int:
    case ScalarKind::BigInt: {
        // std::from_chars rather than QByteArray::toLongLong, which goes through QLocale: integer columns are
        // most cells of a typical grid. PostgreSQL writes integers as -?[0-9]+, which both read alike.
        qint64 v = 0;
        const auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), v);
        if (raw.isEmpty() || ec != std::errc() || end != raw.data() + raw.size())
            return unreadable(u"'%1' is not a 64-bit integer"_s.arg(head(40)));
        if (type.kind == ScalarKind::Int) {
            // An oid above 2^31 stays exact as a BigInt rather than wrapping.
            if (auto i = Value::intChecked(v))
                return *i;
        }
        return Value::fromBigInt(v);
    }
    case ScalarKind::Float: {
        if (sameBytes(raw, "NaN"))
            return Value::fromFloat(std::nan(""));
        if (sameBytes(raw, "Infinity") || sameBytes(raw, "-Infinity"))
            return Value::fromFloat(raw.startsWith('-') ? -HUGE_VAL : HUGE_VAL);
        bool ok = false;
        const double d = raw.toDouble(&ok);
        if (!ok)
            return unreadable(u"'%1' is not a number"_s.arg(head(40)));
        return Value::fromFloat(d);
    }
    case ScalarKind::Decimal: {
        const auto d = Decimal::parse(QString::fromLatin1(raw));
        if (!d)
            return unreadable(u"'%1' is not a decimal number"_s.arg(head(80)));
        return Value::fromDecimal(*d);
    }
    case ScalarKind::Boolean:
        if (sameBytes(raw, "t") || sameBytes(raw, "f"))
            return Value::fromBool(sameBytes(raw, "t"));
        return unreadable(u"'%1' is not t or f"_s.arg(head(40)));
    case ScalarKind::String:
        return Value::fromString(QString::fromUtf8(raw));
    case ScalarKind::DateTime: {
        const QString text = QString::fromLatin1(raw);
        const auto dt = parseTemporal(text, type);
        if (!dt)
            return unreadable(u"'%1' is outside years 1–9999 or not ISO text (is DateStyle ISO?)"_s.arg(text));
        return Value::fromDateTime(*dt);
    }
    case ScalarKind::Json: {
        const auto json = Json::parse(QString::fromUtf8(raw));
        if (!json)
            return unreadable(u"the text is not valid JSON"_s);
        return Value::fromJson(*json);
    }
    case ScalarKind::Bytes: {
        const auto bytes = unhexBytes(raw);
        if (!bytes)
            return unreadable(u"bytea is not in hex format (is bytea_output hex?)"_s);
        return Value::fromBytes(*bytes);
    }
    case ScalarKind::Enum:
        return Value::fromEnum(type.enumName, QString::fromUtf8(raw));
    case ScalarKind::Null:
    case ScalarKind::List:
        break;
    }
    return unreadable(u"no scalar kind"_s);
}

} // namespace

ColumnType PgValueCodec::columnType(quint32 oid, int typmod, const PgEnumTypes &enums)
{
    if (const auto it = enums.constFind(oid); it != enums.cend())
        return *it;
    for (const PgBuiltin &b : Builtins) {
        if (b.oid == oid)
            return builtinType(b, typmod, false);
        if (b.arrayOid == oid)
            return builtinType(b, typmod, true);
    }
    ColumnType t;
    t.kind = ScalarKind::String;
    t.pgOid = oid;
    t.nativeName = u"type oid %1"_s.arg(oid);
    return t;
}

QList<ColumnType> PgValueCodec::columnTypes(const PgResult &result, const PgEnumTypes &enums)
{
    QList<ColumnType> types;
    types.reserve(result.columnTypes.size());
    for (qsizetype c = 0; c < result.columnTypes.size(); ++c)
        types.append(columnType(result.columnTypes[c], result.columnTypmods.value(c, -1), enums));
    return types;
}

Result<PgEnumTypes> PgValueCodec::loadEnumTypes(PgConnection &connection)
{
    auto rows = connection.exec(u"SELECT t.oid, t.typarray, t.typname, "
                                "array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] "
                                "FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid "
                                "GROUP BY t.oid, t.typarray, t.typname"_s);
    if (!rows)
        return std::unexpected(rows.error());
    PgEnumTypes types;
    for (const QList<PgCell> &row : rows->rows) {
        ColumnType t;
        t.kind = ScalarKind::Enum;
        t.pgOid = row[0]->toUInt();
        t.enumName = QString::fromUtf8(*row[2]);
        t.nativeName = t.enumName;
        for (const auto &label : parsePgArray(*row[3]).value_or(PgArrayElements{}))
            t.enumLabels << QString::fromUtf8(label.value_or(QByteArray()));
        types.insert(t.pgOid, t);
        ColumnType list = t;
        list.isList = true;
        list.pgOid = row[1]->toUInt();
        list.nativeName = t.enumName + u"[]"_s;
        types.insert(list.pgOid, list);
    }
    return types;
}

Result<PgCell> PgValueCodec::encode(const Value &value, const ColumnType &type)
{
    if (auto fits = checkValueFits(value, type); !fits)
        return std::unexpected(fits.error());
    if (value.isNull())
        return PgCell(std::nullopt);
    if (type.isList) {
        const ColumnType element = type.elementType();
        PgArrayElements elements;
        for (const Value &v : value.toList()) {
            if (v.isNull()) {
                elements.append(std::nullopt);
                continue;
            }
            auto text = encodeScalar(v, element);
            if (!text)
                return std::unexpected(text.error());
            elements.append(*text);
        }
        return PgCell(formatPgArray(elements));
    }
    auto text = encodeScalar(value, type);
    if (!text)
        return std::unexpected(text.error());
    return PgCell(*text);
}

namespace {

Result<Value> decodeCell(QByteArrayView raw, const ColumnType &type)
{
    if (!type.isList)
        return decodeScalar(raw, type);
    const auto elements = parsePgArray(raw.toByteArray());
    if (!elements)
        return std::unexpected(cellUnreadable(type, u"not a one-dimensional array"_s));
    const ColumnType element = type.elementType();
    QList<Value> values;
    values.reserve(elements->size());
    for (const auto &e : *elements) {
        if (!e) {
            values.append(Value::null());
            continue;
        }
        auto v = decodeScalar(*e, element);
        if (!v)
            return std::unexpected(v.error());
        values.append(std::move(*v));
    }
    return Value::fromList(std::move(values));
}

} // namespace

Result<Value> PgValueCodec::decode(const PgCell &cell, const ColumnType &type)
{
    if (!cell)
        return Value::null();
    return decodeCell(QByteArrayView(*cell), type);
}

Result<QList<Value>> PgValueCodec::decodeRow(const PgResult &result, qsizetype row, const QList<ColumnType> &types)
{
    static const ColumnType fallback; // a column without a type reads as text, as ColumnType's default says
    const qsizetype columns = result.columns.size();
    QList<Value> values;
    values.reserve(columns);
    for (qsizetype c = 0; c < columns; ++c) {
        // A NULL reads as an empty cell, so only an empty cell needs the (per-cell, out-of-line) NULL check.
        const QByteArrayView raw = result.cell(row, c);
        if (raw.isEmpty() && result.isNull(row, c)) {
            values.emplace_back();
            continue;
        }
        // By reference: copying a ColumnType (strings, label lists) per cell cost as much as decoding it.
        const ColumnType &type = c < types.size() ? types[c] : fallback;
        // The kinds most cells have are built straight into the row, exactly as decodeScalar builds them; the
        // Result/optional wrappers of the general path cost more than the parsing. Anything unusual (lists,
        // unreadable text) takes the general path, which also words the error.
        if (!type.isList && (type.kind == ScalarKind::Int || type.kind == ScalarKind::BigInt)) {
            qint64 n = 0;
            const auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), n);
            if (!raw.isEmpty() && ec == std::errc() && end == raw.data() + raw.size()) {
                const bool fitsInt = n >= std::numeric_limits<qint32>::min() && n <= std::numeric_limits<qint32>::max();
                values.append(type.kind == ScalarKind::Int && fitsInt ? Value::fromInt(qint32(n)) : Value::fromBigInt(n));
                continue;
            }
        } else if (!type.isList && type.kind == ScalarKind::String) {
            values.append(Value::fromString(QString::fromUtf8(raw)));
            continue;
        }
        auto v = decodeCell(raw, type);
        if (!v) {
            DbError e = v.error();
            e.message = u"column %1: "_s.arg(result.columns.value(c)) + e.message;
            return std::unexpected(e);
        }
        values.append(std::move(*v));
    }
    return values;
}

} // namespace facet::db
