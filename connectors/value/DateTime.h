// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace facet::db {

/// A point in time with microsecond precision, for Prisma's DateTime. QDateTime has only milliseconds and
/// PostgreSQL keeps microseconds, so this is its own type. Years 1..9999 (what ISO-8601 basic text, MySQL and
/// JavaScript dates share), including before 1970 and after 2038 (64-bit arithmetic throughout).
///
/// Two flavours, because databases have both:
///  - zoned: an instant (microseconds since 1970-01-01T00:00:00Z) plus the UTC offset it was written with
///    (timestamptz, ISO text with `Z`/`+hh:mm`); the offset only affects how it prints.
///  - no zone: a wall-clock reading (timestamp without time zone, MySQL DATETIME); stored as if it were UTC.
///    Prisma reads and writes these as UTC, so toUtcIso8601() prints them with `Z`.
class DateTime final {
public:
    static constexpr qint64 MicrosPerSecond = 1'000'000;
    static constexpr qint64 MicrosPerDay = 86'400 * MicrosPerSecond;

    /// 1970-01-01T00:00:00, no zone.
    DateTime() = default;

    /// Builds from fields; std::nullopt when a field is out of range (month 13, Feb 30, year 0 ...).
    [[nodiscard]] static std::optional<DateTime> fromFields(int year, int month, int day, int hour = 0, int minute = 0,
                                                            int second = 0, int microsecond = 0,
                                                            std::optional<int> offsetSeconds = std::nullopt);
    /// An instant; std::nullopt when it, or its reading in offsetSeconds, is outside years 1..9999.
    /// offsetSeconds only selects how it prints.
    [[nodiscard]] static std::optional<DateTime> fromUnixMicros(qint64 micros,
                                                                std::optional<int> offsetSeconds = 0);
    [[nodiscard]] static std::optional<DateTime> fromUnixMillis(qint64 millis) { return fromUnixMicros(millis * 1000); }

    /// ISO-8601 / RFC 3339 and the forms databases print: `YYYY-MM-DD`, then `T` or a space, `HH:MM[:SS[.f]]`
    /// with 1–6 fractional digits, then nothing (no zone), `Z`, or `±HH`, `±HHMM`, `±HH:MM`, `±HH:MM:SS`.
    [[nodiscard]] static std::optional<DateTime> parseIso8601(QStringView text);

    [[nodiscard]] bool hasZone() const { return m_offsetSeconds.has_value(); }
    [[nodiscard]] std::optional<int> offsetSeconds() const { return m_offsetSeconds; }
    /// Microseconds since the epoch in UTC; for a no-zone value, of the wall-clock reading taken as UTC.
    [[nodiscard]] qint64 unixMicros() const { return m_micros; }
    /// The same instant printed with another offset (or no zone: the UTC reading).
    [[nodiscard]] DateTime withOffset(std::optional<int> offsetSeconds) const;

    /// Wall-clock fields in the value's own offset.
    struct Fields {
        int year, month, day, hour, minute, second, microsecond;
    };
    [[nodiscard]] Fields fields() const;

    /// `YYYY-MM-DDTHH:MM:SS[.ffffff]` in the value's offset, with `Z`/`±HH:MM` when zoned.
    /// fractionDigits: 0, 3 or 6; -1 picks the fewest of those that show the value exactly.
    [[nodiscard]] QString toIso8601(int fractionDigits = -1) const;
    /// Prisma's form: UTC with `Z` and milliseconds, or microseconds when the value has them.
    [[nodiscard]] QString toUtcIso8601() const;
    /// `YYYY-MM-DD HH:MM:SS[.ffffff]` in UTC without zone: what MySQL DATETIME and SQL literals accept.
    [[nodiscard]] QString toSqlUtc(int fractionDigits = -1) const;

    /// Instants compare (a zoned value and its UTC form are equal); then the offset breaks ties so that
    /// == means the same text.
    [[nodiscard]] std::strong_ordering operator<=>(const DateTime &other) const;
    [[nodiscard]] bool operator==(const DateTime &other) const { return (*this <=> other) == 0; }
    /// The same instant regardless of offset or zone flag.
    [[nodiscard]] bool sameInstant(const DateTime &other) const { return m_micros == other.m_micros; }

    static constexpr int MinYear = 1;
    static constexpr int MaxYear = 9999;

private:
    qint64 m_micros = 0;
    std::optional<int> m_offsetSeconds;
};

} // namespace facet::db
