// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "ResolvedSchema.h"
#include "dialect/RelationJoin.h"
#include "mapping/ModelTable.h"

#include <QList>
#include <QString>

#include <expected>
#include <memory>

namespace facet::mapping {

/// A relation field as a relation filter needs it: the related model's table and how its rows belong to a
/// record of this model, in database names (the dialect's RelationJoin). Built from the resolved schema:
/// a foreign key on either side (composite keys give several column pairs, @map/@@map/@@schema give the
/// names), or the implicit many-to-many table `_AToB` with its columns A and B.
struct RelationTarget {
    QString field;         ///< "posts"
    QString model;         ///< "Post": the related model
    bool toMany = false;   ///< a list field (some/every/none); else to-one (is/isNot)
    bool optional = false; ///< to-one: the record may have no related record (`is: null` allowed)
    ModelTable related;
    std::shared_ptr<const db::RelationJoin> join; ///< never null
};

/// The relation field `field` of `model`. Fails (one line) for a field that is no relation, a relation
/// whose other side is missing, or a related model Facet cannot map (no key).
[[nodiscard]] std::expected<RelationTarget, QString> relationTarget(const schema::ResolvedSchema &schema,
                                                                    const schema::ResolvedModel &model,
                                                                    const schema::ResolvedField &field,
                                                                    db::Provider provider);

/// Every relation field of `model` that relationTarget() can map, in field order.
[[nodiscard]] QList<RelationTarget> relationTargets(const schema::ResolvedSchema &schema,
                                                   const schema::ResolvedModel &model, db::Provider provider);

} // namespace facet::mapping
