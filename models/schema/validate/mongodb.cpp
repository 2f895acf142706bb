// SPDX-License-Identifier: MIT
// MongoDB's own model and field rules (prisma-engines psl-core/src/builtin_connectors/mongodb/validations.rs):
// an @id mapped to "_id", auto() only on ObjectId ids, no dbgenerated(), field names without `$`/`.`.
#include "validate/ValidationContext.h"

using namespace Qt::StringLiterals;

namespace facet::schema::validate::mongodb {

namespace {

bool hasAutoDefault(const ResolvedField &f)
{
    return f.defaultValue && f.defaultValue->isFunction(u"auto");
}

bool isPartOfPrimaryKey(const ResolvedModel &model, const ResolvedField &field)
{
    if (!model.primaryKey)
        return false;
    const int index = model.fieldIndex(field.name);
    for (const IndexField &f : model.primaryKey->fields) {
        if (f.fieldIndex == index)
            return true;
    }
    return false;
}

} // namespace

void modelChecks(const ResolvedModel &model, Context &ctx)
{
    if (ctx.connector.provider != Provider::MongoDB)
        return;
    // id_must_be_defined
    if (!model.primaryKey)
        ctx.error(catalog::mongoIdRequired(model.span));
    // id_field_must_have_a_correct_mapped_name
    if (model.primaryKey && model.primaryKey->fields.size() == 1) {
        const int index = model.primaryKey->fields.front().fieldIndex;
        if (index >= 0 && static_cast<size_t>(index) < model.fields.size()) {
            const ResolvedField &f = model.fields[static_cast<size_t>(index)];
            if (f.name != u"_id" && f.mappedName != u"_id"_s)
                ctx.error(catalog::mongoIdNotMapped(containerName(model), model.name, f.name, f.mappedName, f.span));
        }
    }
    for (const ResolvedField &f : model.fields) {
        if (f.kind == FieldKind::Relation)
            continue;
        // objectid_type_required_with_auto_attribute
        if (hasAutoDefault(f) && !(f.nativeType && f.nativeType->name == u"ObjectId"))
            ctx.error(catalog::mongoAutoNeedsObjectId(containerName(model), model.name, f.name, f.span));
        // auto_attribute_must_be_an_id
        if (hasAutoDefault(f) && !isPartOfPrimaryKey(model, f))
            ctx.error(catalog::mongoAutoNeedsId(containerName(model), model.name, f.name, f.span));
        // dbgenerated_attribute_is_not_allowed
        if (f.defaultValue && f.defaultValue->isFunction(u"dbgenerated"))
            ctx.error(catalog::mongoDbgeneratedNotAllowed(containerName(model), model.name, f.name, f.span));
        // field_name_uses_valid_characters
        if (f.mappedName) {
            const Field *ast = ctx.astFieldOf(model, f);
            const Attribute *map = ast ? ast->attribute(u"map") : nullptr;
            const Span span = map ? map->span : f.span;
            if (f.mappedName->startsWith(u'$'))
                ctx.error(catalog::mongoFieldNameStartsWithDollar(span));
            if (f.mappedName->contains(u'.'))
                ctx.error(catalog::mongoFieldNameContainsDot(span));
        }
    }
    // unique_cannot_be_defined_to_id_field
    for (const Index &index : model.indexes) {
        if (index.kind != Index::Kind::Unique || index.fields.size() != 1 || !model.primaryKey
            || model.primaryKey->fields.size() != 1 || model.primaryKey->fields.front().fieldIndex != index.fields.front().fieldIndex)
            continue;
        ctx.error(catalog::mongoUniqueOnId(index.fromFieldAttribute ? u"@unique" : u"@@unique", index.span));
    }
}

} // namespace facet::schema::validate::mongodb
