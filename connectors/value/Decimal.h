// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace facet::db {

/// An exact decimal number kept as its digits, never as a double: Prisma's Decimal (Decimal(65,30) on
/// MySQL/PostgreSQL, PostgreSQL's unbounded numeric). No arithmetic on purpose; the studio only reads, compares,
/// checks and writes values. PostgreSQL's special numeric values NaN, Infinity and -Infinity are kept too.
class Decimal final {
public:
    enum class Special { None, NaN, PositiveInfinity, NegativeInfinity };

    /// Zero.
    Decimal() = default;

    /// Parses plain decimal notation: optional sign, digits, optional point and digits ("-12.50", ".5", "5.").
    /// Exponents ("1e5"), spaces, thousands separators and anything else are refused: a value that is not
    /// written out digit by digit is not exact text. "NaN", "Infinity" and "-Infinity" (PostgreSQL's
    /// spelling, case-insensitive) give the special values.
    [[nodiscard]] static std::optional<Decimal> parse(QStringView text);
    [[nodiscard]] static Decimal fromInt64(qint64 value);
    /// The shortest decimal that reads back as exactly this double (for REAL storage in SQLite, FLOAT columns).
    [[nodiscard]] static Decimal fromDouble(double value);

    /// Text as parsed, keeping trailing fractional zeros (scale), like PostgreSQL prints numeric(65,30).
    [[nodiscard]] QString toString() const;
    /// The one text per value: no trailing fractional zeros, no "-0" ("1.50" → "1.5", "-0.0" → "0"). This
    /// is what Prisma's Decimal.js prints and what JSON output uses.
    [[nodiscard]] QString toCanonicalString() const;

    [[nodiscard]] Special special() const { return m_special; }
    [[nodiscard]] bool isSpecial() const { return m_special != Special::None; }
    [[nodiscard]] bool isNegative() const { return m_negative; }
    [[nodiscard]] bool isZero() const;

    /// Digits after the point as written (numeric's display scale).
    [[nodiscard]] int scale() const { return m_scale; }
    /// Significant fractional digits (trailing zeros removed).
    [[nodiscard]] int significantScale() const;
    /// Digits before the point, leading zeros removed (0 for |x| < 1).
    [[nodiscard]] int integerDigits() const;
    /// Total digits in SQL's sense: integerDigits() + significantScale(); at least 1.
    [[nodiscard]] int precision() const;

    /// True when a DECIMAL(precision, scale) column stores this value without rounding or overflow.
    /// Special values never fit a bounded column.
    [[nodiscard]] bool fits(int precision, int scale) const;

    /// Numeric order; NaN sorts above everything and equals itself, as in PostgreSQL.
    [[nodiscard]] std::strong_ordering operator<=>(const Decimal &other) const;
    [[nodiscard]] bool operator==(const Decimal &other) const { return (*this <=> other) == 0; }

private:
    [[nodiscard]] int trailingZeros() const;

    QByteArray m_digits = "0";  ///< ASCII digits of the unscaled value, no leading zeros ("0" for zero)
    int m_scale = 0;            ///< how many of m_digits are after the point (may exceed m_digits.size())
    bool m_negative = false;    ///< sign as written; -0 compares equal to 0
    Special m_special = Special::None;
};

} // namespace facet::db
