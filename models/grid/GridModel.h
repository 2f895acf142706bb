// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "grid/CellLabels.h"
#include "grid/CellEditing.h"
#include "grid/CellOverlay.h"
#include "grid/GridColumn.h"
#include "grid/PageCache.h"

#include "dialect/Filter.h"
#include "dialect/SelectWindow.h"
#include "mapping/ModelTable.h"
#include "cellinput/CellColumn.h"
#include "cellinput/RelationSearch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace facet::db {
class ConnectionPool;
}

namespace facet::grid {

/// The rows of one Prisma model's table as a table model that stays fast on tens of millions of rows.
///
/// Nothing is loaded up front. Rows live in fixed-size pages in a PageCache (bounded memory whatever the table
/// size); a cell whose page is not loaded shows as "loading" (IsLoadingRole) and asks for its page, which a
/// pool worker reads as one keyset window (dialect/SelectWindow) and hands back to the GUI thread.
///
/// Where a page starts is decided on the GUI thread, most exact first:
///  1. page 0 reads from the start;
///  2. a page next to a loaded one continues from that page's boundary row (keyset, forwards or backwards),
///     so neighbouring pages never overlap or leave a gap, even while others insert or delete rows; an
///     approximately placed neighbour is not followed when the page can be placed exactly (3);
///  3. otherwise (a jump), from the sparse anchor index: the sort key of every `anchorStride`-th row, from a
///     background key-only scan (which also gives the exact count), plus an OFFSET smaller than the stride.
///     The scan publishes its anchors batch by batch, so a jump into the part already scanned is exact at
///     once, long before the scan ends;
///  4. before the anchors reach it, near the end: a backward window from the end with a small OFFSET (the last
///     NearEndRows rows), placed by the count (approximate while the count is an estimate);
///  5. before the anchors reach it, over the whole table: the order key at that fraction of the table,
///     interpolated between bounds (grid/KeyBounds) and placed approximately. Ordered by an integer or text
///     primary key alone: PostgreSQL's planner histogram (pg_stats.histogram_bounds), else the key's MIN and
///     MAX (two probes of its index). Sorted by an integer or text column (the key as tiebreak), PostgreSQL
///     only: that column's histogram, its NULLs (null_frac) where PostgreSQL puts them, the cursor before
///     every row of the value found;
///  6. else an OFFSET from the start (correct, but slow for deep jumps in huge tables until the anchors reach it).
///
/// Approximate pages (4, 5 and the pages chained from them) are re-read exactly as soon as the anchors cover
/// them: the whole run of approximate pages is dropped at once and reloads from exact starting points, and an
/// exact page never stays next to an approximate one, so rows are never shown twice or out of order.
///
/// rowCount() starts from the first page and the database's estimate (pg_class.reltuples) and is corrected
/// by evidence: a page with fewer rows than asked ends the table, a full page at the end extends it, the
/// anchor scan's count replaces the estimate. Every sort/filter/search change starts a new generation; results
/// of an older generation are dropped (staleResultDropped), so a slow window can never paint old rows.
///
/// The editing core plugs in through CellOverlay: staged values are shown on top of the database's, keyed by
/// the row's primary key.
class GridModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        ValueRole = Qt::UserRole + 1, ///< the cell as a db::Value (staged value when staged), Prisma-presented
        OriginalValueRole,            ///< the value the database returned
        IsNullRole,                   ///< SQL NULL (distinct from an empty string)
        IsLoadingRole,                ///< the row's page is not loaded yet
        StagedRole,                   ///< the overlay holds a staged value for this cell
        RowStateRole,                 ///< int(RowState) of the row
        HeaderTypeRole,               ///< headers: "Int?", "String[]"
        HeaderKeyRole,                ///< headers: "id", "unique" or empty
        HeaderNativeTypeRole,         ///< headers: "@db.VarChar(200)" or the migrated column type
    };

    struct Options {
        int pageSize = 256;
        int maxPages = 64;          ///< at most pageSize × maxPages rows in memory
        int anchorStride = 1024;    ///< rounded up to a multiple of pageSize
        int maxInFlight = 2;        ///< page windows running at once; later requests wait, newest first
        bool buildAnchors = true;
        /// PostgreSQL: each page also reads `xmin::text` as a hidden last cell of every row (after the TableSpec's
        /// columns, never a grid column), so an edit staged from the grid carries the xmin guard's base.
        bool readXmin = false;
        int anchorBatchRows = 4096; ///< rows per batch of the index scan; each batch's anchors are used at once
        /// Called on the scan's worker thread after each batch's anchors were handed over (rows scanned so far).
        /// A seam for tests, which hold the scan there to see what a jump does mid-scan; unset in the studio.
        std::function<void(qint64 rowsScanned)> afterAnchorBatch;
    };

    GridModel(std::shared_ptr<db::ConnectionPool> pool, mapping::ModelTable table, QList<GridColumn> columns,
              Options options, QObject *parent = nullptr);
    GridModel(std::shared_ptr<db::ConnectionPool> pool, mapping::ModelTable table, QList<GridColumn> columns,
              QObject *parent = nullptr);
    ~GridModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts by one column (the primary key stays the tiebreak). Json, Bytes and list columns cannot be sorted.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// Editable when a CellEditing is set, the row is loaded and the column can be edited.
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Qt::EditRole with a db::Value (cellinput/CellRoles.h): staged through the CellEditing, never stored
    /// here. A refusal returns false and emits editRefused with the reason.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The sort (database column names), the filter (database column names) and the free-text search over
    /// String columns (case-insensitive contains). Each change re-opens the view at the top.
    void setSort(QList<db::SortKey> sort);
    void setFilter(db::Filter filter);
    void setSearch(QString text);
    [[nodiscard]] const QList<db::SortKey> &sortKeys() const { return m_sort; }
    [[nodiscard]] const db::Filter &filter() const { return m_filter; }
    [[nodiscard]] const QString &search() const { return m_search; }
    /// Re-reads everything (same sort and filter), e.g. after a save.
    void refresh();

    [[nodiscard]] const mapping::ModelTable &modelTable() const { return m_table; }
    [[nodiscard]] const QList<GridColumn> &gridColumns() const { return m_columns; }
    /// The row's primary key, or nullopt while its page is not loaded.
    [[nodiscard]] std::optional<db::RowKey> rowKey(int row) const;
    /// The row as the database returned it (TableSpec column order; with Options::readXmin the xmin text
    /// follows as one extra cell), or nullptr while not loaded.
    [[nodiscard]] const Row *originalRow(int row) const;
    [[nodiscard]] bool isRowLoaded(int row) const;
    /// The staged insert a row shows (InsertedRow::insertId; they follow the database's rows), else nullopt.
    [[nodiscard]] std::optional<int> insertIdOf(int row) const;
    /// False while the row's page was placed by an estimate (a jump before the anchor index exists): the rows
    /// are right, their position is approximate until the index arrives.
    [[nodiscard]] bool isPlacementExact(int row) const { return !m_approximatePages.contains(m_cache.pageOf(row)); }

    void setOverlay(const CellOverlay *overlay);
    /// Where edits go (the project's change set); nullptr keeps the grid read-only.
    void setEditing(CellEditing *editing) { m_editing = editing; }
    [[nodiscard]] CellEditing *editing() const { return m_editing; }
    /// The overlay's staged set changed: repaint every loaded row.
    void overlayChanged();
    /// Labels beside raw cells (foreign keys show their record's display field); labelsChanged() repaints.
    void setLabels(const CellLabels *labels);
    void labelsChanged() { overlayChanged(); }
    /// Foreign-key columns whose editor offers the relation picker (RelationTargetRole), by column.
    void setRelationTargets(QHash<int, cellinput::RelationTarget> targets) { m_relationTargets = std::move(targets); }

    [[nodiscard]] quint64 generation() const { return m_generation; }
    [[nodiscard]] bool isCountExact() const { return m_countExact; }
    [[nodiscard]] bool anchorsReady() const { return m_anchorsReady; }
    /// Rows the index scan has passed so far (all of them once anchorsReady()).
    [[nodiscard]] qint64 anchorRowsScanned() const { return m_anchorRows; }
    /// Bounds of the order key have arrived (PostgreSQL's histogram, else the key's MIN and MAX), so jumps
    /// beyond the anchors are placed by interpolating them rather than by an OFFSET scan.
    [[nodiscard]] bool hasHistogram() const { return !m_histogram.isEmpty(); }
    [[nodiscard]] int loadedPages() const { return m_cache.loadedPages(); }
    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] const QString &errorText() const { return m_error; }

