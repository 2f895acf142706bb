// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>
#include <QStyleHints>

using namespace Qt::StringLiterals;

namespace facet::ui {

namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf8));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x21, 0x2b));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf7));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    p.setColor(QPalette::ToolTipText, QColor(0x1d, 0x21, 0x2b));
    p.setColor(QPalette::PlaceholderText, QColor(0x7a, 0x80, 0x8f));
    p.setColor(QPalette::Text, QColor(0x1d, 0x21, 0x2b));
    p.setColor(QPalette::Button, QColor(0xe9, 0xeb, 0xf0));
    p.setColor(QPalette::ButtonText, QColor(0x1d, 0x21, 0x2b));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x5a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x2d, 0x4a, 0xc6));
    p.setColor(QPalette::Mid, QColor(0xc8, 0xcc, 0xd6));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9f, 0xab));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9f, 0xab));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9f, 0xab));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1e, 0x21, 0x28));
    p.setColor(QPalette::WindowText, QColor(0xe3, 0xe6, 0xed));
    p.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1d));
    p.setColor(QPalette::AlternateBase, QColor(0x1c, 0x1f, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x2a, 0x2e, 0x38));
    p.setColor(QPalette::ToolTipText, QColor(0xe3, 0xe6, 0xed));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x87, 0x96));
    p.setColor(QPalette::Text, QColor(0xe3, 0xe6, 0xed));
    p.setColor(QPalette::Button, QColor(0x2a, 0x2e, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xe3, 0xe6, 0xed));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x4c, 0x6a, 0xe8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8f, 0xa8, 0xff));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x3f, 0x4b));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x4b));
    p.setColor(QPalette::Dark, QColor(0x10, 0x12, 0x16));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6a, 0x70, 0x7d));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6a, 0x70, 0x7d));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6a, 0x70, 0x7d));
    return p;
}

} // namespace

std::optional<ColorScheme> colorSchemeFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"system"_s)
        return ColorScheme::System;
    if (t == u"light"_s)
        return ColorScheme::Light;
    if (t == u"dark"_s)
        return ColorScheme::Dark;
    return std::nullopt;
}

void applyColorScheme(QApplication &app, ColorScheme scheme)
{
    app.setStyle(QStyleFactory::create(u"Fusion"_s));
    bool dark = scheme == ColorScheme::Dark;
    if (scheme == ColorScheme::System)
        dark = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

bool isDarkPalette()
{
    const QPalette p = QGuiApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

} // namespace facet::ui
