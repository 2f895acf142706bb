// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "grid/CellLabels.h"
#include "relation/RelationLinks.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace facet::db {
class ConnectionPool;
}
namespace facet::grid {
class GridModel;
}

namespace facet::relation {

/// The display labels of a grid's foreign-key cells. Each time the grid loads rows (a page), the keys of
/// those rows that have no label yet are read with one `SELECT key, display FROM target WHERE key IN (...)`
/// per relation — one statement per page, never one per row (the query panel would rightly flag N+1). A
/// composite foreign key is read the same way with `(a, b) IN ((..), (..))` (dialect/KeyLookup) and its label
/// shows beside each of its columns. Labels are kept by key for the grid's lifetime, so scrolling back costs
/// nothing.
class RelationLabels final : public QObject, public grid::CellLabels {
    Q_OBJECT
public:
    RelationLabels(std::shared_ptr<db::ConnectionPool> pool, grid::GridModel *grid, QList<ToOneLink> links,
                   QObject *parent = nullptr);
    ~RelationLabels() override;

    [[nodiscard]] QString label(int column, const db::Value &value, const QList<db::Value> &row) const override;
    [[nodiscard]] const QList<ToOneLink> &links() const { return m_links; }
    /// The link whose foreign key is (or, composite, includes) grid column `column`, or nullptr.
    [[nodiscard]] const ToOneLink *linkForColumn(int column) const;
    /// Whether every loaded row in first..last has the labels of all its foreign keys (a row without a key,
    /// or not loaded, needs none): what a screenshot waits for.
    [[nodiscard]] bool labelsCover(int first, int last) const;
    /// Shows another field of the related model (the header menu's choice); labels are read again.
    void setDisplayField(int column, const QString &field);

Q_SIGNALS:
    /// Labels for some keys arrived (the grid has been told to repaint).
    void labelsArrived();
    /// Every label asked for has been answered (none pending): what is on screen is final.
    void labelsSettled();
    /// Reading labels failed (the keys show without them); the message names the Prisma code when known.
    void labelsFailed(const QString &message);

private:
    struct Known {
        QHash<QString, QString> labels; ///< by key text; "" for a key with no related row
        QSet<QString> pending;
        quint64 generation = 0; ///< bumped when the display field changes: older answers are dropped
    };
    void fetch(int first, int last);
    [[nodiscard]] int linkIndexForColumn(int column) const;
    [[nodiscard]] bool anyPending() const;

    std::shared_ptr<db::ConnectionPool> m_pool;
    QPointer<grid::GridModel> m_grid;
    QList<ToOneLink> m_links;
    QHash<int, Known> m_known; ///< by index into m_links
    mutable bool m_sweepScheduled = false;
};

} // namespace facet::relation
