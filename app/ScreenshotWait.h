// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <functional>

namespace facet::ui {
class MainWindow;
}

namespace facet::app {

/// Calls `ready` (once, from the event loop) when the window's current model tab shows what a user would see:
/// the rows in view loaded and, since relation labels come from a second statement after the rows, the labels
/// of those rows arrived. Driven by the grid's and the labels' signals, not by a sleep; a tab that is not a
/// model grid is ready at once. After `timeoutMs` it gives up waiting (and says so on stderr), so a database
/// that never answers cannot hang `make screenshot`.
void whenCurrentTabSettled(ui::MainWindow &window, std::function<void()> ready, int timeoutMs = 20000);

} // namespace facet::app
