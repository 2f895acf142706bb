// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "FingerprintStatsModel.h"

#include "QueryLogModel.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace facet::monitor {

FingerprintStatsModel::FingerprintStatsModel(int maxGroups, QObject *parent)
    : QAbstractTableModel(parent)
    , m_maxGroups(std::max(1, maxGroups))
{
}

void FingerprintStatsModel::updatePercentiles(Group &g)
{
    std::vector<qint64> sorted = g.samples;
    if (sorted.empty())
        return;
    // Nearest-rank percentiles over the kept samples.
    auto rank = [&](double p) {
        const std::size_t k = std::size_t(std::max(1.0, std::ceil(p * double(sorted.size())))) - 1;
        std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(k), sorted.end());
        return sorted[k];
    };
    g.p50Us = rank(0.50);
    g.p95Us = rank(0.95);
}

void FingerprintStatsModel::add(const QList<db::QueryEvent> &events)
{
    if (events.isEmpty())
        return;
    QSet<quint64> touched;
    for (const db::QueryEvent &e : events) {
        if (e.fingerprint.isEmpty())
            continue;
        auto it = m_rows.constFind(e.fingerprintId);
        if (it == m_rows.constEnd()) {
            if (int(m_groups.size()) >= m_maxGroups)
                dropLeastRecent();
            const int row = int(m_groups.size());
            beginInsertRows({}, row, row);
            Group g;
            g.fingerprint = e.fingerprint;
            g.fingerprintId = e.fingerprintId;
            g.provider = e.provider;
            g.samples.reserve(16);
            m_groups.push_back(std::move(g));
            m_rows.insert(e.fingerprintId, row);
            endInsertRows();
            it = m_rows.constFind(e.fingerprintId);
        }
        Group &g = m_groups[std::size_t(*it)];
        const qint64 us = e.durationUs();
        ++g.count;
        g.failed += e.failed ? 1 : 0;
        g.totalUs += us;
        g.maxUs = std::max(g.maxUs, us);
        g.sampleSql = e.sql;
        g.lastSeenEventId = e.id;
        if (g.samples.size() < std::size_t(kSamples)) {
            g.samples.push_back(us);
        } else {
            g.samples[g.nextSample] = us;
            g.nextSample = (g.nextSample + 1) % std::size_t(kSamples);
        }
        touched.insert(g.fingerprintId);
    }
    int first = int(m_groups.size());
    int last = -1;
    for (quint64 id : std::as_const(touched)) {
        const int row = m_rows.value(id, -1);
        if (row < 0)
            continue;
        updatePercentiles(m_groups[std::size_t(row)]);
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void FingerprintStatsModel::dropLeastRecent()
{
    const auto oldest = std::ranges::min_element(m_groups, {}, &Group::lastSeenEventId);
    const int row = int(oldest - m_groups.begin());
    beginRemoveRows({}, row, row);
    m_groups.erase(oldest);
    m_rows.clear();
    for (int r = 0; r < int(m_groups.size()); ++r)
        m_rows.insert(m_groups[std::size_t(r)].fingerprintId, r);
    endRemoveRows();
}

void FingerprintStatsModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_rows.clear();
    endResetModel();
}

void FingerprintStatsModel::markNPlusOne(quint64 fingerprintId)
{
    const int row = m_rows.value(fingerprintId, -1);
    if (row < 0 || m_groups[std::size_t(row)].nPlusOne)
        return;
    m_groups[std::size_t(row)].nPlusOne = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {NPlusOneRole});
}

const FingerprintStatsModel::Group *FingerprintStatsModel::group(quint64 fingerprintId) const
{
    const int row = m_rows.value(fingerprintId, -1);
    return row < 0 ? nullptr : &m_groups[std::size_t(row)];
}

int FingerprintStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int FingerprintStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FingerprintStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group &g = m_groups[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Fingerprint: return g.fingerprint;
        case Count: return g.count;
        case TotalMs: return formatMs(g.totalUs);
        case P50Ms: return formatMs(g.p50Us);
        case P95Ms: return formatMs(g.p95Us);
        case MaxMs: return formatMs(g.maxUs);
        case Failed: return g.failed;
        default: return {};
        }
    case Qt::ToolTipRole: return g.sampleSql;
    case Qt::TextAlignmentRole:
        return index.column() == Fingerprint ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case FingerprintIdRole: return g.fingerprintId;
    case NPlusOneRole: return g.nPlusOne;
    case CountRole: return g.count;
    case P50UsRole: return g.p50Us;
    case P95UsRole: return g.p95Us;
    case MaxUsRole: return g.maxUs;
    case SampleSqlRole: return g.sampleSql;
    case ProviderRole: return int(g.provider);
    default: return {};
    }
}

QVariant FingerprintStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Fingerprint: return tr("Statement shape");
    case Count: return tr("Count");
    case TotalMs: return tr("Total ms");
    case P50Ms: return tr("p50 ms");
    case P95Ms: return tr("p95 ms");
    case MaxMs: return tr("Max ms");
    case Failed: return tr("Failed");
    default: return {};
    }
}

} // namespace facet::monitor
