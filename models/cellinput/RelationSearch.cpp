// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "cellinput/RelationSearch.h"

#include "cellinput/CellInput.h"
#include "dialect/Dialect.h"
#include "dialect/SelectWindow.h"
#include "pool/ConnectionPool.h"

using namespace Qt::StringLiterals;

namespace facet::cellinput {

namespace {

db::Filter searchFilter(const db::ColumnSpec &display, const QString &text)
{
    if (text.isEmpty())
        return {};
    if (display.type.kind == db::ScalarKind::String && !display.type.isList)
        return db::Filter::condition(display.name, db::FilterOp::Contains, db::Value::fromString(text),
                                     db::TextMode::Insensitive);
    CellColumn column;
    column.type = display.type;
    if (const InputResult<db::Value> v = parseCellText(text, column))
        return db::Filter::condition(display.name, db::FilterOp::Equals, *v);
    return {};
}

} // namespace

db::Result<QList<RelationCandidate>> searchRelation(db::Connection &connection, const RelationTarget &target,
                                                    const QString &text, int limit)
{
    const db::ColumnSpec *display = target.table.column(target.displayColumn);
    if (!display)
        return std::unexpected(db::invalidQuery(u"the relation picker's display column %1 is not in table %2"_s.arg(
            target.displayColumn, target.table.name)));
    db::WindowRequest request;
    request.columns = target.keyColumns;
    request.columns.append(target.displayColumn);
    request.filter = searchFilter(*display, text);
    request.sort = {db::SortKey{target.displayColumn, db::SortDirection::Ascending}};
    request.limit = limit;
    const db::Dialect dialect = db::Dialect::forServer(connection.provider(), connection.serverVersion());
    const db::Result<db::WindowStatement> window = db::buildWindow(dialect, target.table, request);
    if (!window)
        return std::unexpected(window.error());
    const db::Result<db::QueryResult> result = connection.execute(window->statement);
    if (!result)
        return std::unexpected(result.error());
    CellColumn displayColumn;
    displayColumn.type = display->type;
    const qsizetype keys = target.keyColumns.size();
    QList<RelationCandidate> candidates;
    candidates.reserve(result->rows.size());
    for (const QList<db::Value> &row : result->rows) {
        RelationCandidate c;
        c.key = row.mid(0, keys);
        c.display = row.size() > keys ? editableText(row[keys], displayColumn) : QString();
        candidates.append(std::move(c));
    }
    return candidates;
}

RelationSearch poolRelationSearch(std::shared_ptr<db::ConnectionPool> pool, RelationTarget target)
{
    return [pool = std::move(pool), target = std::move(target)](const QString &text, int limit) {
        return pool->run(db::QueryOrigin::Grid, u"search %1"_s.arg(target.model),
                         [target, text, limit](db::Connection &c) { return searchRelation(c, target, text, limit); });
    };
}

} // namespace facet::cellinput
