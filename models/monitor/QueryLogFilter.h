// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace facet::monitor {

/// The query panel's filter bar over a QueryLogModel: origin, model, slow only, failed only, and a search
/// over SQL, model, action and error text (case-insensitive). Criteria combine with AND.
class QueryLogFilter final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit QueryLogFilter(QObject *parent = nullptr);

    void setOrigin(std::optional<db::QueryOrigin> origin);
    void setModelName(const QString &model); ///< exact Prisma model name; empty: any
    void setSlowOnly(bool on);
    void setFailedOnly(bool on);
    void setSearch(const QString &text);

    [[nodiscard]] std::optional<db::QueryOrigin> origin() const { return m_origin; }
    [[nodiscard]] bool slowOnly() const { return m_slowOnly; }
    [[nodiscard]] bool failedOnly() const { return m_failedOnly; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();

    std::optional<db::QueryOrigin> m_origin;
    QString m_model;
    bool m_slowOnly = false;
    bool m_failedOnly = false;
    QString m_search;
};

} // namespace facet::monitor
