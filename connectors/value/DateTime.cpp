// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "DateTime.h"

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

// Howard Hinnant's civil-date algorithms: proleptic Gregorian calendar, exact in 64-bit for any year here.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, int &year, int &month, int &day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(qint64(yoe) + era * 400 + (month <= 2));
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

const qint64 MinMicros = daysFromCivil(DateTime::MinYear, 1, 1) * DateTime::MicrosPerDay;
const qint64 MaxMicros = daysFromCivil(DateTime::MaxYear + 1, 1, 1) * DateTime::MicrosPerDay - 1;

// Reads exactly n ASCII digits at pos.
std::optional<int> digitsAt(QStringView s, qsizetype pos, int n)
{
    if (pos + n > s.size())
        return std::nullopt;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const QChar c = s[pos + i];
        if (c < u'0' || c > u'9')
            return std::nullopt;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

QString pad(qint64 v, int width)
{
    return QString::number(v).rightJustified(width, u'0');
}

QString fraction(int micros, int digits)
{
    if (digits <= 0)
        return {};
    const QString six = pad(micros, 6);
    return u'.' + six.left(digits);
}

int autoDigits(int micros)
{
    if (micros == 0)
        return 0;
    return micros % 1000 == 0 ? 3 : 6;
}

QString offsetText(int offset)
{
    if (offset == 0)
        return u"Z"_s;
    const int a = offset < 0 ? -offset : offset;
    QString text = (offset < 0 ? u"-"_s : u"+"_s) + pad(a / 3600, 2) + u':' + pad(a / 60 % 60, 2);
    if (a % 60 != 0)
        text += u':' + pad(a % 60, 2);
    return text;
}

} // namespace

std::optional<DateTime> DateTime::fromFields(int year, int month, int day, int hour, int minute, int second,
                                             int microsecond, std::optional<int> offsetSeconds)
{
    if (year < MinYear || year > MaxYear || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || microsecond < 0
        || microsecond >= MicrosPerSecond)
        return std::nullopt;
    if (offsetSeconds && (*offsetSeconds <= -24 * 3600 || *offsetSeconds >= 24 * 3600))
        return std::nullopt;
    const qint64 local = daysFromCivil(year, unsigned(month), unsigned(day)) * MicrosPerDay
                         + (qint64(hour) * 3600 + minute * 60 + second) * MicrosPerSecond + microsecond;
    return fromUnixMicros(local - qint64(offsetSeconds.value_or(0)) * MicrosPerSecond, offsetSeconds);
}

std::optional<DateTime> DateTime::fromUnixMicros(qint64 micros, std::optional<int> offsetSeconds)
{
    // Both the instant (printed in UTC for Prisma) and the reading in its own offset must stay in 1..9999.
    const qint64 local = micros + qint64(offsetSeconds.value_or(0)) * MicrosPerSecond;
    if (local < MinMicros || local > MaxMicros || micros < MinMicros || micros > MaxMicros)
        return std::nullopt;
    DateTime dt;
    dt.m_micros = micros;
    dt.m_offsetSeconds = offsetSeconds;
    return dt;
}

