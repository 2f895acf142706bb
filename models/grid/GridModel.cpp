// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "GridModel.h"

#include "grid/CellText.h"
#include "grid/KeyBounds.h"

#include "cellinput/CellRoles.h"

#include "pool/ConnectionPool.h"

#include <QCoreApplication>
#include <QFuture>
#include <QMetaObject>
#include <QPointer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace facet::grid {

namespace {
constexpr int MaxWantedPages = 16; ///< older requests are forgotten: the user has scrolled past them
/// A jump this close to the end reads a backward window from the end: an OFFSET this small costs a few
/// milliseconds on an index, far less than a forward OFFSET from the start.
constexpr qint64 NearEndRows = 16384;

struct AnchorScan {
    qint64 rows = 0;
    bool stopped = false;
};
} // namespace

/// Carries the index scan's batches from its worker thread to the model, which may be gone by the time a batch
/// arrives: the batches are posted to the application object (the GUI thread's, alive as long as any pool
/// work), and the QPointer, read on the GUI thread only, tells whether the model still exists. No QObject of
/// its own: a last reference dropped while Qt discards posted events at exit must not post anything.
struct GridModel::AnchorChannel {
    QPointer<GridModel> model;
};

namespace {

bool isNumeric(db::ScalarKind kind)
{
    return kind == db::ScalarKind::Int || kind == db::ScalarKind::BigInt || kind == db::ScalarKind::Float
        || kind == db::ScalarKind::Decimal;
}

QList<GridColumn> plainColumns(const mapping::ModelTable &table)
{
    QList<GridColumn> columns;
    for (const mapping::ModelColumn &c : table.columns) {
        GridColumn g;
        g.field = c.field;
        g.column = c.spec.name;
        g.prismaType = c.enumName.isEmpty() ? db::scalarKindName(c.spec.type.kind) : c.enumName;
        g.optional = c.spec.nullable;
        g.list = c.spec.type.isList;
        g.id = table.table.primaryKey.contains(c.spec.name);
        g.nativeType = c.spec.type.nativeName;
        columns << g;
    }
    return columns;
}
} // namespace

GridModel::GridModel(std::shared_ptr<db::ConnectionPool> pool, mapping::ModelTable table, QList<GridColumn> columns,
                     QObject *parent)
    : GridModel(std::move(pool), std::move(table), std::move(columns), Options{}, parent)
{
}

GridModel::GridModel(std::shared_ptr<db::ConnectionPool> pool, mapping::ModelTable table, QList<GridColumn> columns,
                     Options options, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pool(std::move(pool))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_options(options)
    , m_liveGeneration(std::make_shared<std::atomic<quint64>>(0))
    , m_cache(std::max(1, options.pageSize), std::max(2, options.maxPages))
{
    m_options.pageSize = m_cache.pageSize();
    m_options.maxPages = m_cache.maxPages();
    // Anchors on page boundaries: a jump then reads one page at an offset below the stride.
    const int pages = std::max(1, (m_options.anchorStride + m_options.pageSize - 1) / m_options.pageSize);
    m_options.anchorStride = pages * m_options.pageSize;
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
    if (m_columns.size() != m_table.columns.size())
        m_columns = plainColumns(m_table);
    for (const QString &key : m_table.table.primaryKey) {
        for (int i = 0; i < m_table.table.columns.size(); ++i) {
            if (m_table.table.columns.at(i).name == key)
                m_keyColumns << i;
        }
    }
    for (const mapping::ModelColumn &c : m_table.columns)
        m_cellColumns << cellinput::cellColumn(c);
    reopen();
}

GridModel::~GridModel()
{
    // Stops a running anchor scan at its next batch; pending continuations die with this context object.
    m_liveGeneration->store(0);
}

int GridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_rowCount + m_inserted.size(), std::numeric_limits<int>::max()));
}

int GridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant GridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() >= m_rowCount)
        return insertedData(index, role);
    const Row *row = m_cache.row(index.row());
    if (!row) {
        switch (role) {
        case Qt::DisplayRole:
            want(m_cache.pageOf(index.row()));
            return u"…"_s;
        case IsLoadingRole:
        case ValueRole:
            want(m_cache.pageOf(index.row()));
            return role == IsLoadingRole ? QVariant(true) : QVariant();
        default:
            return {};
        }
    }
    const int column = index.column();
    if (role == cellinput::CellColumnRole)
        return QVariant::fromValue(m_cellColumns.value(column));
    if (role == cellinput::RelationTargetRole)
        return relationTargetData(column);
    const mapping::ModelColumn &modelColumn = m_table.columns.at(column);
    const db::Value original = column < row->size() ? mapping::presentedValue(modelColumn, row->at(column)) : db::Value();
    std::optional<db::Value> staged;
    RowState state = RowState::Clean;
    if (m_overlay && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == ValueRole || role == IsNullRole
                      || role == StagedRole || role == RowStateRole || role == Qt::EditRole)) {
        const db::RowKey key = *rowKey(index.row());
        staged = m_overlay->stagedValue(key, column);
        state = m_overlay->rowState(key);
    }
    const db::Value &shown = staged ? *staged : original;
    if (role == Qt::DisplayRole && m_labels && !shown.isNull()) {
        if (const QString label = m_labels->label(column, shown, *row); !label.isEmpty())
            return u"%1 · %2"_s.arg(cellText(shown), label); // a foreign key reads as its record's label
    }
    switch (role) {
    case Qt::DisplayRole:
        return cellText(shown);
    case Qt::EditRole:
        return QVariant::fromValue(shown); // the editors' convention (cellinput/CellRoles.h)
    case Qt::ToolTipRole:
        return shown.kind() == db::ScalarKind::String || shown.kind() == db::ScalarKind::Json ? cellText(shown, 2000)
                                                                                                : QVariant();
    case Qt::TextAlignmentRole:
        return isNumeric(modelColumn.spec.type.kind) && !modelColumn.spec.type.isList
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case ValueRole:
        return QVariant::fromValue(shown);
    case OriginalValueRole:
        return QVariant::fromValue(original);
    case IsNullRole:
        return shown.isNull();
    case IsLoadingRole:
        return false;
    case StagedRole:
        return staged.has_value();
    case RowStateRole:
        return int(state);
    default:
        return {};
    }
}

QVariant GridModel::insertedData(const QModelIndex &index, int role) const
{
    const InsertedRow &inserted = m_inserted.at(index.row() - m_rowCount);
    const int column = index.column();
    const std::optional<db::Value> value = inserted.values.value(column);
    switch (role) {
    case Qt::DisplayRole:
        return value ? cellText(*value) : tr("(database default)");
    case Qt::EditRole:
    case ValueRole:
        return QVariant::fromValue(value.value_or(db::Value::null()));
    case IsNullRole:
        return value && value->isNull();
    case IsLoadingRole:
        return false;
    case StagedRole:
        return value.has_value();
    case RowStateRole:
        return int(RowState::Inserted);
    case cellinput::CellColumnRole:
        return QVariant::fromValue(m_cellColumns.value(column));
    case cellinput::RelationTargetRole:
        return relationTargetData(column);
    default:
        return {};
    }
}

QVariant GridModel::relationTargetData(int column) const
{
    const auto target = m_relationTargets.constFind(column);
    return target == m_relationTargets.cend() ? QVariant() : QVariant::fromValue(*target);
}

QVariant GridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= m_rowCount && section < rowCount())
            return u"+%1"_s.arg(m_inserted.at(section - m_rowCount).insertId); // a staged insert
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return QString::number(qint64(section) + 1);
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    const GridColumn &c = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return c.field;
    case HeaderTypeRole:
        return c.typeText();
    case HeaderKeyRole:
        return c.keyMarker();
    case HeaderNativeTypeRole:
        return c.nativeType;
    case Qt::ToolTipRole: {
        QStringList parts{c.field + u": "_s + c.typeText()};
        if (!c.keyMarker().isEmpty())
            parts << c.keyMarker();
        if (!c.nativeType.isEmpty())
            parts << c.nativeType;
        if (c.column != c.field)
            parts << tr("column %1").arg(c.column);
        return parts.join(u" · "_s);
    }
    default:
        return {};
    }
}

void GridModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_table.columns.size()) {
        setSort({});
        return;
    }
    const db::ColumnSpec &spec = m_table.table.columns.at(column);
    const db::ScalarKind kind = spec.type.kind;
    if (spec.type.isList || kind == db::ScalarKind::Json || kind == db::ScalarKind::Bytes) {
        Q_EMIT loadFailed(tr("%1 cannot be sorted: Json, Bytes and list fields have no order")
                              .arg(m_table.columns.at(column).field));
        return;
    }
    setSort({{spec.name, order == Qt::AscendingOrder ? db::SortDirection::Ascending : db::SortDirection::Descending}});
}

