// SPDX-License-Identifier: MIT
// Pass 4 (prisma-engines psl/parser-database/src/relations.rs): pair relation fields into relations,
// name them, classify them (1-1, 1-n, implicit m-n) and report ambiguous ones (psl-core
// relation_fields.rs `ambiguity`, which needs exactly this grouping, so it lives here).
#include "DiagnosticCatalog.h"
#include "ResolveContext.h"

using namespace Qt::StringLiterals;

namespace facet::schema::resolve {

namespace {

QString generatedRelationName(const QString &a, const QString &b)
{
    // Byte-wise order of the two model names (Rust `str` ordering; UTF-16 order agrees for BMP names).
    return a < b ? a + u"To"_s + b : b + u"To"_s + a;
}

bool hasExplicitName(const ResolvedField &f)
{
    return f.relation && f.relation->explicitName.has_value();
}

// The relation name as fields are grouped and paired by it: a missing name and an empty one are the same.
QStringView nameView(const ResolvedField &f)
{
    return f.relation && f.relation->explicitName ? QStringView(*f.relation->explicitName) : QStringView();
}

bool sameRelationKey(const ResolvedField &a, const ResolvedField &b)
{
    return a.relatedModel.index == b.relatedModel.index && nameView(a) == nameView(b);
}

void reportAmbiguities(const Context &context, const ResolvedModel &model, int modelIndex)
{
    // The relation fields of this model; a field's group is those with its (related model, relation name), in
    // field order. Scanned rather than hashed: a model has a handful of relation fields, and this runs for every
    // model of the schema.
    std::vector<int> relationFields;
    for (size_t i = 0; i < model.fields.size(); ++i) {
        if (model.fields[i].kind == FieldKind::Relation)
            relationFields.push_back(static_cast<int>(i));
    }
    for (const int i : relationFields) {
        const ResolvedField &f = model.fields[static_cast<size_t>(i)];
        std::vector<int> group;
        for (const int j : relationFields) {
            if (sameRelationKey(f, model.fields[static_cast<size_t>(j)]))
                group.push_back(j);
        }
        if (group.size() < 2)
            continue;
        const bool self = f.relatedModel.index == modelIndex;
        const bool explicitName = hasExplicitName(f);
        catalog::RelationAmbiguity kind;
        if (self && explicitName && group.size() == 2)
            continue; // the two sides of a named self-relation
        if (self && !explicitName)
            kind = group.size() == 2 ? catalog::RelationAmbiguity::AmbiguousSelf : catalog::RelationAmbiguity::UnnamedSelf;
        else if (self)
            kind = catalog::RelationAmbiguity::WronglyNamedSelf;
        else
            kind = explicitName ? catalog::RelationAmbiguity::WronglyNamed : catalog::RelationAmbiguity::Ambiguous;
        QStringList names;
        for (int j : group)
            names.append(model.fields[static_cast<size_t>(j)].name);
        const QString related = context.result.models[static_cast<size_t>(f.relatedModel.index)].name;
        context.report(catalog::relationAmbiguity(kind, model.name, names, related, f.span));
    }
}

// isReadOnly: the scalar fields of a model written through one of its relations.
void markReadOnlyFields(ResolvedModel &model)
{
    for (const ResolvedField &f : model.fields) {
        if (f.kind != FieldKind::Relation || !f.relation)
            continue;
        for (const QString &name : f.relation->fields) {
            const int i = model.fieldIndex(name);
            if (i >= 0 && model.fields[static_cast<size_t>(i)].kind != FieldKind::Relation)
                model.fields[static_cast<size_t>(i)].isReadOnly = true;
        }
    }
}

// The database names of an implicit m-n join table (prisma-facts §2).
JoinTable joinTableFor(const Context &context, const Relation &relation)
{
    JoinTable table;
    const QString name = u"_"_s + relation.name;
    table.name = name;
    table.modelA = relation.modelA;
    table.modelB = relation.modelB;
    table.databaseSchema = context.result.models[static_cast<size_t>(relation.modelA.index)].databaseSchema;
    // PostgreSQL (not CockroachDB) since Prisma 6 makes (A, B) the primary key; the rest a unique index.
    table.uniqueIsPrimaryKey = context.provider() == Provider::PostgreSQL;
    table.uniqueName = name + (table.uniqueIsPrimaryKey ? u"_AB_pkey"_s : u"_AB_unique"_s);
    table.indexNameB = name + u"_B_index"_s;
    table.foreignKeyNameA = name + u"_A_fkey"_s;
    table.foreignKeyNameB = name + u"_B_fkey"_s;
    return table;
}

} // namespace

void resolveRelations(Context &context)
{
    auto &models = context.result.models;
    // Per model, reading the others' names only and writing the model itself: on threads for large schemas.
    std::vector<ResolvedModel *> modelBlocks;
    modelBlocks.reserve(models.size());
    for (ResolvedModel &model : models)
        modelBlocks.push_back(&model);
    forEachBlock(context, modelBlocks, [&models](const Context &local, ResolvedModel &model) {
        reportAmbiguities(local, model, static_cast<int>(&model - models.data()));
        markReadOnlyFields(model);
    });

    // Pair the fields. A field pairs with the first unpaired field of the related model that points back
    // under the same relation name (a different field for self-relations).
    for (size_t m = 0; m < models.size(); ++m) {
        for (size_t i = 0; i < models[m].fields.size(); ++i) {
            ResolvedField &field = models[m].fields[i];
            if (field.kind != FieldKind::Relation || !field.relation || field.relation->relation.isValid())
                continue;
            const int other = field.relatedModel.index;
            ResolvedModel &otherModel = models[static_cast<size_t>(other)];
            int partner = -1;
            for (size_t j = 0; j < otherModel.fields.size(); ++j) {
                const ResolvedField &candidate = otherModel.fields[j];
                if (candidate.kind != FieldKind::Relation || !candidate.relation
                    || candidate.relation->relation.isValid() || candidate.relatedModel.index != static_cast<int>(m)
                    || nameView(candidate) != nameView(field) || (other == static_cast<int>(m) && j == i))
                    continue;
                partner = static_cast<int>(j);
                break;
            }

            Relation relation;
            relation.isSelfRelation = other == static_cast<int>(m);
            relation.isNameExplicit = hasExplicitName(field);
            relation.name = relation.isNameExplicit ? *field.relation->explicitName
                                                    : generatedRelationName(models[m].name, otherModel.name);
            ResolvedField *partnerField = partner >= 0 ? &otherModel.fields[static_cast<size_t>(partner)] : nullptr;

            // Side A holds `fields:` (1-1, 1-n); for m-n it is the first model (or field, for self-relations) by name.
            int modelA = static_cast<int>(m), fieldA = static_cast<int>(i);
            int modelB = other, fieldB = partner;
            auto swapSides = [&] {
                std::swap(modelA, modelB);
                std::swap(fieldA, fieldB);
            };
            if (partnerField && field.isList() && partnerField->isList() && field.relation->fields.isEmpty()
                && partnerField->relation->fields.isEmpty()) {
                relation.kind = Relation::Kind::ImplicitManyToMany;
                const bool swap = relation.isSelfRelation ? partnerField->name < field.name
                                                          : otherModel.name < models[m].name;
                if (swap)
                    swapSides();
            } else if (partnerField) {
                const bool oneToOne = !field.isList() && !partnerField->isList();
                relation.kind = oneToOne ? Relation::Kind::OneToOne : Relation::Kind::OneToMany;
                const bool thisHoldsKey = oneToOne ? !field.relation->fields.isEmpty()
                                                       || partnerField->relation->fields.isEmpty()
                                                   : !field.isList();
                if (!thisHoldsKey)
                    swapSides();
            } else {
                // One side only (reported by validation): classify from what is there.
                relation.kind = field.isList() ? Relation::Kind::OneToMany : Relation::Kind::OneToOne;
                if (field.isList())
                    swapSides();
            }
            relation.modelA = ModelId{modelA};
            relation.fieldA = fieldA;
            relation.modelB = ModelId{modelB};
            relation.fieldB = fieldB;
            if (relation.kind == Relation::Kind::ImplicitManyToMany)
                relation.joinTable = joinTableFor(context, relation);

            const RelationId id{static_cast<int>(context.result.relations.size())};
            for (ResolvedField *f : {&field, partnerField}) {
                if (!f)
                    continue;
                f->relation->relation = id;
                f->relation->name = relation.name;
            }
            context.result.relations.push_back(std::move(relation));
        }
    }
}

} // namespace facet::schema::resolve
