// SPDX-License-Identifier: MIT
// `datasource` and `generator` blocks (prisma-engines psl-core/src/validate/datasource_loader.rs,
// generator_loader.rs, validations/datasource.rs). Prisma checks these on the AST whatever else failed.
//
// URLs: Prisma 7 keeps them in prisma.config.ts, Prisma ≤ 6 in the block. Facet accepts both, the way
// the reference oracle does (Prisma 6.19's rules when a block keeps `url`, `directUrl` or
// `shadowDatabaseUrl`, Prisma 7's otherwise): a block with no URL key is fine, one with `directUrl` or
// `shadowDatabaseUrl` but no `url` is not.
#include "validate/ValidationContext.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace facet::schema::validate::datasource {

namespace {

QString describeValue(const Expression &e)
{
    switch (e.kind) {
    case Expression::Kind::Numeric: return u"numeric"_s;
    case Expression::Kind::String: return u"string"_s;
    case Expression::Kind::Constant: return u"literal"_s;
    case Expression::Kind::Function: return u"functional"_s;
    case Expression::Kind::Array: return u"array"_s;
    }
    return u"literal"_s;
}

bool isEnvCall(const Expression &e)
{
    return e.isFunction() && e.text == u"env";
}

// `url = "…"` or `url = env("VAR")` (Prisma's StringFromEnvVar::coerce). Returns a comparable key.
std::optional<QString> urlValue(const Expression &e, Context &ctx)
{
    if (e.isString())
        return u"literal:"_s + e.text;
    if (isEnvCall(e)) {
        const auto &args = e.arguments().arguments;
        if (args.size() != 1 || args.front().name || !args.front().value.isString()) {
            ctx.error(catalog::envFunctionArguments(e.span));
            return std::nullopt;
        }
        return u"env:"_s + args.front().value.text;
    }
    ctx.error(catalog::typeMismatch(u"String", describeValue(e), displayExpression(e), e.span));
    return std::nullopt;
}

const ConfigProperty *property(const ConfigBlock &block, QStringView key)
{
    return block.property(key);
}

// lift_datasource: true when the block describes a usable datasource.
bool liftDatasource(const ConfigBlock &block, Context &ctx)
{
    const QString &name = block.name.name;
    for (const ConfigProperty &p : block.properties) {
        if (!p.value) {
            ctx.error(catalog::configPropertyMissingValue(p.name.name, name, u"datasource", block.span));
            return false;
        }
    }

    const ConfigProperty *providerProperty = property(block, u"provider");
    if (!providerProperty) {
        ctx.error(catalog::datasourceArgumentMissing(u"provider", name, block.span));
        return false;
    }
    const Expression &providerValue = *providerProperty->value;
    if (isEnvCall(providerValue)) {
        ctx.error(catalog::datasourceProviderEnv(block.span));
        return false;
    }
    if (!providerValue.isString()) {
        ctx.error(catalog::datasourceProviderNotString(name, providerValue.span));
        return false;
    }
    if (providerValue.text.isEmpty()) {
        ctx.error(catalog::datasourceProviderEmpty(name, providerValue.span));
        return false;
    }
    const Provider provider = providerFromString(providerValue.text);
    if (provider == Provider::Unknown) {
        ctx.error(catalog::datasourceProviderNotKnown(providerValue.text, providerValue.span));
        return false;
    }
    const Connector &connector = connectorFor(provider);

    // relationMode, and its deprecated name.
    const ConfigProperty *relationMode = property(block, u"relationMode");
    const ConfigProperty *referentialIntegrity = property(block, u"referentialIntegrity");
    if (referentialIntegrity)
        ctx.warning(catalog::referentialIntegrityDeprecated(referentialIntegrity->span));
    if (relationMode && referentialIntegrity) {
        ctx.error(catalog::relationModeAndReferentialIntegrity(referentialIntegrity->span));
    } else if (const ConfigProperty *mode = relationMode ? relationMode : referentialIntegrity) {
        const Expression &value = *mode->value;
        if (!value.isString()) {
            ctx.error(catalog::typeMismatch(u"string", describeValue(value), displayExpression(value), value.span));
        } else if (value.text != u"prisma" && value.text != u"foreignKeys") {
            ctx.error(catalog::relationModeInvalid(value.text, block.span));
        } else {
            const RelationMode m = value.text == u"prisma" ? RelationMode::Prisma : RelationMode::ForeignKeys;
            if (!connector.relationModes.contains(m)) {
                QStringList supported;
                for (RelationMode allowed : connector.relationModes)
                    supported.append(allowed == RelationMode::Prisma ? u"prisma"_s : u"foreignKeys"_s);
                ctx.error(catalog::relationModeNotSupported(value.text, supported, value.span));
            }
        }
    }

    // URLs (Prisma ≤ 6 keys; see the file comment).
    const ConfigProperty *url = property(block, u"url");
    const ConfigProperty *directUrl = property(block, u"directUrl");
    const ConfigProperty *shadowUrl = property(block, u"shadowDatabaseUrl");
    if (!url && (directUrl || shadowUrl)) {
        ctx.error(catalog::datasourceArgumentMissing(u"url", name, block.span));
        return false;
    }
    if (url) {
        const std::optional<QString> main = urlValue(*url->value, ctx);
        if (!main)
            return false;
        std::optional<QString> shadow = shadowUrl ? urlValue(*shadowUrl->value, ctx) : std::nullopt;
        if (shadow == u"literal:"_s)
            shadow.reset(); // an empty shadow URL means "none"
        const std::optional<QString> direct = directUrl ? urlValue(*directUrl->value, ctx) : std::nullopt;
        if (shadow) {
            if (direct && *shadow == *direct)
                ctx.error(catalog::shadowDatabaseSameAsDirectUrl(name, directUrl->value->span));
            if (*shadow == *main)
                ctx.error(catalog::shadowDatabaseSameAsUrl(name, url->value->span));
        }
    }

    if (const ConfigProperty *preview = property(block, u"previewFeatures"))
        ctx.error(catalog::previewFeaturesInDatasource(preview->span));

    if (const ConfigProperty *schemas = property(block, u"schemas")) {
        const Expression &value = *schemas->value;
        if (!value.isArray()) {
            ctx.error(catalog::typeMismatch(u"array", describeValue(value), displayExpression(value), value.span));
        } else if (value.elements().empty()) {
            ctx.error(catalog::schemasArrayEmpty(value.span));
        } else {
            std::vector<const Expression *> sorted;
            for (const Expression &e : value.elements()) {
                if (!e.isString())
                    ctx.error(catalog::typeMismatch(u"String", describeValue(e), displayExpression(e), e.span));
                else
                    sorted.push_back(&e);
            }
            std::stable_sort(sorted.begin(), sorted.end(),
                             [](const Expression *a, const Expression *b) { return a->text < b->text; });
            for (size_t i = 1; i < sorted.size(); ++i) {
                if (sorted[i - 1]->text == sorted[i]->text)
                    ctx.error(catalog::schemasDuplicated(sorted[i - 1]->span));
            }
        }
    }

    static const QSet<QString> known{u"provider"_s, u"url"_s, u"directUrl"_s, u"shadowDatabaseUrl"_s,
                                     u"relationMode"_s, u"referentialIntegrity"_s, u"schemas"_s,
                                     u"previewFeatures"_s};
    for (const ConfigProperty &p : block.properties) {
        if (known.contains(p.name.name))
            continue;
        // `extensions` belongs to the PostgreSQL connector's own properties.
        if (p.name.name == u"extensions" && provider == Provider::PostgreSQL)
            continue;
        ctx.error(catalog::propertyNotKnown(p.name.name, p.span));
    }
    return true;
}

} // namespace

