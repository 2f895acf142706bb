// SPDX-License-Identifier: MIT
#pragma once

#include "TextHash.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace facet::schema {

// Hands out one shared QString per distinct text, for the parser's identifiers and literals.
//
// A schema repeats a few thousand distinct names (`id`, `String`, `default`, its field names) tens of
// thousands of times; one implicitly shared QString per distinct text saves an allocation and a free per
// occurrence and keeps the AST small (docs/BENCHMARKS.md, issue 3). An open-addressing table with TextHash.h's
// hash rather than QHash<QStringView, QString>: Qt's string hash was the largest single cost of that
// lookup on these short keys. Looked-up views must outlive the pool (the parser's file text does).
class StringPool
{
public:
    StringPool()
        : m_slots(initialSlots)
        , m_mask(initialSlots - 1)
    {
    }

    // Inline, the hit path only: a lookup per identifier of the file, and a call with its register saves
    // was a visible part of the ~130 instructions it took (docs/BENCHMARKS.md, issue 3).
    QString get(QStringView text)
    {
        const uint32_t hash = hashOf(text);
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (!slot.used)
                return insert(i, hash, text);
            if (slot.hash == hash && text::equal(slot.key, text))
                return slot.value;
        }
    }

private:
    struct Slot {
        bool used = false;
        uint32_t hash = 0;
        QStringView key;
        QString value;
    };

    static constexpr size_t initialSlots = 256;

    static uint32_t hashOf(QStringView text) { return uint32_t(text::hash(text)); }

    // A new text: a free slot was found at `index`. The table grows after the insertion, so that a lookup
    // never has to check the load first.
    Q_NEVER_INLINE QString insert(size_t index, uint32_t hash, QStringView text)
    {
        Slot &slot = m_slots[index];
        slot.used = true;
        slot.hash = hash;
        slot.key = text;
        slot.value = text.toString();
        QString value = slot.value;
        if (++m_count * 2 >= m_slots.size()) // at most half full: short probe runs
            grow();
        return value;
    }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.size() * 2, Slot{});
        m_mask = m_slots.size() - 1;
        for (Slot &slot : old) {
            if (!slot.used)
                continue;
            size_t i = slot.hash & m_mask;
            while (m_slots[i].used)
                i = (i + 1) & m_mask;
            m_slots[i] = std::move(slot);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_mask;
    size_t m_count = 0;
};

} // namespace facet::schema
