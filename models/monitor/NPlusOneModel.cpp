// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "NPlusOneModel.h"

#include "RelationHint.h"
#include "ResolvedSchema.h"

using namespace Qt::StringLiterals;

namespace facet::monitor {

NPlusOneModel::NPlusOneModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NPlusOneModel::setSchema(std::shared_ptr<const schema::ResolvedSchema> schema)
{
    m_schema = std::move(schema);
    if (!m_schema)
        return;
    for (std::size_t row = 0; row < m_findings.size(); ++row)
        m_findings[row].hint = relationHint(*m_schema, m_findings[row].fingerprint);
    if (!m_findings.empty())
        Q_EMIT dataChanged(index(0, Hint), index(int(m_findings.size()) - 1, Hint));
}

bool NPlusOneModel::isCandidate(const db::QueryEvent &e)
{
    // Reads with at least one bound value: a loop over rows re-runs one parameterised select.
    return (e.kind == db::QueryKind::Statement || e.kind == db::QueryKind::Stream) && !e.params.isEmpty()
        && e.fingerprint.startsWith(u"SELECT"_s) && e.fingerprint.contains(u'?');
}

QList<quint64> NPlusOneModel::feed(const QList<db::QueryEvent> &events)
{
    QList<quint64> flagged;
    QSet<int> changedRows;
    const qint64 window = m_options.window.count();
    for (const db::QueryEvent &e : events) {
        if (!isCandidate(e))
            continue;
        const qint64 now = e.timestamp.toMSecsSinceEpoch();
        Burst &burst = m_bursts[Key{e.action, e.fingerprintId}];
        if (burst.executions > 0 && now - burst.lastMs > window)
            burst = Burst{}; // a new burst of the same shape
        if (burst.executions == 0)
            burst.firstMs = now;
        burst.lastMs = now;
        ++burst.executions;
        // Masked parameters (MaskPolicy::All) cannot be told apart: count every execution as distinct then.
        const QString params = e.paramsText();
        const bool masked = std::ranges::all_of(e.params, [](const QString &p) { return p.startsWith(u'<'); });
        if (burst.parameterSets.size() < m_options.threshold * 4)
            burst.parameterSets.insert(masked ? size_t(e.id) : qHash(params));
        if (int(burst.parameterSets.size()) >= m_options.threshold) {
            const bool first = !burst.flagged;
            burst.flagged = true;
            burst.findingRow = flag(e, burst);
            if (first && burst.findingRow >= 0) {
                ++m_findings[std::size_t(burst.findingRow)].occurrences;
                if (!flagged.contains(e.fingerprintId))
                    flagged << e.fingerprintId;
            }
            if (burst.findingRow >= 0)
                changedRows.insert(burst.findingRow);
        }
        if (now - m_lastPruneMs > window)
            prune(now);
    }
    for (int row : std::as_const(changedRows))
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return flagged;
}

int NPlusOneModel::flag(const db::QueryEvent &e, const Burst &burst)
{
    const Key key{e.action, e.fingerprintId};
    int row = m_findingRows.value(key, -1);
    if (row < 0) {
        if (int(m_findings.size()) >= kMaxFindings)
            return -1;
        row = int(m_findings.size());
        beginInsertRows({}, row, row);
        Finding f;
        f.fingerprint = e.fingerprint;
        f.fingerprintId = e.fingerprintId;
        f.action = e.action;
        f.origin = e.origin;
        f.model = e.model;
        f.sampleSql = e.sql;
        f.provider = e.provider;
        if (m_schema)
            f.hint = relationHint(*m_schema, e.fingerprint);
        m_findings.push_back(std::move(f));
        m_findingRows.insert(key, row);
        endInsertRows();
    }
    Finding &f = m_findings[std::size_t(row)];
    f.count = std::max(f.count, burst.executions);
    return row;
}

void NPlusOneModel::prune(qint64 nowMs)
{
    m_lastPruneMs = nowMs;
    const qint64 window = m_options.window.count();
    m_bursts.removeIf([&](const auto &entry) { return nowMs - entry.value().lastMs > window; });
}

void NPlusOneModel::clear()
{
    beginResetModel();
    m_bursts.clear();
    m_findings.clear();
    m_findingRows.clear();
    endResetModel();
}

const NPlusOneModel::Finding *NPlusOneModel::finding(quint64 fingerprintId, const QString &action) const
{
    const int row = m_findingRows.value(Key{action, fingerprintId}, -1);
    return row < 0 ? nullptr : &m_findings[std::size_t(row)];
}

int NPlusOneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int NPlusOneModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NPlusOneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Fingerprint: return f.fingerprint;
        case Action: return f.action.isEmpty() ? db::originName(f.origin) : f.action;
        case Count: return f.count;
        case Occurrences: return f.occurrences;
        case Hint: return f.hint;
        default: return {};
        }
    case Qt::ToolTipRole: return QString(f.sampleSql + (f.hint.isEmpty() ? QString() : u"\n\n"_s + f.hint));
    case FingerprintIdRole: return f.fingerprintId;
    case CountRole: return f.count;
    case HintRole: return f.hint;
    case SampleSqlRole: return f.sampleSql;
    case ProviderRole: return int(f.provider);
    default: return {};
    }
}

QVariant NPlusOneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Fingerprint: return tr("Repeated statement");
    case Action: return tr("Action");
    case Count: return tr("Executions");
    case Occurrences: return tr("Times");
    case Hint: return tr("Relation");
    default: return {};
    }
}

} // namespace facet::monitor
