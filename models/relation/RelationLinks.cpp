// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "RelationLinks.h"

using namespace Qt::StringLiterals;

namespace facet::relation {

QString defaultDisplayField(const mapping::ModelTable &table)
{
    for (const QString &name : {u"name"_s, u"title"_s, u"email"_s, u"label"_s, u"slug"_s}) {
        const mapping::ModelColumn *c = table.byField(name);
        if (c && c->spec.type.kind == db::ScalarKind::String && !c->spec.type.isList)
            return name;
    }
    for (const mapping::ModelColumn &c : table.columns) {
        if (table.table.primaryKey.contains(c.spec.name))
            return c.field;
    }
    return table.columns.isEmpty() ? QString() : table.columns.front().field;
}

QList<ToOneLink> toOneLinks(const schema::ResolvedSchema &schema, const schema::ResolvedModel &model,
                            const mapping::ModelTable &table, db::Provider provider)
{
    QList<ToOneLink> links;
    for (const schema::ResolvedField &f : model.fields) {
        if (!f.relation || f.isList() || f.relation->fields.isEmpty()
            || f.relation->fields.size() != f.relation->references.size())
            continue;
        const schema::ResolvedModel &targetModel = schema.model(f.relatedModel);
        auto target = mapping::modelTable(schema, targetModel, provider);
        if (!target)
            continue;
        ToOneLink link;
        for (qsizetype i = 0; i < f.relation->fields.size(); ++i) {
            const mapping::ModelColumn *fk = table.byField(f.relation->fields[i]);
            if (!fk || !target->byField(f.relation->references[i])) {
                link.foreignKeyColumns.clear();
                break;
            }
            link.foreignKeyColumns.append(int(fk - table.columns.constData()));
            link.referencedFields.append(f.relation->references[i]);
        }
        if (link.foreignKeyColumns.isEmpty())
            continue;
        link.relationField = f.name;
        link.foreignKeyField = f.relation->fields.front();
        link.foreignKeyColumn = link.foreignKeyColumns.front();
        link.targetModel = targetModel.name;
        link.target = std::move(*target);
        link.referencedField = link.referencedFields.front();
        link.displayField = defaultDisplayField(link.target);
        links.append(std::move(link));
    }
    return links;
}

QList<BackLink> backLinks(const schema::ResolvedSchema &schema, const schema::ResolvedModel &model)
{
    QList<BackLink> links;
    for (const schema::ResolvedField &f : model.fields) {
        if (!f.relation || !f.relation->fields.isEmpty())
            continue; // no relation, or this side holds the foreign key
        const schema::ResolvedModel &source = schema.model(f.relatedModel);
        // The other side of the same relation holds `fields:`.
        for (const schema::ResolvedField &other : source.fields) {
            if (!other.relation || other.relation->relation != f.relation->relation || other.relation->fields.size() != 1
                || (&other == &f))
                continue;
            links.append(BackLink{f.name, source.name, other.relation->fields.front(),
                                  other.relation->references.value(0), f.isList()});
        }
    }
    return links;
}

std::optional<cellinput::RelationTarget> pickerTarget(const ToOneLink &link)
{
    const mapping::ModelColumn *referenced = link.target.byField(link.referencedField);
    if (link.isComposite() || !referenced)
        return std::nullopt;
    cellinput::RelationTarget target;
    target.model = link.targetModel;
    target.table = link.target.table;
    target.keyColumns = {referenced->spec.name};
    if (const mapping::ModelColumn *display = link.target.byField(link.displayField))
        target.displayColumn = display->spec.name;
    target.displayField = link.displayField;
    return target;
}

} // namespace facet::relation
