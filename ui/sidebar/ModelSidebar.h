// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QLabel;

namespace facet::models {
class ModelListModel;
}

namespace facet::ui {

/// The schema browser on the left: a filter box over the models, views and enums of the schema.
/// Enter, a click or a double-click opens the entry; Ctrl+K from anywhere focuses the filter.
class ModelSidebar final : public QWidget {
    Q_OBJECT
public:
    explicit ModelSidebar(models::ModelListModel *model, QWidget *parent = nullptr);

    void focusFilter();
    void setFilterText(const QString &text);
    /// Rows currently shown (after filtering), for tests and the status line.
    [[nodiscard]] int visibleCount() const;
    [[nodiscard]] QListView *view() const { return m_view; }

Q_SIGNALS:
    /// The user opened an entry; `name` is its Prisma name.
    void entryActivated(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activateIndex(const QModelIndex &proxyIndex);
    void updateCount();

    models::ModelListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_view;
    QLabel *m_count;
};

} // namespace facet::ui