Qt::ItemFlags GridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_editing || !index.isValid())
        return f;
    // A staged insert takes every column (its key too, unless the database generates it).
    if (index.row() >= m_rowCount || (m_cache.row(index.row()) && m_editing->isEditable(index.column())))
        f |= Qt::ItemIsEditable;
    return f;
}

bool GridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editing
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto cell = cellinput::valueFromVariant(value);
    if (index.row() >= m_rowCount && cell) {
        const int insertId = m_inserted.at(index.row() - m_rowCount).insertId;
        if (auto staged = m_editing->stageInsertCell(insertId, index.column(), *cell); !staged) {
            Q_EMIT editRefused(index, staged.error());
            return false;
        }
        return true; // the overlay's change signal repaints the row
    }
    const Row *row = m_cache.row(index.row());
    if (!row || !cell) {
        Q_EMIT editRefused(index, row ? tr("The editor handed over no value.") : tr("The row is not loaded yet."));
        return false;
    }
    if (auto staged = m_editing->stageCell(*rowKey(index.row()), *row, index.column(), *cell); !staged) {
        Q_EMIT editRefused(index, staged.error());
        return false;
    }
    // The overlay's change signal repaints every row; this cell at once.
    Q_EMIT dataChanged(index, index);
    return true;
}

void GridModel::setSort(QList<db::SortKey> sort)
{
    m_sort = std::move(sort);
    reopen();
}

void GridModel::setFilter(db::Filter filter)
{
    m_filter = std::move(filter);
    reopen();
}

void GridModel::setSearch(QString text)
{
    m_search = text.trimmed();
    reopen();
}

void GridModel::refresh()
{
    reopen();
}

std::optional<db::RowKey> GridModel::rowKey(int row) const
{
    const Row *values = m_cache.row(row);
    if (!values)
        return std::nullopt;
    db::RowKey key;
    for (int i = 0; i < m_keyColumns.size(); ++i)
        key.append({m_table.table.primaryKey.at(i), values->value(m_keyColumns.at(i))});
    return key;
}

const Row *GridModel::originalRow(int row) const
{
    return m_cache.row(row);
}

bool GridModel::isRowLoaded(int row) const
{
    return row >= 0 && row < m_rowCount && m_cache.hasPage(m_cache.pageOf(row))
        && m_cache.row(row) != nullptr;
}

std::optional<int> GridModel::insertIdOf(int row) const
{
    if (row < m_rowCount || row - m_rowCount >= m_inserted.size())
        return std::nullopt;
    return m_inserted.at(row - m_rowCount).insertId;
}

void GridModel::setOverlay(const CellOverlay *overlay)
{
    m_overlay = overlay;
    overlayChanged();
}

void GridModel::setLabels(const CellLabels *labels)
{
    m_labels = labels;
    overlayChanged();
}

void GridModel::overlayChanged()
{
    // Staged inserts sit after the database's rows: grow or shrink that tail, then repaint.
    QList<InsertedRow> inserted = m_overlay ? m_overlay->insertedRows() : QList<InsertedRow>{};
    const int before = int(m_inserted.size());
    const int after = int(inserted.size());
    const int first = int(std::min<qint64>(m_rowCount, std::numeric_limits<int>::max()));
    if (after > before) {
        beginInsertRows({}, first + before, first + after - 1);
        m_inserted = std::move(inserted);
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, first + after, first + before - 1);
        m_inserted = std::move(inserted);
        endRemoveRows();
    } else {
        m_inserted = std::move(inserted);
    }
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

db::Filter GridModel::effectiveFilter() const
{
    if (m_search.isEmpty())
        return m_filter;
    QList<db::Filter> anyText;
    for (const db::ColumnSpec &c : m_table.table.columns) {
        if (c.type.kind == db::ScalarKind::String && !c.type.isList)
            anyText << db::Filter::condition(c.name, db::FilterOp::Contains, db::Value::fromString(m_search),
                                             db::TextMode::Insensitive);
    }
    // No text column: a search cannot match anything (an empty OR matches nothing).
    db::Filter search = db::Filter::anyOf(anyText);
    return m_filter.isEmpty() ? search : db::Filter::allOf({m_filter, search});
}

db::WindowRequest GridModel::baseRequest() const
{
    db::WindowRequest request;
    request.filter = effectiveFilter();
    request.sort = m_sort;
    request.limit = m_options.pageSize;
    return request;
}

