// SPDX-License-Identifier: MIT
// Attribute checks Prisma makes while resolving (prisma-engines psl/parser-database/src/attributes.rs,
// attributes/relation.rs, relations.rs): @id on a required field, @updatedAt on DateTime, @relation
// `fields`/`references` naming existing scalar fields, known referential actions, non-empty enums.
#include "validate/ValidationContext.h"

using namespace Qt::StringLiterals;

namespace facet::schema::validate::attributes {

namespace {

QStringList names(const Expression *list)
{
    QStringList out;
    if (!list)
        return out;
    if (list->isArray()) {
        for (const Expression &e : list->elements())
            out.append(e.text);
    } else {
        out.append(list->text);
    }
    return out;
}

void referentialAction(const Attribute &relation, QStringView argument, Context &ctx)
{
    const Argument *a = relation.arguments.named(argument);
    if (!a)
        return;
    if (!a->value.isConstant() || !referentialActionFromName(a->value.text))
        ctx.error(catalog::referentialActionUnknown(displayExpression(a->value), a->value.span));
}

} // namespace

void idIsRequired(const ResolvedModel &model, const ResolvedField &field, Context &ctx)
{
    const Field *ast = ctx.astFieldOf(model, field);
    const Attribute *id = ast ? ast->attribute(u"id") : nullptr;
    if (id && !field.isRequired())
        ctx.error(catalog::idFieldOptional(id->span));
}

void updatedAt(const ResolvedModel &model, const ResolvedField &field, Context &ctx)
{
    const Field *ast = ctx.astFieldOf(model, field);
    const Attribute *a = ast ? ast->attribute(u"updatedAt") : nullptr;
    if (!a)
        return;
    // Two separate checks in Prisma: a `String[]` gets both errors.
    if (field.kind != FieldKind::Scalar || field.scalarType != ScalarType::DateTime)
        ctx.error(catalog::updatedAtNotDateTime(a->span));
    if (field.isList())
        ctx.error(catalog::updatedAtOnList(a->span));
}

void relationArguments(const ResolvedModel &model, const ResolvedField &field, Context &ctx)
{
    {
        if (field.kind != FieldKind::Relation)
            return;
        const Field *ast = ctx.astFieldOf(model, field);
        const Attribute *relation = ast ? ast->attribute(u"relation") : nullptr;
        if (!relation)
            return;

        if (const Argument *fields = relation->arguments.named(u"fields")) {
            QStringList unknown;
            QStringList relationFields;
            for (const QString &name : names(&fields->value)) {
                const ResolvedField *f = model.field(name);
                if (!f)
                    unknown.append(name);
                else if (f->kind == FieldKind::Relation)
                    relationFields.append(name);
            }
            if (!unknown.isEmpty())
                ctx.error(catalog::relationFieldsUnknown(unknown, fields->value.span));
            else if (!relationFields.isEmpty())
                ctx.error(catalog::relationFieldsAreRelations(relationFields, fields->value.span));
        }

        if (const Argument *references = relation->arguments.named(u"references")) {
            if (const ResolvedModel *related = ctx.relatedModel(field)) {
                QStringList unknown;
                for (const QString &name : names(&references->value)) {
                    if (!related->field(name))
                        unknown.append(name);
                }
                if (!unknown.isEmpty())
                    ctx.error(catalog::relationReferencesUnknown(related->name, unknown, relation->span));
            }
        }

        referentialAction(*relation, u"onDelete", ctx);
        referentialAction(*relation, u"onUpdate", ctx);
    }
}

void relationFieldAttributes(const ResolvedModel &model, const ResolvedField &field, Context &ctx)
{
    if (field.kind != FieldKind::Relation)
        return;
    const Field *ast = ctx.astFieldOf(model, field);
    if (!ast)
        return;
    if (const Attribute *a = ast->attribute(u"id"))
        ctx.error(catalog::idAttributeOnRelationField(field.name, a->span));
    if (const Attribute *a = ast->attribute(u"default"))
        ctx.error(catalog::defaultOnRelationField(a->span));
    if (const Attribute *a = ast->attribute(u"map"))
        ctx.error(catalog::mapOnRelationField(a->span));
    if (const Attribute *a = ast->attribute(u"unique"))
        ctx.error(catalog::uniqueOnRelationField(field.name, field.relation ? field.relation->fields : QStringList(), a->span));
}

void sortArguments(const ResolvedModel &model, const ResolvedField &field, Context &ctx)
{
    if (field.kind == FieldKind::Relation)
        return;
    const Field *ast = ctx.astFieldOf(model, field);
    if (!ast)
        return;
    for (const QStringView name : {u"id", u"unique"}) {
        const Attribute *a = ast->attribute(name);
        const Argument *sort = a ? a->arguments.named(u"sort") : nullptr;
        if (sort && sort->value.isConstant() && sort->value.text != u"Asc" && sort->value.text != u"Desc")
            ctx.error(catalog::sortArgumentInvalid(QString(u"@"_s + name), sort->value.text, a->span));
    }
}

// Prisma's id::field: every @id after the first is reported, from that field, against the whole model.
void atMostOneIdField(const ResolvedModel &model, Context &ctx)
{
    bool seen = false;
    for (const ResolvedField &field : model.fields) {
        const Field *ast = field.kind == FieldKind::Relation ? nullptr : ctx.astFieldOf(model, field);
        const Attribute *id = ast ? ast->attribute(u"id") : nullptr;
        if (!id)
            continue;
        if (seen)
            ctx.errorVisitedAt(catalog::moreThanOneIdField(model.name, model.span), id->span);
        seen = true;
    }
}

void ignoreOnUnsupported(const ResolvedModel &model, const ResolvedField &field, Context &ctx)
{
    if (field.kind != FieldKind::Unsupported)
        return;
    const Field *ast = ctx.astFieldOf(model, field);
    if (const Attribute *a = ast ? ast->attribute(u"ignore") : nullptr)
        ctx.error(catalog::ignoreOnUnsupported(a->span));
}

// `map: ""` on the constraint attributes (Prisma names block attributes with one `@` here).
void emptyMapArguments(const ResolvedModel &model, Context &ctx)
{
    auto check = [&](const Attribute &a) {
        const Argument *map = a.arguments.named(u"map");
        if (map && map->value.kind == Expression::Kind::String && map->value.text.isEmpty())
            ctx.error(catalog::mapArgumentEmpty(QString(u'@' + a.name.name), a.span));
    };
    const Model *ast = ctx.astModelOf(model);
    if (!ast)
        return;
    for (const ResolvedField &field : model.fields) {
        if (field.kind == FieldKind::Relation)
            continue;
        const Field *f = ctx.astFieldOf(model, field);
        for (const QStringView name : {u"id", u"unique"}) {
            if (const Attribute *a = f ? f->attribute(name) : nullptr)
                check(*a);
        }
    }
    for (const Attribute &a : ast->attributes) {
        if (a.name.name == u"id" || a.name.name == u"index" || a.name.name == u"unique" || a.name.name == u"fulltext")
            check(a);
    }
}

// Prisma reads `ops:` into its OperatorClass enum while visiting the index attribute.
void unknownOperatorClasses(const ResolvedModel &model, Context &ctx)
{
    for (const Index &index : model.indexes) {
        for (const IndexField &column : index.fields) {
            if (column.ops && !column.opsIsRaw && !indexes::isKnownOperatorClass(*column.ops))
                ctx.error(catalog::operatorClassUnknown(*column.ops, column.span));
        }
    }
}

void compoundIdFields(const ResolvedModel &model, Context &ctx)
{
    if (!model.primaryKey || !model.primaryKey->isCompound)
        return;
    for (const IndexField &column : model.primaryKey->fields) {
        if (column.fieldIndex < 0 || static_cast<size_t>(column.fieldIndex) >= model.fields.size())
            continue;
        const ResolvedField &f = model.fields[static_cast<size_t>(column.fieldIndex)];
        if (f.kind == FieldKind::Relation)
            ctx.error(catalog::idOnRelationField(model.name, f.name, model.primaryKey->span));
        else if (!f.isRequired())
            ctx.error(catalog::idOnOptionalField(model.name, f.name, model.primaryKey->span));
    }
}

void indexesOnRelationFields(const ResolvedModel &model, Context &ctx)
{
    for (const Index &index : model.indexes) {
        if (index.fromFieldAttribute)
            continue;
        QStringList relationFields;
        QStringList suggestion;
        for (const IndexField &column : index.fields) {
            if (column.fieldIndex < 0 || static_cast<size_t>(column.fieldIndex) >= model.fields.size())
                continue;
            const ResolvedField &f = model.fields[static_cast<size_t>(column.fieldIndex)];
            if (f.kind != FieldKind::Relation)
                continue;
            relationFields.append(f.name);
            if (f.relation)
                suggestion.append(f.relation->fields);
        }
        if (!relationFields.isEmpty())
            ctx.error(catalog::indexOnRelationFields(model.name, index.kind == Index::Kind::Unique, relationFields,
                                                     suggestion, index.span));
    }
}

void enumHasValues(const ResolvedEnum &enumeration, Context &ctx)
{
    if (enumeration.values.empty())
        ctx.error(catalog::emptyEnum(enumeration.span));
}

} // namespace facet::schema::validate::attributes
