// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <cstdint>
#include <cstring>

namespace facet::schema {

// A hash and an equality test for the short texts of a schema (names, constraint names), eight bytes at a
// time and inline. Qt's qHash(QStringView) is an out-of-line call that costs about 100 instructions on
// such keys and was the largest single cost of the constraint-name checks on large schemas; the parser's
// string pool had the same problem with a character-at-a-time FNV-1a (docs/BENCHMARKS.md, issue 3).
// Not for untrusted keys in a hash table an attacker can fill: there is no per-process seed.
namespace text {

namespace detail {
inline uint64_t load(const char *p, size_t n) // 1 <= n <= 8
{
    uint64_t w = 0;
    if (n == 8) {
        std::memcpy(&w, p, 8);
    } else {
        if (n & 4) {
            uint32_t v;
            std::memcpy(&v, p, 4);
            w = v;
            p += 4;
        }
        if (n & 2) {
            uint16_t v;
            std::memcpy(&v, p, 2);
            w = (w << 16) ^ v;
        }
    }
    return w;
}

inline uint64_t mix(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 31);
}
} // namespace detail

inline uint64_t hash(QStringView s, uint64_t seed = 0)
{
    const char *p = reinterpret_cast<const char *>(s.data());
    size_t n = size_t(s.size()) * sizeof(char16_t);
    uint64_t h = seed ^ (n * 0x9e3779b97f4a7c15ull);
    for (; n >= 8; p += 8, n -= 8)
        h = detail::mix(h, detail::load(p, 8));
    if (n)
        h = detail::mix(h, detail::load(p, n));
    h *= 0x94d049bb133111ebull;
    return h ^ (h >> 32);
}

inline bool equal(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    const char *p = reinterpret_cast<const char *>(a.data());
    const char *q = reinterpret_cast<const char *>(b.data());
    size_t n = size_t(a.size()) * sizeof(char16_t);
    for (; n >= 8; p += 8, q += 8, n -= 8) {
        if (detail::load(p, 8) != detail::load(q, 8))
            return false;
    }
    return n == 0 || detail::load(p, n) == detail::load(q, n);
}

} // namespace text
} // namespace facet::schema
