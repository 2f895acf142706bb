// SPDX-License-Identifier: MIT
#include "ResolvedSchemaJson.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace facet::schema {

namespace {

QJsonValue optionalString(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

// chrono's to_rfc3339(): "+00:00" for UTC and 0, 3, 6 or 9 fraction digits (SecondsFormat::AutoSi).
QString normaliseDateTime(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4}-\\d{2}-\\d{2})[Tt ](\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d+))?([Zz]|[+-]\\d{2}:\\d{2})$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return text;
    QString fraction = m.captured(3).left(9);
    fraction = fraction.leftJustified(9, u'0');
    QString digits;
    if (fraction != u"000000000") {
        if (fraction.endsWith(u"000000"))
            digits = fraction.left(3);
        else if (fraction.endsWith(u"000"))
            digits = fraction.left(6);
        else
            digits = fraction;
    }
    QString offset = m.captured(4);
    if (offset.compare(u"z", Qt::CaseInsensitive) == 0)
        offset = u"+00:00"_s;
    return m.captured(1) + u'T' + m.captured(2) + (digits.isEmpty() ? QString() : u'.' + digits) + offset;
}

QJsonValue literalJson(const QString &value, DefaultValue::LiteralType literalType, const ResolvedField &field)
{
    if (literalType == DefaultValue::LiteralType::Boolean)
        return value == u"true";
    if (field.kind == FieldKind::Scalar && field.scalarType) {
        switch (*field.scalarType) {
        case ScalarType::Int:
        case ScalarType::Float:
        case ScalarType::Decimal:
            return value.toDouble();
        case ScalarType::BigInt:
            return value;
        case ScalarType::DateTime:
            return normaliseDateTime(value);
        default:
            break;
        }
    }
    return value;
}

QJsonValue defaultJson(const ResolvedField &field)
{
    if (!field.defaultValue)
        return QJsonValue::Null;
    const DefaultValue &d = *field.defaultValue;
    switch (d.kind) {
    case DefaultValue::Kind::Literal:
        return literalJson(d.value, d.literalType, field);
    case DefaultValue::Kind::List: {
        QJsonArray array;
        for (const QString &e : d.elements)
            array.append(literalJson(e, d.literalType, field));
        return array;
    }
    case DefaultValue::Kind::Function: {
        QJsonArray args;
        for (const Argument &a : d.functionArguments) {
            if (a.name)
                continue; // DMMF lists unnamed arguments only (`sequence(cache: 10)` reads as sequence())
            if (a.value.kind == Expression::Kind::Numeric)
                args.append(a.value.text.toDouble());
            else
                args.append(a.value.text);
        }
        // Prisma fills in the default version.
        if (args.isEmpty() && d.function == u"uuid")
            args.append(4);
        if (args.isEmpty() && d.function == u"cuid")
            args.append(1);
        return QJsonObject{{u"name"_s, d.function}, {u"args"_s, args}};
    }
    }
    return QJsonValue::Null;
}

QString kindName(const ResolvedField &field)
{
    switch (field.kind) {
    case FieldKind::Scalar: return u"scalar"_s;
    case FieldKind::Enum: return u"enum"_s;
    case FieldKind::Relation:
    case FieldKind::Composite: return u"object"_s;
    case FieldKind::Unsupported: return u"unsupported"_s;
    case FieldKind::Unresolved: return u"unresolved"_s;
    }
    return {};
}

QJsonObject fieldJson(const ResolvedField &field, bool inCompositeType)
{
    const bool isRelation = field.kind == FieldKind::Relation && field.relation;
    QJsonObject o{
        {u"name"_s, field.name},
        {u"dbName"_s, optionalString(field.mappedName)},
        {u"type"_s, field.typeName},
        {u"kind"_s, kindName(field)},
        {u"isRequired"_s, !field.isOptional()}, // lists count as required in DMMF
        {u"isList"_s, field.isList()},
        {u"isId"_s, field.isId},
        {u"isUnique"_s, field.isUnique && !field.isId}, // DMMF drops @unique on an id field
        {u"isReadOnly"_s, field.isReadOnly},
        {u"hasDefaultValue"_s, field.defaultValue.has_value()},
        {u"default"_s, defaultJson(field)},
        {u"isUpdatedAt"_s, field.isUpdatedAt},
        {u"isGenerated"_s, false},
        {u"nativeType"_s,
         field.nativeType ? QJsonValue(QJsonObject{{u"name"_s, field.nativeType->name},
                                                   {u"args"_s, stringArray(field.nativeType->arguments)}})
                          : QJsonValue(QJsonValue::Null)},
        {u"relationName"_s, isRelation ? QJsonValue(field.relation->name) : QJsonValue(QJsonValue::Null)},
        {u"relationFromFields"_s, isRelation ? QJsonValue(stringArray(field.relation->fields)) : QJsonValue(QJsonValue::Null)},
        {u"relationToFields"_s, isRelation ? QJsonValue(stringArray(field.relation->references)) : QJsonValue(QJsonValue::Null)},
        {u"relationOnDelete"_s, isRelation && field.relation->onDelete
                                    ? QJsonValue(referentialActionName(*field.relation->onDelete))
                                    : QJsonValue(QJsonValue::Null)},
        {u"relationOnUpdate"_s, isRelation && field.relation->onUpdate
                                    ? QJsonValue(referentialActionName(*field.relation->onUpdate))
                                    : QJsonValue(QJsonValue::Null)},
        {u"documentation"_s, optionalString(field.documentation)},
    };
    QJsonObject facet{{u"columnName"_s, field.columnName}, {u"columnType"_s, field.columnType}};
    if (field.defaultValue)
        facet.insert(u"defaultSource"_s,
                     field.defaultValue->source == DefaultValue::Source::Client ? u"client"_s : u"database"_s);
    if (isRelation) {
        facet.insert(u"onDelete"_s, referentialActionName(field.relation->effectiveOnDelete));
        facet.insert(u"onUpdate"_s, referentialActionName(field.relation->effectiveOnUpdate));
        if (!field.relation->foreignKeyName.isEmpty())
            facet.insert(u"foreignKey"_s, field.relation->foreignKeyName);
    }
    if (inCompositeType)
        o.remove(u"isUpdatedAt"_s); // DMMF composite type fields have no isUpdatedAt
    o.insert(u"facet"_s, facet);
    return o;
}

