// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "pool/ConnectionPool.h"

#include <QAbstractTableModel>
#include <QSet>

#include <memory>

namespace facet::monitor {

/// The server's own view of its sessions beside the pool: PostgreSQL's pg_stat_activity (this database) or
/// MySQL/MariaDB's process list, with the studio's own connections marked (their backend pid /
/// CONNECTION_ID() is in a pool snapshot). SQLite has no server: the model stays empty and says why.
///
/// refresh() runs one query through the pool (origin Panel) and never blocks the caller.
class ServerActivityModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Session, User, Application, Client, State, ForMs, Query, Ours, ColumnCount };
    enum Role { OursRole = Qt::UserRole + 1, SessionIdRole };

    struct Row {
        qint64 session = 0;
        QString user;
        QString application;
        QString client;
        QString state;
        qint64 forMs = 0;
        QString query;
        bool ours = false;
    };

    explicit ServerActivityModel(QObject *parent = nullptr);

    void setPool(std::shared_ptr<db::ConnectionPool> pool);
    [[nodiscard]] const std::shared_ptr<db::ConnectionPool> &pool() const { return m_pool; }
    /// Sessions to mark as the studio's own, besides those of the queried pool (other pools of the studio).
    void setOwnSessions(QSet<qint64> sessions) { m_extraOwn = std::move(sessions); }
    /// Queries the server (asynchronously); `refreshed` or `failed` follows.
    void refresh();
    [[nodiscard]] bool isRefreshing() const { return m_refreshing; }

    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] QString status() const { return m_status; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void failed(const QString &message);

private:
    void setRows(QList<Row> rows, const QString &status);

    std::shared_ptr<db::ConnectionPool> m_pool;
    QSet<qint64> m_extraOwn;
    QList<Row> m_rows;
    QString m_status;
    bool m_refreshing = false;
    quint64 m_generation = 0;
};

} // namespace facet::monitor
