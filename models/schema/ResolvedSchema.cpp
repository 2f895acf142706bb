// SPDX-License-Identifier: MIT
#include "ResolvedSchema.h"

#include "ParallelFor.h"
#include "ParallelParse.h"
#include "resolve/ResolveContext.h"
#include "validate/Validations.h"

using namespace Qt::StringLiterals;

namespace facet::schema {

Provider providerFromString(QStringView text)
{
    if (text == u"postgresql" || text == u"postgres")
        return Provider::PostgreSQL;
    if (text == u"mysql")
        return Provider::MySQL;
    if (text == u"sqlite")
        return Provider::SQLite;
    if (text == u"sqlserver")
        return Provider::SqlServer;
    if (text == u"mongodb")
        return Provider::MongoDB;
    if (text == u"cockroachdb")
        return Provider::CockroachDB;
    return Provider::Unknown;
}

QString providerName(Provider provider)
{
    switch (provider) {
    case Provider::PostgreSQL: return u"postgresql"_s;
    case Provider::MySQL: return u"mysql"_s;
    case Provider::SQLite: return u"sqlite"_s;
    case Provider::SqlServer: return u"sqlserver"_s;
    case Provider::MongoDB: return u"mongodb"_s;
    case Provider::CockroachDB: return u"cockroachdb"_s;
    case Provider::Unknown: break;
    }
    return {};
}

namespace {
constexpr std::pair<ScalarType, QStringView> scalarNames[] = {
    {ScalarType::String, u"String"},     {ScalarType::Boolean, u"Boolean"}, {ScalarType::Int, u"Int"},
    {ScalarType::BigInt, u"BigInt"},     {ScalarType::Float, u"Float"},     {ScalarType::Decimal, u"Decimal"},
    {ScalarType::DateTime, u"DateTime"}, {ScalarType::Json, u"Json"},       {ScalarType::Bytes, u"Bytes"},
};

constexpr std::pair<ReferentialAction, QStringView> actionNames[] = {
    {ReferentialAction::Cascade, u"Cascade"},   {ReferentialAction::Restrict, u"Restrict"},
    {ReferentialAction::NoAction, u"NoAction"}, {ReferentialAction::SetNull, u"SetNull"},
    {ReferentialAction::SetDefault, u"SetDefault"},
};
} // namespace

std::optional<ScalarType> scalarTypeFromName(QStringView name)
{
    for (const auto &[type, text] : scalarNames) {
        if (text == name)
            return type;
    }
    return std::nullopt;
}

QString scalarTypeName(ScalarType type)
{
    for (const auto &[t, text] : scalarNames) {
        if (t == type)
            return text.toString();
    }
    return {};
}

std::optional<ReferentialAction> referentialActionFromName(QStringView name)
{
    for (const auto &[action, text] : actionNames) {
        if (text == name)
            return action;
    }
    return std::nullopt;
}

QString referentialActionName(ReferentialAction action)
{
    for (const auto &[a, text] : actionNames) {
        if (a == action)
            return text.toString();
    }
    return {};
}

const ResolvedField *ResolvedModel::field(QStringView fieldName) const
{
    const int i = fieldIndex(fieldName);
    return i >= 0 ? &fields[static_cast<size_t>(i)] : nullptr;
}

int ResolvedModel::fieldIndex(QStringView fieldName) const
{
    for (size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].name == fieldName)
            return static_cast<int>(i);
    }
    return -1;
}

const ResolvedEnumValue *ResolvedEnum::value(QStringView valueName) const
{
    for (const ResolvedEnumValue &v : values) {
        if (v.name == valueName)
            return &v;
    }
    return nullptr;
}

RelationMode ResolvedSchema::relationMode() const
{
    return datasources.empty() ? RelationMode::ForeignKeys : datasources.front().relationMode;
}

QStringList ResolvedSchema::previewFeatures() const
{
    QStringList all;
    for (const GeneratorConfig &g : generators) {
        for (const QString &f : g.previewFeatures) {
            if (!all.contains(f))
                all.append(f);
        }
    }
    return all;
}

const ResolvedModel *ResolvedSchema::findModel(QStringView name) const
{
    const ModelId id = modelId(name);
    return id.isValid() ? &models[static_cast<size_t>(id.index)] : nullptr;
}

ModelId ResolvedSchema::modelId(QStringView name) const
{
    for (size_t i = 0; i < models.size(); ++i) {
        if (models[i].name == name)
            return ModelId{static_cast<int>(i)};
    }
    return {};
}

