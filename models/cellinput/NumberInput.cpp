// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "cellinput/ScalarInput.h"

#include <QRegularExpression>

#include <cctype>
#include <charconv>
#include <limits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace facet::cellinput::detail {

namespace {

// The first character that makes `text` something other than [+-]digits, or -1.
qsizetype firstNonDigit(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool sign = i == 0 && (text[i] == u'-' || text[i] == u'+');
        if (!sign && (text[i] < u'0' || text[i] > u'9'))
            return i;
    }
    return text.size() == 1 && !text[0].isDigit() ? 0 : -1;
}

struct IntegerRange {
    qint64 min;
    qint64 max;
};

IntegerRange rangeOf(const db::ColumnType &type)
{
    const int bits = type.integerBits > 0 ? type.integerBits : (type.kind == db::ScalarKind::Int ? 32 : 64);
    if (type.isUnsigned)
        return {0, bits >= 64 ? std::numeric_limits<qint64>::max() : (qint64(1) << bits) - 1};
    if (bits >= 64)
        return {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
    return {-(qint64(1) << (bits - 1)), (qint64(1) << (bits - 1)) - 1};
}

// "the largest Int" for the plain Prisma widths, "the largest value of the column" for narrower ones.
QString boundName(const CellColumn &column, bool largest)
{
    const db::ColumnType &t = column.type;
    const bool plain = !t.isUnsigned
                       && (t.integerBits == 0 || t.integerBits == (t.kind == db::ScalarKind::Int ? 32 : 64));
    const QString which = largest ? u"largest"_s : u"smallest"_s;
    return plain ? u"the %1 %2"_s.arg(which, db::scalarKindName(t.kind)) : u"the %1 value the column holds"_s.arg(which);
}

InputError outOfRange(const CellColumn &column, QStringView text, bool above, qint64 bound)
{
    return inputError(column, u"%1 is %2 %3 (%4)"_s.arg(text, above ? u"above"_s : u"below"_s,
                                                          boundName(column, above)).arg(bound));
}

} // namespace

InputResult<db::Value> parseInteger(QStringView text, const CellColumn &column)
{
    if (const qsizetype bad = firstNonDigit(text); bad >= 0) {
        // "1.5" and "1e3" are numbers, just not whole ones; anything else gets the position of the fault.
        static const QRegularExpression Number(uR"(^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$)"_s);
        const bool looksDecimal = Number.matchView(text).hasMatch();
        return std::unexpected(inputError(column,
                                          looksDecimal ? u"%1 is not a whole number"_s.arg(text)
                                                       : u"'%1' is not a whole number ('%2' at position %3)"_s.arg(
                                                             text, text.mid(bad, 1)).arg(bad + 1),
                                          bad));
    }
    const bool negative = text.startsWith(u'-');
    QStringView digits = text.mid(text.startsWith(u'-') || text.startsWith(u'+') ? 1 : 0);
    while (digits.size() > 1 && digits.startsWith(u'0'))
        digits = digits.mid(1);
    const IntegerRange range = rangeOf(column.type);
    // Anything longer than 19 digits, or 19 digits above 2^63, is beyond qint64 whatever the column: compare
    // as text so that no overflow happens on the way.
    constexpr QStringView MaxText = u"9223372036854775807";
    constexpr QStringView MinText = u"9223372036854775808";
    const QStringView limit = negative ? MinText : MaxText;
    if (digits.size() > limit.size() || (digits.size() == limit.size() && digits.compare(limit) > 0))
        return std::unexpected(outOfRange(column, text, !negative, negative ? range.min : range.max));
    qint64 v = 0;
    if (negative && digits == MinText) {
        v = std::numeric_limits<qint64>::min();
    } else {
        for (const QChar c : digits)
            v = v * 10 + (c.unicode() - u'0');
        if (negative)
            v = -v;
    }
    if (v > range.max)
        return std::unexpected(outOfRange(column, text, true, range.max));
    if (v < range.min)
        return std::unexpected(outOfRange(column, text, false, range.min));
    return column.type.kind == db::ScalarKind::Int ? db::Value::fromInt(qint32(v)) : db::Value::fromBigInt(v);
}

