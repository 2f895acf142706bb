// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "ModelSidebar.h"

#include "SchemaEntryDelegate.h"
#include "browse/ModelListModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace facet::ui {

ModelSidebar::ModelSidebar(models::ModelListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"modelSidebar"_s);
    // Wide enough for a badge, a short model name and its row count when docks squeeze the window.
    setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Matching the table name too lets people who think in SQL names ("users") find the model ("User").
    m_proxy->setFilterRole(models::ModelListModel::SearchTextRole);

    m_filter->setPlaceholderText(tr("Filter models (Ctrl+K)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(u"sidebarFilter"_s);
    m_filter->installEventFilter(this);

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new SchemaEntryDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setObjectName(u"sidebarList"_s);
    m_view->setAccessibleName(tr("Schema models"));

    m_count->setObjectName(u"sidebarCount"_s);
    m_count->setContentsMargins(8, 2, 8, 4);
    QFont f = m_count->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    m_count->setFont(f);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    auto *filterRow = new QVBoxLayout;
    filterRow->setContentsMargins(6, 0, 6, 0);
    filterRow->addWidget(m_filter);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        updateCount();
    });
    connect(m_view, &QListView::activated, this, &ModelSidebar::activateIndex);
    connect(m_view, &QListView::clicked, this, &ModelSidebar::activateIndex);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ModelSidebar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ModelSidebar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ModelSidebar::updateCount);
    updateCount();
}

void ModelSidebar::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ModelSidebar::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

int ModelSidebar::visibleCount() const
{
    return m_proxy->rowCount();
}

bool ModelSidebar::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys and Enter in the filter box move through and open the list, so the keyboard never has to
    // leave the filter.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_proxy->rowCount();
        if (rows > 0 && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
            const int next = key->key() == Qt::Key_Down ? std::min(current + 1, rows - 1) : std::max(current - 1, 0);
            m_view->setCurrentIndex(m_proxy->index(next, 0));
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QModelIndex idx = m_view->currentIndex().isValid() ? m_view->currentIndex() : m_proxy->index(0, 0);
            if (idx.isValid())
                activateIndex(idx);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ModelSidebar::activateIndex(const QModelIndex &proxyIndex)
{
    if (proxyIndex.isValid())
        Q_EMIT entryActivated(proxyIndex.data(models::ModelListModel::NameRole).toString());
}

void ModelSidebar::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n entries", nullptr, total) : tr("%1 of %2 entries").arg(shown).arg(total));
}

} // namespace facet::ui
