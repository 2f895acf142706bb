// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "dialect/Dialect.h"
#include "edit/EditSchema.h"
#include "edit/StagedRow.h"

#include <QList>
#include <QString>

#include <expected>

namespace facet::edit {

/// One staged row as the review panel lists it.
struct ReviewEntry {
    RowId row;
    QString title;         ///< "update Post (id=5)", "insert Post #1", "delete Post (id=7)"
    QString guard;         ///< ModelGuard::describe() of the model
    QStringList changes;   ///< "title: \"a\" → \"b\"" per field (Prisma JSON values; NULL as NULL)
    QString sql;           ///< the exact statement that will run, with its parameters listed after it
};

/// The review of staged rows for a dialect, in save order; the SQL is what planSave builds (the timestamp of
/// @updatedAt columns is the review's own: the save takes a new one).
[[nodiscard]] std::expected<QList<ReviewEntry>, QString> reviewChanges(const EditSchema &schema, const db::Dialect &dialect,
                                                                       const QList<StagedRow> &rows);

} // namespace facet::edit
