// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "ResolvedSchema.h"
#include "mapping/ModelTable.h"
#include "cellinput/RelationSearch.h"

#include <QList>
#include <QString>

#include <optional>

namespace facet::relation {

/// A to-one relation held by a foreign key of this model (`author User @relation(fields: [authorId],
/// references: [id])`, or composite: `fields: [orgId, memberNo], references: [orgId, number]`): the grid shows
/// the related record's display field beside the key's cells.
struct ToOneLink {
    QString relationField;   ///< "author"
    QString foreignKeyField; ///< "authorId" (composite: the first field)
    int foreignKeyColumn = -1; ///< index of the foreign key (composite: its first field) among this model's ModelTable columns
    QString targetModel;     ///< "User"
    mapping::ModelTable target;
    QString referencedField; ///< "id" (composite: the first)
    QString displayField;    ///< "name": defaultDisplayField(target), overridable
    /// Every column of the key among this model's ModelTable columns, and the target's fields they reference,
    /// in @relation order: one each for a plain foreign key.
    QList<int> foreignKeyColumns;
    QStringList referencedFields;

    [[nodiscard]] bool isComposite() const { return foreignKeyColumns.size() > 1; }
};

/// What the relation picker searches for a to-one link: the related table by its referenced column, showing the
/// link's display field. None for a composite key (one cell cannot take a record's several key parts).
[[nodiscard]] std::optional<cellinput::RelationTarget> pickerTarget(const ToOneLink &link);

/// The other side: a relation field of this model whose foreign key lives in another model (`posts Post[]`,
/// or a 1-1 back side). Opening it shows `sourceModel` filtered by `foreignKeyField = this record's
/// referencedField`.
struct BackLink {
    QString field;           ///< "posts"
    QString sourceModel;     ///< "Post"
    QString foreignKeyField; ///< "authorId" (in sourceModel)
    QString referencedField; ///< "id" (in this model)
    bool list = true;        ///< one-to-many (false: the back side of a one-to-one)
};

/// The readable field of a model: the first String field named name, title, email, label or slug (in that
/// order of preference), else the first id field.
[[nodiscard]] QString defaultDisplayField(const mapping::ModelTable &table);

/// The to-one links of `model` (single-column and composite foreign keys).
[[nodiscard]] QList<ToOneLink> toOneLinks(const schema::ResolvedSchema &schema, const schema::ResolvedModel &model,
                                          const mapping::ModelTable &table, db::Provider provider);
/// The back-relation fields of `model` with a single-field foreign key on the other side.
[[nodiscard]] QList<BackLink> backLinks(const schema::ResolvedSchema &schema, const schema::ResolvedModel &model);

} // namespace facet::relation
