// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "ResolvedSchema.h"
#include "edit/ModelGuard.h"
#include "mapping/ModelTable.h"

#include <QHash>
#include <QString>

#include <expected>
#include <memory>

namespace facet::edit {

/// The schema as editing needs it: each writable model's table mapping and guard, computed once and shared
/// (read-only, so any thread may use it) by the change set, the save path, the journal and `facet apply`.
class EditSchema final {
public:
    struct Model {
        const schema::ResolvedModel *model = nullptr;
        mapping::ModelTable table;
        ModelGuard guard;

        [[nodiscard]] const mapping::ModelColumn *column(QStringView field) const { return table.byField(field); }
        [[nodiscard]] const schema::ResolvedField *field(QStringView name) const { return model->field(name); }
        /// The Prisma field of a database column, or the column name when no field maps to it.
        [[nodiscard]] QString fieldOfColumn(const QString &column) const;

        /// Why a column of a saved row is not edited in place, or None. One rule for every editing path (grid,
        /// record view, conflict view, `facet apply`): key columns identify the row, and the version field is
        /// the guard that the save itself increments.
        enum class Fixed { None, Key, Version };
        [[nodiscard]] Fixed fixedBy(const mapping::ModelColumn &column) const;
        /// The same as the one-line refusal the change set gives (`Post.id is part of the primary key; …`).
        [[nodiscard]] std::expected<void, QString> checkEditable(const mapping::ModelColumn &column) const;
    };

    EditSchema(schema::ResolvedSchema schema, db::Provider provider);
    // Model points into m_schema: an EditSchema stays where it was built (share it as EditSchemaPtr).
    EditSchema(const EditSchema &) = delete;
    EditSchema &operator=(const EditSchema &) = delete;

    [[nodiscard]] const schema::ResolvedSchema &schema() const { return m_schema; }
    [[nodiscard]] db::Provider provider() const { return m_provider; }
    /// The model if it can be edited: a `model` (not a view, not @@ignore'd) with a primary key. Else one line
    /// saying why not.
    [[nodiscard]] std::expected<const Model *, QString> model(QStringView name) const;

private:
    schema::ResolvedSchema m_schema;
    db::Provider m_provider;
    QHash<QString, Model> m_models;
    QHash<QString, QString> m_refusals; ///< model name → why it cannot be edited
};

using EditSchemaPtr = std::shared_ptr<const EditSchema>;

} // namespace facet::edit
