// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "GridColumn.h"

using namespace Qt::StringLiterals;

namespace facet::grid {

QString GridColumn::typeText() const
{
    return prismaType + (list ? u"[]"_s : optional ? u"?"_s : QString());
}

QString GridColumn::keyMarker() const
{
    return id ? u"id"_s : unique ? u"unique"_s : QString();
}

namespace {
bool inPrimaryKey(const schema::ResolvedModel &model, const QString &field)
{
    if (!model.primaryKey)
        return false;
    for (const schema::IndexField &f : model.primaryKey->fields) {
        if (f.path == field)
            return true;
    }
    return false;
}

bool singleFieldUnique(const schema::ResolvedModel &model, const QString &field)
{
    for (const schema::Index &index : model.indexes) {
        if (index.kind == schema::Index::Kind::Unique && index.fields.size() == 1 && index.fields.front().path == field)
            return true;
    }
    return false;
}
} // namespace

QList<GridColumn> gridColumns(const schema::ResolvedModel &model, const mapping::ModelTable &table)
{
    QList<GridColumn> columns;
    columns.reserve(table.columns.size());
    for (const mapping::ModelColumn &c : table.columns) {
        GridColumn g;
        g.field = c.field;
        g.column = c.spec.name;
        if (const schema::ResolvedField *f = model.field(c.field)) {
            g.prismaType = f->typeName;
            g.optional = f->isOptional();
            g.list = f->isList();
            g.id = f->isId || inPrimaryKey(model, f->name);
            g.unique = f->isUnique || singleFieldUnique(model, f->name);
            if (f->nativeType) {
                g.nativeType = u"@db."_s + f->nativeType->name;
                if (!f->nativeType->arguments.isEmpty())
                    g.nativeType += u'(' + f->nativeType->arguments.join(u", "_s) + u')';
            } else {
                g.nativeType = f->columnType;
            }
        } else {
            g.prismaType = c.spec.type.describe();
        }
        columns << g;
    }
    return columns;
}

} // namespace facet::grid
