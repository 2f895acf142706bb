// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "value/DateTime.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;

class TestDateTime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesAndFormatsEdgeCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("unixMicros");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("utc");
        QTest::newRow("first day of year 1") << u"0001-01-01T00:00:00Z"_s << Q_INT64_C(-62135596800000000)
                                             << u"0001-01-01T00:00:00Z"_s << u"0001-01-01T00:00:00.000Z"_s;
        QTest::newRow("last microsecond before the epoch")
            << u"1969-12-31T23:59:59.999999Z"_s << Q_INT64_C(-1) << u"1969-12-31T23:59:59.999999Z"_s
            << u"1969-12-31T23:59:59.999999Z"_s;
        QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << Q_INT64_C(0) << u"1970-01-01T00:00:00Z"_s
                               << u"1970-01-01T00:00:00.000Z"_s;
        QTest::newRow("one second past 32-bit time_t") << u"2038-01-19T03:14:08Z"_s << Q_INT64_C(2147483648000000)
                                                       << u"2038-01-19T03:14:08Z"_s << u"2038-01-19T03:14:08.000Z"_s;
        QTest::newRow("last microsecond of 9999") << u"9999-12-31T23:59:59.999999Z"_s
                                                  << Q_INT64_C(253402300799999999) << u"9999-12-31T23:59:59.999999Z"_s
                                                  << u"9999-12-31T23:59:59.999999Z"_s;
        QTest::newRow("leap day") << u"2024-02-29T12:00:00.5Z"_s << Q_INT64_C(1709208000500000)
                                  << u"2024-02-29T12:00:00.500Z"_s << u"2024-02-29T12:00:00.500Z"_s;
        QTest::newRow("positive offset") << u"2024-01-01T01:30:00+05:30"_s << Q_INT64_C(1704052800000000)
                                         << u"2024-01-01T01:30:00+05:30"_s << u"2023-12-31T20:00:00.000Z"_s;
        QTest::newRow("PostgreSQL short offset") << u"1900-06-01 00:00:00.123-08"_s << Q_INT64_C(-2195913599877000)
                                                 << u"1900-06-01T00:00:00.123-08:00"_s << u"1900-06-01T08:00:00.123Z"_s;
        QTest::newRow("LMT offset with seconds") << u"1890-01-01 00:00:00+00:53:28"_s << Q_INT64_C(-2524524808000000)
                                                 << u"1890-01-01T00:00:00+00:53:28"_s << u"1889-12-31T23:06:32.000Z"_s;
        QTest::newRow("compact offset") << u"2000-01-01T00:00:00-0130"_s << Q_INT64_C(946690200000000)
                                        << u"2000-01-01T00:00:00-01:30"_s << u"2000-01-01T01:30:00.000Z"_s;
        QTest::newRow("no zone (timestamp without time zone)")
            << u"2024-05-06 07:08:09.012345"_s << Q_INT64_C(1714979289012345) << u"2024-05-06T07:08:09.012345"_s
            << u"2024-05-06T07:08:09.012345Z"_s;
        QTest::newRow("CURRENT_TIMESTAMP form") << u"2024-05-06 07:08:09"_s << Q_INT64_C(1714979289000000)
                                                << u"2024-05-06T07:08:09"_s << u"2024-05-06T07:08:09.000Z"_s;
        QTest::newRow("date only") << u"1960-02-29"_s << Q_INT64_C(-310521600000000) << u"1960-02-29T00:00:00"_s
                                   << u"1960-02-29T00:00:00.000Z"_s;
        QTest::newRow("minutes only") << u"2024-05-06T07:08Z"_s << Q_INT64_C(1714979280000000)
                                      << u"2024-05-06T07:08:00Z"_s << u"2024-05-06T07:08:00.000Z"_s;
    }
    void parsesAndFormatsEdgeCases()
    {
        QFETCH(QString, text);
        const auto dt = DateTime::parseIso8601(text);
        QVERIFY(dt);
        QTEST(dt->unixMicros(), "unixMicros");
        QTEST(dt->toIso8601(), "iso");
        QTEST(dt->toUtcIso8601(), "utc");
        QCOMPARE(*DateTime::parseIso8601(dt->toIso8601()), *dt); // its own output reads back identically
    }

    void refusesMalformedOrOutOfRange_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &bad :
             {u""_s, u"2024"_s, u"2024-1-01"_s, u"2024-13-01"_s, u"2023-02-29"_s, u"0000-01-01"_s,
              u"10000-01-01"_s, u"2024-01-01T24:00:00Z"_s, u"2024-01-01T12:60Z"_s, u"2024-01-01T12:00:61Z"_s,
              u"2024-01-01T12:00:00.Z"_s, u"2024-01-01T12:00:00.1234567Z"_s, u"2024-01-01T12:00:00+24:00"_s,
              u"2024-01-01T12:00:00 Z"_s, u"2024-01-01T12:00:00Zjunk"_s, u"infinity"_s, u"2024-01-01 BC"_s,
              u"9999-12-31T23:00:00-02:00"_s})
            QTest::newRow(qPrintable(u"'"_s + bad + u"'"_s)) << bad;
    }
    void refusesMalformedOrOutOfRange()
    {
        QFETCH(QString, text);
        QVERIFY(!DateTime::parseIso8601(text));
    }

    void fieldsAndConversions()
    {
        const auto dt = DateTime::fromFields(1969, 7, 20, 20, 17, 40, 123456, 0);
        QVERIFY(dt);
        const auto f = dt->fields();
        QCOMPARE(f.year, 1969);
        QCOMPARE(f.microsecond, 123456);
        QCOMPARE(dt->toSqlUtc(), u"1969-07-20 20:17:40.123456"_s);
        QCOMPARE(dt->toSqlUtc(3), u"1969-07-20 20:17:40.123"_s);
        QCOMPARE(DateTime::fromUnixMillis(-1)->toUtcIso8601(), u"1969-12-31T23:59:59.999Z"_s);
        QVERIFY(!DateTime::fromUnixMicros(Q_INT64_C(253402300800000000)));
        QVERIFY(!DateTime::fromFields(2023, 2, 29));

        // The same instant in two offsets: same instant, different values (they print differently).
        const auto a = DateTime::parseIso8601(u"2024-01-01T00:00:00Z"_s);
        const auto b = DateTime::parseIso8601(u"2024-01-01T02:00:00+02:00"_s);
        QVERIFY(a->sameInstant(*b));
        QVERIFY(*a != *b);
        QCOMPARE(b->withOffset(0), *a);
        QVERIFY(*DateTime::parseIso8601(u"1969-12-31T23:59:59Z"_s) < *a);
    }
};

QTEST_GUILESS_MAIN(TestDateTime)
#include "tst_datetime.moc"
