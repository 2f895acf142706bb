// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "Decimal.h"

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

Decimal makeSpecial(Decimal::Special which)
{
    // Built through parse so the private members stay private without a friend.
    switch (which) {
    case Decimal::Special::NaN:
        return *Decimal::parse(u"NaN");
    case Decimal::Special::PositiveInfinity:
        return *Decimal::parse(u"Infinity");
    case Decimal::Special::NegativeInfinity:
        return *Decimal::parse(u"-Infinity");
    case Decimal::Special::None:
        break;
    }
    return {};
}

int specialRank(Decimal::Special s)
{
    switch (s) {
    case Decimal::Special::NegativeInfinity:
        return -1;
    case Decimal::Special::None:
        return 0;
    case Decimal::Special::PositiveInfinity:
        return 1;
    case Decimal::Special::NaN:
        return 2;
    }
    return 0;
}

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text)
{
    Decimal d;
    if (text.compare(u"NaN", Qt::CaseInsensitive) == 0) {
        d.m_special = Special::NaN;
        return d;
    }
    if (text.compare(u"Infinity", Qt::CaseInsensitive) == 0 || text.compare(u"+Infinity", Qt::CaseInsensitive) == 0) {
        d.m_special = Special::PositiveInfinity;
        return d;
    }
    if (text.compare(u"-Infinity", Qt::CaseInsensitive) == 0) {
        d.m_special = Special::NegativeInfinity;
        return d;
    }

    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    QByteArray digits;
    digits.reserve(text.size());
    int scale = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isAsciiDigit(c)) {
            seenDigit = true;
            digits.append(char(c.unicode()));
            if (seenPoint)
                ++scale;
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            return std::nullopt;
        }
    }
    if (!seenDigit)
        return std::nullopt;

    qsizetype firstNonZero = 0;
    while (firstNonZero < digits.size() - 1 && digits[firstNonZero] == '0')
        ++firstNonZero;
    digits.remove(0, firstNonZero);
    d.m_digits = digits;
    d.m_scale = scale;
    d.m_negative = negative && !d.isZero();
    return d;
}

Decimal Decimal::fromInt64(qint64 value)
{
    return *parse(QString::number(value));
}

Decimal Decimal::fromDouble(double value)
{
    if (std::isnan(value))
        return makeSpecial(Special::NaN);
    if (std::isinf(value))
        return makeSpecial(value > 0 ? Special::PositiveInfinity : Special::NegativeInfinity);
    // Fixed notation with the shortest round-trip digits: 0.1 stays "0.1", 1e20 becomes "100000000000000000000".
    char buffer[400];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    return *parse(QString::fromLatin1(buffer, result.ptr - buffer));
}

bool Decimal::isZero() const
{
    return m_special == Special::None && m_digits == "0";
}

int Decimal::trailingZeros() const
{
    if (isZero())
        return m_scale;
    int zeros = 0;
    for (qsizetype i = m_digits.size() - 1; i >= 0 && zeros < m_scale && m_digits[i] == '0'; --i)
        ++zeros;
    return zeros;
}

int Decimal::significantScale() const
{
    return m_scale - trailingZeros();
}

int Decimal::integerDigits() const
{
    if (isZero())
        return 0;
    return std::max(0, int(m_digits.size()) - m_scale);
}

int Decimal::precision() const
{
    return std::max(1, integerDigits() + significantScale());
}

bool Decimal::fits(int precision, int scale) const
{
    if (isSpecial())
        return false;
    return integerDigits() <= precision - scale && significantScale() <= scale;
}

QString Decimal::toString() const
{
    switch (m_special) {
    case Special::NaN:
        return u"NaN"_s;
    case Special::PositiveInfinity:
        return u"Infinity"_s;
    case Special::NegativeInfinity:
        return u"-Infinity"_s;
    case Special::None:
        break;
    }
    QByteArray digits = m_digits;
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QByteArray(m_scale + 1 - digits.size(), '0'));
        digits.insert(digits.size() - m_scale, '.');
    }
    if (m_negative)
        digits.prepend('-');
    return QString::fromLatin1(digits);
}

QString Decimal::toCanonicalString() const
{
    if (isSpecial())
        return toString();
    if (isZero())
        return u"0"_s;
    Decimal trimmed = *this;
    const int zeros = trailingZeros();
    trimmed.m_digits.chop(zeros);
    trimmed.m_scale -= zeros;
    return trimmed.toString();
}

std::strong_ordering Decimal::operator<=>(const Decimal &other) const
{
    if (isSpecial() || other.isSpecial())
        return specialRank(m_special) <=> specialRank(other.m_special);
    const bool neg = m_negative && !isZero();
    const bool otherNeg = other.m_negative && !other.isZero();
    if (neg != otherNeg)
        return neg ? std::strong_ordering::less : std::strong_ordering::greater;

    // Compare magnitudes: integer part by length then digits, then the fraction without trailing zeros.
    const auto parts = [](const Decimal &d) {
        const QString canonical = d.toCanonicalString();
        const QStringView body = QStringView(canonical).mid(canonical.startsWith(u'-') ? 1 : 0);
        const qsizetype point = body.indexOf(u'.');
        QString integer = (point < 0 ? body : body.left(point)).toString();
        if (integer == u"0"_s)
            integer.clear();
        return std::pair{integer, point < 0 ? QString() : body.mid(point + 1).toString()};
    };
    const auto [intA, fracA] = parts(*this);
    const auto [intB, fracB] = parts(other);
    std::strong_ordering magnitude = intA.size() <=> intB.size();
    if (magnitude == 0)
        magnitude = QString::compare(intA, intB) <=> 0;
    if (magnitude == 0)
        magnitude = QString::compare(fracA, fracB) <=> 0;
    if (neg)
        return 0 <=> magnitude;
    return magnitude;
}

} // namespace facet::db