QList<db::Value> GridModel::cursorOf(const Row &row) const
{
    QList<db::Value> cursor;
    for (int column : m_orderColumns)
        cursor << row.value(column);
    return cursor;
}

qint64 GridModel::loadedEnd() const
{
    qint64 end = 0;
    for (qint64 page : m_cache.pages()) {
        if (m_approximatePages.contains(page))
            continue;
        if (const Row *first = m_cache.row(m_cache.firstRowOf(page)); first) {
            // a page's size: the rows from its first until the next page boundary that exist
            qint64 last = m_cache.firstRowOf(page);
            while (last + 1 < m_cache.firstRowOf(page + 1) && m_cache.row(last + 1))
                ++last;
            end = std::max(end, last + 1);
        }
    }
    return end;
}

void GridModel::reopen()
{
    beginResetModel();
    ++m_generation;
    m_liveGeneration->store(m_generation);
    m_cache.clear();
    m_approximatePages.clear();
    m_wanted.clear();
    m_inFlight.clear();
    m_rowCount = 0;
    m_countExact = false;
    m_estimate.reset();
    m_anchors.clear();
    m_anchorsReady = false;
    m_anchorRows = 0;
    m_histogram.clear();
    m_keyNullFraction = 0;
    m_keyNullsFirst = false;
    m_keyTiebreak.reset();
    m_error.clear();
    m_order.clear();
    m_orderColumns.clear();
    auto order = db::effectiveOrder(m_table.table, m_sort);
    if (order) {
        m_order = *order;
        for (const db::SortKey &k : m_order) {
            for (int i = 0; i < m_table.table.columns.size(); ++i) {
                if (m_table.table.columns.at(i).name == k.column)
                    m_orderColumns << i;
            }
        }
    }
    endResetModel();
    if (!order) {
        fail(order.error().summary());
        return;
    }
    fetchPage(0);
    startEstimate();
    startHistogram();
    if (m_options.buildAnchors)
        startAnchorScan();
}

void GridModel::want(qint64 page) const
{
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > MaxWantedPages)
        m_wanted.removeFirst();
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    // data() is const and may run inside a paint: the fetches start from the event loop instead.
    auto *self = const_cast<GridModel *>(this);
    QMetaObject::invokeMethod(self, [self] { self->pump(); }, Qt::QueuedConnection);
}

void GridModel::pump()
{
    m_pumpScheduled = false;
    if (!m_error.isEmpty()) {
        m_wanted.clear(); // a failed view waits for refresh() rather than retrying in a loop
        return;
    }
    QList<qint64> deferred;
    while (m_inFlight.size() < m_options.maxInFlight && !m_wanted.isEmpty()) {
        const qint64 page = m_wanted.takeLast();
        if (m_cache.hasPage(page) || m_inFlight.contains(page) || (page > 0 && m_cache.firstRowOf(page) >= m_rowCount))
            continue;
        // A neighbour on its way: wait for it and continue from its boundary row, which is exact.
        if (m_inFlight.contains(page - 1) || m_inFlight.contains(page + 1)) {
            deferred.prepend(page);
            continue;
        }
        fetchPage(page);
    }
    m_wanted = deferred + m_wanted;
}

bool GridModel::exactlyPlaceable(qint64 page) const
{
    const qint64 block = m_cache.firstRowOf(page) / m_options.anchorStride;
    return block == 0 || block - 1 < m_anchors.size();
}

