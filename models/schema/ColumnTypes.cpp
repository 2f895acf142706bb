// SPDX-License-Identifier: MIT
#include "ColumnTypes.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::schema {

QString defaultColumnType(ScalarType type, Provider provider)
{
    switch (provider) {
    case Provider::PostgreSQL:
        switch (type) {
        case ScalarType::String: return u"TEXT"_s;
        case ScalarType::Boolean: return u"BOOLEAN"_s;
        case ScalarType::Int: return u"INTEGER"_s;
        case ScalarType::BigInt: return u"BIGINT"_s;
        case ScalarType::Float: return u"DOUBLE PRECISION"_s;
        case ScalarType::Decimal: return u"DECIMAL(65,30)"_s;
        case ScalarType::DateTime: return u"TIMESTAMP(3)"_s;
        case ScalarType::Json: return u"JSONB"_s;
        case ScalarType::Bytes: return u"BYTEA"_s;
        }
        break;
    case Provider::MySQL:
        switch (type) {
        case ScalarType::String: return u"VARCHAR(191)"_s;
        case ScalarType::Boolean: return u"BOOLEAN"_s;
        case ScalarType::Int: return u"INTEGER"_s;
        case ScalarType::BigInt: return u"BIGINT"_s;
        case ScalarType::Float: return u"DOUBLE"_s;
        case ScalarType::Decimal: return u"DECIMAL(65,30)"_s;
        case ScalarType::DateTime: return u"DATETIME(3)"_s;
        case ScalarType::Json: return u"JSON"_s;
        case ScalarType::Bytes: return u"LONGBLOB"_s;
        }
        break;
    case Provider::SQLite:
        switch (type) {
        case ScalarType::String: return u"TEXT"_s;
        case ScalarType::Boolean: return u"BOOLEAN"_s;
        case ScalarType::Int: return u"INTEGER"_s;
        case ScalarType::BigInt: return u"BIGINT"_s;
        case ScalarType::Float: return u"REAL"_s;
        case ScalarType::Decimal: return u"DECIMAL"_s;
        case ScalarType::DateTime: return u"DATETIME"_s;
        case ScalarType::Json: return u"JSONB"_s;
        case ScalarType::Bytes: return u"BLOB"_s;
        }
        break;
    case Provider::CockroachDB:
        switch (type) {
        case ScalarType::String: return u"STRING"_s;
        case ScalarType::Boolean: return u"BOOL"_s;
        case ScalarType::Int: return u"INT4"_s;
        case ScalarType::BigInt: return u"INT8"_s;
        case ScalarType::Float: return u"FLOAT8"_s;
        case ScalarType::Decimal: return u"DECIMAL(65,30)"_s;
        case ScalarType::DateTime: return u"TIMESTAMP(3)"_s;
        case ScalarType::Json: return u"JSONB"_s;
        case ScalarType::Bytes: return u"BYTES"_s;
        }
        break;
    case Provider::SqlServer:
        switch (type) {
        case ScalarType::String: return u"NVARCHAR(1000)"_s;
        case ScalarType::Boolean: return u"BIT"_s;
        case ScalarType::Int: return u"INT"_s;
        case ScalarType::BigInt: return u"BIGINT"_s;
        case ScalarType::Float: return u"FLOAT(53)"_s;
        case ScalarType::Decimal: return u"DECIMAL(32,16)"_s;
        case ScalarType::DateTime: return u"DATETIME2"_s;
        case ScalarType::Json: return u"NVARCHAR(1000)"_s;
        case ScalarType::Bytes: return u"VARBINARY(MAX)"_s;
        }
        break;
    case Provider::MongoDB:
    case Provider::Unknown:
        break;
    }
    return {};
}

namespace {

QString upperWithArgumentsSlowly(QStringView name, const QStringList &arguments, QStringView tail)
{
    QString out = name.toString().toUpper();
    if (!arguments.isEmpty())
        out += u'(' + arguments.join(u',') + u')';
    return out + tail;
}

// `NAME(a,b)`: the upper-cased name and the arguments, built in one buffer (this runs for every field with
// a native type; the temporaries of the obvious `toUpper() + '(' + join + ')'` were a visible share of
// resolve time on large schemas, docs/BENCHMARKS.md issue 3).
QString upperWithArguments(QStringView name, const QStringList &arguments, QStringView tail = {})
{
    qsizetype size = name.size() + tail.size() + (arguments.isEmpty() ? 0 : 1 + arguments.size());
    for (const QString &a : arguments)
        size += a.size();
    // Written through the buffer's pointer: QString::append per character costs tens of instructions each.
    QString out(size, Qt::Uninitialized);
    QChar *at = out.data();
    for (const QChar c : name) {
        if (c.unicode() >= 0x80) // identifiers are ASCII; anything else gets Qt's full case mapping, as before
            return upperWithArgumentsSlowly(name, arguments, tail);
        *at++ = c.unicode() >= u'a' && c.unicode() <= u'z' ? QChar(c.unicode() - (u'a' - u'A')) : c;
    }
    const auto put = [&at](QStringView text) {
        std::copy(text.begin(), text.end(), at);
        at += text.size();
    };
    if (!arguments.isEmpty()) {
        *at++ = u'(';
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            if (i > 0)
                *at++ = u',';
            put(arguments[i]);
        }
        *at++ = u')';
    }
    put(tail);
    return out;
}

} // namespace

