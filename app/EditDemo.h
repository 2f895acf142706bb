// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QString>

#include <functional>

namespace facet::ui {
class MainWindow;
}

namespace facet::app {

/// For README screenshots (`facet --open Post --edit-demo staged|conflict`): once the current model tab has
/// rows, stages a few edits through the same paths a user's keys take (cell edits, Set NULL, a delete) and
/// opens the review panel; "conflict" then changes one edited row from another connection, as a colleague
/// would, and saves, so the conflict view opens. `ready` runs when the scene is set.
void runEditDemo(ui::MainWindow &window, const QString &scenario, std::function<void()> ready);

} // namespace facet::app
