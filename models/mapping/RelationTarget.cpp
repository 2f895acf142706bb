// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "RelationTarget.h"

using namespace Qt::StringLiterals;

namespace facet::mapping {

namespace {

using schema::Relation;
using schema::ResolvedField;
using schema::ResolvedModel;

std::expected<QString, QString> columnOf(const ModelTable &table, const QString &field)
{
    if (const ModelColumn *c = table.byField(field))
        return c->spec.name;
    return std::unexpected(u"%1 has no column for the field \"%2\""_s.arg(table.table.model, field));
}

// The id column an implicit many-to-many table's A or B column refers to (Prisma allows a single @id only).
std::expected<QString, QString> idColumn(const ResolvedModel &model, const ModelTable &table)
{
    if (!model.primaryKey || model.primaryKey->fields.size() != 1)
        return std::unexpected(u"%1 needs a single-field @id for its implicit many-to-many relation"_s.arg(model.name));
    return columnOf(table, model.primaryKey->fields.front().path);
}

// `fields` of `holder` (the side with the foreign key) against `references` of the other side: one column
// pair per field, the holder's column on the side given by `holderIsOuter`.
std::expected<QList<db::JoinColumns>, QString> foreignKeyPairs(const schema::FieldRelationInfo &info,
                                                                const ModelTable &holder, const ModelTable &referenced,
                                                                bool holderIsOuter)
{
    if (info.fields.isEmpty() || info.fields.size() != info.references.size())
        return std::unexpected(u"the relation %1 has no matching fields and references"_s.arg(info.name));
    QList<db::JoinColumns> pairs;
    for (qsizetype i = 0; i < info.fields.size(); ++i) {
        auto held = columnOf(holder, info.fields.at(i));
        auto target = columnOf(referenced, info.references.at(i));
        if (!held)
            return std::unexpected(held.error());
        if (!target)
            return std::unexpected(target.error());
        pairs.append(holderIsOuter ? db::JoinColumns{*held, *target} : db::JoinColumns{*target, *held});
    }
    return pairs;
}

} // namespace

std::expected<RelationTarget, QString> relationTarget(const schema::ResolvedSchema &schema, const ResolvedModel &model,
                                                      const ResolvedField &field, db::Provider provider)
{
    if (field.kind != schema::FieldKind::Relation || !field.relation || !field.relatedModel.isValid()
        || !field.relation->relation.isValid())
        return std::unexpected(u"%1.%2 is not a relation field"_s.arg(model.name, field.name));
    const ResolvedModel &relatedModel = schema.model(field.relatedModel);
    auto self = modelTable(schema, model, provider);
    auto related = modelTable(schema, relatedModel, provider);
    if (!self)
        return std::unexpected(self.error());
    if (!related)
        return std::unexpected(related.error());

    RelationTarget target;
    target.field = field.name;
    target.model = relatedModel.name;
    target.toMany = field.isList();
    target.optional = !field.isRequired();
    auto join = std::make_shared<db::RelationJoin>();
    join->related = related->table;

    const Relation &relation = schema.relation(field.relation->relation);
    const int fieldIndex = model.fieldIndex(field.name);
    const bool sideA = relation.modelA.index == schema.modelId(model.name).index && relation.fieldA == fieldIndex;
    if (relation.kind == Relation::Kind::ImplicitManyToMany) {
        if (!relation.joinTable)
            return std::unexpected(u"the many-to-many relation %1 has no join table"_s.arg(relation.name));
        auto ownId = idColumn(model, *self);
        auto relatedId = idColumn(relatedModel, *related);
        if (!ownId)
            return std::unexpected(ownId.error());
        if (!relatedId)
            return std::unexpected(relatedId.error());
        // Column A holds the ids of side A's model (for a self-relation: of the record whose field is side A).
        const QString near = sideA ? u"A"_s : u"B"_s;
        const QString far = sideA ? u"B"_s : u"A"_s;
        join->through = db::RelationJoin::Link{relation.joinTable->databaseSchema.value_or(QString()),
                                               relation.joinTable->name,
                                               {{*ownId, near}},
                                               {{far, *relatedId}}};
    } else if (!field.relation->fields.isEmpty()) {
        // This side holds the foreign key: related.references = this.fields.
        auto pairs = foreignKeyPairs(*field.relation, *self, *related, true);
        if (!pairs)
            return std::unexpected(pairs.error());
        join->columns = *pairs;
    } else {
        // The other side holds it: related.fields = this.references.
        const int otherIndex = sideA ? relation.fieldB : relation.fieldA;
        if (otherIndex < 0)
            return std::unexpected(u"%1.%2 has no opposite relation field"_s.arg(model.name, field.name));
        const ResolvedField &other = relatedModel.fields.at(static_cast<size_t>(otherIndex));
        if (!other.relation)
            return std::unexpected(u"%1.%2 has no opposite relation field"_s.arg(model.name, field.name));
        auto pairs = foreignKeyPairs(*other.relation, *related, *self, false);
        if (!pairs)
            return std::unexpected(pairs.error());
        join->columns = *pairs;
    }
    target.related = std::move(*related);
    target.join = std::move(join);
    return target;
}

QList<RelationTarget> relationTargets(const schema::ResolvedSchema &schema, const ResolvedModel &model,
                                      db::Provider provider)
{
    QList<RelationTarget> targets;
    for (const ResolvedField &field : model.fields) {
        if (field.kind != schema::FieldKind::Relation || field.isIgnored)
            continue;
        if (auto target = relationTarget(schema, model, field, provider))
            targets.append(std::move(*target));
    }
    return targets;
}

} // namespace facet::mapping
