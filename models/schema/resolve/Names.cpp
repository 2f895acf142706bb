// SPDX-License-Identifier: MIT
// Pass 1 (prisma-engines psl/parser-database/src/names.rs): one namespace for models, views, composite
// types and enums; one per block for fields and enum values; datasources and generators apart.
// Creates the resolved nodes with their names; later passes fill in the rest.
#include "DiagnosticCatalog.h"
#include "ParallelFor.h"
#include "ResolveContext.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::schema::resolve {

namespace {

// From prisma-client-js (psl/parser-database/src/names/reserved_model_names.rs).
bool isReservedTypeName(QStringView name)
{
    static const QSet<QString> reserved = {
        u"PrismaClient"_s, u"break"_s,     u"case"_s,     u"catch"_s,      u"class"_s,   u"const"_s,     u"continue"_s,
        u"debugger"_s,     u"default"_s,   u"delete"_s,   u"do"_s,         u"else"_s,    u"enum"_s,      u"export"_s,
        u"extends"_s,      u"false"_s,     u"finally"_s,  u"for"_s,        u"function"_s, u"if"_s,       u"implements"_s,
        u"import"_s,       u"in"_s,        u"instanceof"_s, u"interface"_s, u"let"_s,    u"new"_s,       u"null"_s,
        u"package"_s,      u"private"_s,   u"protected"_s, u"public"_s,    u"return"_s,  u"super"_s,     u"switch"_s,
        u"this"_s,         u"throw"_s,     u"true"_s,     u"try"_s,        u"typeof"_s,  u"var"_s,       u"void"_s,
        u"while"_s,        u"with"_s,      u"yield"_s,
    };
    return reserved.contains(name.toString());
}

void checkIdentifier(const Context &context, const Identifier &identifier, QStringView schemaItem)
{
    const QString &name = identifier.name;
    if (name.isEmpty() || name.front().isDigit() || name.contains(u'-'))
        context.report(catalog::invalidIdentifier(schemaItem, name, identifier.span));
}

void checkAttributeIdentifiers(const Context &context, const std::vector<Attribute> &attributes)
{
    for (const Attribute &a : attributes)
        checkIdentifier(context, a.name, u"Attribute");
}

QString topTypeName(TopRef::Kind kind)
{
    switch (kind) {
    case TopRef::Kind::Model: return u"model"_s;
    case TopRef::Kind::View: return u"view"_s;
    case TopRef::Kind::CompositeType: return u"composite type"_s;
    case TopRef::Kind::Enum: return u"enum"_s;
    }
    return {};
}

ResolvedModel modelShell(const Context &context, const Model &model, int topIndex)
{
    ResolvedModel resolved;
    resolved.kind = model.kind == Model::Kind::View            ? ResolvedModel::Kind::View
                    : model.kind == Model::Kind::CompositeType ? ResolvedModel::Kind::CompositeType
                                                               : ResolvedModel::Kind::Model;
    resolved.name = model.name.name;
    resolved.tableName = model.name.name;
    resolved.documentation = model.documentation;
    resolved.topIndex = topIndex;
    resolved.span = model.span;
    resolved.nameSpan = model.name.span;

    const bool isComposite = model.kind == Model::Kind::CompositeType;
    const bool isView = model.kind == Model::Kind::View;
    const QString container = isComposite ? u"composite type"_s : isView ? u"view"_s : u"model"_s;
    const QString fieldItem = isView ? u"field"_s : u"Field"_s;
    // Sized up front: every model of the schema goes through here.
    resolved.fields.reserve(model.fields.size());
    // Duplicates are found by scanning the fields kept so far while the model is small (the usual case: no
    // hash set to allocate and fill per model), with a hash set beyond that.
    constexpr size_t linearScanLimit = 32;
    const bool useSet = model.fields.size() > linearScanLimit;
    QSet<QString> seen;
    if (useSet)
        seen.reserve(static_cast<qsizetype>(model.fields.size()));
    const auto alreadySeen = [&](const QString &name) {
        if (useSet)
            return seen.contains(name);
        return std::any_of(resolved.fields.cbegin(), resolved.fields.cend(),
                           [&](const ResolvedField &kept) { return kept.name == name; });
    };
    for (size_t i = 0; i < model.fields.size(); ++i) {
        const Field &f = model.fields[i];
        if (!isComposite) {
            checkIdentifier(context, f.name, fieldItem);
            checkAttributeIdentifiers(context, f.attributes);
        }
        if (alreadySeen(f.name.name)) {
            context.report(catalog::duplicateField(container, model.name.name, f.name.name, f.name.span));
            continue; // the first definition wins; a duplicate cannot be trusted
        }
        if (useSet)
            seen.insert(f.name.name);
        ResolvedField field;
        field.name = f.name.name;
        field.columnName = f.name.name;
        field.typeName = f.type.name;
        field.arity = f.arity;
        field.documentation = f.documentation;
        field.astIndex = static_cast<int>(i);
        field.span = f.span;
        field.nameSpan = f.name.span;
        field.typeSpan = f.typeSpan;
        resolved.fields.push_back(std::move(field));
    }
    return resolved;
}

// A model's, view's or composite type's own name checks and its resolved shell with its fields: everything
// pass 1 does for the block before its name is registered among the top-level names.
void checkedShell(const Context &context, const Model &model, int topIndex, ResolvedModel &shell)
{
    if (scalarTypeFromName(model.name.name))
        context.report(catalog::reservedScalarTypeName(model.name.name, model.name.span));
    if (model.kind == Model::Kind::CompositeType) {
        checkIdentifier(context, model.name, u"Composite type");
    } else {
        const bool isView = model.kind == Model::Kind::View;
        checkIdentifier(context, model.name, isView ? u"view" : u"Model");
        if (isReservedTypeName(model.name.name))
            context.report(catalog::reservedModelName(isView ? u"view" : u"model", model.name.name, model.span));
        checkAttributeIdentifiers(context, model.attributes);
    }
    shell = modelShell(context, model, topIndex);
}

// What checkedShell made of one top-level block (nothing for enums and configuration blocks).
struct Shell {
    ResolvedModel model;
    Diagnostics reported;
};

// The shells read only their own block, so large schemas make them on threads, in groups of consecutive
// blocks; each block reports into a list of its own, which resolveNames joins in block order between the
// registrations of the names (a duplicate top-level name is reported after the block's own errors).
std::vector<Shell> checkedShells(const Context &context)
{
    const auto &tops = context.parsed.ast.tops;
    std::vector<Shell> shells(tops.size());
    auto makeShells = [&](size_t begin, size_t end) {
        Context local{context.parsed, context.result, nullptr, context.tops, context.datasourceName, 1};
        for (size_t i = begin; i < end; ++i) {
            if (const Model *model = tops[i].model()) {
                local.diagnostics = &shells[i].reported;
                checkedShell(local, *model, static_cast<int>(i), shells[i].model);
            }
        }
    };
    constexpr size_t minBlocksPerGroup = 32; // below this a thread costs more than the blocks
    forEachGroup(tops.size(), groupCount(tops.size(), context.threads, minBlocksPerGroup), context.threads,
                 [&](size_t, size_t begin, size_t end) { makeShells(begin, end); });
    return shells;
}

} // namespace