const ResolvedEnum *ResolvedSchema::findEnum(QStringView name) const
{
    for (const ResolvedEnum &e : enums) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

const ResolvedModel *ResolvedSchema::findCompositeType(QStringView name) const
{
    for (const ResolvedModel &t : compositeTypes) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

std::vector<const JoinTable *> ResolvedSchema::joinTables() const
{
    std::vector<const JoinTable *> tables;
    for (const Relation &r : relations) {
        if (r.joinTable)
            tables.push_back(&*r.joinTable);
    }
    return tables;
}

const Model *astModel(const ParsedSchema &parsed, const ResolvedModel &model)
{
    if (model.topIndex < 0 || static_cast<size_t>(model.topIndex) >= parsed.ast.tops.size())
        return nullptr;
    return parsed.ast.tops[static_cast<size_t>(model.topIndex)].model();
}

const Field *astField(const ParsedSchema &parsed, const ResolvedModel &model, const ResolvedField &field)
{
    const Model *m = astModel(parsed, model);
    if (!m || field.astIndex < 0 || static_cast<size_t>(field.astIndex) >= m->fields.size())
        return nullptr;
    return &m->fields[static_cast<size_t>(field.astIndex)];
}

const Enum *astEnum(const ParsedSchema &parsed, const ResolvedEnum &enumeration)
{
    if (enumeration.topIndex < 0 || static_cast<size_t>(enumeration.topIndex) >= parsed.ast.tops.size())
        return nullptr;
    return parsed.ast.tops[static_cast<size_t>(enumeration.topIndex)].enumeration();
}

namespace {

// Prisma's parser-database runs every pass on every schema, so a broken schema reports the errors of all
// of them (the validation pipeline, not these passes, is what stops at the first error).
ResolvedSchema resolveInStages(const ParsedSchema &parsed, Diagnostics &diagnostics, validate::ResolveStages &stages,
                               int threads)
{
    ResolvedSchema result;
    resolve::Context context{parsed, result, &diagnostics, {}, QStringLiteral("db"), threads};
    auto errorCount = [&] { return static_cast<qsizetype>(diagnostics.errors().size()); };

    resolve::resolveConfiguration(context);
    resolve::resolveNames(context);
    stages.types = errorCount();
    resolve::resolveTypes(context);
    stages.attributes = errorCount();
    resolve::resolveAttributes(context);
    stages.relations = errorCount();
    resolve::resolveRelations(context);
    resolve::finishModels(context);
    return result;
}

} // namespace

ResolvedSchema resolveSchema(const ParsedSchema &parsed, Diagnostics &diagnostics)
{
    validate::ResolveStages stages;
    return resolveInStages(parsed, diagnostics, stages, 1);
}

ValidatedSchema validateSchema(ParsedSchema parsed)
{
    return validateSchema(std::move(parsed), ParseOptions{});
}

ValidatedSchema validateSchema(ParsedSchema parsed, ParseOptions options)
{
    ValidatedSchema validated;
    validated.parsed = std::move(parsed);
    validated.diagnostics = validated.parsed.diagnostics;
    validate::ResolveStages stages;
    const int threads = parseThreadCount(options.threads);
    validated.resolved = resolveInStages(validated.parsed, validated.diagnostics, stages, threads);

    // ---- Validation layer (models/schema/validate/): the one call point. It sees the resolved model even
    // when earlier stages reported errors, and decides itself what to check then.
    validate::runValidations(validated.resolved, validated.parsed, validated.diagnostics, stages, threads);

    return validated;
}

// A large schema is tens of thousands of small allocations spread over the heap: freeing them one after the
// other was a sixth of validateSchema's time on the 1,000-model benchmark (docs/BENCHMARKS.md, issue 3), and the
// studio frees the old schema on every reload. So each thread empties a range of consecutive AST blocks and
// resolved models; the members' own destructors then find them empty.
ValidatedSchema::~ValidatedSchema()
{
    constexpr size_t minBlocksPerGroup = 64; // below this a thread costs more than the frees
    std::vector<Top> &tops = parsed.ast.tops;
    std::vector<ResolvedModel> &models = resolved.models;
    const size_t count = std::max(tops.size(), models.size());
    const int threads = parseThreadCount(0);
    const size_t groups = groupCount(count, threads, minBlocksPerGroup);
    if (groups < 2)
        return;
    forEachGroup(count, groups, threads, [&](size_t, size_t begin, size_t end) {
        for (size_t i = begin; i < std::min(end, tops.size()); ++i)
            [[maybe_unused]] const Top released = std::move(tops[i]);
        for (size_t i = begin; i < std::min(end, models.size()); ++i)
            [[maybe_unused]] const ResolvedModel released = std::move(models[i]);
    });
}

ValidatedSchema validateSchema(const SourceSet &sources)
{
    return validateSchema(parseSchema(sources, ParseOptions{}), ParseOptions{});
}

ValidatedSchema validateSchema(const SourceSet &sources, ParseOptions options)
{
    return validateSchema(parseSchema(sources, options), options);
}

ValidatedSchema validateSchemaText(const QString &text, const QString &path)
{
    return validateSchema(parseSchemaText(text, path));
}

} // namespace facet::schema
