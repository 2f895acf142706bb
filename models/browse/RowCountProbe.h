// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "qtsql/QtSqlConnection.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace facet::models {

/// Counts the rows of a list of tables on a worker thread and reports each count as it arrives
/// (queued to the GUI thread). SQLite's COUNT(*) is exact and cheap at demo sizes.
class RowCountProbe final : public QObject {
    Q_OBJECT
public:
    explicit RowCountProbe(QObject *parent = nullptr);
    ~RowCountProbe() override;

    void start(const db::QtSqlOptions &options, const QStringList &tables);

Q_SIGNALS:
    void counted(const QString &table, qint64 rows);
    void finished();

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace facet::models
