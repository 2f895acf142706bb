// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "ModelTable.h"

#include "value/Json.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::mapping {

namespace {

using schema::FieldKind;
using schema::ResolvedField;
using schema::ScalarType;

db::ScalarKind scalarKind(ScalarType type)
{
    switch (type) {
    case ScalarType::String: return db::ScalarKind::String;
    case ScalarType::Boolean: return db::ScalarKind::Boolean;
    case ScalarType::Int: return db::ScalarKind::Int;
    case ScalarType::BigInt: return db::ScalarKind::BigInt;
    case ScalarType::Float: return db::ScalarKind::Float;
    case ScalarType::Decimal: return db::ScalarKind::Decimal;
    case ScalarType::DateTime: return db::ScalarKind::DateTime;
    case ScalarType::Json: return db::ScalarKind::Json;
    case ScalarType::Bytes: return db::ScalarKind::Bytes;
    }
    return db::ScalarKind::String;
}

// Only what the builders and codecs need to bind filter and cursor values: lengths, precision and
// fraction digits are left unbounded because comparisons relax them anyway (comparisonType), and the
// database's own types decide how result cells are read.
db::ColumnType columnType(const schema::ResolvedSchema &schema, const ResolvedField &field)
{
    db::ColumnType type;
    type.nativeName = field.columnType;
    type.isList = field.isList();
    if (field.kind == FieldKind::Enum) {
        type.kind = db::ScalarKind::Enum;
        type.enumName = schema.enumeration(field.enumId).databaseName;
    } else if (field.scalarType) {
        type.kind = scalarKind(*field.scalarType);
    }
    const QString native = field.nativeType ? field.nativeType->name.toLower() : QString();
    const QString spelled = field.columnType.toLower();
    type.hasTimeZone = native == u"timestamptz"_s || native == u"timetz"_s || spelled.contains(u"with time zone"_s);
    if (native == u"date"_s)
        type.temporal = db::ColumnType::Temporal::Date;
    else if (native == u"time"_s || native == u"timetz"_s)
        type.temporal = db::ColumnType::Temporal::Time;
    type.isUuid = native == u"uuid"_s;
    return type;
}

bool isAutoIncrement(const ResolvedField &field)
{
    return field.defaultValue && field.defaultValue->isFunction(u"autoincrement");
}

} // namespace

const ModelColumn *ModelTable::byField(QStringView field) const
{
    for (const ModelColumn &c : columns) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

QStringList ModelTable::fieldNames() const
{
    QStringList names;
    for (const ModelColumn &c : columns)
        names.append(c.field);
    return names;
}

db::Value presentedValue(const ModelColumn &column, const db::Value &cell)
{
    if (cell.isNull())
        return cell;
    switch (column.spec.type.kind) {
    case db::ScalarKind::Enum: {
        if (column.spec.type.isList || (cell.kind() != db::ScalarKind::String && cell.kind() != db::ScalarKind::Enum))
            return cell;
        const QString label = cell.kind() == db::ScalarKind::Enum ? cell.toEnum().label : cell.toString();
        return db::Value::fromEnum(column.enumName, column.enumNameByLabel.value(label, label));
    }
    case db::ScalarKind::Json:
        // MariaDB's JSON is LONGTEXT with a binary collation, which QMYSQL hands over as a blob.
        if (cell.kind() == db::ScalarKind::String || cell.kind() == db::ScalarKind::Bytes) {
            const QString text = cell.kind() == db::ScalarKind::String ? cell.toString() : QString::fromUtf8(cell.toBytes());
            if (auto json = db::Json::parse(text))
                return db::Value::fromJson(*json);
        }
        return cell;
    default:
        return cell;
    }
}

std::optional<db::Provider> connectorProvider(schema::Provider provider)
{
    switch (provider) {
    case schema::Provider::PostgreSQL:
    case schema::Provider::CockroachDB: return db::Provider::PostgreSQL;
    case schema::Provider::MySQL: return db::Provider::MySQL;
    case schema::Provider::SQLite: return db::Provider::SQLite;
    default: return std::nullopt;
    }
}

std::expected<ModelTable, QString> modelTable(const schema::ResolvedSchema &schema, const schema::ResolvedModel &model,
                                              db::Provider provider)
{
    Q_UNUSED(provider); // types come from the schema's provider spelling (ResolvedField::columnType)
    ModelTable result;
    result.table.name = model.tableName;
    result.table.model = model.name;
    // On MySQL @@schema names the database; on PostgreSQL the schema. Empty: the connection's default.
    result.table.schema = model.databaseSchema.value_or(QString());
    for (const ResolvedField &field : model.fields) {
        if (field.kind != FieldKind::Scalar && field.kind != FieldKind::Enum)
            continue; // relations have no column; Unsupported and composite columns Prisma Client does not read
        if (field.isIgnored)
            continue;
        ModelColumn column;
        column.field = field.name;
        column.spec.name = field.columnName;
        column.spec.type = columnType(schema, field);
        column.spec.nullable = field.isOptional();
        column.spec.autoIncrement = isAutoIncrement(field);
        if (field.kind == FieldKind::Enum) {
            const schema::ResolvedEnum &e = schema.enumeration(field.enumId);
            column.enumName = e.name;
            for (const schema::ResolvedEnumValue &v : e.values) {
                column.enumNameByLabel.insert(v.databaseLabel, v.name);
                column.enumLabelByName.insert(v.name, v.databaseLabel);
            }
        }
        result.table.columns.append(column.spec);
        result.columns.append(std::move(column));
    }

    auto keyOf = [&](const std::vector<schema::IndexField> &fields) -> std::optional<QStringList> {
        QStringList key;
        for (const schema::IndexField &f : fields) {
            const ModelColumn *c = result.byField(f.path);
            if (!c)
                return std::nullopt;
            key.append(c->spec.name);
        }
        return key.isEmpty() ? std::nullopt : std::optional<QStringList>(key);
    };
    if (model.primaryKey) {
        if (auto key = keyOf(model.primaryKey->fields))
            result.table.primaryKey = *key;
    }
    if (result.table.primaryKey.isEmpty()) {
        for (const schema::Index &index : model.indexes) {
            if (index.kind != schema::Index::Kind::Unique)
                continue;
            auto key = keyOf(index.fields);
            const bool required = key && std::ranges::all_of(*key, [&](const QString &column) {
                                      const db::ColumnSpec *c = result.table.column(column);
                                      return c && !c->nullable;
                                  });
            if (required) {
                result.table.primaryKey = *key;
                break;
            }
        }
    }
    if (result.table.primaryKey.isEmpty())
        return std::unexpected(u"%1 has no @id, @@id or @unique of required fields, so its rows have no stable order to page by"_s
                                   .arg(model.name));
    if (result.columns.isEmpty())
        return std::unexpected(u"%1 has no columns Facet can read"_s.arg(model.name));
    return result;
}

} // namespace facet::mapping
