// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "SchemaEntryDelegate.h"

#include "browse/ModelListModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace facet::ui {

namespace {

QString compactCount(qint64 rows)
{
    if (rows < 10'000)
        return QLocale().toString(rows);
    if (rows < 1'000'000)
        return QLocale().toString(double(rows) / 1e3, 'f', rows < 100'000 ? 1 : 0) + u'k';
    return QLocale().toString(double(rows) / 1e6, 'f', 1) + u'M';
}

QColor badgeColor(models::SchemaEntry::Kind kind)
{
    switch (kind) {
    case models::SchemaEntry::Kind::Model:
        return QColor(0x4c, 0x6a, 0xe8);
    case models::SchemaEntry::Kind::View:
        return QColor(0x2e, 0x9d, 0x8f);
    case models::SchemaEntry::Kind::Enum:
        return QColor(0xc0, 0x7b, 0x22);
    }
    return {};
}

} // namespace

void SchemaEntryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto kind = models::SchemaEntry::Kind(index.data(models::ModelListModel::KindRole).toInt());
    const QString name = index.data(models::ModelListModel::NameRole).toString();
    const QString table = index.data(models::ModelListModel::DatabaseNameRole).toString();
    const qint64 rows = index.data(models::ModelListModel::RowEstimateRole).toLongLong();

    painter->save();
    const QRect r = option.rect.adjusted(8, 0, -8, 0);
    const int badge = r.height() - 10;
    const QRect badgeRect(r.left(), r.top() + 5, badge, badge);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColor(kind));
    painter->drawRoundedRect(badgeRect, 4, 4);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.8);
    small.setBold(true);
    painter->setFont(small);
    painter->setPen(Qt::white);
    const QString letter = kind == models::SchemaEntry::Kind::Model ? u"M"_s
                           : kind == models::SchemaEntry::Kind::View ? u"V"_s
                                                                      : u"E"_s;
    painter->drawText(badgeRect, Qt::AlignCenter, letter);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.6f);

    QRect textRect = r.adjusted(badge + 8, 0, 0, 0);
    QString right;
    if (rows >= 0)
        right = compactCount(rows);
    painter->setFont(option.font);
    // The name matters more than the count: in a narrow sidebar the count goes before the name is cut to a
    // few letters (a count clipped on its left, ",000", reads as a different number).
    const int countWidth = option.fontMetrics.horizontalAdvance(right) + 4;
    const int nameFloor = option.fontMetrics.horizontalAdvance(name.left(6) + u'…');
    if (!right.isEmpty() && textRect.width() < countWidth + 6 + nameFloor)
        right.clear();
    if (!right.isEmpty()) {
        painter->setPen(dim);
        const int w = countWidth;
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignRight, right);
        textRect.setRight(textRect.right() - w - 6);
    }
    painter->setPen(text);
    const QString shownName = option.fontMetrics.elidedText(name, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, shownName);
    if (table != name && kind != models::SchemaEntry::Kind::Enum) {
        const int used = option.fontMetrics.horizontalAdvance(shownName) + 6;
        QRect mapped = textRect.adjusted(used, 0, 0, 0);
        painter->setPen(dim);
        painter->drawText(mapped, Qt::AlignVCenter | Qt::AlignLeft,
                          option.fontMetrics.elidedText(table, Qt::ElideRight, mapped.width()));
    }
    painter->restore();
}

QSize SchemaEntryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 12));
    return s;
}

} // namespace facet::ui
