// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QString>

#include <functional>

namespace facet::ui {
class MainWindow;
}

namespace facet::app {

/// For README screenshots (`facet --open Post --edit-demo staged|conflict|record|conflict-edit`): once the
/// current model tab has rows, stages a few edits through the same paths a user's keys take (cell edits, Set
/// NULL, a delete) and opens the review panel; "record" then opens the record view of the first row and edits
/// in it; "conflict" changes one edited row from another connection, as a colleague would, and saves, so the
/// conflict view opens ("conflict-edit" also types a value to save there). `ready` runs when the scene is set.
void runEditDemo(ui::MainWindow &window, const QString &scenario, std::function<void()> ready);

} // namespace facet::app
