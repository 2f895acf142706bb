// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "filter/FilterCondition.h"

#include <QList>
#include <QString>

#include <optional>

namespace facet::relation {

/// Where the user was: a model's tab with its filter chips.
struct Place {
    QString model;
    QList<filter::FilterCondition> chips;
    bool operator==(const Place &) const = default;
};

/// Back/forward across relation navigations, as a browser does: visiting a new place drops the forward
/// entries; going back from the present remembers it so forward returns to it.
class NavigationHistory final {
public:
    /// Leaving `from` for `to`: `from` becomes the back entry.
    void visit(const Place &from, const Place &to);
    /// The place to show when going back from `current` (which becomes the forward entry), or nullopt.
    [[nodiscard]] std::optional<Place> back(const Place &current);
    [[nodiscard]] std::optional<Place> forward(const Place &current);
    [[nodiscard]] bool canGoBack() const { return !m_back.isEmpty(); }
    [[nodiscard]] bool canGoForward() const { return !m_forward.isEmpty(); }

private:
    static constexpr qsizetype Limit = 100;
    QList<Place> m_back;
    QList<Place> m_forward;
};

} // namespace facet::relation
