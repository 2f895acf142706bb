// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "GridHeader.h"

#include "grid/GridModel.h"

#include <QFontDatabase>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace facet::ui {

GridHeader::GridHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setObjectName(u"gridHeader"_s);
    setSectionsClickable(true);
    setSortIndicatorShown(true);
    setSortIndicator(-1, Qt::AscendingOrder);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QString GridHeader::detailText(int logicalIndex) const
{
    if (!model())
        return {};
    QStringList parts{model()->headerData(logicalIndex, orientation(), grid::GridModel::HeaderTypeRole).toString()};
    const QString key = model()->headerData(logicalIndex, orientation(), grid::GridModel::HeaderKeyRole).toString();
    if (!key.isEmpty())
        parts << key;
    const QString native = model()->headerData(logicalIndex, orientation(), grid::GridModel::HeaderNativeTypeRole).toString();
    if (!native.isEmpty())
        parts << native;
    parts.removeAll(QString());
    return parts.join(u"  ·  "_s);
}

QFont GridHeader::detailFont() const
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(font().pointSizeF() * 0.85);
    return f;
}

QSize GridHeader::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    const QFontMetrics detail(detailFont());
    size.setHeight(size.height() + detail.height() + 2);
    size.setWidth(std::max(size.width(), detail.horizontalAdvance(detailText(logicalIndex)) + 32));
    return size;
}

void GridHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    const QFontMetrics detail(detailFont());
    const int detailHeight = detail.height() + 4;
    // Frame and sort arrow from the style; the two lines of text are drawn here.
    painter->save();
    QStyleOptionHeader opt;
    initStyleOption(&opt);
    opt.rect = rect;
    opt.section = logicalIndex;
    opt.text.clear();
    opt.sortIndicator = sortIndicatorSection() == logicalIndex
                            ? (sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortUp
                                                                          : QStyleOptionHeader::SortDown)
                            : QStyleOptionHeader::None;
    painter->save();
    style()->drawControl(QStyle::CE_Header, &opt, painter, this);
    painter->restore();
    painter->setClipRect(rect);
    const QRect textRect = rect.adjusted(6, 2, -18, -2);
    QFont nameFont = font();
    nameFont.setWeight(QFont::DemiBold);
    painter->setFont(nameFont);
    painter->setPen(palette().color(QPalette::ButtonText));
    const QRect nameRect(textRect.left(), textRect.top(), textRect.width(), textRect.height() - detailHeight);
    const QString name = model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->setFont(detailFont());
    painter->setPen(palette().color(QPalette::PlaceholderText));
    const QRect detailRect(textRect.left(), textRect.bottom() - detailHeight + 1, textRect.width(), detailHeight);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      detail.elidedText(detailText(logicalIndex), Qt::ElideRight, detailRect.width()));
    painter->restore();
}

} // namespace facet::ui
