// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/EditSchema.h"

using namespace Qt::StringLiterals;

namespace facet::edit {

EditSchema::Model::Fixed EditSchema::Model::fixedBy(const mapping::ModelColumn &column) const
{
    if (table.table.primaryKey.contains(column.spec.name))
        return Fixed::Key;
    if (guard.kind == ModelGuard::Kind::Version && guard.field == column.field)
        return Fixed::Version;
    return Fixed::None;
}

std::expected<void, QString> EditSchema::Model::checkEditable(const mapping::ModelColumn &column) const
{
    switch (fixedBy(column)) {
    case Fixed::Key:
        return std::unexpected(u"%1.%2 is part of the primary key; key fields are not edited in place"_s.arg(model->name, column.field));
    case Fixed::Version:
        return std::unexpected(u"%1.%2 is the version field; the save increments it"_s.arg(model->name, column.field));
    case Fixed::None:
        break;
    }
    return {};
}

QString EditSchema::Model::fieldOfColumn(const QString &column) const
{
    for (const mapping::ModelColumn &c : table.columns) {
        if (c.spec.name == column)
            return c.field;
    }
    return column;
}

EditSchema::EditSchema(schema::ResolvedSchema schema, db::Provider provider)
    : m_schema(std::move(schema))
    , m_provider(provider)
{
    for (const schema::ResolvedModel &m : m_schema.models) {
        if (m.isView()) {
            m_refusals.insert(m.name, u"%1 is a view; views are read-only"_s.arg(m.name));
            continue;
        }
        if (m.isIgnored) {
            m_refusals.insert(m.name, u"%1 is @@ignore'd"_s.arg(m.name));
            continue;
        }
        if (!m.primaryKey) {
            m_refusals.insert(m.name, u"%1 has no @id or @@id, so its rows cannot be addressed for writing"_s.arg(m.name));
            continue;
        }
        auto table = mapping::modelTable(m_schema, m, provider);
        if (!table) {
            m_refusals.insert(m.name, table.error());
            continue;
        }
        m_models.insert(m.name, Model{&m, std::move(*table), guardFor(m, provider)});
    }
}

std::expected<const EditSchema::Model *, QString> EditSchema::model(QStringView name) const
{
    const auto it = m_models.constFind(name.toString());
    if (it != m_models.constEnd())
        return &it.value();
    const auto refusal = m_refusals.constFind(name.toString());
    if (refusal != m_refusals.constEnd())
        return std::unexpected(refusal.value());
    return std::unexpected(u"the schema has no model \"%1\""_s.arg(name));
}

} // namespace facet::edit