GridModel::PagePlan GridModel::planPage(qint64 page) const
{
    PagePlan plan;
    plan.request = baseRequest();
    const int pageSize = m_options.pageSize;
    const qint64 start = m_cache.firstRowOf(page);
    if (page == 0) {
        plan.chained = true;
        return plan;
    }
    // A neighbour's boundary row is exact when the neighbour is; an approximate neighbour is followed only
    // when nothing exact is at hand, so an approximate run never grows into the part the anchors cover.
    const Row *before = m_cache.row(start - 1);
    const Row *after = m_cache.hasPage(page + 1) ? m_cache.row(start + pageSize) : nullptr;
    const bool beforeExact = before && !m_approximatePages.contains(page - 1);
    const bool afterExact = after && !m_approximatePages.contains(page + 1);
    const bool placeable = exactlyPlaceable(page);
    if (beforeExact || (before && !afterExact && !placeable)) {
        plan.request.cursor = cursorOf(*before);
        plan.chained = true;
        plan.placement = beforeExact ? Placement::Exact : Placement::Approximate;
        return plan;
    }
    if (afterExact || (after && !placeable)) {
        plan.request.cursor = cursorOf(*after);
        plan.request.direction = db::WindowDirection::Backward;
        plan.placement = afterExact ? Placement::Exact : Placement::Approximate;
        return plan;
    }
    const qint64 stride = m_options.anchorStride;
    const qint64 block = start / stride;
    if (block == 0) {
        plan.request.offset = start;
        return plan;
    }
    if (block - 1 < m_anchors.size()) { // the anchors published so far: exact while the scan still runs
        plan.request.cursor = m_anchors.at(block - 1);
        plan.request.offset = start - block * stride;
        return plan;
    }
    const qint64 end = std::min<qint64>(start + pageSize, m_rowCount);
    const qint64 fromEnd = m_rowCount - end;
    if (end > start && fromEnd <= NearEndRows && fromEnd < start) {
        // Near the end: the rows counted back from the end, placed by the count (an estimate until it is exact).
        plan.request.direction = db::WindowDirection::Backward;
        plan.request.offset = fromEnd;
        plan.request.limit = int(end - start);
        plan.placement = m_countExact ? Placement::Exact : Placement::Approximate;
        return plan;
    }
    if (!m_histogram.isEmpty() && m_rowCount > 0 && start > stride) {
        if (auto cursor = estimatedCursorAt(double(start) / double(m_rowCount)); cursor) {
            plan.request.cursor = std::move(*cursor);
            plan.placement = Placement::Approximate;
            return plan;
        }
    }
    plan.request.offset = start; // exact, but a deep OFFSET scans what it skips: only until the anchors reach it
    return plan;
}

void GridModel::fetchPage(qint64 page)
{
    PagePlan plan = planPage(page);
    plan.request.includeXmin = m_options.readXmin; // the dialect selects it on PostgreSQL only
    m_inFlight.insert(page);
    const quint64 generation = m_generation;
    const db::TableSpec table = m_table.table;
    const QString action = u"browse "_s + m_table.table.model;
    m_pool
        ->run(db::QueryOrigin::Grid, action,
              [table, request = plan.request](db::Connection &c) -> db::Result<QList<Row>> {
                  const db::Dialect dialect = db::Dialect::forServer(c.provider(), c.serverVersion());
                  auto window = db::buildWindow(dialect, table, request);
                  if (!window)
                      return std::unexpected(window.error());
                  auto result = c.execute(window->statement); // origin and action: the lease's; model: the builder's
                  if (!result)
                      return std::unexpected(result.error());
                  QList<Row> rows = std::move(result->rows);
                  if (window->rowsReversed)
                      db::restoreOrder(rows);
                  return rows;
              })
        .then(this, [this, generation, page, plan](db::Result<QList<Row>> result) {
            if (generation != m_generation) {
                Q_EMIT staleResultDropped(generation);
                return;
            }
            m_inFlight.remove(page);
            if (!result) {
                fail(result.error().summary());
                return;
            }
            onPage(generation, page, plan, std::move(*result));
        });
}

