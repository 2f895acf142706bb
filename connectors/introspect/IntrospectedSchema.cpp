// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "introspect/IntrospectedSchema.h"

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

template <typename T>
const T *findNamed(const QList<T> &items, QStringView name, QStringView schema)
{
    for (const T &item : items) {
        if (item.name == name && (schema.isEmpty() || item.schema == schema))
            return &item;
    }
    return nullptr;
}

template <typename T>
const T *findByName(const QList<T> &items, QStringView name)
{
    for (const T &item : items) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

} // namespace

QString referentialActionName(ReferentialAction action)
{
    switch (action) {
    case ReferentialAction::NoAction:
        return u"NoAction"_s;
    case ReferentialAction::Restrict:
        return u"Restrict"_s;
    case ReferentialAction::Cascade:
        return u"Cascade"_s;
    case ReferentialAction::SetNull:
        return u"SetNull"_s;
    case ReferentialAction::SetDefault:
        return u"SetDefault"_s;
    }
    return {};
}

QStringList IntrospectedIndex::columnNames() const
{
    QStringList names;
    for (const IntrospectedIndexColumn &c : columns)
        names.append(c.column.isEmpty() ? c.expression : c.column);
    return names;
}

const IntrospectedColumn *IntrospectedTable::column(QStringView columnName) const
{
    return findByName(columns, columnName);
}

const IntrospectedIndex *IntrospectedTable::index(QStringView indexName) const
{
    return findByName(indexes, indexName);
}

const IntrospectedForeignKey *IntrospectedTable::foreignKey(QStringView constraintName) const
{
    return findByName(foreignKeys, constraintName);
}

QList<IntrospectedIndex> IntrospectedTable::uniques() const
{
    QList<IntrospectedIndex> out;
    for (const IntrospectedIndex &i : indexes) {
        if (i.unique)
            out.append(i);
    }
    return out;
}

const IntrospectedTable *IntrospectedSchema::table(QStringView name, QStringView schema) const
{
    return findNamed(tables, name, schema);
}

const IntrospectedEnum *IntrospectedSchema::enumType(QStringView name, QStringView schema) const
{
    return findNamed(enums, name, schema);
}

const IntrospectedView *IntrospectedSchema::view(QStringView name, QStringView schema) const
{
    return findNamed(views, name, schema);
}

} // namespace facet::db
