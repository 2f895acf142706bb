// SPDX-License-Identifier: MIT
// Model-level checks (prisma-engines psl-core validations/models.rs and autoincrement.rs): a unique
// criterion, primary key rules per connector, @@schema against the datasource, database name clashes,
// autoincrement() where the connector allows it.
#include "validate/ValidationContext.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace facet::schema::validate::models {

namespace {

QString primaryKeyAttributeName(const PrimaryKey &pk)
{
    return pk.isCompound ? u"@@id"_s : u"@id"_s;
}

// `@@schema("x")`: the value and the span of the string (where Prisma reports).
std::optional<std::pair<QString, Span>> schemaAttribute(const Model *ast)
{
    if (!ast)
        return std::nullopt;
    const Attribute *a = ast->blockAttribute(u"schema");
    if (!a)
        return std::nullopt;
    const Argument *arg = a->argument(u"name");
    if (!arg || !arg->value.isString())
        return std::nullopt;
    return std::pair{arg->value.text, arg->value.span};
}

bool datasourceHasSchemas(const Context &ctx)
{
    if (!ctx.datasource || ctx.datasource->topIndex < 0
        || static_cast<size_t>(ctx.datasource->topIndex) >= ctx.parsed.ast.tops.size())
        return false;
    const ConfigBlock *block = ctx.parsed.ast.tops[static_cast<size_t>(ctx.datasource->topIndex)].config();
    return block && block->property(u"schemas");
}

bool isAutoincrement(const ResolvedField &f)
{
    return f.defaultValue && f.defaultValue->isFunction(u"autoincrement");
}

} // namespace

void databaseNameClashes(Context &ctx)
{
    QHash<std::pair<QString, QString>, int> seen;
    for (size_t i = 0; i < ctx.schema.models.size(); ++i) {
        const ResolvedModel &model = ctx.schema.models[i];
        if (model.isView())
            continue;
        const auto key = std::pair{model.databaseSchema.value_or(QString()), model.tableName};
        const auto it = seen.constFind(key);
        if (it == seen.constEnd()) {
            seen.insert(key, static_cast<int>(i));
            continue;
        }
        const ResolvedModel &existing = ctx.schema.models[static_cast<size_t>(*it)];
        // Prisma puts the error on an @@map attribute, of this model if it has one, else of the other.
        if (model.mappedName) {
            const Attribute *map = ctx.astModelOf(model) ? ctx.astModelOf(model)->blockAttribute(u"map") : nullptr;
            ctx.error(catalog::duplicateModelDatabaseName(model.tableName, existing.name, map ? map->span : model.span));
        } else {
            const Attribute *map = ctx.astModelOf(existing) ? ctx.astModelOf(existing)->blockAttribute(u"map") : nullptr;
            ctx.error(catalog::duplicateModelDatabaseName(model.tableName, model.name, map ? map->span : existing.span));
        }
    }
}

void hasAStrictUniqueCriteria(const ResolvedModel &model, Context &ctx)
{
    // Views need no unique criterion (Prisma 7 accepts `view V { a Int }`).
    if (model.isIgnored || model.isView())
        return;
    QStringList loose;
    for (const UniqueCriterion &c : uniqueCriteria(model)) {
        bool strict = !c.fields.empty();
        QStringList names;
        for (int i : c.fields) {
            if (i < 0 || static_cast<size_t>(i) >= model.fields.size()) {
                strict = false;
                continue;
            }
            const ResolvedField &f = model.fields[static_cast<size_t>(i)];
            names.append(f.name);
            if (!f.isRequired() || f.kind == FieldKind::Unsupported)
                strict = false;
        }
        if (strict)
            return;
        loose.append(names.join(u", "_s));
    }
    ctx.error(catalog::modelWithoutUniqueCriteria(model.name, containerName(model), loose, model.span));
}

void idHasFields(const ResolvedModel &model, Context &ctx)
{
    if (model.primaryKey && model.primaryKey->fields.empty())
        ctx.error(catalog::idWithoutFields(primaryKeyAttributeName(*model.primaryKey), model.primaryKey->span));
}

void idClientNameDoesNotClashWithField(const ResolvedModel &model, Context &ctx)
{
    // Only compound ids get a generated client name; a `name:` argument avoids the clash.
    if (!model.primaryKey || model.primaryKey->fields.size() <= 1 || model.primaryKey->name)
        return;
    QStringList names;
    for (const IndexField &f : model.primaryKey->fields)
        names.append(f.path);
    const QString clientName = names.join(u'_');
    for (const ResolvedField &f : model.fields) {
        if (f.kind != FieldKind::Relation && f.name == clientName) {
            ctx.error(catalog::idClientNameClash(model.name, clientName, model.primaryKey->span));
            return;
        }
    }
}

