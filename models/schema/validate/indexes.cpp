// SPDX-License-Identifier: MIT
// @unique / @@unique / @@index / @@fulltext (prisma-engines psl-core validations/indexes.rs): what the
// connector supports (fulltext, length prefixes, index types, clustering) and argument combinations.
#include "validate/ValidationContext.h"

using namespace Qt::StringLiterals;

namespace facet::schema::validate::indexes {

namespace {

QString attributeName(const Index &index)
{
    switch (index.kind) {
    case Index::Kind::Unique: return index.fromFieldAttribute ? u"@unique"_s : u"@@unique"_s;
    case Index::Kind::Fulltext: return u"@@fulltext"_s;
    case Index::Kind::Normal: break;
    }
    return u"@@index"_s;
}

const Attribute *astAttribute(const Context &ctx, const ResolvedModel &model, const Index &index)
{
    const Model *ast = ctx.astModelOf(model);
    if (!ast)
        return nullptr;
    for (const Attribute &a : ast->attributes) {
        if (a.span == index.span)
            return &a;
    }
    for (const Field &f : ast->fields) {
        for (const Attribute &a : f.attributes) {
            if (a.span == index.span)
                return &a;
        }
    }
    return nullptr;
}

bool anyField(const Index &index, auto predicate)
{
    return std::any_of(index.fields.begin(), index.fields.end(), predicate);
}

} // namespace

void validateIndex(const ResolvedModel &model, const Index &index, const names::Namespaces &namespaces, Context &ctx)
{
    const QString name = attributeName(index);
    const Connector &c = ctx.connector;
    const bool hasLength = anyField(index, [](const IndexField &f) { return f.length.has_value(); });
    const bool hasSort = anyField(index, [](const IndexField &f) { return f.sort.has_value(); });

    // has_fields
    if (index.fields.empty())
        ctx.error(catalog::indexWithoutFields(name, index.span));

    // has_a_unique_constraint_name, unique_index_has_a_unique_custom_name_per_model
    const Attribute *attribute = astAttribute(ctx, model, index);
    names::indexName(model, index, name, attribute, namespaces, ctx);

    // unique_client_name_does_not_clash_with_field
    if (index.kind == Index::Kind::Unique && index.fields.size() > 1 && !index.name) {
        QStringList names;
        for (const IndexField &f : index.fields)
            names.append(f.path);
        const QString clientName = names.join(u'_');
        const ResolvedField *clash = model.field(clientName);
        if (clash && clash->kind != FieldKind::Relation)
            ctx.error(catalog::uniqueClientNameClash(model.name, clientName, index.span));
    }

    names::indexCustomName(model, index, name, attribute, namespaces, ctx);

    // field_length_prefix_supported
    if (hasLength && !c.indexColumnLengthPrefixing)
        ctx.error(catalog::indexLengthNotSupported(name, index.span));

    // index_algorithm_is_supported
    if (index.algorithm) {
        const bool supported = c.indexAlgorithms.isEmpty() ? *index.algorithm == u"BTree"
                                                           : c.indexAlgorithms.contains(*index.algorithm);
        if (!supported) {
            const std::optional<Span> span = attribute ? argumentSpan(*attribute, u"type") : std::nullopt;
            ctx.error(catalog::indexAlgorithmNotSupported(name, span.value_or(index.span)));
        }
        // hash_index_must_not_use_sort_param
        if (*index.algorithm == u"Hash" && c.indexAlgorithms.contains(u"Hash"_s) && hasSort)
            ctx.error(catalog::hashIndexSort(index.span));
    }

    if (index.kind == Index::Kind::Fulltext) {
        if (!c.fullTextIndex) {
            ctx.error(catalog::fulltextNotSupported(index.span));
        } else {
            if (hasLength)
                ctx.error(catalog::fulltextLength(index.span));
            if (hasSort && c.provider != Provider::MongoDB)
                ctx.error(catalog::fulltextSort(index.span));
        }
    }

    // has_valid_mapped_name
    if (index.map && attribute)
        names::mappedNameLength(model, *attribute, *index.map, name, ctx);

    // supports_clustering_setting
    if (index.clustered && !c.clustering)
        ctx.error(catalog::clusteringNotSupported(name, index.span));

    // opclasses_are_not_allowed_with_other_than_normal_indices
    if (index.kind != Index::Kind::Normal && anyField(index, [](const IndexField &f) { return f.ops.has_value(); }))
        ctx.error(catalog::operatorClassOnNonNormalIndex(name, index.span));
}

} // namespace facet::schema::validate::indexes