void resolveNames(Context &context)
{
    const auto &tops = context.parsed.ast.tops;
    std::vector<Shell> shells = checkedShells(context);
    QHash<QString, int> datasources;
    QHash<QString, int> generators;
    // Prisma's message names the kind of block that came first.
    auto insertTop = [&](const Identifier &name, TopRef ref) {
        if (const auto existing = context.tops.constFind(name.name); existing != context.tops.cend()) {
            context.report(catalog::duplicateTop(name.name, topTypeName(ref.kind), topTypeName(existing->kind), name.span));
            return false;
        }
        context.tops.insert(name.name, ref);
        return true;
    };

    for (size_t i = 0; i < tops.size(); ++i) {
        const Top &top = tops[i];
        const int topIndex = static_cast<int>(i);
        if (const Model *model = top.model()) {
            context.diagnostics->append(shells[i].reported);
            const TopRef ref = model->kind == Model::Kind::CompositeType
                ? TopRef{TopRef::Kind::CompositeType, static_cast<int>(context.result.compositeTypes.size())}
                : TopRef{model->kind == Model::Kind::View ? TopRef::Kind::View : TopRef::Kind::Model,
                         static_cast<int>(context.result.models.size())};
            if (!insertTop(model->name, ref))
                continue;
            if (ref.kind == TopRef::Kind::CompositeType)
                context.result.compositeTypes.push_back(std::move(shells[i].model));
            else
                context.result.models.push_back(std::move(shells[i].model));
        } else if (const Enum *enumeration = top.enumeration()) {
            if (scalarTypeFromName(enumeration->name.name))
                context.report(catalog::reservedScalarTypeName(enumeration->name.name, enumeration->name.span));
            checkIdentifier(context, enumeration->name, u"Enum");
            if (isReservedTypeName(enumeration->name.name))
                context.report(catalog::reservedEnumName(enumeration->name.name, enumeration->span));
            checkAttributeIdentifiers(context, enumeration->attributes);
            ResolvedEnum resolved;
            resolved.name = enumeration->name.name;
            resolved.databaseName = enumeration->name.name;
            resolved.documentation = enumeration->documentation;
            resolved.topIndex = topIndex;
            resolved.span = enumeration->span;
            resolved.nameSpan = enumeration->name.span;
            QSet<QString> seen;
            for (const EnumValue &v : enumeration->values) {
                checkIdentifier(context, v.name, u"Enum Value");
                checkAttributeIdentifiers(context, v.attributes);
                if (seen.contains(v.name.name)) {
                    context.report(catalog::duplicateEnumValue(enumeration->name.name, v.name.name, v.span));
                    continue;
                }
                seen.insert(v.name.name);
                resolved.values.push_back({v.name.name, v.name.name, std::nullopt, v.documentation, v.span});
            }
            if (!insertTop(enumeration->name, {TopRef::Kind::Enum, static_cast<int>(context.result.enums.size())}))
                continue;
            context.result.enums.push_back(std::move(resolved));
        } else if (const ConfigBlock *block = top.config()) {
            const bool isDatasource = block->kind == ConfigBlock::Kind::Datasource;
            QSet<QString> keys;
            for (const ConfigProperty &p : block->properties) {
                if (keys.contains(p.name.name))
                    context.report(catalog::duplicateConfigKey(isDatasource ? u"datasource" : u"generator",
                                                               block->name.name, p.name.name, p.name.span));
                keys.insert(p.name.name);
            }
            auto &namespace_ = isDatasource ? datasources : generators;
            if (namespace_.contains(block->name.name)) {
                const QString type = isDatasource ? u"datasource"_s : u"generator"_s;
                context.report(catalog::duplicateTop(block->name.name, type, type, block->name.span));
            }
            namespace_.insert(block->name.name, topIndex);
        }
    }
}

std::vector<ResolvedModel *> blocksInSourceOrder(ResolvedSchema &result)
{
    std::vector<ResolvedModel *> blocks;
    blocks.reserve(result.models.size() + result.compositeTypes.size());
    for (ResolvedModel &m : result.models)
        blocks.push_back(&m);
    for (ResolvedModel &t : result.compositeTypes)
        blocks.push_back(&t);
    std::ranges::sort(blocks, {}, &ResolvedModel::topIndex);
    return blocks;
}

} // namespace facet::schema::resolve
