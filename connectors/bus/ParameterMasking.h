// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "bus/QueryEvent.h"

#include <atomic>
#include <optional>

namespace facet::db {

/// A process-wide choice, changeable while statements run, of how parameter values appear in query events: the
/// query panel's "show values" setting. Each pool keeps its own PoolOptions::maskPolicy; an override set here
/// applies to every connection of the pools that share it, from their next statement on (connections read it per
/// event, so no pool needs re-opening). Thread-safe.
class ParameterMasking final {
public:
    /// The policy in force for a connection whose own option is `own`.
    [[nodiscard]] MaskPolicy effective(MaskPolicy own) const
    {
        const int value = m_override.load(std::memory_order_relaxed);
        return value < 0 ? own : MaskPolicy(value);
    }
    [[nodiscard]] std::optional<MaskPolicy> override() const
    {
        const int value = m_override.load(std::memory_order_relaxed);
        return value < 0 ? std::nullopt : std::optional(MaskPolicy(value));
    }
    /// nullopt: back to each pool's own policy.
    void setOverride(std::optional<MaskPolicy> policy) { m_override.store(policy ? int(*policy) : -1, std::memory_order_relaxed); }

private:
    std::atomic<int> m_override{-1};
};

} // namespace facet::db
