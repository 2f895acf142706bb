// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "dialect/Dialect.h"
#include "dialect/WriteStatements.h"
#include "edit/EditSchema.h"
#include "edit/StagedRow.h"

#include <QList>

namespace facet::edit {

/// The statement that saves one staged row, as it will run.
struct PlannedWrite {
    StagedRow row;
    db::Statement statement;
    bool guarded = false;      ///< an UPDATE/DELETE whose 0 affected rows means a conflict
    bool returnsRow = false;   ///< the statement has RETURNING every column (else the saver re-reads)
    /// What the guard wrote: Version → the new version; UpdatedAt → the new timestamp (for the audit log).
    QList<CellChange> implicitCells;
};

/// The statements of a save, in staging order: INSERT with the staged values (database defaults left out);
/// UPDATE of the changed columns plus the guard's own SET (version + 1, @updatedAt = now, and every other
/// @updatedAt field = now as Prisma Client does) WHERE key AND guard; DELETE WHERE key AND guard. PostgreSQL
/// and SQLite ≥ 3.35 return every column (and xmin) so database defaults show after the save. `now` is the
/// one timestamp of the whole save. Fails (P2009) when a row cannot be written: its guard value missing.
[[nodiscard]] db::Result<QList<PlannedWrite>> planSave(const EditSchema &schema, const db::Dialect &dialect,
                                                       const QList<StagedRow> &rows, const db::DateTime &now);

/// The guard of one staged update/delete (ModelGuard applied to the row's snapshot).
[[nodiscard]] db::Result<db::RowGuard> rowGuard(const EditSchema::Model &model, const StagedRow &row,
                                                const db::DateTime &now);

/// The statement as a reader checks it: its SQL, then `-- $1 = 5, $2 = "x"` listing every bound parameter.
[[nodiscard]] QString statementText(const db::Statement &statement, const db::Dialect &dialect);

} // namespace facet::edit
