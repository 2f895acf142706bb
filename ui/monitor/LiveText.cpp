// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "LiveText.h"

#include <QPainter>

#include <cmath>

namespace facet::ui {

LiveText::LiveText(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LiveText::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    update();
}

QSize LiveText::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40, fontMetrics().height() + 4};
}

QSize LiveText::minimumSizeHint() const
{
    return {0, fontMetrics().height() + 4};
}

void LiveText::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(m_text, Qt::ElideRight, width()));
}

double niceCeiling(double value)
{
    if (value <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (step * magnitude >= value)
            return step * magnitude;
    return 10 * magnitude;
}

} // namespace facet::ui
