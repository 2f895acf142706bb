// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "relation/NavigationHistory.h"

#include <QDialog>

namespace facet::grid {
class GridModel;
}

namespace facet::ui {

class RelationActions;

/// One record as a form, for support work: every field of the row with its Prisma type, the exact text the
/// editors would start from (NULL shown as NULL, distinct from an empty string), foreign keys with their
/// related record's label and an Open button, and the back-relations as buttons that list them. Read-only:
/// a snapshot of the row as loaded; editing stays in the grid.
class RecordView final : public QDialog {
    Q_OBJECT
public:
    RecordView(const grid::GridModel &model, int row, const RelationActions *relations, QWidget *parent = nullptr);

    /// The value shown for a field ("NULL" for database NULL), for tests and copying.
    [[nodiscard]] QString fieldText(const QString &field) const;
    [[nodiscard]] QStringList fieldNames() const;

Q_SIGNALS:
    void navigateRequested(const facet::relation::Place &place);
};

} // namespace facet::ui
