// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "RowCountProbe.h"

using namespace Qt::StringLiterals;

namespace facet::models {

RowCountProbe::RowCountProbe(QObject *parent)
    : QObject(parent)
{
}

RowCountProbe::~RowCountProbe()
{
    if (m_thread)
        m_thread->wait();
}

void RowCountProbe::start(const db::QtSqlOptions &options, const QStringList &tables)
{
    if (m_thread && m_thread->isRunning())
        return;
    m_thread.reset(QThread::create([this, options, tables] {
        // The connection is opened, used and closed on this worker thread, as QtSql requires.
        if (auto connection = db::QtSqlConnection::open(options)) {
            for (const QString &table : tables) {
                QString quoted = table;
                quoted.replace(u'"', u"\"\""_s);
                auto result = (*connection)->exec(u"SELECT COUNT(*) FROM \""_s + quoted + u'"');
                if (!result || result->rows.isEmpty())
                    continue;
                const qint64 rows = result->rows.first().first().toLongLong();
                QMetaObject::invokeMethod(this, [this, table, rows] { Q_EMIT counted(table, rows); },
                                          Qt::QueuedConnection);
            }
        }
        QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
    }));
    m_thread->start();
}

} // namespace facet::models
