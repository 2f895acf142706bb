// SPDX-License-Identifier: MIT
// Constraint names (prisma-engines psl-core validations/names.rs, constraint_namespace.rs,
// database_name.rs): primary key, index, unique and foreign key names must be unique in the namespaces
// the database has (global or per table, per connector), custom client names unique per model, and
// explicit `map:` names within the connector's identifier length.
#include "validate/ValidationContext.h"

#include <QHash>

#include <span>

using namespace Qt::StringLiterals;

namespace facet::schema::validate::names {

namespace {

QString scopeDescription(ConstraintScope scope, QStringView modelName)
{
    switch (scope) {
    case ConstraintScope::GlobalKeyIndex: return u"global for indexes and unique constraints"_s;
    case ConstraintScope::GlobalForeignKey: return u"global for foreign keys"_s;
    case ConstraintScope::GlobalPrimaryKeyKeyIndex: return u"global for primary key, indexes and unique constraints"_s;
    case ConstraintScope::GlobalPrimaryKeyForeignKeyDefault:
        return u"global for primary keys, foreign keys and default constraints"_s;
    case ConstraintScope::ModelKeyIndex: return u"on model `"_s + modelName + u"` for indexes and unique constraints"_s;
    case ConstraintScope::ModelPrimaryKeyKeyIndex:
        return u"on model `"_s + modelName + u"` for primary key, indexes and unique constraints"_s;
    case ConstraintScope::ModelPrimaryKeyKeyIndexForeignKey:
        return u"on model `"_s + modelName + u"` for primary key, indexes, unique constraints and foreign keys"_s;
    }
    return QString();
}

bool isGlobal(ConstraintScope scope)
{
    return scope == ConstraintScope::GlobalKeyIndex || scope == ConstraintScope::GlobalForeignKey
        || scope == ConstraintScope::GlobalPrimaryKeyKeyIndex || scope == ConstraintScope::GlobalPrimaryKeyForeignKeyDefault;
}

// Which scopes a kind of name is checked against (ConstraintName::possible_scopes). Static arrays, not a
// QList built per call: violations() asks for every constraint of the schema.
std::span<const ConstraintScope> possibleScopes(ConstraintKind kind)
{
    using enum ConstraintScope;
    static constexpr ConstraintScope index[] = {GlobalKeyIndex, GlobalPrimaryKeyKeyIndex, ModelKeyIndex,
                                                ModelPrimaryKeyKeyIndex};
    static constexpr ConstraintScope foreignKey[] = {GlobalForeignKey, GlobalPrimaryKeyForeignKeyDefault,
                                                     ModelPrimaryKeyKeyIndexForeignKey};
    static constexpr ConstraintScope primaryKey[] = {GlobalPrimaryKeyForeignKeyDefault, GlobalPrimaryKeyKeyIndex,
                                                     ModelPrimaryKeyKeyIndex, ModelPrimaryKeyKeyIndexForeignKey};
    switch (kind) {
    case ConstraintKind::Index: return index;
    case ConstraintKind::ForeignKey: return foreignKey;
    case ConstraintKind::PrimaryKey: return primaryKey;
    }
    return {};
}

std::optional<QString> primaryKeyName(const Context &ctx, const ResolvedModel &model)
{
    if (!model.primaryKey || !ctx.connector.namedPrimaryKeys || model.primaryKey->databaseName.isEmpty())
        return std::nullopt;
    return model.primaryKey->databaseName;
}

std::optional<QString> foreignKeyName(const ResolvedField &field)
{
    if (field.kind != FieldKind::Relation || !field.relation || field.relation->fields.isEmpty()
        || field.relation->foreignKeyName.isEmpty())
        return std::nullopt;
    return field.relation->foreignKeyName;
}

int scopeKey(ConstraintScope scope)
{
    return static_cast<int>(scope);
}

} // namespace

Namespaces::Namespaces(const Context &ctx)
{
    using enum ConstraintScope;
    const auto &models = ctx.schema.models;
    auto addGlobal = [&](ConstraintScope scope, const ResolvedModel &m, const QString &name) {
        ++m_global[Key{-1, scopeKey(scope), m.databaseSchema.value_or(QString()), name}];
    };
    auto addLocal = [&](ConstraintScope scope, int model, const QString &name) {
        ++m_local[Key{model, scopeKey(scope), QString(), name}];
    };
    // Sized up front: rehashing as every constraint of a large schema went in was most of this pass's cost.
    qsizetype constraints = 0;
    for (const ResolvedModel &m : models) {
        constraints += 1 + static_cast<qsizetype>(m.indexes.size());
        for (const ResolvedField &f : m.fields)
            constraints += f.kind == FieldKind::Relation ? 1 : 0;
    }
    for (ConstraintScope scope : ctx.connector.constraintScopes)
        (isGlobal(scope) ? m_global : m_local).reserve(constraints);
    for (ConstraintScope scope : ctx.connector.constraintScopes) {
        const bool primaryKeys = scope == GlobalPrimaryKeyKeyIndex || scope == GlobalPrimaryKeyForeignKeyDefault
            || scope == ModelPrimaryKeyKeyIndex || scope == ModelPrimaryKeyKeyIndexForeignKey;
        const bool indexes = scope == GlobalKeyIndex || scope == GlobalPrimaryKeyKeyIndex || scope == ModelKeyIndex
            || scope == ModelPrimaryKeyKeyIndex || scope == ModelPrimaryKeyKeyIndexForeignKey;
        const bool foreignKeys = scope == GlobalForeignKey || scope == GlobalPrimaryKeyForeignKeyDefault
            || scope == ModelPrimaryKeyKeyIndexForeignKey;
        for (size_t i = 0; i < models.size(); ++i) {
            const ResolvedModel &m = models[i];
            const int id = static_cast<int>(i);
            if (primaryKeys) {
                if (const auto name = primaryKeyName(ctx, m))
                    isGlobal(scope) ? addGlobal(scope, m, *name) : addLocal(scope, id, *name);
            }
            if (indexes) {
                for (const Index &index : m.indexes)
                    isGlobal(scope) ? addGlobal(scope, m, index.databaseName) : addLocal(scope, id, index.databaseName);
            }
            if (foreignKeys && !m.isView()) {
                for (const ResolvedField &f : m.fields) {
                    if (const auto name = foreignKeyName(f))
                        isGlobal(scope) ? addGlobal(scope, m, *name) : addLocal(scope, id, *name);
                }
            }
        }
    }
    for (size_t i = 0; i < models.size(); ++i) {
        const ResolvedModel &m = models[i];
        if (m.primaryKey && m.primaryKey->name)
            ++m_customNames[Key{static_cast<int>(i), -1, QString(), *m.primaryKey->name}];
        for (const Index &index : m.indexes) {
            if (index.name)
                ++m_customNames[Key{static_cast<int>(i), -1, QString(), *index.name}];
        }
    }
}

QList<ConstraintScope> Namespaces::violations(const Context &ctx, const ResolvedModel &model, ConstraintKind kind,
                                              const QString &name) const
{
    const int id = static_cast<int>(&model - ctx.schema.models.data());
    QList<ConstraintScope> out;
    const std::span<const ConstraintScope> scopes = possibleScopes(kind);
    for (ConstraintScope scope : scopes) {
        if (isGlobal(scope) && m_global.value(Key{-1, scopeKey(scope), model.databaseSchema.value_or(QString()), name}) > 1)
            out.append(scope);
    }
    for (ConstraintScope scope : scopes) {
        if (!isGlobal(scope) && m_local.value(Key{id, scopeKey(scope), QString(), name}) > 1)
            out.append(scope);
    }
    return out;
}

bool Namespaces::customNameClashes(const Context &ctx, const ResolvedModel &model, const QString &name) const
{
    const int id = static_cast<int>(&model - ctx.schema.models.data());
    return m_customNames.value(Key{id, -1, QString(), name}) > 1;
}

void primaryKeyName(const ResolvedModel &model, const Namespaces &namespaces, Context &ctx)
{
    const auto name = primaryKeyName(ctx, model);
    if (!name)
        return;
    const Attribute *attribute = nullptr;
    if (const Model *ast = ctx.astModelOf(model)) {
        for (const Attribute &a : ast->attributes) {
            if (a.span == model.primaryKey->span)
                attribute = &a;
        }
        for (const Field &f : ast->fields) {
            for (const Attribute &a : f.attributes) {
                if (a.span == model.primaryKey->span)
                    attribute = &a;
            }
        }
    }
    const QString attributeName = model.primaryKey->isCompound ? u"@@id"_s : u"@id"_s;
    if (model.primaryKey->map && attribute)
        mappedNameLength(model, *attribute, *model.primaryKey->map, attributeName, ctx);
    const std::optional<Span> mapSpan = attribute ? argumentSpan(*attribute, u"map") : std::nullopt;
    for (ConstraintScope scope : namespaces.violations(ctx, model, ConstraintKind::PrimaryKey, *name))
        ctx.error(catalog::constraintNameNotUnique(attributeName, *name, scopeDescription(scope, model.name),
                                                   mapSpan.value_or(model.primaryKey->span)));
    // has_a_unique_custom_primary_key_name_per_model
    if (model.primaryKey->name && namespaces.customNameClashes(ctx, model, *model.primaryKey->name)) {
        const std::optional<Span> nameSpan = attribute ? argumentSpan(*attribute, u"name") : std::nullopt;
        ctx.error(catalog::customNameNotUnique(attributeName, *model.primaryKey->name,
                                               nameSpan.value_or(model.primaryKey->span)));
    }
}

void indexName(const ResolvedModel &model, const Index &index, const QString &attributeName, const Attribute *attribute,
               const Namespaces &namespaces, Context &ctx)
{
    std::optional<Span> span = attribute ? argumentSpan(*attribute, u"map") : std::nullopt;
    if (!span && attribute)
        span = argumentSpan(*attribute, u"name");
    for (ConstraintScope scope : namespaces.violations(ctx, model, ConstraintKind::Index, index.databaseName))
        ctx.error(catalog::constraintNameNotUnique(attributeName, index.databaseName,
                                                   scopeDescription(scope, model.name), span.value_or(index.span)));
}

void indexCustomName(const ResolvedModel &model, const Index &index, const QString &attributeName,
                     const Attribute *attribute, const Namespaces &namespaces, Context &ctx)
{
    if (!index.name || !namespaces.customNameClashes(ctx, model, *index.name))
        return;
    const std::optional<Span> span = attribute ? argumentSpan(*attribute, u"name") : std::nullopt;
    ctx.error(catalog::customNameNotUnique(attributeName, *index.name, span.value_or(index.span)));
}

void foreignKeyName(const ResolvedModel &model, const ResolvedField &field, const Namespaces &namespaces, Context &ctx)
{
    const auto name = foreignKeyName(field);
    if (!name)
        return;
    const Field *ast = ctx.astFieldOf(model, field);
    const Attribute *relation = ast ? ast->attribute(u"relation") : nullptr;
    const std::optional<Span> span = relation ? argumentSpan(*relation, u"map") : std::nullopt;
    for (ConstraintScope scope : namespaces.violations(ctx, model, ConstraintKind::ForeignKey, *name))
        ctx.error(catalog::constraintNameNotUnique(u"@relation", *name, scopeDescription(scope, model.name),
                                                   span.value_or(field.span)));
}

void mappedNameLength(const ResolvedModel &model, const Attribute &attribute, const QString &name,
                      const QString &attributeName, Context &ctx)
{
    const int limit = ctx.connector.maxIdentifierLength;
    if (limit <= 0 || name.toUtf8().size() <= limit)
        return;
    ctx.error(catalog::constraintNameTooLong(model.name, containerName(model), name, attributeName, limit, attribute.span));
}

} // namespace facet::schema::validate::names
