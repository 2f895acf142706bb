// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "QueryLogFilter.h"

#include "QueryLogModel.h"

namespace facet::monitor {

QueryLogFilter::QueryLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void QueryLogFilter::changed()
{
    invalidateRowsFilter();
}

void QueryLogFilter::setOrigin(std::optional<db::QueryOrigin> origin)
{
    m_origin = origin;
    changed();
}

void QueryLogFilter::setModelName(const QString &model)
{
    m_model = model.trimmed();
    changed();
}

void QueryLogFilter::setSlowOnly(bool on)
{
    m_slowOnly = on;
    changed();
}

void QueryLogFilter::setFailedOnly(bool on)
{
    m_failedOnly = on;
    changed();
}

void QueryLogFilter::setSearch(const QString &text)
{
    m_search = text.trimmed();
    changed();
}

bool QueryLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *log = qobject_cast<const QueryLogModel *>(sourceModel());
    if (!log)
        return true;
    const db::QueryEvent &e = log->event(sourceRow);
    if (m_origin && e.origin != *m_origin)
        return false;
    if (!m_model.isEmpty() && e.model != m_model)
        return false;
    if (m_slowOnly && !log->isSlow(e))
        return false;
    if (m_failedOnly && !e.failed)
        return false;
    if (!m_search.isEmpty()) {
        const auto cs = Qt::CaseInsensitive;
        return e.sql.contains(m_search, cs) || e.model.contains(m_search, cs) || e.action.contains(m_search, cs)
            || e.error.contains(m_search, cs);
    }
    return true;
}

} // namespace facet::monitor
