// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "QueryLogModel.h"

using namespace Qt::StringLiterals;

namespace facet::monitor {

QString formatMs(qint64 microseconds)
{
    return QString::number(double(microseconds) / 1000.0, 'f', 3);
}

QueryLogModel::QueryLogModel(qsizetype capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max<qsizetype>(1, capacity))
{
}

void QueryLogModel::setCapacity(qsizetype capacity)
{
    capacity = std::max<qsizetype>(1, capacity);
    if (capacity == m_capacity)
        return;
    if (m_size > capacity)
        dropFront(m_size - capacity);
    // Re-pack the ring in row order at the new size.
    std::vector<db::QueryEvent> packed;
    packed.reserve(std::size_t(m_size));
    for (qsizetype r = 0; r < m_size; ++r)
        packed.push_back(std::move(m_ring[std::size_t((m_head + r) % m_capacity)]));
    m_ring = std::move(packed);
    m_head = 0;
    m_capacity = capacity;
    Q_EMIT countsChanged();
}

void QueryLogModel::setSlowThresholdMs(qint64 milliseconds)
{
    milliseconds = std::max<qint64>(0, milliseconds);
    if (milliseconds == m_slowThresholdMs)
        return;
    m_slowThresholdMs = milliseconds;
    m_slow = 0;
    for (qsizetype r = 0; r < m_size; ++r)
        m_slow += isSlow(at(r)) ? 1 : 0;
    if (m_size > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(m_size) - 1, ColumnCount - 1), {SlowRole});
    Q_EMIT countsChanged();
}

void QueryLogModel::count(const db::QueryEvent &event, int sign)
{
    m_slow += isSlow(event) ? sign : 0;
    m_failed += event.failed ? sign : 0;
}

void QueryLogModel::dropFront(qsizetype n)
{
    if (n <= 0)
        return;
    beginRemoveRows({}, 0, int(n) - 1);
    for (qsizetype k = 0; k < n; ++k) {
        db::QueryEvent &slot = m_ring[std::size_t(m_head)];
        count(slot, -1);
        slot = db::QueryEvent{}; // release the strings now, not when the slot is reused
        m_head = (m_head + 1) % m_capacity;
    }
    m_size -= n;
    m_evicted += quint64(n);
    endRemoveRows();
}

void QueryLogModel::append(const QList<db::QueryEvent> &events)
{
    if (events.isEmpty())
        return;
    m_seen += quint64(events.size());
    // Only the newest `capacity` of the batch can survive it.
    const qsizetype skip = std::max<qsizetype>(0, events.size() - m_capacity);
    m_evicted += quint64(skip);
    const qsizetype n = events.size() - skip;
    // Trim in chunks of a tenth of the capacity: each removal costs views and proxies a pass over their
    // rows, so at thousands of statements a second one removal every few batches beats one per batch.
    if (const qsizetype overflow = m_size + n - m_capacity; overflow > 0)
        dropFront(std::min(m_size, std::max(overflow, m_capacity / 10)));
    if (m_ring.size() < std::size_t(m_capacity))
        m_ring.resize(std::size_t(m_capacity)); // rows keep their slots: nothing has wrapped below capacity
    beginInsertRows({}, int(m_size), int(m_size + n) - 1);
    for (qsizetype k = skip; k < events.size(); ++k) {
        const qsizetype slot = (m_head + m_size) % m_capacity;
        m_ring[std::size_t(slot)] = events[k];
        count(events[k], +1);
        ++m_size;
    }
    endInsertRows();
    Q_EMIT countsChanged();
}

void QueryLogModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_head = m_size = 0;
    m_slow = m_failed = 0;
    m_seen = m_evicted = 0;
    endResetModel();
    Q_EMIT countsChanged();
}

const db::QueryEvent &QueryLogModel::event(int row) const
{
    Q_ASSERT(row >= 0 && row < m_size);
    return at(row);
}

int QueryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_size);
}

int QueryLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString statusText(const db::QueryEvent &e)
{
    if (!e.failed)
        return u"ok"_s;
    return e.errorCode.isEmpty() ? u"failed"_s : e.errorCode;
}

} // namespace

QVariant QueryLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const db::QueryEvent &e = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return e.timestamp.toLocalTime().toString(u"HH:mm:ss.zzz"_s);
        case Origin: return db::originName(e.origin);
        case Model: return e.model;
        case QueueWait: return formatMs(e.queueWaitUs);
        case Execute: return formatMs(e.executeUs);
        case Fetch: return formatMs(e.fetchUs);
        case Rows: return e.rows;
        case ConnectionId: return e.connectionId;
        case Status: return isSlow(e) && !e.failed ? u"slow"_s : statusText(e);
        case Sql: return e.sql.simplified();
        default: return {};
        }
    case Qt::ToolTipRole: {
        QString tip = e.sql;
        if (!e.params.isEmpty())
            tip += u"\n-- params: "_s + e.paramsText();
        if (!e.action.isEmpty())
            tip += u"\n-- action: "_s + e.action;
        if (e.failed)
            tip += u"\n-- "_s + e.error;
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() >= QueueWait && index.column() <= ConnectionId)
            return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case EventIdRole: return e.id;
    case SlowRole: return isSlow(e);
    case FailedRole: return e.failed;
    case OriginRole: return int(e.origin);
    case ModelRole: return e.model;
    case SqlRole: return e.sql;
    case ParamsRole: return e.paramsText();
    case FingerprintRole: return e.fingerprint;
    case DurationUsRole: return e.durationUs();
    case ProviderRole: return int(e.provider);
    case ActionRole: return e.action;
    case ErrorRole: return e.error;
    default: return {};
    }
}

QVariant QueryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Origin: return tr("Origin");
    case Model: return tr("Model");
    case QueueWait: return tr("Wait ms");
    case Execute: return tr("Exec ms");
    case Fetch: return tr("Fetch ms");
    case Rows: return tr("Rows");
    case ConnectionId: return tr("Conn");
    case Status: return tr("Status");
    case Sql: return tr("SQL");
    default: return {};
    }
}

} // namespace facet::monitor
