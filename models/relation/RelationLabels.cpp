// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "RelationLabels.h"

#include "dialect/Dialect.h"
#include "dialect/SelectWindow.h"
#include "grid/CellText.h"
#include "grid/GridModel.h"
#include "pool/ConnectionPool.h"

using namespace Qt::StringLiterals;

namespace facet::relation {

namespace {

using Pairs = QList<std::pair<QString, QString>>;

/// One statement: the display field of every target row whose key is one of `keys`.
db::Result<Pairs> readLabels(db::Connection &connection, const ToOneLink &link, const QList<db::Value> &keys)
{
    const mapping::ModelColumn *key = link.target.byField(link.referencedField);
    const mapping::ModelColumn *display = link.target.byField(link.displayField);
    if (!key || !display)
        return std::unexpected(db::invalidQuery(u"%1 has no field %2"_s.arg(link.targetModel, link.displayField)));
    db::WindowRequest request;
    request.columns = {key->spec.name, display->spec.name};
    request.filter = db::Filter::list(key->spec.name, db::FilterOp::In, keys);
    request.limit = int(keys.size());
    const db::Dialect dialect = db::Dialect::forServer(connection.provider(), connection.serverVersion());
    const db::Result<db::WindowStatement> window = db::buildWindow(dialect, link.target.table, request);
    if (!window)
        return std::unexpected(window.error());
    db::Statement statement = window->statement;
    statement.model = link.targetModel;
    const db::Result<db::QueryResult> result = connection.execute(statement);
    if (!result)
        return std::unexpected(result.error());
    Pairs pairs;
    for (const QList<db::Value> &row : result->rows) {
        if (row.size() >= 2)
            pairs.append({grid::cellText(row[0]), grid::cellText(mapping::presentedValue(*display, row[1]), 80)});
    }
    return pairs;
}

} // namespace

RelationLabels::RelationLabels(std::shared_ptr<db::ConnectionPool> pool, grid::GridModel *grid, QList<ToOneLink> links,
                               QObject *parent)
    : QObject(parent)
    , m_pool(std::move(pool))
    , m_grid(grid)
    , m_links(std::move(links))
{
    connect(m_grid, &grid::GridModel::rowsLoaded, this, &RelationLabels::fetch);
    // A first page that arrives before the row count is known is announced by the count growing over it
    // (rowsInserted), not by rowsLoaded.
    connect(m_grid, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { fetch(first, last); });
    m_grid->setLabels(this);
}

RelationLabels::~RelationLabels()
{
    if (m_grid)
        m_grid->setLabels(nullptr);
}

const ToOneLink *RelationLabels::linkForColumn(int column) const
{
    for (const ToOneLink &l : m_links) {
        if (l.foreignKeyColumn == column)
            return &l;
    }
    return nullptr;
}

QString RelationLabels::label(int column, const db::Value &value) const
{
    if (value.isNull() || !linkForColumn(column))
        return {};
    const QString key = grid::cellText(value);
    const auto known = m_known.constFind(column);
    if (known != m_known.cend()) {
        if (const auto label = known->labels.constFind(key); label != known->labels.cend())
            return *label;
        if (known->pending.contains(key))
            return {};
    }
    // A row that is on screen but was never announced (loaded before this object existed): one sweep over
    // every loaded row, soon, reads all such keys in one statement.
    if (!m_sweepScheduled) {
        m_sweepScheduled = true;
        auto *self = const_cast<RelationLabels *>(this);
        QMetaObject::invokeMethod(self, [self] {
            self->m_sweepScheduled = false;
            if (self->m_grid)
                self->fetch(0, self->m_grid->rowCount() - 1);
        }, Qt::QueuedConnection);
    }
    return {};
}

void RelationLabels::setDisplayField(int column, const QString &field)
{
    for (ToOneLink &l : m_links) {
        if (l.foreignKeyColumn == column && l.target.byField(field))
            l.displayField = field;
    }
    Known &known = m_known[column];
    const quint64 generation = known.generation + 1;
    known = Known{};
    known.generation = generation;
    m_grid->labelsChanged();
    // Read again for the rows in memory: the grid reports them as loaded once more on its next page, but
    // the user expects the change now.
    int first = -1;
    for (int row = 0; row <= m_grid->rowCount(); ++row) {
        const bool loaded = row < m_grid->rowCount() && m_grid->isRowLoaded(row);
        if (loaded && first < 0)
            first = row;
        if (!loaded && first >= 0) {
            fetch(first, row - 1);
            first = -1;
        }
    }
}

void RelationLabels::fetch(int first, int last)
{
    for (const ToOneLink &link : m_links) {
        Known &known = m_known[link.foreignKeyColumn];
        QList<db::Value> keys;
        QStringList texts;
        QSet<QString> asked;
        const int pageSize = m_grid->options().pageSize;
        for (int row = first; row <= last; ++row) {
            const grid::Row *values = m_grid->originalRow(row);
            if (!values) {
                row = (row / pageSize + 1) * pageSize - 1; // pages load whole: skip the rest of this one
                continue;
            }
            if (link.foreignKeyColumn >= values->size())
                continue;
            const db::Value &key = values->at(link.foreignKeyColumn);
            const QString text = grid::cellText(key);
            if (key.isNull() || known.labels.contains(text) || known.pending.contains(text) || asked.contains(text))
                continue;
            keys.append(key);
            texts.append(text);
            asked.insert(text);
        }
        if (keys.isEmpty())
            continue;
        for (const QString &t : texts)
            known.pending.insert(t);
        const int column = link.foreignKeyColumn;
        const quint64 generation = known.generation;
        m_pool->run(db::QueryOrigin::Grid, u"labels %1.%2"_s.arg(m_grid->modelTable().table.model, link.relationField),
                    [link, keys](db::Connection &c) { return readLabels(c, link, keys); })
            .then(this, [this, column, generation, texts](db::Result<Pairs> result) {
                Known &known = m_known[column];
                if (known.generation != generation)
                    return; // read for a display field that is no longer chosen
                for (const QString &t : texts)
                    known.pending.remove(t);
                if (!result) {
                    // The raw key still shows; the reason goes where the grid's own failures go.
                    Q_EMIT labelsFailed(result.error().summary());
                    return;
                }
                for (const QString &t : texts)
                    known.labels.insert(t, QString()); // a dangling key (relationMode = "prisma") shows bare
                for (const auto &[key, text] : *result)
                    known.labels.insert(key, text);
                m_grid->labelsChanged();
                Q_EMIT labelsArrived();
            });
    }
}

} // namespace facet::relation
