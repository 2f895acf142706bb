// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "GridView.h"

#include "grid/CellDelegate.h"
#include "grid/GridHeader.h"
#include "grid/GridModel.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace facet::ui {

GridView::GridView(QWidget *parent)
    : QTableView(parent)
    , m_header(new GridHeader(this))
{
    setObjectName(u"gridView"_s);
    setHorizontalHeader(m_header);
    setItemDelegate(new CellDelegate(this));
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    // Every row the same height: the view then never measures rows, which on millions of rows would load them.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(true);
    // Size columns from the rows on screen only: the default looks at 1,000 rows, which would load them.
    horizontalHeader()->setResizeContentsPrecision(0);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        if (m_model)
            m_model->sort(section, order);
    });
}

void GridView::setGridModel(grid::GridModel *model)
{
    m_model = model;
    setModel(model);
    if (model) {
        connect(model, &grid::GridModel::rowsLoaded, this, [this](int first, int) {
            if (first == 0)
                fitColumns();
        });
    }
    fitColumns();
}

void GridView::fitColumns()
{
    if (!m_model)
        return;
    // Fit to the header and the rows on screen only; capped so one long text does not push the rest away.
    const int maxWidth = std::max(120, fontMetrics().horizontalAdvance(u'x') * 40);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        resizeColumnToContents(c);
        if (columnWidth(c) > maxWidth)
            setColumnWidth(c, maxWidth);
    }
}

} // namespace facet::ui
