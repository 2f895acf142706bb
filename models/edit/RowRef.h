// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "dialect/TableSpec.h"
#include "value/Value.h"

#include <QHash>
#include <QString>

namespace facet::edit {

/// A row as Facet read it, before any staged change: every field's value by Prisma field name, and on
/// PostgreSQL the xmin text read with it (WindowRequest::includeXmin). The guard of an update or delete is
/// taken from here.
struct RowSnapshot {
    QHash<QString, db::Value> values;
    QString xmin; ///< empty when not read (then the xmin guard falls back to the original values)
};

/// The identity of a staged row inside a ChangeSet: "Model␟col=value␟…" for an existing row (its primary
/// key, canonical Prisma JSON of each value) and "Model␟+N" for the N-th staged insert. Stable for the
/// life of the change set and across journal restores.
using RowId = QString;

[[nodiscard]] RowId rowIdOf(const QString &model, const db::RowKey &key);
[[nodiscard]] RowId rowIdOfInsert(const QString &model, int insertId);

/// "id=5" / "orgId=1, userId=\"ab\"": a key for messages and the review panel.
[[nodiscard]] QString describeKey(const db::RowKey &key);

} // namespace facet::edit
