// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "dialect/Dialect.h"
#include "edit/EditSchema.h"
#include "edit/SavePlan.h"

#include <QList>

namespace facet::edit {

/// What one round trip of a save runs: either one planned write, or on PostgreSQL a run of consecutive
/// version- or xmin-guarded updates of one model that change the same fields, as one set-based statement:
///
///     UPDATE "T" AS t SET "title" = v."c0", "version" = t."version" + 1
///     FROM unnest($1::int4[], $2::text[], $3::int4[]) AS v("k0", "c0", "g")
///     WHERE t."id" = v."k0" AND t."version" = v."g" RETURNING t.*, t.xmin::text AS "xmin"
///
/// Same guard, same effect as the single statements; a member whose row is not returned is a conflict. Saves
/// the per-statement round trip and executor start-up, which dominate a save of thousands of edits.
struct WriteUnit {
    QList<qsizetype> members; ///< indices into the plan, in order
    db::Statement statement;
    bool bulk = false;
};

/// Groups the plan into units (at most `maxRows` rows per bulk statement). Writes that cannot be grouped (other
/// dialects, inserts, deletes, @updatedAt or original-values guards, columns other than Int/BigInt/Float/
/// Decimal/Boolean/String, runs of one) stay single.
[[nodiscard]] db::Result<QList<WriteUnit>> groupWrites(const EditSchema &schema, const db::Dialect &dialect,
                                                       const QList<PlannedWrite> &plan, int maxRows = 5000);

} // namespace facet::edit
