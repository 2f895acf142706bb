// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "edit/EditSchema.h"
#include "edit/RowRef.h"

#include <QList>

namespace facet::edit {

/// What deleting one row would do to the rows that refer to it, per relation, from the schema's onDelete
/// (Prisma's default Restrict when none is written).
struct RelationImpact {
    QString model;      ///< the referring model ("Comment")
    QString field;      ///< its relation field ("post")
    schema::ReferentialAction action = schema::ReferentialAction::Restrict;
    qint64 rows = 0;    ///< referring rows now
};

struct DeleteImpact {
    QList<RelationImpact> cascades; ///< Cascade: deleted with the row (direct referrers; their own referrers follow their rules)
    QList<RelationImpact> blocks;   ///< Restrict / NoAction with rows: the delete will fail
    QList<RelationImpact> setNull;  ///< SetNull / SetDefault: their reference is cleared / reset

    [[nodiscard]] bool isBlocked() const { return !blocks.isEmpty(); }
    /// "deletes 3 Comment (post), clears 1 Post (pinnedBy); blocked by 2 Order (customer)".
    [[nodiscard]] QString describe() const;
};

/// Counts, for a row read as `row`, the rows of every relation whose foreign key points at it. Relations with
/// no referring rows are left out.
[[nodiscard]] db::Result<DeleteImpact> deleteImpact(db::Connection &connection, const EditSchema &schema,
                                                    const QString &model, const RowSnapshot &row);

} // namespace facet::edit