void GridModel::onPage(quint64, qint64 page, const PagePlan &plan, QList<Row> rows)
{
    const int pageSize = m_options.pageSize;
    const qint64 start = m_cache.firstRowOf(page);
    const qint64 count = rows.size();
    const bool backward = plan.request.direction == db::WindowDirection::Backward;
    if (backward && !plan.request.cursor.isEmpty() && count < pageSize) {
        // Fewer rows before a loaded page than the positions above it: rows were deleted meanwhile, so the
        // loaded positions are off. Forget them; what is on screen reloads from exact starting points.
        m_cache.clear();
        m_approximatePages.clear();
        overlayChanged();
        return;
    }
    if (backward && plan.request.cursor.isEmpty() && count < plan.request.limit) {
        // Counted back from the end and reached the start: the table has fewer rows than the count said.
        setRowCount(plan.request.offset + count);
        pump();
        return;
    }
    if (plan.placement == Placement::Approximate
        && (exactlyPlaceable(page) || (m_cache.hasPage(page - 1) && !m_approximatePages.contains(page - 1))
            || (m_cache.hasPage(page + 1) && !m_approximatePages.contains(page + 1)))) {
        // Placed by an estimate, but the anchors or an exact neighbour arrived meanwhile: read it exactly.
        want(page);
        pump();
        return;
    }
    if (count == 0 && !backward) {
        if (start < m_rowCount)
            setRowCount(start); // nothing at or after this position: the table ends here
        pump();
        return;
    }
    for (qint64 evicted : m_cache.insert(page, std::move(rows)))
        m_approximatePages.remove(evicted);
    if (plan.placement == Placement::Approximate) {
        m_approximatePages.insert(page);
    } else {
        m_approximatePages.remove(page);
        // An exact page next to approximate ones: their rows may repeat or skip some of its rows.
        if (m_approximatePages.contains(page - 1))
            dropApproximateRun(page - 1);
        if (m_approximatePages.contains(page + 1))
            dropApproximateRun(page + 1);
    }
    if (!backward && plan.placement == Placement::Exact) {
        const qint64 end = start + count;
        if (count < pageSize) {
            setRowCount(end); // the table ends here
            if (plan.chained)
                m_countExact = true;
        } else if (end >= m_rowCount) {
            setRowCount(end + 1); // a full page at the end: there may be more; the next page will tell
        }
    }
    const qint64 last = std::min(start + count, m_rowCount) - 1;
    if (last >= start && columnCount() > 0) {
        Q_EMIT dataChanged(index(int(start), 0), index(int(last), columnCount() - 1));
        Q_EMIT rowsLoaded(int(start), int(last));
    }
    pump();
}

void GridModel::setRowCount(qint64 rows)
{
    rows = std::max<qint64>(0, rows);
    if (rows == m_rowCount)
        return;
    if (rows > m_rowCount) {
        const qint64 before = m_rowCount;
        beginInsertRows({}, int(m_rowCount), int(rows - 1));
        m_rowCount = rows;
        endInsertRows();
        // A page can arrive before the count reaches it (a jump placed by an estimate, a backward read from the
        // end): its rows were loaded while outside the table, so rowsLoaded was not sent for them then.
        for (qint64 page : m_cache.pages()) {
            const qint64 first = std::max(m_cache.firstRowOf(page), before);
            const qint64 last = std::min(m_cache.firstRowOf(page) + m_cache.rowsIn(page), rows) - 1;
            if (last >= first && columnCount() > 0)
                Q_EMIT rowsLoaded(int(first), int(last));
        }
    } else {
        beginRemoveRows({}, int(rows), int(m_rowCount - 1));
        m_rowCount = rows;
        const qint64 firstGone = m_cache.pageOf(rows) + (rows % m_options.pageSize ? 1 : 0);
        for (qint64 page : m_cache.pages()) {
            if (page >= firstGone)
                m_cache.remove(page);
        }
        endRemoveRows();
    }
    Q_EMIT countChanged(m_rowCount, m_countExact);
}

void GridModel::startEstimate()
{
    if (!effectiveFilter().isEmpty())
        return; // no statistic knows a filter's count; the anchor scan counts it
    const quint64 generation = m_generation;
    const db::TableSpec table = m_table.table;
    m_pool
        ->run(db::QueryOrigin::Grid, u"count "_s + table.model,
              [table](db::Connection &c) -> db::Result<std::optional<qint64>> {
                  const db::Dialect dialect = db::Dialect::forServer(c.provider(), c.serverVersion());
                  auto statement = db::buildEstimatedCount(dialect, table);
                  if (!statement)
                      return std::unexpected(statement.error());
                  auto result = c.execute(*statement);
                  if (!result)
                      return std::unexpected(result.error());
                  if (result->rows.isEmpty() || result->rows.front().isEmpty())
                      return std::nullopt;
                  const db::Value &v = result->rows.front().front();
                  if (v.kind() == db::ScalarKind::Int || v.kind() == db::ScalarKind::BigInt)
                      return v.toBigInt();
                  return std::nullopt;
              })
        .then(this, [this, generation](db::Result<std::optional<qint64>> result) {
            if (generation != m_generation) {
                Q_EMIT staleResultDropped(generation);
                return;
            }
            // An estimate that cannot be read only costs the scrollbar its early size.
            if (!result || !*result || m_countExact || m_anchorsReady)
                return;
            m_estimate = **result;
            if (*m_estimate > m_rowCount)
                setRowCount(*m_estimate);
        });
}

