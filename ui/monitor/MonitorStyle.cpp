// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "MonitorStyle.h"

#include "LiveText.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QAbstractAxis>
#include <QChart>
#include <QFont>
#include <QHeaderView>
#include <QPalette>
#include <QTableView>
#include <QValueAxis>

namespace facet::ui {

QColor originColor(db::QueryOrigin origin)
{
    switch (origin) {
    case db::QueryOrigin::Grid: return QColor(0x3d, 0x7e, 0xf0);
    case db::QueryOrigin::Save: return QColor(0x2f, 0xa8, 0x5a);
    case db::QueryOrigin::Console: return QColor(0xe0, 0x8a, 0x1e);
    case db::QueryOrigin::Migration: return QColor(0xb0, 0x4c, 0xd8);
    case db::QueryOrigin::Introspection: return QColor(0x1f, 0xa6, 0xb0);
    case db::QueryOrigin::Cli: return QColor(0x8a, 0x8f, 0x9c);
    case db::QueryOrigin::Panel: return QColor(0xd6, 0x4f, 0x8a);
    case db::QueryOrigin::Internal: return QColor(0x9a, 0x7b, 0x4f);
    }
    return Qt::gray;
}

QColor slowColor()
{
    return isDarkPalette() ? QColor(0x5a, 0x45, 0x12) : QColor(0xff, 0xf0, 0xc2);
}

QColor failedColor()
{
    return isDarkPalette() ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

QColor oursColor()
{
    return isDarkPalette() ? QColor(0x1f, 0x3b, 0x5c) : QColor(0xdd, 0xe8, 0xff);
}

void setCountRange(QValueAxis *axis, double highest)
{
    const double top = niceCeiling(highest);
    if (axis->max() == top && axis->min() == 0)
        return;
    axis->setRange(0, top);
    axis->setTickCount(top <= 10 ? int(top) + 1 : 6); // 1-2-5 tops divide into whole steps
}

void styleChart(QChart *chart)
{
    chart->setTheme(isDarkPalette() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QPalette p = QApplication::palette();
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(p.color(QPalette::WindowText));
    chart->legend()->setLabelColor(p.color(QPalette::WindowText));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    // Small axis labels: the panels are docks, often short; Qt elides labels that do not fit to "...".
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(p.color(QPalette::WindowText));
    }
    QFont title = QApplication::font();
    title.setBold(true);
    chart->setTitleFont(title);
}

FlagStyler::FlagStyler(int warnRole, int errorRole, int accentRole, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_warnRole(warnRole)
    , m_errorRole(errorRole)
    , m_accentRole(accentRole)
{
}

QVariant FlagStyler::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole) {
        if (m_warnRole && QIdentityProxyModel::data(index, m_warnRole).toBool())
            return slowColor();
        if (m_accentRole && QIdentityProxyModel::data(index, m_accentRole).toBool())
            return oursColor();
    } else if (role == Qt::ForegroundRole) {
        if (m_errorRole && QIdentityProxyModel::data(index, m_errorRole).toBool())
            return failedColor();
    }
    return QIdentityProxyModel::data(index, role);
}

QTableView *makeMonitorTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows: no per-row measuring
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace facet::ui
