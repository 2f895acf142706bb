// SPDX-License-Identifier: MIT
// The validation pipeline as one flat, readable list of small named checks, in Prisma's order
// (prisma-engines psl-core/src/validate/validation_pipeline/validations.rs). Each check lives in the file
// of its topic: attributes.cpp, defaults.cpp, datasource.cpp, composite.cpp, models.cpp, names.cpp,
// mongodb.cpp, views.cpp, fields.cpp, nativeTypes.cpp, relations.cpp, indexes.cpp, enums.cpp; what each
// provider supports is in Connector.cpp. All wording is in DiagnosticCatalogValidate*.cpp.
#include "Validations.h"
#include "ParallelFor.h"
#include "TextHash.h"

#include "validate/ValidationContext.h"

#include <array>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace facet::schema::validate {

namespace {

// Prisma reads the first datasource whose provider it knows; with none, the empty connector applies.
const DatasourceConfig *activeDatasource(const ResolvedSchema &schema)
{
    for (const DatasourceConfig &ds : schema.datasources) {
        if (ds.provider != Provider::Unknown)
            return &ds;
    }
    return nullptr;
}

// Per-model checks read only the resolved schema, the AST and (in the pipeline) the constraint namespaces, and
// write only diagnostics, so large schemas check groups of consecutive models on several threads. Each group
// reports into its own list (and order anchors) per pass, and the lists are joined in model order: the
// diagnostics come out exactly as from one loop over the models per pass.
struct GroupReport {
    Diagnostics diagnostics;
    std::vector<std::pair<size_t, Span>> anchors;
};

// Runs every pass over every model, in groups of consecutive models on threads; returns what each pass
// reported, per group. Several passes share one parallel region (and its thread start).
template <typename... Passes>
std::array<std::vector<GroupReport>, sizeof...(Passes)> checkModels(const Context &ctx, int threads, Passes &&...passes)
{
    constexpr size_t minModelsPerGroup = 32; // below this a thread costs more than the checks
    const std::vector<ResolvedModel> &models = ctx.schema.models;
    const size_t groups = groupCount(models.size(), threads, minModelsPerGroup);
    std::array<std::vector<GroupReport>, sizeof...(Passes)> reports;
    for (std::vector<GroupReport> &pass : reports)
        pass.resize(groups);
    forEachGroup(models.size(), groups, threads, [&](size_t group, size_t begin, size_t end) {
        size_t pass = 0;
        const auto run = [&](auto &&check) {
            GroupReport &report = reports[pass++][group];
            Context local{ctx.schema,       ctx.parsed,       report.diagnostics, ctx.connector, ctx.datasource,
                          ctx.relationMode, ctx.previewFeatures, ctx.orderAnchors ? &report.anchors : nullptr};
            for (size_t i = begin; i < end; ++i)
                check(models[i], local);
        };
        (run(passes), ...);
    });
    return reports;
}

// Appends one pass's reports to ctx, groups in order.
void join(Context &ctx, const std::vector<GroupReport> &pass)
{
    for (const GroupReport &report : pass) {
        // An anchor names its error by index: in the joined list that is the group's index plus what came before.
        const size_t before = ctx.diagnostics.errors().size();
        for (const auto &[index, span] : report.anchors)
            ctx.orderAnchors->emplace_back(before + index, span);
        ctx.diagnostics.append(report.diagnostics);
    }
}

template <typename Check>
void forEachModel(Context &ctx, int threads, Check &&check)
{
    join(ctx, checkModels(ctx, threads, std::forward<Check>(check))[0]);
}

// parser-database checks that Facet makes here rather than while resolving: default values, @updatedAt,
// @id arity, @relation arguments (its attributes pass), empty enums (its types pass). Prisma makes them on
// broken schemas too; inParserDatabaseOrder() puts them where Prisma reports them.
void attributeChecks(Context &ctx, int threads)
{
    forEachModel(ctx, threads, [](const ResolvedModel &model, Context &ctx) {
        for (const ResolvedField &field : model.fields) {
            attributes::idIsRequired(model, field, ctx);
            attributes::defaultValue(model, field, ctx);
            attributes::updatedAt(model, field, ctx);
            attributes::relationArguments(model, field, ctx);
            attributes::relationFieldAttributes(model, field, ctx);
            attributes::sortArguments(model, field, ctx);
            attributes::ignoreOnUnsupported(model, field, ctx);
        }
        attributes::atMostOneIdField(model, ctx);
        attributes::emptyMapArguments(model, ctx);
        attributes::unknownOperatorClasses(model, ctx);
        attributes::compoundIdFields(model, ctx);
        attributes::indexesOnRelationFields(model, ctx);
    });
    for (const ResolvedModel &type : ctx.schema.compositeTypes)
        attributes::compositeDefaultValues(type, ctx);
}

void typeChecks(Context &ctx)
{
    for (const ResolvedEnum &e : ctx.schema.enums)
        attributes::enumHasValues(e, ctx);
}

// Below this many models a whole-schema step runs in its place: a thread of its own would cost more than it saves.
constexpr size_t minModelsToOverlap = 64;

// What the pipeline checks against the whole schema rather than one model: the constraint namespaces and the
// table names shared by two models. Both read only the resolved model, so on large schemas runValidations()
// builds them on a thread of their own while the attribute checks run (unused if those fail); else the pipeline
// builds them itself. Either way the clashes are reported at Prisma's place.
struct SchemaTables {
    std::optional<names::Namespaces> namespaces;
    Diagnostics tableNameClashes;

