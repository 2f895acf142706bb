// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "DemoDatabase.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QVariantList>

namespace facet::db {
class QtSqlConnection;
}

namespace facet::demo {

/// Fills the demo tables with realistic, deterministic data (same seed, same rows), through bound parameters
/// in one transaction the caller owns. Values are written the way Prisma 7's SQLite adapter writes them:
/// DateTime as ISO-8601 text in UTC, Boolean as 0/1, enums as labels, Json as text, Decimal as its digits.
class DemoSeeder final {
public:
    DemoSeeder(db::QtSqlConnection &connection, double scale, const DemoProgress &progress,
               const std::atomic<bool> *cancel);

    [[nodiscard]] db::Result<DemoCounts> run();

    /// The planned number of rows for a scale, so progress can show a total before anything is written.
    [[nodiscard]] static DemoCounts planned(double scale);

private:
    db::Result<void> insertRows(const QString &table, const QString &sql, qint64 count,
                                const std::function<QVariantList(qint64)> &makeRow);
    [[nodiscard]] QString isoTimestamp(qint64 minSecsAgo, qint64 maxSecsAgo);
    [[nodiscard]] QString uuidV4();
    [[nodiscard]] QString cuid(qint64 serial);
    [[nodiscard]] QString pick(const QStringList &words);
    [[nodiscard]] QString sentence(int words);

    db::QtSqlConnection &m_connection;
    DemoCounts m_plan;
    DemoProgress m_progress;
    const std::atomic<bool> *m_cancel;
    QRandomGenerator m_random{20261126};
    qint64 m_done = 0;
    QStringList m_accountIds;
};

} // namespace facet::demo