void primaryKeyConnectorSpecific(const ResolvedModel &model, Context &ctx)
{
    if (!model.primaryKey)
        return;
    if (model.primaryKey->map && !ctx.connector.namedPrimaryKeys)
        ctx.error(catalog::namedPrimaryKeyNotSupported(model.name, model.span));
    if (model.primaryKey->fields.size() > 1 && !ctx.connector.compoundIds)
        ctx.error(catalog::compoundIdNotSupported(model.name, model.primaryKey->span));
}

void primaryKeyLengthPrefixSupported(const ResolvedModel &model, Context &ctx)
{
    if (!model.primaryKey || ctx.connector.indexColumnLengthPrefixing)
        return;
    for (const IndexField &f : model.primaryKey->fields) {
        if (f.length) {
            ctx.error(catalog::primaryKeyLengthNotSupported(primaryKeyAttributeName(*model.primaryKey),
                                                            model.primaryKey->span));
            return;
        }
    }
}

void primaryKeySortOrderSupported(const ResolvedModel &model, Context &ctx)
{
    if (!model.primaryKey || ctx.connector.primaryKeySortOrder)
        return;
    for (const IndexField &f : model.primaryKey->fields) {
        if (f.sort) {
            ctx.error(catalog::primaryKeySortNotSupported(primaryKeyAttributeName(*model.primaryKey),
                                                          model.primaryKey->span));
            return;
        }
    }
}

void onlyOneFulltextAttributeAllowed(const ResolvedModel &model, Context &ctx)
{
    if (!ctx.connector.fullTextIndex || ctx.connector.multipleFullTextAttributesPerModel)
        return;
    std::vector<Span> spans;
    for (const Index &index : model.indexes) {
        if (index.kind == Index::Kind::Fulltext)
            spans.push_back(index.span);
    }
    if (spans.size() > 1) {
        for (const Span &span : spans)
            ctx.error(catalog::onlyOneFulltextPerModel(span));
    }
}

void schemaIsDefinedInTheDatasource(const ResolvedModel &model, Context &ctx)
{
    if (!ctx.connector.multiSchema || !ctx.datasource)
        return;
    const auto schema = schemaAttribute(ctx.astModelOf(model));
    if (schema && !ctx.datasource->schemas.contains(schema->first))
        ctx.error(catalog::schemaNotInDatasource(schema->second));
}

void schemaAttributeSupportedInConnector(const ResolvedModel &model, Context &ctx)
{
    if (ctx.connector.multiSchema)
        return;
    if (const auto schema = schemaAttribute(ctx.astModelOf(model)))
        ctx.error(catalog::schemaAttributeNotSupported(schema->second));
}

void schemaAttributeMissing(const ResolvedModel &model, Context &ctx)
{
    if (!ctx.connector.multiSchema || !datasourceHasSchemas(ctx) || ctx.connector.provider == Provider::MySQL)
        return;
    if (!schemaAttribute(ctx.astModelOf(model)))
        ctx.error(catalog::modelMissingSchemaAttribute(model.name, containerName(model), model.span));
}

void autoincrement(const ResolvedModel &model, Context &ctx)
{
    std::vector<const ResolvedField *> fields;
    for (const ResolvedField &f : model.fields) {
        if (f.kind == FieldKind::Scalar && isAutoincrement(f))
            fields.push_back(&f);
    }
    if (fields.empty())
        return;
    if (!ctx.connector.autoIncrementMultiple && fields.size() > 1)
        ctx.error(catalog::autoincrementMultiple(model.span));
    for (const ResolvedField *f : fields) {
        const int index = model.fieldIndex(f->name);
        const bool singleId = model.primaryKey && model.primaryKey->fields.size() == 1
            && model.primaryKey->fields.front().fieldIndex == index;
        if (!ctx.connector.autoIncrementOnNonId && !singleId)
            ctx.error(catalog::autoincrementNotOnId(f->span));
        if (!ctx.connector.autoIncrementNonIndexed) {
            bool indexed = model.primaryKey && !model.primaryKey->fields.empty()
                && model.primaryKey->fields.front().fieldIndex == index;
            for (const Index &i : model.indexes) {
                if (!i.fields.empty() && i.fields.front().fieldIndex == index)
                    indexed = true;
            }
            if (!indexed)
                ctx.error(catalog::autoincrementNotIndexed(f->span));
        }
    }
}

} // namespace facet::schema::validate::models