    void build(Context ctx)
    {
        ctx.orderAnchors = nullptr;
        namespaces.emplace(ctx);
        Context clashes{ctx.schema,       ctx.parsed,          tableNameClashes, ctx.connector, ctx.datasource,
                        ctx.relationMode, ctx.previewFeatures, nullptr};
        models::databaseNameClashes(clashes);
    }
};

// psl-core validations.rs `validate`.
void pipeline(Context &ctx, int threads, SchemaTables &tables)
{
    composite::detectCompositeCycles(ctx);
    for (const ResolvedModel &type : ctx.schema.compositeTypes) {
        composite::compositeTypesSupported(type, ctx);
        if (!ctx.hasErrors())
            composite::moreThanOneField(type, ctx);
    }

    if (!tables.namespaces)
        tables.build(ctx);
    const names::Namespaces &namespaces = *tables.namespaces;
    const auto modelChecks = [&namespaces](const ResolvedModel &model, Context &ctx) {
        if (model.isView())
            views::viewDefinitionWithoutPreviewFlag(model, ctx);

        models::hasAStrictUniqueCriteria(model, ctx);
        names::primaryKeyName(model, namespaces, ctx);
        models::idHasFields(model, ctx);
        models::idClientNameDoesNotClashWithField(model, ctx);
        models::primaryKeyConnectorSpecific(model, ctx);
        models::primaryKeyLengthPrefixSupported(model, ctx);
        models::primaryKeySortOrderSupported(model, ctx);
        models::onlyOneFulltextAttributeAllowed(model, ctx);
        models::schemaIsDefinedInTheDatasource(model, ctx);
        models::schemaAttributeSupportedInConnector(model, ctx);
        models::schemaAttributeMissing(model, ctx);
        mongodb::modelChecks(model, ctx);
        if (model.isView())
            views::viewsHaveNoPrimaryKeyOrIndexes(model, ctx);
        models::autoincrement(model, ctx);

        for (const ResolvedField &field : model.fields) {
            if (field.kind == FieldKind::Relation || field.kind == FieldKind::Unresolved)
                continue;
            fields::scalarFieldConnectorSpecific(model, field, ctx);
            nativeTypes::nativeTypeArguments(model, field, ctx);
            defaults::defaultValueContents(model, field, ctx);
        }

        for (const ResolvedField &field : model.fields) {
            if (field.kind != FieldKind::Relation)
                continue;
            names::foreignKeyName(model, field, namespaces, ctx); // psl-core checks this per relation; same order here
            relations::ignoredRelatedModel(model, field, ctx);
            relations::referentialActions(model, field, ctx);
            relations::foreignKeyMap(model, field, ctx);
            relations::missingRelationIndexes(model, field, ctx);
            relations::connectorSpecific(model, field, ctx);
        }

        // The connector's validate_model runs before the index checks (PostgreSQL: operator classes).
        for (const Index &index : model.indexes)
            indexes::postgresOperatorClasses(model, index, ctx);
        for (const Index &index : model.indexes)
            indexes::validateIndex(model, index, namespaces, ctx);
    };
    // The unknown default functions of every model, then the datasource checks and the table name clashes,
    // then the model checks: the two per-model passes run in one parallel region, their reports joined in
    // that order.
    // validateRelations comes last and skips some checks on a schema with errors (Prisma's `errors().is_empty()`),
    // so on a large schema still clean here it runs beside the model checks, assuming they report no error;
    // if an error came before its place after all, its report is dropped and it runs again there.
    Diagnostics relationsAhead;
    std::jthread relationsThread;
    if (threads > 1 && ctx.schema.models.size() >= minModelsToOverlap && !ctx.hasErrors()) {
        relationsThread = std::jthread([&] {
            Context local{ctx.schema,       ctx.parsed,          relationsAhead, ctx.connector, ctx.datasource,
                          ctx.relationMode, ctx.previewFeatures, nullptr};
            relations::validateRelations(local);
        });
    }
    const auto [unknownDefaults, perModel] = checkModels(ctx, threads, defaults::unknownDefaultFunctions, modelChecks);
    join(ctx, unknownDefaults);
    datasource::schemasPropertyWithNoConnectorSupport(ctx);
    datasource::postgresExtensionsNeedPreviewFeature(ctx);
    ctx.diagnostics.append(tables.tableNameClashes);
    join(ctx, perModel);

    if (ctx.connector.enums)
        enums::databaseNameClashes(ctx);
    for (const ResolvedEnum &e : ctx.schema.enums) {
        enums::connectorSupportsEnums(e, ctx);
        enums::schemaChecks(e, ctx);
    }

    if (relationsThread.joinable()) {
        relationsThread.join();
        if (!ctx.hasErrors()) {
            ctx.diagnostics.append(relationsAhead);
            return;
        }
    }
    relations::validateRelations(ctx);
}

} // namespace

