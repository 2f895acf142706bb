// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

namespace KSyntaxHighlighting {
class Repository;
class Theme;
}

namespace facet::ui {

/// The one KSyntaxHighlighting repository of the application (loading definitions is not free). It also
/// finds Facet's bundled Prisma definition, which the library itself does not ship, through the
/// `:/org.kde.syntax-highlighting/syntax-addons` resource folder. GUI thread only.
[[nodiscard]] KSyntaxHighlighting::Repository &syntaxRepository();

/// The light or dark default theme matching the current palette.
[[nodiscard]] KSyntaxHighlighting::Theme syntaxThemeForPalette();

} // namespace facet::ui
