// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "cellinput/ScalarInput.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace facet::cellinput::detail {

namespace {

using Temporal = db::ColumnType::Temporal;

QString expectedForm(Temporal temporal)
{
    switch (temporal) {
    case Temporal::Date:
        return u"YYYY-MM-DD"_s;
    case Temporal::Time:
        return u"HH:MM[:SS[.ffffff]]"_s;
    case Temporal::DateTime:
        break;
    }
    return u"YYYY-MM-DD HH:MM[:SS[.ffffff]][Z|±HH:MM]"_s;
}

int daysInMonth(int year, int month)
{
    static constexpr int Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : Days[month - 1];
}

// Names the field that is out of range when the text has the right shape, so the message can say
// "2023-02-29 does not exist" instead of "not a date".
std::optional<QString> fieldProblem(QStringView text)
{
    static const QRegularExpression Shape(
        uR"(^(\d+)-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?)?)"_s);
    const QRegularExpressionMatch m = Shape.matchView(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.capturedView(1).toInt();
    const int month = m.capturedView(2).toInt();
    const int day = m.capturedView(3).toInt();
    if (m.capturedView(1).size() != 4 || year < db::DateTime::MinYear || year > db::DateTime::MaxYear)
        return u"year %1 is outside 0001–9999"_s.arg(m.capturedView(1));
    if (month < 1 || month > 12)
        return u"month %1 does not exist"_s.arg(month);
    if (day < 1 || day > daysInMonth(year, month))
        return u"%1 does not exist (that month has %2 days)"_s.arg(m.capturedView(0).left(10)).arg(
            daysInMonth(year, month));
    if (m.hasCaptured(4) && m.capturedView(4).toInt() > 23)
        return u"hour %1 does not exist (0–23)"_s.arg(m.capturedView(4));
    if (m.hasCaptured(5) && m.capturedView(5).toInt() > 59)
        return u"minute %1 does not exist (0–59)"_s.arg(m.capturedView(5));
    if (m.hasCaptured(6) && m.capturedView(6).toInt() > 59)
        return u"second %1 does not exist (0–59; leap seconds are not stored)"_s.arg(m.capturedView(6));
    if (m.hasCaptured(7) && m.capturedView(7).size() > 6)
        return u"%1 fractional second digits; the finest a database keeps is 6 (microseconds)"_s.arg(
            m.capturedView(7).size());
    return std::nullopt;
}

int fractionDigitsNeeded(int microsecond)
{
    int digits = 6;
    while (digits > 0 && microsecond % 10 == 0) {
        microsecond /= 10;
        --digits;
    }
    return digits;
}

} // namespace

InputResult<db::Value> parseDateTime(QStringView text, const CellColumn &column, const InputOptions &options)
{
    const db::ColumnType &t = column.type;
    // A time column's value is a time of day; Prisma carries it as that time on 1970-01-01.
    const qsizetype colon = text.indexOf(u':');
    const qsizetype dash = text.indexOf(u'-');
    const bool timeOnly = t.temporal == Temporal::Time && colon >= 0 && (dash < 0 || colon < dash);
    const QString full = timeOnly ? u"1970-01-01T"_s + text : text.toString();
    std::optional<db::DateTime> parsed = db::DateTime::parseIso8601(full);
    if (!parsed) {
        // A valid reading whose zone moves it past year 1 or 9999 in UTC.
        static const QRegularExpression Zone(uR"((?<=\d)(Z|[+-]\d{2}(:?\d{2}(:\d{2})?)?)$)"_s);
        QString withoutZone = full;
        withoutZone.remove(Zone);
        if (withoutZone != full && db::DateTime::parseIso8601(withoutZone))
            return std::unexpected(inputError(column, u"%1 in UTC is outside years 0001–9999"_s.arg(text)));
        const QString what = fieldProblem(full).value_or(u"'%1' is not a %2 (%3)"_s.arg(
            text, t.temporal == Temporal::Date ? u"date"_s : t.temporal == Temporal::Time ? u"time"_s : u"date and time"_s,
            expectedForm(t.temporal)));
        return std::unexpected(inputError(column, what));
    }
    db::DateTime value = *parsed;
    if (t.hasTimeZone && !value.hasZone()) {
        // A reading typed without a zone is taken in the editor's zone (UTC unless the user picked another).
        const qint64 instant = value.unixMicros() - qint64(options.assumedOffsetSeconds) * db::DateTime::MicrosPerSecond;
        const auto zoned = db::DateTime::fromUnixMicros(instant, options.assumedOffsetSeconds);
        if (!zoned)
            return std::unexpected(inputError(column, u"%1 in that zone is outside years 0001–9999"_s.arg(text)));
        value = *zoned;
    } else if (!t.hasTimeZone && value.hasZone()) {
        // Columns without a zone hold the UTC reading, as Prisma writes them.
        if (!db::DateTime::fromUnixMicros(value.unixMicros(), std::nullopt))
            return std::unexpected(inputError(column, u"%1 in UTC is outside years 0001–9999"_s.arg(text)));
        value = value.withOffset(std::nullopt);
    }
    const db::DateTime::Fields f = (t.hasTimeZone ? value : value.withOffset(0)).fields();
    const int kept = std::clamp(t.fractionDigits, 0, 6);
    if (const int needed = fractionDigitsNeeded(f.microsecond); needed > kept)
        return std::unexpected(inputError(column, u"%1 fractional second digits, the column keeps %2"_s.arg(needed).arg(kept)));
    if (t.temporal == Temporal::Date && (f.hour || f.minute || f.second || f.microsecond))
        return std::unexpected(inputError(column, u"a date column has no time of day (%1)"_s.arg(expectedForm(t.temporal))));
    return db::Value::fromDateTime(value);
}

QString dateTimeText(const db::DateTime &value, const CellColumn &column)
{
    const db::ColumnType &t = column.type;
    const db::DateTime shown = t.hasTimeZone ? (value.hasZone() ? value : value.withOffset(0))
                                             : value.withOffset(std::nullopt);
    const QString iso = shown.toIso8601(-1);
    switch (t.temporal) {
    case Temporal::Date:
        return iso.left(10);
    case Temporal::Time:
        return iso.mid(11);
    case Temporal::DateTime:
        break;
    }
    return iso;
}

} // namespace facet::cellinput::detail