void datasourceBlocks(Context &ctx)
{
    std::vector<const ConfigBlock *> lifted;
    for (const ConfigBlock *block : ctx.parsed.ast.datasources()) {
        if (liftDatasource(*block, ctx))
            lifted.push_back(block);
    }
    if (lifted.size() > 1) {
        for (const ConfigBlock *block : ctx.parsed.ast.datasources())
            ctx.error(catalog::moreThanOneDatasource(block->name.name, block->span));
    }
}

void schemasPropertyWithNoConnectorSupport(Context &ctx)
{
    if (!ctx.datasource || ctx.connector.multiSchema || ctx.datasource->topIndex < 0)
        return;
    const ConfigBlock *block = ctx.parsed.ast.tops[static_cast<size_t>(ctx.datasource->topIndex)].config();
    const ConfigProperty *schemas = block ? block->property(u"schemas") : nullptr;
    if (schemas && schemas->value)
        ctx.error(catalog::schemasNotSupported(schemas->value->span));
}

namespace {

// Preview features (psl-core common/preview_features.rs), for the two parsers the reference oracle picks
// from: Prisma 6.19's when a datasource keeps a URL key, Prisma 7's otherwise. Matching ignores case.
struct FeatureLists {
    QStringList active; // as Prisma lists them in "Expected one of", without the provider-native ones
    QStringList hidden;
    QStringList deprecated;
};

const FeatureLists &featureLists(bool prisma6)
{
    static const QStringList deprecated{
        u"aggregateApi"_s, u"atomicNumberOperations"_s, u"clientExtensions"_s, u"cockroachdb"_s, u"connectOrCreate"_s,
        u"createMany"_s, u"dataProxy"_s, u"deno"_s, u"distinct"_s, u"driverAdapters"_s, u"extendedIndexes"_s,
        u"extendedWhereUnique"_s, u"fieldReference"_s, u"filteredRelationCount"_s, u"filterJson"_s,
        u"fullTextIndex"_s, u"fullTextSearch"_s, u"groupBy"_s, u"improvedQueryRaw"_s, u"interactiveTransactions"_s,
        u"jsonProtocol"_s, u"microsoftSqlServer"_s, u"middlewares"_s, u"mongoDb"_s, u"multiSchema"_s,
        u"namedConstraints"_s, u"nApi"_s, u"nativeTypes"_s, u"omitApi"_s, u"orderByAggregateGroup"_s,
        u"orderByNulls"_s, u"orderByRelation"_s, u"prismaSchemaFolder"_s, u"queryCompiler"_s,
        u"referentialActions"_s, u"referentialIntegrity"_s, u"selectRelationCount"_s, u"tracing"_s,
        u"transactionApi"_s, u"uncheckedScalarInputs"_s};
    static const FeatureLists prisma7{{u"nativeDistinct"_s, u"partialIndexes"_s, u"postgresqlExtensions"_s,
                                       u"relationJoins"_s, u"schemaEngineDriverAdapters"_s, u"shardKeys"_s,
                                       u"strictUndefinedChecks"_s, u"typedSql"_s, u"views"_s},
                                      {u"reactNative"_s},
                                      deprecated};
    static const FeatureLists prisma619{{u"metrics"_s, u"nativeDistinct"_s, u"postgresqlExtensions"_s, u"relationJoins"_s,
                                         u"schemaEngineDriverAdapters"_s, u"shardKeys"_s, u"strictUndefinedChecks"_s,
                                         u"views"_s},
                                        {u"reactNative"_s, u"typedSql"_s},
                                        deprecated};
    return prisma6 ? prisma619 : prisma7;
}

bool containsIgnoringCase(const QStringList &list, const QString &name)
{
    return std::any_of(list.begin(), list.end(), [&](const QString &s) { return s.compare(name, Qt::CaseInsensitive) == 0; });
}

bool keepsUrlKeys(const Context &ctx)
{
    for (const ConfigBlock *block : ctx.parsed.ast.datasources()) {
        if (block->property(u"url") || block->property(u"directUrl") || block->property(u"shadowDatabaseUrl"))
            return true;
    }
    return false;
}

void previewFeatures(const ConfigBlock &generator, Context &ctx)
{
    const ConfigProperty *property = generator.property(u"previewFeatures");
    if (!property || !property->value || !property->value->isArray())
        return;
    const bool prisma6 = keepsUrlKeys(ctx);
    const FeatureLists &lists = featureLists(prisma6);
    const ConfigBlock *datasource = ctx.parsed.ast.datasources().empty() ? nullptr : ctx.parsed.ast.datasources().front();
    const ConfigProperty *providerProperty = datasource ? datasource->property(u"provider") : nullptr;
    const bool postgres = providerProperty && providerProperty->value && providerProperty->value->isString()
        && providerFromString(providerProperty->value->text) == Provider::PostgreSQL;
    QStringList active = lists.active;
    if (postgres)
        active.prepend(u"fullTextSearchPostgres"_s);
    const Span span = property->value->span;
    for (const Expression &e : property->value->elements()) {
        if (!e.isString())
            continue;
        const QString &name = e.text;
        if (postgres && name.compare(u"fullTextSearch", Qt::CaseInsensitive) == 0)
            ctx.warning(catalog::previewFeatureRenamed(u"postgresql", name, u"fullTextSearchPostgres", u"fts-postgres", span));
        else if (prisma6 && name.compare(u"metrics", Qt::CaseInsensitive) == 0)
            ctx.warning(catalog::previewFeatureDeprecated(name, true, span));
        else if (containsIgnoringCase(lists.deprecated, name))
            ctx.warning(catalog::previewFeatureDeprecated(name, false, span));
        else if (!containsIgnoringCase(active, name) && !containsIgnoringCase(lists.hidden, name))
            ctx.error(catalog::previewFeatureNotKnown(name, active.join(u", "_s), span));
    }
}

} // namespace

void postgresExtensionsNeedPreviewFeature(Context &ctx)
{
    if (!ctx.datasource || ctx.connector.provider != Provider::PostgreSQL || ctx.datasource->topIndex < 0
        || ctx.hasPreviewFeature(u"postgresqlExtensions"))
        return;
    const ConfigBlock *block = ctx.parsed.ast.tops[static_cast<size_t>(ctx.datasource->topIndex)].config();
    if (const ConfigProperty *extensions = block ? block->property(u"extensions") : nullptr)
        ctx.error(catalog::extensionsNeedPreviewFeature(extensions->span));
}

void generatorBlocks(Context &ctx)
{
    for (const ConfigBlock *block : ctx.parsed.ast.generators()) {
        bool complete = true;
        for (const ConfigProperty &p : block->properties) {
            if (!p.value) {
                ctx.error(catalog::configPropertyMissingValue(p.name.name, block->name.name, u"generator", block->span));
                complete = false;
            }
        }
        if (complete && !block->property(u"provider"))
            ctx.error(catalog::generatorArgumentMissing(u"provider", block->name.name, block->span));
        if (complete)
            previewFeatures(*block, ctx);
    }
}

} // namespace facet::schema::validate::datasource
