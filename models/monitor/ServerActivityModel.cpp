// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "ServerActivityModel.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace facet::monitor {

namespace {

// Every column as text so one reader serves both servers; the studio's own sessions are told apart by pid.
const QString kPostgresActivity = uR"(SELECT pid::text, coalesce(usename::text, ''), coalesce(application_name, ''),
  coalesce(client_addr::text, 'local'), coalesce(state, backend_type),
  coalesce((extract(epoch FROM (clock_timestamp() - coalesce(state_change, backend_start))) * 1000)::bigint, 0)::text,
  coalesce(query, '')
FROM pg_stat_activity WHERE datname = current_database() ORDER BY pid)"_s;

const QString kMySqlActivity = uR"(SELECT CAST(ID AS CHAR), COALESCE(USER, ''), COALESCE(DB, ''), COALESCE(HOST, ''),
  COALESCE(COMMAND, ''), CAST(COALESCE(TIME, 0) * 1000 AS CHAR), COALESCE(INFO, '')
FROM information_schema.PROCESSLIST ORDER BY ID)"_s;

QString text(const db::Value &v)
{
    return v.kind() == db::ScalarKind::String ? v.toString() : QString();
}

struct Fetched {
    db::Provider provider = db::Provider::SQLite;
    QList<ServerActivityModel::Row> rows;
    qint64 ownSession = 0;
};

} // namespace

ServerActivityModel::ServerActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ServerActivityModel::setPool(std::shared_ptr<db::ConnectionPool> pool)
{
    m_pool = std::move(pool);
    ++m_generation;
    m_refreshing = false;
    setRows({}, m_pool ? QString() : tr("No database connected"));
}

void ServerActivityModel::refresh()
{
    if (!m_pool || m_refreshing)
        return;
    m_refreshing = true;
    const quint64 generation = m_generation;
    auto pool = m_pool;
    pool->run(db::QueryOrigin::Panel, u"server activity"_s, [](db::Connection &c) -> db::Result<Fetched> {
            Fetched out;
            out.provider = c.provider();
            out.ownSession = c.sessionId();
            if (out.provider == db::Provider::SQLite)
                return out;
            const bool pg = out.provider == db::Provider::PostgreSQL;
            db::Statement statement(pg ? kPostgresActivity : kMySqlActivity, {}, db::QueryOrigin::Panel);
            auto result = c.execute(statement);
            if (!result)
                return std::unexpected(result.error());
            for (const QList<db::Value> &r : result->rows) {
                if (r.size() < 7)
                    continue;
                ServerActivityModel::Row row;
                row.session = text(r[0]).toLongLong();
                row.user = text(r[1]);
                row.application = text(r[2]);
                row.client = text(r[3]);
                row.state = text(r[4]);
                row.forMs = text(r[5]).toLongLong();
                row.query = text(r[6]);
                out.rows.append(std::move(row));
            }
            return out;
        })
        .then(this, [this, generation, pool](db::Result<Fetched> fetched) {
            if (generation != m_generation)
                return; // another pool was set meanwhile
            m_refreshing = false;
            if (!fetched) {
                setRows({}, fetched.error().summary());
                Q_EMIT failed(m_status);
                return;
            }
            if (fetched->provider == db::Provider::SQLite) {
                setRows({}, tr("SQLite has no server sessions to show"));
                Q_EMIT refreshed();
                return;
            }
            QSet<qint64> own = m_extraOwn;
            own.insert(fetched->ownSession);
            for (const db::PoolConnectionInfo &c : pool->snapshot().connections)
                own.insert(c.sessionId);
            for (Row &row : fetched->rows)
                row.ours = own.contains(row.session);
            const int n = int(fetched->rows.size());
            setRows(std::move(fetched->rows),
                    fetched->provider == db::Provider::PostgreSQL ? tr("pg_stat_activity: %n session(s)", nullptr, n)
                                                                  : tr("processlist: %n session(s)", nullptr, n));
            Q_EMIT refreshed();
        });
}

void ServerActivityModel::setRows(QList<Row> rows, const QString &status)
{
    m_status = status;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ServerActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServerActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Session: return row.session;
        case User: return row.user;
        case Application: return row.application;
        case Client: return row.client;
        case State: return row.state;
        case ForMs: return row.forMs;
        case Query: return row.query.simplified();
        case Ours: return row.ours ? tr("Facet") : QString();
        default: return {};
        }
    case Qt::ToolTipRole: return row.query;
    case OursRole: return row.ours;
    case SessionIdRole: return row.session;
    default: return {};
    }
}

QVariant ServerActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Session: return tr("Session");
    case User: return tr("User");
    case Application: return tr("Application / db");
    case Client: return tr("Client");
    case State: return tr("State");
    case ForMs: return tr("For ms");
    case Query: return tr("Query");
    case Ours: return tr("Ours");
    default: return {};
    }
}

} // namespace facet::monitor
