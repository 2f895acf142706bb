// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QString>

#include <optional>

class QApplication;

namespace facet::ui {

/// Light, dark, or whatever the desktop says. Facet uses the Fusion style with its own palettes so both
/// schemes look the same on every desktop (and under Xvfb, which has no platform theme).
enum class ColorScheme { System, Light, Dark };

/// Parses "system", "light" or "dark" (case-insensitive).
[[nodiscard]] std::optional<ColorScheme> colorSchemeFromString(const QString &text);

/// Applies the scheme to the application: style, palette and the colour hints the views use.
void applyColorScheme(QApplication &app, ColorScheme scheme);

/// True when the effective palette is dark (used to pick syntax-highlighting themes and icons).
[[nodiscard]] bool isDarkPalette();

} // namespace facet::ui
