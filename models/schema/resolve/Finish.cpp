// SPDX-License-Identifier: MIT
// Pass 5: values derived from the resolved model: column types, constraint names, Prisma's default
// referential actions and the version guard.
#include "ColumnTypes.h"
#include "ParallelFor.h"
#include "ResolveContext.h"

using namespace Qt::StringLiterals;

namespace facet::schema::resolve {

namespace {

QStringList columnNames(const ResolvedModel &model, const std::vector<IndexField> &fields)
{
    QStringList columns;
    for (const IndexField &f : fields) {
        if (f.fieldIndex >= 0 && !f.path.contains(u'.'))
            columns.append(model.fields[static_cast<size_t>(f.fieldIndex)].columnName);
        else
            columns.append(f.path.left(f.path.indexOf(u'.'))); // the whole path when it has no dot
    }
    return columns;
}

void nameConstraints(const Context &context, ResolvedModel &model)
{
    const Provider provider = context.provider();
    if (model.primaryKey) {
        PrimaryKey &key = *model.primaryKey;
        if (key.map)
            key.databaseName = *key.map;
        else if (provider == Provider::MySQL)
            key.databaseName = u"PRIMARY"_s;
        else if (provider != Provider::SQLite)
            key.databaseName = constraintName(model.tableName, {}, u"_pkey", provider);
    }
    for (Index &index : model.indexes) {
        if (index.map) {
            index.databaseName = *index.map;
            continue;
        }
        const QStringView suffix = index.kind == Index::Kind::Unique ? u"_key" : u"_idx";
        index.databaseName = constraintName(model.tableName, columnNames(model, index.fields), suffix, provider);
    }
}

// Prisma's defaults (psl-core RelationFieldWalker::default_on_delete_action): SetNull when every
// referencing scalar is optional, else Restrict (NoAction where Restrict does not exist); onUpdate Cascade.
void applyRelationDefaults(const Context &context, ResolvedModel &model)
{
    const Provider provider = context.provider();
    const bool noRestrict = provider == Provider::SqlServer || provider == Provider::MongoDB;
    for (ResolvedField &field : model.fields) {
        if (field.kind != FieldKind::Relation || !field.relation)
            continue;
        FieldRelationInfo &info = *field.relation;
        bool anyRequired = false;
        QStringList columns;
        for (const QString &name : info.fields) {
            const ResolvedField *scalar = model.field(name);
            if (scalar && scalar->isRequired())
                anyRequired = true;
            columns.append(scalar ? scalar->columnName : name);
        }
        const ReferentialAction restrict = noRestrict ? ReferentialAction::NoAction : ReferentialAction::Restrict;
        info.effectiveOnDelete = info.onDelete.value_or(anyRequired ? restrict : ReferentialAction::SetNull);
        info.effectiveOnUpdate = info.onUpdate.value_or(ReferentialAction::Cascade);
        if (!info.fields.isEmpty())
            info.foreignKeyName = info.map ? *info.map : constraintName(model.tableName, columns, u"_fkey", provider);
    }
}

void chooseVersionGuard(ResolvedModel &model)
{
    for (size_t i = 0; i < model.fields.size(); ++i) {
        const ResolvedField &f = model.fields[i];
        if (f.name == u"version" && f.kind == FieldKind::Scalar && !f.isList()
            && (f.scalarType == ScalarType::Int || f.scalarType == ScalarType::BigInt)) {
            model.versionFieldIndex = static_cast<int>(i);
            model.versionGuard = ResolvedModel::VersionGuard::VersionField;
            return;
        }
    }
    for (size_t i = 0; i < model.fields.size(); ++i) {
        if (model.fields[i].isUpdatedAt) {
            model.versionFieldIndex = static_cast<int>(i);
            model.versionGuard = ResolvedModel::VersionGuard::UpdatedAt;
            return;
        }
    }
}

// The join table's columns take the type of the id column they reference (SERIAL becomes INTEGER: the
// sequence belongs to the referenced table).
QString referencedIdType(const ResolvedSchema &schema, ModelId modelId, Provider provider)
{
    if (!modelId.isValid())
        return {};
    const ResolvedModel &model = schema.model(modelId);
    if (!model.primaryKey || model.primaryKey->fields.size() != 1 || model.primaryKey->fields.front().fieldIndex < 0)
        return {};
    ResolvedField field = model.fields[static_cast<size_t>(model.primaryKey->fields.front().fieldIndex)];
    field.defaultValue.reset();
    return effectiveColumnType(schema, field, provider);
}

} // namespace

void finishModels(Context &context)
{
    ResolvedSchema &schema = context.result;
    const Provider provider = context.provider();
    auto finish = [&](ResolvedModel &model) {
        for (ResolvedField &field : model.fields)
            field.columnType = effectiveColumnType(schema, field, provider);
        nameConstraints(context, model);
        applyRelationDefaults(context, model);
        chooseVersionGuard(model);
    };
    // Each model's values depend on the model itself and the schema's enums and datasource only, and nothing
    // is reported, so large schemas finish groups of consecutive models on threads.
    constexpr size_t minModelsPerGroup = 32; // below this a thread costs more than the models
    const size_t count = schema.models.size();
    forEachGroup(count, groupCount(count, context.threads, minModelsPerGroup), context.threads,
                 [&](size_t, size_t begin, size_t end) {
                     for (size_t i = begin; i < end; ++i)
                         finish(schema.models[i]);
                 });
    for (ResolvedModel &type : schema.compositeTypes) {
        for (ResolvedField &field : type.fields)
            field.columnType = effectiveColumnType(schema, field, provider);
    }
    for (Relation &relation : schema.relations) {
        if (!relation.joinTable)
            continue;
        relation.joinTable->columnTypeA = referencedIdType(schema, relation.modelA, provider);
        relation.joinTable->columnTypeB = referencedIdType(schema, relation.modelB, provider);
    }
}

} // namespace facet::schema::resolve
