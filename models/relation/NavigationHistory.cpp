// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "NavigationHistory.h"

namespace facet::relation {

void NavigationHistory::visit(const Place &from, const Place &to)
{
    if (from == to)
        return;
    if (!from.model.isEmpty())
        m_back.append(from);
    if (m_back.size() > Limit)
        m_back.removeFirst();
    m_forward.clear();
}

std::optional<Place> NavigationHistory::back(const Place &current)
{
    if (m_back.isEmpty())
        return std::nullopt;
    m_forward.append(current);
    return m_back.takeLast();
}

std::optional<Place> NavigationHistory::forward(const Place &current)
{
    if (m_forward.isEmpty())
        return std::nullopt;
    m_back.append(current);
    return m_forward.takeLast();
}

} // namespace facet::relation