QString nativeColumnType(const NativeType &type, Provider provider)
{
    const QString &n = type.name;
    if (provider == Provider::PostgreSQL || provider == Provider::CockroachDB) {
        if (n == u"DoublePrecision")
            return u"DOUBLE PRECISION"_s;
        if (n == u"CatalogSingleChar")
            return u"\"char\""_s;
    }
    if (provider == Provider::MySQL) {
        if (n == u"Int")
            return u"INTEGER"_s;
        if (n.startsWith(u"Unsigned")) {
            const QStringView base = QStringView(n).mid(8);
            const bool isInt = base.compare(u"int", Qt::CaseInsensitive) == 0;
            return upperWithArguments(isInt ? QStringView(u"INTEGER") : base, type.arguments, u" UNSIGNED");
        }
    }
    return upperWithArguments(n, type.arguments);
}

namespace {

QString enumColumnType(const ResolvedEnum &enumeration, Provider provider)
{
    switch (provider) {
    case Provider::PostgreSQL:
    case Provider::CockroachDB:
        return u'"' + enumeration.databaseName + u'"';
    case Provider::MySQL: {
        QStringList labels;
        for (const ResolvedEnumValue &v : enumeration.values)
            labels.append(u'\'' + QString(v.databaseLabel).replace(u'\'', u"''"_s) + u'\'');
        return u"ENUM("_s + labels.join(u", "_s) + u')';
    }
    case Provider::SQLite:
        return u"TEXT"_s;
    default:
        return {};
    }
}

} // namespace

QString effectiveColumnType(const ResolvedSchema &schema, const ResolvedField &field, Provider provider)
{
    QString type;
    switch (field.kind) {
    case FieldKind::Scalar: {
        if (!field.scalarType)
            return {};
        type = field.nativeType ? nativeColumnType(*field.nativeType, provider) : defaultColumnType(*field.scalarType, provider);
        const bool autoincrement = field.defaultValue && field.defaultValue->isFunction(u"autoincrement");
        if (autoincrement && provider == Provider::PostgreSQL) {
            // SERIAL forms are what the DDL says; the column itself is INTEGER/BIGINT/SMALLINT with a sequence.
            if (type == u"INTEGER")
                type = u"SERIAL"_s;
            else if (type == u"BIGINT")
                type = u"BIGSERIAL"_s;
            else if (type == u"SMALLINT")
                type = u"SMALLSERIAL"_s;
        }
        break;
    }
    case FieldKind::Enum:
        if (!field.enumId.isValid())
            return {};
        type = enumColumnType(schema.enumeration(field.enumId), provider);
        break;
    case FieldKind::Unsupported:
        type = field.typeName;
        break;
    case FieldKind::Relation:
    case FieldKind::Composite:
    case FieldKind::Unresolved:
        return {};
    }
    if (field.isList() && !type.isEmpty())
        type += u"[]"_s;
    return type;
}

int identifierLengthLimit(Provider provider)
{
    switch (provider) {
    case Provider::PostgreSQL:
    case Provider::CockroachDB: return 63;
    case Provider::MySQL: return 64;
    case Provider::SqlServer: return 128;
    case Provider::SQLite: return 10000;
    case Provider::MongoDB:
    case Provider::Unknown: break;
    }
    return 10000;
}

QString constraintName(QStringView table, const QStringList &columns, QStringView suffix, Provider provider)
{
    // Written straight into one buffer of the final size: this runs for every constraint of the schema, and
    // a temporary string per column (then appends) was a visible share of resolve time on large schemas
    // (docs/BENCHMARKS.md, issue 3).
    qsizetype joinedSize = table.size();
    for (const QString &c : columns)
        joinedSize += 1 + c.size();
    const qsizetype limit = identifierLengthLimit(provider);
    const qsizetype kept = joinedSize >= limit - suffix.size() ? limit - suffix.size() - 1 : joinedSize;
    QString name(kept + suffix.size(), Qt::Uninitialized);
    QChar *at = name.data();
    QChar *const end = at + kept;
    const auto put = [&](QStringView text) {
        const qsizetype n = std::min<qsizetype>(text.size(), end - at);
        at = std::copy_n(text.begin(), n, at);
    };
    put(table);
    for (const QString &c : columns) {
        put(u"_");
        put(c);
    }
    std::copy(suffix.begin(), suffix.end(), end);
    return name;
}

} // namespace facet::schema
