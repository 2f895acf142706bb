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
    QString get(QStringView text)
    {
        if (m_count * 2 >= m_slots.size()) // at most half full: short probe runs
            grow();
        const uint32_t hash = hashOf(text);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (!slot.used) {
                slot.used = true;
                slot.hash = hash;
                slot.key = text;
                slot.value = text.toString();
                ++m_count;
                return slot.value;
            }
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

    static uint32_t hashOf(QStringView text) { return uint32_t(text::hash(text)); }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 256 : old.size() * 2, Slot{});
        const size_t mask = m_slots.size() - 1;
        for (Slot &slot : old) {
            if (!slot.used)
                continue;
            size_t i = slot.hash & mask;
            while (m_slots[i].used)
                i = (i + 1) & mask;
            m_slots[i] = std::move(slot);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

} // namespace facet::schema
