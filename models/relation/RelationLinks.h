// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "ResolvedSchema.h"
#include "mapping/ModelTable.h"

#include <QList>
#include <QString>

namespace facet::relation {

/// A to-one relation held by a single-field foreign key of this model (`author User @relation(fields:
/// [authorId], references: [id])`): the grid shows the related record's display field beside the key.
struct ToOneLink {
    QString relationField;   ///< "author"
    QString foreignKeyField; ///< "authorId"
    int foreignKeyColumn = -1; ///< index of the foreign key among this model's ModelTable columns
    QString targetModel;     ///< "User"
    mapping::ModelTable target;
    QString referencedField; ///< "id"
    QString displayField;    ///< "name": defaultDisplayField(target), overridable
};

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

/// The to-one links of `model` whose foreign key is one column (composite keys show no label).
[[nodiscard]] QList<ToOneLink> toOneLinks(const schema::ResolvedSchema &schema, const schema::ResolvedModel &model,
                                          const mapping::ModelTable &table, db::Provider provider);
/// The back-relation fields of `model` with a single-field foreign key on the other side.
[[nodiscard]] QList<BackLink> backLinks(const schema::ResolvedSchema &schema, const schema::ResolvedModel &model);

} // namespace facet::relation
