// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "RelationLabels.h"

#include "dialect/Dialect.h"
#include "dialect/KeyLookup.h"
#include "grid/CellText.h"
#include "grid/GridModel.h"
#include "pool/ConnectionPool.h"

using namespace Qt::StringLiterals;

namespace facet::relation {

namespace {

using Pairs = QList<std::pair<QString, QString>>;

/// The text a key is known by: its cells' texts, joined by a separator no cell text of a key contains.
QString keyText(const QList<db::Value> &key)
{
    QStringList parts;
    for (const db::Value &v : key)
        parts.append(grid::cellText(v));
    return parts.join(u'\x1f');
}

/// The key of `link` in a row as read (`value` standing in for column `column`); empty when a part is NULL or
/// missing: such a row has no related record.
QList<db::Value> keyOf(const ToOneLink &link, const QList<db::Value> &row, int column = -1, const db::Value *value = nullptr)
{
    QList<db::Value> key;
    for (int c : link.foreignKeyColumns) {
        const db::Value &part = c == column && value ? *value : (c < row.size() ? row.at(c) : db::Value());
        if (part.isNull())
            return {};
        key.append(part);
    }
    return key;
}

/// One statement: the display field of every target row whose key is one of `keys`.
db::Result<Pairs> readLabels(db::Connection &connection, const ToOneLink &link, const QList<QList<db::Value>> &keys)
{
    const mapping::ModelColumn *display = link.target.byField(link.displayField);
    if (!display)
        return std::unexpected(db::invalidQuery(u"%1 has no field %2"_s.arg(link.targetModel, link.displayField)));
    QStringList keyColumns;
    for (const QString &field : link.referencedFields) {
        const mapping::ModelColumn *key = link.target.byField(field);
        if (!key)
            return std::unexpected(db::invalidQuery(u"%1 has no field %2"_s.arg(link.targetModel, field)));
        keyColumns.append(key->spec.name);
    }
    const db::Dialect dialect = db::Dialect::forServer(connection.provider(), connection.serverVersion());
    auto statement = db::buildSelectByKeys(dialect, link.target.table, keyColumns + QStringList{display->spec.name},
                                           keyColumns, keys);
    if (!statement)
        return std::unexpected(statement.error());
    statement->model = link.targetModel;
    const db::Result<db::QueryResult> result = connection.execute(*statement);
    if (!result)
        return std::unexpected(result.error());
    const qsizetype width = keyColumns.size();
    Pairs pairs;
    for (const QList<db::Value> &row : result->rows) {
        if (row.size() > width)
            pairs.append({keyText(row.first(width)), grid::cellText(mapping::presentedValue(*display, row[width]), 80)});
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

int RelationLabels::linkIndexForColumn(int column) const
{
    for (qsizetype i = 0; i < m_links.size(); ++i) {
        if (m_links[i].foreignKeyColumns.contains(column))
            return int(i);
    }
    return -1;
}

const ToOneLink *RelationLabels::linkForColumn(int column) const
{
    const int index = linkIndexForColumn(column);
    return index < 0 ? nullptr : &m_links[index];
}

bool RelationLabels::labelsCover(int first, int last) const
{
    if (!m_grid)
        return true;
    for (int row = std::max(0, first); row <= last && row < m_grid->rowCount(); ++row) {
        const grid::Row *values = m_grid->originalRow(row);
        if (!values)
            continue;
        for (int index = 0; index < m_links.size(); ++index) {
            const QList<db::Value> key = keyOf(m_links[index], *values);
            if (!key.isEmpty() && !m_known.value(index).labels.contains(keyText(key)))
                return false;
        }
    }
    return true;
}

bool RelationLabels::anyPending() const
{
    for (const Known &known : m_known) {
        if (!known.pending.isEmpty())
            return true;
    }
    return false;
}

QString RelationLabels::label(int column, const db::Value &value, const QList<db::Value> &row) const
{
    const int index = linkIndexForColumn(column);
    if (value.isNull() || index < 0)
        return {};
    const QList<db::Value> parts = keyOf(m_links[index], row, column, &value);
    if (parts.isEmpty())
        return {};
    const QString key = keyText(parts);
    const auto known = m_known.constFind(index);
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
    const int index = linkIndexForColumn(column);
    if (index < 0)
        return;
    if (m_links[index].target.byField(field))
        m_links[index].displayField = field;
    Known &known = m_known[index];
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
    for (int index = 0; index < m_links.size(); ++index) {
        const ToOneLink &link = m_links[index];
        Known &known = m_known[index];
        QList<QList<db::Value>> keys;
        QStringList texts;
        QSet<QString> asked;
        const int pageSize = m_grid->options().pageSize;
        for (int row = first; row <= last; ++row) {
            const grid::Row *values = m_grid->originalRow(row);
            if (!values) {
                row = (row / pageSize + 1) * pageSize - 1; // pages load whole: skip the rest of this one
                continue;
            }
            QList<db::Value> key = keyOf(link, *values);
            if (key.isEmpty())
                continue;
            const QString text = keyText(key);
            if (known.labels.contains(text) || known.pending.contains(text) || asked.contains(text))
                continue;
            keys.append(std::move(key));
            texts.append(text);
            asked.insert(text);
        }
        if (keys.isEmpty())
            continue;
        for (const QString &t : texts)
            known.pending.insert(t);
        const quint64 generation = known.generation;
        m_pool->run(db::QueryOrigin::Grid, u"labels %1.%2"_s.arg(m_grid->modelTable().table.model, link.relationField),
                    [link, keys](db::Connection &c) { return readLabels(c, link, keys); })
            .then(this, [this, index, generation, texts](db::Result<Pairs> result) {
                Known &known = m_known[index];
                if (known.generation != generation)
                    return; // read for a display field that is no longer chosen
                for (const QString &t : texts)
                    known.pending.remove(t);
                if (!result) {
                    // The raw key still shows; the reason goes where the grid's own failures go.
                    Q_EMIT labelsFailed(result.error().summary());
                } else {
                    for (const QString &t : texts)
                        known.labels.insert(t, QString()); // a dangling key (relationMode = "prisma") shows bare
                    for (const auto &[key, text] : *result)
                        known.labels.insert(key, text);
                    m_grid->labelsChanged();
                    Q_EMIT labelsArrived();
                }
                if (!anyPending())
                    Q_EMIT labelsSettled();
            });
    }
}

} // namespace facet::relation
