// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "relation/NavigationHistory.h"

#include <QWidget>

#include <memory>

namespace facet::models {
struct SchemaEntry;
}
namespace facet::relation {
class RelationLabels;
}
namespace facet::grid {
class GridModel;
class GridSources;
}

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace facet::ui {

class FilterBar;
class RelationActions;
class RecordView;
class EditBar;
class GridView;

/// A tab for one model, view or enum. Models and views show their records in a grid (with a search box and
/// the row count); the declared fields with their types and attributes are one click away ("Fields").
/// Enums show their values. Without a database (no URL, unreachable, invalid schema) the data side is an
/// error panel that says why, with a retry.
class ModelPage final : public QWidget {
    Q_OBJECT
public:
    explicit ModelPage(const models::SchemaEntry &entry, std::shared_ptr<grid::GridSources> sources = {},
                       QWidget *parent = nullptr);

    [[nodiscard]] QString entryName() const { return m_name; }
    [[nodiscard]] QTableWidget *fieldTable() const { return m_fields; }
    /// The grid, or nullptr for enums and while the data side shows an error.
    [[nodiscard]] GridView *gridView() const { return m_grid; }
    /// The editing commands of the grid (issue 5), or nullptr while there is no grid or no database.
    [[nodiscard]] EditBar *editBar() const { return m_editBar; }
    [[nodiscard]] QLabel *problemLabel() const { return m_problem; }
    [[nodiscard]] QLineEdit *whereEdit() const { return m_where; }
    [[nodiscard]] QLabel *whereError() const { return m_whereError; }
    /// The filter chips of this tab (they AND with the raw where box).
    [[nodiscard]] FilterBar *filterBar() const { return m_filterBar; }
    /// Re-opens the data side on (new) sources, e.g. once the demo database is ready.
    void setSources(std::shared_ptr<grid::GridSources> sources);
    void showFields(bool fields);
    /// Relations and record view of the grid (nullptr without a grid); labels only when the model has
    /// to-one relations.
    [[nodiscard]] RelationActions *relationActions() const { return m_relations; }
    [[nodiscard]] relation::RelationLabels *relationLabels() const { return m_labels; }
    /// Opens the record view on a row of the grid.
    RecordView *openRecordView(int row);

Q_SIGNALS:
    /// A relation asks to show another model filtered (the window's Navigator goes there).
    void navigateRequested(const facet::relation::Place &place);

private:
    void buildFieldTable(const models::SchemaEntry &entry);
    void openGrid();
    void showProblem(const QString &message);
    void updateStatus();
    void applyWhere();
    void attachRelations();

    QString m_name;
    bool m_hasData = false;
    std::shared_ptr<grid::GridSources> m_sources;
    grid::GridModel *m_model = nullptr;
    QTableWidget *m_fields;
    QStackedWidget *m_stack;
    QWidget *m_dataPage;
    GridView *m_grid = nullptr;
    EditBar *m_editBar = nullptr;
    QWidget *m_problemPanel;
    QLabel *m_problem;
    QLabel *m_status;
    QLineEdit *m_search;
    QLineEdit *m_where;
    QLabel *m_whereError;
    RelationActions *m_relations = nullptr;
    relation::RelationLabels *m_labels = nullptr;
    FilterBar *m_filterBar;
    QPushButton *m_dataButton;
    QPushButton *m_fieldsButton;
};

} // namespace facet::ui
