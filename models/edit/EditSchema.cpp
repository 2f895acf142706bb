// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/EditSchema.h"

using namespace Qt::StringLiterals;

namespace facet::edit {

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
