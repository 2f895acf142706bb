// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace facet::db {

/// Names of the statements one PostgreSQL session has prepared, least recently used first out (Prisma's
/// statement_cache_size; 0 disables it). The key is the SQL plus its parameter types, since a statement is
/// prepared for fixed types. Pure bookkeeping: the caller prepares and deallocates on the server.
class PgStatementCache final {
public:
    explicit PgStatementCache(int capacity)
        : m_capacity(std::max(0, capacity))
    {
    }

    [[nodiscard]] bool enabled() const { return m_capacity > 0; }
    [[nodiscard]] int capacity() const { return m_capacity; }
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }

    [[nodiscard]] static QString key(const QString &sql, const QList<quint32> &paramTypes);

    /// The prepared name for `key`, marking it most recently used; std::nullopt when not cached.
    [[nodiscard]] std::optional<QByteArray> find(const QString &key);

    struct Insertion {
        QByteArray name;                  ///< the name to prepare the statement under
        std::optional<QByteArray> evicted; ///< a statement to deallocate to stay within the capacity
    };
    /// Records a new statement (call after find() missed and before preparing).
    [[nodiscard]] Insertion insert(const QString &key);
    /// Forgets a statement whose preparation failed or that the server lost.
    void remove(const QString &key);
    void clear() { m_entries.clear(); m_order.clear(); }

private:
    int m_capacity;
    quint64 m_nextId = 0;
    QHash<QString, QByteArray> m_entries;
    QList<QString> m_order; // least recently used first; small (≤ capacity), so a list is fine
};

} // namespace facet::db