QJsonArray indexFieldNames(const std::vector<IndexField> &fields)
{
    QJsonArray names;
    for (const IndexField &f : fields)
        names.append(f.path);
    return names;
}

QJsonObject modelJson(const ResolvedModel &model)
{
    QJsonArray fields;
    for (const ResolvedField &f : model.fields) {
        if (f.isIgnored || f.kind == FieldKind::Unsupported)
            continue; // not part of Prisma Client's model
        fields.append(fieldJson(f, model.kind == ResolvedModel::Kind::CompositeType));
    }
    QJsonValue primaryKey = QJsonValue::Null;
    if (model.primaryKey && model.primaryKey->isCompound)
        primaryKey = QJsonObject{{u"name"_s, optionalString(model.primaryKey->name)},
                                 {u"fields"_s, indexFieldNames(model.primaryKey->fields)}};
    QJsonArray uniqueFields;
    QJsonArray uniqueIndexes;
    QJsonArray indexes;
    for (const Index &index : model.indexes) {
        if (index.kind == Index::Kind::Unique && !index.fromFieldAttribute) {
            uniqueFields.append(indexFieldNames(index.fields));
            uniqueIndexes.append(
                QJsonObject{{u"name"_s, optionalString(index.name)}, {u"fields"_s, indexFieldNames(index.fields)}});
        }
        indexes.append(QJsonObject{
            {u"kind"_s, index.kind == Index::Kind::Unique   ? u"unique"_s
                        : index.kind == Index::Kind::Normal ? u"index"_s
                                                            : u"fulltext"_s},
            {u"fields"_s, indexFieldNames(index.fields)},
            {u"databaseName"_s, index.databaseName},
        });
    }
    QJsonObject facet{{u"kind"_s, model.kind == ResolvedModel::Kind::View ? u"view"_s : u"model"_s},
                      {u"tableName"_s, model.tableName},
                      {u"indexes"_s, indexes}};
    if (model.primaryKey)
        facet.insert(u"primaryKeyName"_s, model.primaryKey->databaseName);
    if (const ResolvedField *version = model.versionField())
        facet.insert(u"versionField"_s, version->name);
    return QJsonObject{
        {u"name"_s, model.name},
        {u"dbName"_s, optionalString(model.mappedName)},
        {u"schema"_s, optionalString(model.databaseSchema)},
        {u"documentation"_s, optionalString(model.documentation)},
        {u"fields"_s, fields},
        {u"primaryKey"_s, primaryKey},
        {u"uniqueFields"_s, uniqueFields},
        {u"uniqueIndexes"_s, uniqueIndexes},
        {u"isGenerated"_s, false},
        {u"facet"_s, facet},
    };
}

QJsonObject enumJson(const ResolvedEnum &enumeration)
{
    QJsonArray values;
    for (const ResolvedEnumValue &v : enumeration.values)
        values.append(QJsonObject{{u"name"_s, v.name}, {u"dbName"_s, optionalString(v.mappedName)}});
    return QJsonObject{
        {u"name"_s, enumeration.name},
        {u"dbName"_s, optionalString(enumeration.mappedName)},
        {u"schema"_s, QJsonValue::Null}, // DMMF does not carry an enum's @@schema (see "facet")
        {u"documentation"_s, optionalString(enumeration.documentation)},
        {u"values"_s, values},
        {u"facet"_s, QJsonObject{{u"databaseName"_s, enumeration.databaseName},
                                 {u"schema"_s, optionalString(enumeration.databaseSchema)}}},
    };
}

} // namespace

QJsonObject datamodelJson(const ResolvedSchema &schema)
{
    QJsonArray models;
    for (const ResolvedModel &m : schema.models) {
        if (!m.isIgnored)
            models.append(modelJson(m));
    }
    QJsonArray enums;
    for (const ResolvedEnum &e : schema.enums)
        enums.append(enumJson(e));
    QJsonArray types;
    for (const ResolvedModel &t : schema.compositeTypes)
        types.append(modelJson(t));
    QJsonArray joinTables;
    for (const JoinTable *j : schema.joinTables()) {
        joinTables.append(QJsonObject{
            {u"name"_s, j->name},
            {u"schema"_s, optionalString(j->databaseSchema)},
            {u"modelA"_s, schema.model(j->modelA).name},
            {u"modelB"_s, schema.model(j->modelB).name},
            {u"columnTypeA"_s, j->columnTypeA},
            {u"columnTypeB"_s, j->columnTypeB},
            {u"unique"_s, j->uniqueName},
        });
    }
    return QJsonObject{
        {u"models"_s, models},
        {u"enums"_s, enums},
        {u"types"_s, types},
        {u"facet"_s, QJsonObject{{u"provider"_s, providerName(schema.provider())}, {u"joinTables"_s, joinTables}}},
    };
}

} // namespace facet::schema