std::optional<DateTime> DateTime::parseIso8601(QStringView s)
{
    const auto year = digitsAt(s, 0, 4);
    const auto month = digitsAt(s, 5, 2);
    const auto day = digitsAt(s, 8, 2);
    if (!year || !month || !day || s.size() < 10 || s[4] != u'-' || s[7] != u'-')
        return std::nullopt;
    qsizetype pos = 10;
    int hour = 0, minute = 0, second = 0, micros = 0;
    if (pos < s.size() && (s[pos] == u'T' || s[pos] == u't' || s[pos] == u' ')) {
        const auto h = digitsAt(s, pos + 1, 2);
        const auto m = digitsAt(s, pos + 4, 2);
        if (!h || !m || s[pos + 3] != u':')
            return std::nullopt;
        hour = *h;
        minute = *m;
        pos += 6;
        if (pos < s.size() && s[pos] == u':') {
            const auto sec = digitsAt(s, pos + 1, 2);
            if (!sec)
                return std::nullopt;
            second = *sec;
            pos += 3;
            if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
                ++pos;
                int n = 0;
                while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
                    // Beyond microseconds a value is no longer exact here: refuse rather than round.
                    if (++n > 6)
                        return std::nullopt;
                    micros = micros * 10 + (s[pos].unicode() - u'0');
                    ++pos;
                }
                if (n == 0)
                    return std::nullopt;
                for (int i = n; i < 6; ++i)
                    micros *= 10;
            }
        }
    }
    std::optional<int> offset;
    if (pos < s.size()) {
        if (s[pos] == u'Z' || s[pos] == u'z') {
            offset = 0;
            ++pos;
        } else if (s[pos] == u'+' || s[pos] == u'-') {
            const int sign = s[pos] == u'-' ? -1 : 1;
            ++pos;
            const auto oh = digitsAt(s, pos, 2);
            if (!oh)
                return std::nullopt;
            pos += 2;
            int om = 0, os = 0;
            if (pos < s.size() && s[pos] == u':') {
                const auto m = digitsAt(s, pos + 1, 2);
                if (!m)
                    return std::nullopt;
                om = *m;
                pos += 3;
                if (pos < s.size() && s[pos] == u':') {
                    const auto sec = digitsAt(s, pos + 1, 2);
                    if (!sec)
                        return std::nullopt;
                    os = *sec;
                    pos += 3;
                }
            } else if (const auto m = digitsAt(s, pos, 2)) {
                om = *m;
                pos += 2;
            }
            if (*oh > 23 || om > 59 || os > 59)
                return std::nullopt;
            offset = sign * (*oh * 3600 + om * 60 + os);
        }
    }
    if (pos != s.size())
        return std::nullopt;
    return fromFields(*year, *month, *day, hour, minute, second, micros, offset);
}

DateTime DateTime::withOffset(std::optional<int> offsetSeconds) const
{
    DateTime dt = *this;
    dt.m_offsetSeconds = offsetSeconds;
    return dt;
}

DateTime::Fields DateTime::fields() const
{
    const qint64 local = m_micros + qint64(m_offsetSeconds.value_or(0)) * MicrosPerSecond;
    qint64 days = local / MicrosPerDay;
    qint64 rest = local % MicrosPerDay;
    if (rest < 0) { // before 1970: floor, not truncate
        rest += MicrosPerDay;
        --days;
    }
    Fields f{};
    civilFromDays(days, f.year, f.month, f.day);
    const qint64 seconds = rest / MicrosPerSecond;
    f.hour = int(seconds / 3600);
    f.minute = int(seconds / 60 % 60);
    f.second = int(seconds % 60);
    f.microsecond = int(rest % MicrosPerSecond);
    return f;
}

QString DateTime::toIso8601(int fractionDigits) const
{
    const Fields f = fields();
    const int digits = fractionDigits < 0 ? autoDigits(f.microsecond) : fractionDigits;
    QString text = pad(f.year, 4) + u'-' + pad(f.month, 2) + u'-' + pad(f.day, 2) + u'T' + pad(f.hour, 2) + u':'
                   + pad(f.minute, 2) + u':' + pad(f.second, 2) + fraction(f.microsecond, digits);
    if (m_offsetSeconds)
        text += offsetText(*m_offsetSeconds);
    return text;
}

QString DateTime::toUtcIso8601() const
{
    const DateTime utc = withOffset(0);
    return utc.toIso8601(utc.fields().microsecond % 1000 == 0 ? 3 : 6);
}

QString DateTime::toSqlUtc(int fractionDigits) const
{
    QString text = withOffset(std::nullopt).toIso8601(fractionDigits);
    text[10] = u' ';
    return text;
}

std::strong_ordering DateTime::operator<=>(const DateTime &other) const
{
    if (const auto c = m_micros <=> other.m_micros; c != 0)
        return c;
    if (m_offsetSeconds.has_value() != other.m_offsetSeconds.has_value())
        return m_offsetSeconds.has_value() ? std::strong_ordering::greater : std::strong_ordering::less;
    return m_offsetSeconds.value_or(0) <=> other.m_offsetSeconds.value_or(0);
}

} // namespace facet::db