void GridModel::startAnchorScan()
{
    db::WindowRequest request = baseRequest();
    for (const db::SortKey &k : m_order)
        request.columns << k.column;
    request.limit = std::numeric_limits<int>::max();
    const qint64 stride = m_options.anchorStride;
    const int batchRows = std::max(1, m_options.anchorBatchRows);
    const quint64 generation = m_generation;
    const db::TableSpec table = m_table.table;
    auto channel = std::make_shared<AnchorChannel>();
    channel->model = this;
    m_pool
        ->run(db::QueryOrigin::Grid, u"index "_s + table.model,
              [table, request, stride, batchRows, generation, live = m_liveGeneration, channel,
               hook = m_options.afterAnchorBatch](db::Connection &c) -> db::Result<AnchorScan> {
                  const db::Dialect dialect = db::Dialect::forServer(c.provider(), c.serverVersion());
                  auto window = db::buildWindow(dialect, table, request);
                  if (!window)
                      return std::unexpected(window.error());
                  AnchorScan scan;
                  auto streamed = c.stream(window->statement, batchRows, [&](db::ResultBatch &&batch) {
                      QList<QList<db::Value>> anchors;
                      for (const QList<db::Value> &row : batch.rows) {
                          ++scan.rows;
                          if (scan.rows % stride == 0)
                              anchors << window->cursorOf(row);
                      }
                      if (live->load() != generation) {
                          scan.stopped = true;
                          return false;
                      }
                      // Each batch's anchors go to the model at once: jumps into the scanned part are exact
                      // long before a scan of millions of rows ends.
                      QMetaObject::invokeMethod(
                          QCoreApplication::instance(),
                          [channel, generation, anchors = std::move(anchors), rows = scan.rows]() mutable {
                              if (GridModel *model = channel->model.data())
                                  model->onAnchorBatch(generation, std::move(anchors), rows);
                          },
                          Qt::QueuedConnection);
                      if (hook)
                          hook(scan.rows);
                      return true;
                  });
                  if (!streamed)
                      return std::unexpected(streamed.error());
                  return scan;
              })
        .then(this, [this, generation](db::Result<AnchorScan> result) {
            if (generation != m_generation) {
                Q_EMIT staleResultDropped(generation);
                return;
            }
            if (!result) {
                // Browsing still works (pages chain from their neighbours); only far jumps get slower.
                Q_EMIT loadFailed(tr("The row index for fast jumps could not be built: %1").arg(result.error().summary()));
                return;
            }
            if (!result->stopped)
                onAnchorScanEnd(result->rows);
        });
}

void GridModel::onAnchorBatch(quint64 generation, QList<QList<db::Value>> anchors, qint64 rowsScanned)
{
    if (generation != m_generation) {
        Q_EMIT staleResultDropped(generation);
        return;
    }
    m_anchors.append(std::move(anchors));
    m_anchorRows = rowsScanned;
    if (rowsScanned > m_rowCount)
        setRowCount(rowsScanned); // at least as many rows as scanned: the scrollbar grows with the scan
    correctApproximatePages();
    Q_EMIT anchorsProgress(rowsScanned, m_anchors.size());
    pump();
}

void GridModel::onAnchorScanEnd(qint64 rows)
{
    // Every batch was posted before the scan's result, to the same thread: m_anchors is complete.
    m_anchorsReady = true;
    m_anchorRows = rows;
    // Pages placed by an estimate are at unknown positions; the count is now known.
    for (qint64 page : std::as_const(m_approximatePages))
        m_cache.remove(page);
    const bool hadApproximate = !m_approximatePages.isEmpty();
    m_approximatePages.clear();
    m_countExact = true;
    const qint64 before = m_rowCount;
    setRowCount(std::max(rows, loadedEnd()));
    if (before == m_rowCount)
        Q_EMIT countChanged(m_rowCount, m_countExact);
    if (hadApproximate)
        overlayChanged();
    Q_EMIT anchorsBuilt(rows, m_anchors.size());
    pump();
}

void GridModel::dropApproximateRun(qint64 page)
{
    qint64 first = page;
    qint64 last = page;
    while (m_approximatePages.contains(first - 1))
        --first;
    while (m_approximatePages.contains(last + 1))
        ++last;
    for (qint64 p = first; p <= last; ++p) {
        m_cache.remove(p);
        m_approximatePages.remove(p);
    }
    // The view asks again for what it shows, now from exact starting points.
    const qint64 firstRow = m_cache.firstRowOf(first);
    const qint64 lastRow = std::min(m_cache.firstRowOf(last + 1), m_rowCount) - 1;
    if (lastRow >= firstRow && columnCount() > 0)
        Q_EMIT dataChanged(index(int(firstRow), 0), index(int(lastRow), columnCount() - 1));
}