Q_SIGNALS:
    /// Rows first..last now hold data.
    void rowsLoaded(int first, int last);
    void countChanged(qint64 rows, bool exact);
    void anchorsBuilt(qint64 rows, qint64 anchors);
    /// A batch of the index scan arrived: jumps into the first `rowsScanned` rows are exact from now on.
    void anchorsProgress(qint64 rowsScanned, qint64 anchors);
    /// A window of an older generation (before the last sort/filter change) arrived and was thrown away.
    void staleResultDropped(quint64 generation);
    /// Reading failed: the message says what and names the Prisma code when there is one.
    void loadFailed(const QString &message);
    /// An edit of the cell was refused (the value does not fit, the row is staged for delete, …).
    void editRefused(const QModelIndex &index, const QString &message);

private:
    struct AnchorChannel;
    enum class Placement { Exact, Approximate };
    struct PagePlan {
        db::WindowRequest request;
        Placement placement = Placement::Exact;
        bool chained = false; ///< continues from a loaded neighbour: its row count is evidence about the end
    };

    void reopen();
    [[nodiscard]] QVariant insertedData(const QModelIndex &index, int role) const;
    [[nodiscard]] QVariant relationTargetData(int column) const;
    void want(qint64 page) const;
    void pump();
    [[nodiscard]] PagePlan planPage(qint64 page) const;
    void fetchPage(qint64 page);
    void onPage(quint64 generation, qint64 page, const PagePlan &plan, QList<Row> rows);
    void startEstimate();
    void startAnchorScan();
    void onAnchorBatch(quint64 generation, QList<QList<db::Value>> anchors, qint64 rowsScanned);
    void onAnchorScanEnd(qint64 rows);
    /// Page 0's block or an anchor before the page exists: the page can be read at its exact position.
    [[nodiscard]] bool exactlyPlaceable(qint64 page) const;
    /// Forgets the run of approximate pages around `page` (it reloads from exact starting points when shown).
    void dropApproximateRun(qint64 page);
    /// Drops every approximate run that touches an exact page or that the anchors now cover.
    void correctApproximatePages();
    void startHistogram();
    /// The cursor of the row at `fraction` of the table by the key's bounds, or nullopt.
    [[nodiscard]] std::optional<QList<db::Value>> estimatedCursorAt(double fraction) const;
    void setRowCount(qint64 rows);
    void fail(const QString &message);
    [[nodiscard]] db::WindowRequest baseRequest() const;
    [[nodiscard]] db::Filter effectiveFilter() const;
    [[nodiscard]] QList<db::Value> cursorOf(const Row &row) const;
    [[nodiscard]] qint64 loadedEnd() const;

    std::shared_ptr<db::ConnectionPool> m_pool;
    mapping::ModelTable m_table;
    QList<GridColumn> m_columns;
    Options m_options;
    const CellOverlay *m_overlay = nullptr;
    const CellLabels *m_labels = nullptr;
    CellEditing *m_editing = nullptr;
    QList<InsertedRow> m_inserted; ///< the overlay's staged inserts, shown after the database's rows
    QList<cellinput::CellColumn> m_cellColumns; ///< per column, for the cell editors (CellColumnRole)
    QHash<int, cellinput::RelationTarget> m_relationTargets; ///< RelationTargetRole, per foreign-key column

    QList<db::SortKey> m_sort;
    db::Filter m_filter;
    QString m_search;
    QList<db::SortKey> m_order;   ///< effective order (sort + primary key)
    QList<int> m_orderColumns;    ///< per order key: its index among the table's columns
    QList<int> m_keyColumns;      ///< per primary key column: its index among the table's columns

    quint64 m_generation = 0;
    /// The live generation, read by the anchor scan on its worker thread to stop early when outdated.
    std::shared_ptr<std::atomic<quint64>> m_liveGeneration;
    mutable PageCache m_cache;
    QSet<qint64> m_approximatePages;
    mutable QList<qint64> m_wanted; ///< most recent last
    mutable bool m_pumpScheduled = false;
    QSet<qint64> m_inFlight;
    qint64 m_rowCount = 0;
    bool m_countExact = false;
    std::optional<qint64> m_estimate;
    QList<QList<db::Value>> m_anchors; ///< m_anchors[i]: order key of row (i + 1) × stride − 1
    bool m_anchorsReady = false;
    qint64 m_anchorRows = 0;   ///< rows the index scan has passed so far
    QList<db::Value> m_histogram; ///< bounds of the leading order key in display order: a histogram, or MIN and MAX
    double m_keyNullFraction = 0;  ///< rows whose leading order key is NULL
    bool m_keyNullsFirst = false;  ///< those rows come first in the order shown
    std::optional<db::Value> m_keyTiebreak; ///< sorted by a column: the lowest primary key, completing a cursor
    QString m_error;
};

} // namespace facet::grid
