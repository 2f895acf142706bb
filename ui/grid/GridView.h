// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QTableView>

namespace facet::grid {
class GridModel;
}

namespace facet::ui {

class GridHeader;

/// The record grid: a QTableView over a GridModel with the typed header and cell painting. Clicking a header
/// sorts by that column on the database (the model re-opens the window; nothing is sorted in memory).
/// Keyboard: arrows, Page Up/Down, Home/End and Ctrl+Home/End move through the whole table; rows that are
/// not loaded yet show as "…" and fill in as their page arrives.
class GridView final : public QTableView {
    Q_OBJECT
public:
    explicit GridView(QWidget *parent = nullptr);

    void setGridModel(grid::GridModel *model);
    [[nodiscard]] grid::GridModel *gridModel() const { return m_model; }

private:
    void fitColumns();

    grid::GridModel *m_model = nullptr;
    GridHeader *m_header;
};

} // namespace facet::ui
