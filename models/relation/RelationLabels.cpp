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
    const auto known = m_known.constFind(column);
    if (known == m_known.cend() || value.isNull())
        return {};
    return known->labels.value(grid::cellText(value));
}

void RelationLabels::setDisplayField(int column, const QString &field)
{
    for (ToOneLink &l : m_links) {
        if (l.foreignKeyColumn == column && l.target.byField(field))
            l.displayField = field;
    }
    m_known.remove(column);
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
        for (int row = first; row <= last; ++row) {
            const grid::Row *values = m_grid->originalRow(row);
            if (!values || link.foreignKeyColumn >= values->size())
                continue;
            const db::Value &key = values->at(link.foreignKeyColumn);
            const QString text = grid::cellText(key);
            if (key.isNull() || known.labels.contains(text) || known.pending.contains(text) || texts.contains(text))
                continue;
            keys.append(key);
            texts.append(text);
        }
        if (keys.isEmpty())
            continue;
        for (const QString &t : texts)
            known.pending.insert(t);
        const int column = link.foreignKeyColumn;
        m_pool->run(db::QueryOrigin::Grid, u"labels %1.%2"_s.arg(m_grid->modelTable().table.model, link.relationField),
                    [link, keys](db::Connection &c) { return readLabels(c, link, keys); })
            .then(this, [this, column, texts](db::Result<Pairs> result) {
                Known &known = m_known[column];
                for (const QString &t : texts)
                    known.pending.remove(t);
                if (!result)
                    return; // the raw key still shows; labels are a convenience
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