InputResult<db::Value> parseFloat(QStringView text, const CellColumn &column)
{
    double v = 0;
    if (text.compare(u"NaN", Qt::CaseInsensitive) == 0) {
        v = std::numeric_limits<double>::quiet_NaN();
    } else if (text.compare(u"Infinity", Qt::CaseInsensitive) == 0 || text.compare(u"+Infinity", Qt::CaseInsensitive) == 0) {
        v = std::numeric_limits<double>::infinity();
    } else if (text.compare(u"-Infinity", Qt::CaseInsensitive) == 0) {
        v = -std::numeric_limits<double>::infinity();
    } else {
        const QByteArray latin = (text.startsWith(u'+') ? text.mid(1) : text).toLatin1();
        // from_chars also reads "inf" and "nan"; those are spelled out above, so a number starts with a digit
        // or a point (after an optional minus).
        const qsizetype first = latin.startsWith('-') ? 1 : 0;
        const bool numeric = first < latin.size() && (std::isdigit(uchar(latin[first])) || latin[first] == '.');
        const auto [end, ec] = std::from_chars(latin.cbegin(), latin.cend(), v);
        const qsizetype consumed = end - latin.cbegin();
        if (!numeric || ec == std::errc::invalid_argument || consumed != latin.size())
            return std::unexpected(inputError(column, u"'%1' is not a number"_s.arg(text), numeric ? consumed : 0));
        if (ec == std::errc::result_out_of_range) {
            // from_chars leaves v alone then; a negative exponent means too small, else too large. Too small
            // is refused too: it would silently become 0 or lose digits as a subnormal.
            const bool tiny = latin.contains("e-") || latin.contains("E-");
            return std::unexpected(inputError(column, tiny ? u"%1 is too close to zero for a Float"_s.arg(text)
                                                           : u"%1 is beyond the largest Float (±1.7976931348623157e308)"_s.arg(text)));
        }
    }
    if (!std::isfinite(v) && !column.type.allowsNonFinite)
        return std::unexpected(inputError(column, u"%1: the database has no NaN or Infinity"_s.arg(text)));
    return db::Value::fromFloat(v);
}

InputResult<db::Value> parseDecimal(QStringView text, const CellColumn &column)
{
    const std::optional<db::Decimal> parsed = db::Decimal::parse(text);
    if (!parsed) {
        qsizetype bad = 0;
        bool seenPoint = false;
        for (; bad < text.size(); ++bad) {
            const QChar c = text[bad];
            if ((c == u'-' || c == u'+') && bad == 0)
                continue;
            if (c == u'.' && !seenPoint) {
                seenPoint = true;
                continue;
            }
            if (!c.isDigit())
                break;
        }
        const bool exponent = bad < text.size() && (text[bad] == u'e' || text[bad] == u'E');
        return std::unexpected(inputError(
            column,
            exponent ? u"write %1 out digit by digit; an exponent is not exact decimal text"_s.arg(text)
                     : u"'%1' is not a decimal number (digits with an optional point)"_s.arg(text),
            bad < text.size() ? bad : -1));
    }
    const db::Decimal &d = *parsed;
    const db::ColumnType &t = column.type;
    if (d.isSpecial()) {
        if (t.precision >= 0)
            return std::unexpected(inputError(column, u"%1 cannot be stored in a bounded Decimal"_s.arg(text)));
    } else if (t.precision >= 0) {
        const int scale = std::max(0, t.scale);
        if (d.integerDigits() > t.precision - scale)
            return std::unexpected(inputError(column, u"%1 digits before the point, the column allows %2"_s.arg(
                                                          d.integerDigits()).arg(t.precision - scale)));
        if (d.significantScale() > scale)
            return std::unexpected(inputError(column, u"%1 digits after the point, the column keeps %2"_s.arg(
                                                          d.significantScale()).arg(scale)));
    }
    return db::Value::fromDecimal(d);
}

} // namespace facet::cellinput::detail
