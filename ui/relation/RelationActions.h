// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "relation/NavigationHistory.h"
#include "relation/RelationLinks.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QMenu;

namespace facet::grid {
class GridSources;
}
namespace facet::relation {
class RelationLabels;
}

namespace facet::ui {

class GridView;

/// What a grid offers for relations and single records: Enter or a click on a foreign-key cell with Ctrl,
/// or the context menu, opens the related record (its model, filtered to it); the context menu lists the
/// back-relations ("posts of this User"), which open the other model filtered to this record; Enter on
/// any other cell, a double-click on the row header or "Record view" in the menu asks for the record view.
class RelationActions final : public QObject {
    Q_OBJECT
public:
    RelationActions(GridView *view, relation::RelationLabels *labels, std::shared_ptr<grid::GridSources> sources,
                    QObject *parent = nullptr);

    [[nodiscard]] const QList<relation::BackLink> &backLinks() const { return m_backLinks; }
    /// The place that shows the record a foreign-key cell points at; nullopt for other cells or NULL keys.
    [[nodiscard]] std::optional<relation::Place> relatedPlace(int row, int column) const;
    /// The place that lists the records of a back-relation pointing at this row.
    [[nodiscard]] std::optional<relation::Place> backPlace(int row, const relation::BackLink &link) const;
    /// The same two for values rather than a grid row (the record view, whose values may be staged): `valueOf`
    /// gives the value of any column of the record (a composite key reads several).
    [[nodiscard]] std::optional<relation::Place> relatedPlaceFor(int column,
                                                                 const std::function<db::Value(int)> &valueOf) const;
    [[nodiscard]] std::optional<relation::Place> backPlaceFor(const relation::BackLink &link,
                                                              const db::Value &referenced) const;
    [[nodiscard]] relation::RelationLabels *labels() const;
    /// The row's menu (record view, related records, back-relations, display field choice), owned by the caller.
    [[nodiscard]] QMenu *contextMenu(int row, int column, QWidget *parent) const;

Q_SIGNALS:
    void navigateRequested(const facet::relation::Place &place);
    void recordRequested(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(int row, int column);

    QPointer<GridView> m_view;
    QPointer<relation::RelationLabels> m_labels;
    std::shared_ptr<grid::GridSources> m_sources;
    QList<relation::BackLink> m_backLinks;
};

/// A chip `field = value` on `table` (the value as the grid holds it), or nullopt when it cannot be built.
[[nodiscard]] std::optional<filter::FilterCondition> keyChip(const mapping::ModelTable &table, const QString &field,
                                                             const db::Value &value);

} // namespace facet::ui