bool Context::hasPreviewFeature(QStringView name) const
{
    for (const QString &f : previewFeatures) {
        if (f.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

const Model *Context::astModelOf(const ResolvedModel &model) const
{
    if (model.topIndex < 0 || static_cast<size_t>(model.topIndex) >= parsed.ast.tops.size())
        return nullptr;
    return parsed.ast.tops[static_cast<size_t>(model.topIndex)].model();
}

const Field *Context::astFieldOf(const ResolvedModel &model, const ResolvedField &field) const
{
    const Model *m = astModelOf(model);
    if (!m || field.astIndex < 0 || static_cast<size_t>(field.astIndex) >= m->fields.size())
        return nullptr;
    return &m->fields[static_cast<size_t>(field.astIndex)];
}

const ResolvedModel *Context::relatedModel(const ResolvedField &field) const
{
    if (field.kind != FieldKind::Relation || !field.relatedModel.isValid()
        || static_cast<size_t>(field.relatedModel.index) >= schema.models.size())
        return nullptr;
    return &schema.models[static_cast<size_t>(field.relatedModel.index)];
}

QString containerName(const ResolvedModel &model)
{
    switch (model.kind) {
    case ResolvedModel::Kind::View: return u"view"_s;
    case ResolvedModel::Kind::CompositeType: return u"composite type"_s;
    case ResolvedModel::Kind::Model: break;
    }
    return u"model"_s;
}

std::optional<Span> argumentSpan(const Attribute &attribute, QStringView name)
{
    for (const Argument &a : attribute.arguments.arguments) {
        if (a.name && text::equal(a.name->name, name))
            return a.span;
    }
    return std::nullopt;
}

QString displayExpression(const Expression &e)
{
    switch (e.kind) {
    case Expression::Kind::Numeric:
    case Expression::Kind::Constant: return e.text;
    case Expression::Kind::String: {
        QString escaped = e.text;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        return u'"' + escaped + u'"';
    }
    case Expression::Kind::Function: {
        QStringList args;
        for (const Argument &a : e.arguments().arguments)
            args.append((a.name ? a.name->name + u": "_s : QString()) + displayExpression(a.value));
        return e.text + u'(' + args.join(u", "_s) + u')';
    }
    case Expression::Kind::Array: {
        QStringList elements;
        for (const Expression &element : e.elements())
            elements.append(displayExpression(element));
        return u'[' + elements.join(u", "_s) + u']';
    }
    }
    return e.text;
}

std::vector<UniqueCriterion> uniqueCriteria(const ResolvedModel &model)
{
    std::vector<UniqueCriterion> criteria;
    if (model.primaryKey) {
        UniqueCriterion c;
        c.fromPrimaryKey = true;
        for (const IndexField &f : model.primaryKey->fields)
            c.fields.push_back(f.fieldIndex);
        criteria.push_back(std::move(c));
    }
    for (const Index &index : model.indexes) {
        if (index.kind != Index::Kind::Unique)
            continue;
        UniqueCriterion c;
        for (const IndexField &f : index.fields)
            c.fields.push_back(f.fieldIndex);
        criteria.push_back(std::move(c));
    }
    return criteria;
}

void runValidations(const ResolvedSchema &resolved, const ParsedSchema &parsed, Diagnostics &diagnostics,
                    const ResolveStages &stages, int threads)
{
    const DatasourceConfig *ds = activeDatasource(resolved);
    const Connector &connector = connectorFor(ds ? ds->provider : Provider::Unknown);
    const RelationMode relationMode = ds ? ds->relationMode : RelationMode::ForeignKeys;
    auto contextFor = [&](Diagnostics &sink) {
        return Context{resolved, parsed, sink, connector, ds, relationMode, resolved.previewFeatures()};
    };

    // Prisma: ParserDatabase::new (names, types, attributes, relations, on any schema) → configuration
    // blocks → validation pipeline, which returns at once when anything before it failed.
    Diagnostics fromTypeChecks;
    Diagnostics fromAttributeChecks;
    Context typesCtx = contextFor(fromTypeChecks);
    typeChecks(typesCtx);
    std::vector<std::pair<size_t, Span>> anchors;
    Context attributesCtx = contextFor(fromAttributeChecks);
    attributesCtx.orderAnchors = &anchors;
    Diagnostics unused; // the tables report into tableNameClashes only
    SchemaTables tables;
    {
        std::jthread builder;
        if (threads > 1 && resolved.models.size() >= minModelsToOverlap)
            builder = std::jthread([&] { tables.build(contextFor(unused)); });
        attributeChecks(attributesCtx, threads);
    } // joins the builder
    diagnostics = inParserDatabaseOrder(diagnostics, stages, fromTypeChecks, {fromAttributeChecks, anchors}, resolved,
                                        parsed);

    Context ctx = contextFor(diagnostics);
    datasource::generatorBlocks(ctx);
    datasource::datasourceBlocks(ctx);
    if (diagnostics.hasErrors())
        return;
    pipeline(ctx, threads, tables);
}

} // namespace facet::schema::validate
