// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "PgStatementCache.h"

using namespace Qt::StringLiterals;

namespace facet::db {

QString PgStatementCache::key(const QString &sql, const QList<quint32> &paramTypes)
{
    QString k = sql;
    k += u'\0';
    for (const quint32 t : paramTypes)
        k += QString::number(t) + u',';
    return k;
}

std::optional<QByteArray> PgStatementCache::find(const QString &key)
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return std::nullopt;
    if (m_order.constLast() != key) {
        m_order.removeOne(key);
        m_order.append(key);
    }
    return *it;
}

PgStatementCache::Insertion PgStatementCache::insert(const QString &key)
{
    Insertion out;
    out.name = "facet_s" + QByteArray::number(++m_nextId);
    if (m_entries.size() >= m_capacity && !m_order.isEmpty()) {
        const QString oldest = m_order.takeFirst();
        out.evicted = m_entries.take(oldest);
    }
    m_entries.insert(key, out.name);
    m_order.append(key);
    return out;
}

void PgStatementCache::remove(const QString &key)
{
    if (m_entries.remove(key))
        m_order.removeOne(key);
}

} // namespace facet::db