void GridModel::correctApproximatePages()
{
    const QList<qint64> approximate = m_approximatePages.values();
    for (qint64 page : approximate) {
        if (!m_approximatePages.contains(page))
            continue; // dropped with an earlier page's run
        const bool touchesExact = (m_cache.hasPage(page - 1) && !m_approximatePages.contains(page - 1))
            || (m_cache.hasPage(page + 1) && !m_approximatePages.contains(page + 1));
        if (touchesExact || exactlyPlaceable(page))
            dropApproximateRun(page);
    }
}

void GridModel::startHistogram()
{
    // The whole table only (the bounds know nothing of a filter); ordered by the key alone, or by one column
    // with a single-column primary key as tiebreak (the cursor must cover every order key).
    if (m_order.isEmpty() || m_order.size() > 2 || !effectiveFilter().isEmpty() || m_orderColumns.size() != m_order.size())
        return;
    std::optional<db::Value> tiebreak;
    if (m_order.size() == 2) {
        const db::ColumnSpec &pk = m_table.table.columns.at(m_orderColumns.at(1));
        if (m_table.table.primaryKey.size() != 1 || pk.name != m_table.table.primaryKey.front() || pk.type.isList)
            return;
        // Before every primary key: the cursor then starts at the first row of the value the histogram gives.
        if (pk.type.kind == db::ScalarKind::Int)
            tiebreak = db::Value::fromInt(std::numeric_limits<qint32>::min());
        else if (pk.type.kind == db::ScalarKind::BigInt)
            tiebreak = db::Value::fromBigInt(std::numeric_limits<qint64>::min());
        else if (pk.type.kind == db::ScalarKind::String)
            tiebreak = db::Value::fromString(QString());
        else
            return;
    }
    const db::ColumnSpec &key = m_table.table.columns.at(m_orderColumns.front());
    const db::ScalarKind kind = key.type.kind;
    if (key.type.isList || (kind != db::ScalarKind::Int && kind != db::ScalarKind::BigInt && kind != db::ScalarKind::String))
        return;
    const bool descending = m_order.front().direction == db::SortDirection::Descending;
    const bool keyIndexed = !tiebreak; // the primary key; any other column may have no index: no MIN/MAX scan
    const quint64 generation = m_generation;
    const db::TableSpec table = m_table.table;
    m_pool
        ->run(db::QueryOrigin::Grid, u"histogram "_s + table.model,
              [table, column = key.name, kind, keyIndexed](db::Connection &c) {
                  return readKeyBounds(c, table, column, kind, keyIndexed);
              })
        .then(this, [this, generation, descending, tiebreak](db::Result<KeyBounds> result) {
            if (generation != m_generation) {
                Q_EMIT staleResultDropped(generation);
                return;
            }
            if (!result || m_anchorsReady || result->bounds.size() < 2)
                return; // only a head start for jumps: without it they read an OFFSET window until the anchors exist
            m_histogram = std::move(result->bounds);
            if (descending)
                std::reverse(m_histogram.begin(), m_histogram.end());
            m_keyNullFraction = result->nullFraction;
            m_keyNullsFirst = descending; // PostgreSQL's order (the only bounds with NULLs): last ascending
            m_keyTiebreak = tiebreak;
        });
}

std::optional<QList<db::Value>> GridModel::estimatedCursorAt(double fraction) const
{
    // NULL keys sit outside the bounds, as one block: a jump into it has no key to start from.
    const double nulls = m_keyNullFraction;
    if (nulls >= 1)
        return std::nullopt;
    double withinValues = fraction;
    if (m_keyNullsFirst) {
        if (fraction < nulls)
            return std::nullopt;
        withinValues = (fraction - nulls) / (1 - nulls);
    } else {
        if (fraction >= 1 - nulls)
            return std::nullopt;
        withinValues = fraction / (1 - nulls);
    }
    const std::optional<db::Value> key = interpolateKey(m_histogram, withinValues);
    if (!key)
        return std::nullopt;
    QList<db::Value> cursor{*key};
    if (m_keyTiebreak)
        cursor << *m_keyTiebreak;
    return cursor;
}

void GridModel::fail(const QString &message)
{
    m_error = message;
    Q_EMIT loadFailed(message);
}

} // namespace facet::grid
