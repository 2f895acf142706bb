// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "value/Decimal.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace facet::db;

class TestDecimal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesAndPrintsExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("asWritten");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("precision");
        QTest::addColumn<int>("scale");
        QTest::newRow("integer") << u"42"_s << u"42"_s << u"42"_s << 2 << 0;
        QTest::newRow("trailing zeros kept as written") << u"12.50"_s << u"12.50"_s << u"12.5"_s << 3 << 2;
        QTest::newRow("leading zeros dropped") << u"007.5"_s << u"7.5"_s << u"7.5"_s << 2 << 1;
        QTest::newRow("small") << u"-0.05"_s << u"-0.05"_s << u"-0.05"_s << 2 << 2;
        QTest::newRow("leading point") << u".5"_s << u"0.5"_s << u"0.5"_s << 1 << 1;
        QTest::newRow("trailing point") << u"5."_s << u"5"_s << u"5"_s << 1 << 0;
        QTest::newRow("plus sign") << u"+3"_s << u"3"_s << u"3"_s << 1 << 0;
        QTest::newRow("negative zero") << u"-0.000"_s << u"0.000"_s << u"0"_s << 1 << 3;
        QTest::newRow("Decimal(65,30) full precision")
            << u"12345678901234567890123456789012345.123456789012345678901234567890"_s
            << u"12345678901234567890123456789012345.123456789012345678901234567890"_s
            << u"12345678901234567890123456789012345.12345678901234567890123456789"_s << 64 << 30;
        QTest::newRow("65 nines") << u"-99999999999999999999999999999999999.999999999999999999999999999999"_s
                                  << u"-99999999999999999999999999999999999.999999999999999999999999999999"_s
                                  << u"-99999999999999999999999999999999999.999999999999999999999999999999"_s << 65
                                  << 30;
        QTest::newRow("NaN") << u"NaN"_s << u"NaN"_s << u"NaN"_s << 1 << 0;
        QTest::newRow("infinity") << u"-infinity"_s << u"-Infinity"_s << u"-Infinity"_s << 1 << 0;
    }
    void parsesAndPrintsExactly()
    {
        QFETCH(QString, text);
        const auto d = Decimal::parse(text);
        QVERIFY(d);
        QTEST(d->toString(), "asWritten");
        QTEST(d->toCanonicalString(), "canonical");
        QTEST(d->precision(), "precision");
        QTEST(d->scale(), "scale");
        // Canonical text reads back as the same value.
        QCOMPARE(*Decimal::parse(d->toCanonicalString()), *d);
    }

    void refusesAnythingNotWrittenOutDigitByDigit_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &bad : {u""_s, u"-"_s, u"."_s, u"1e5"_s, u"1E-3"_s, u"0x10"_s, u" 1"_s, u"1 "_s,
                                   u"1,000"_s, u"1.2.3"_s, u"--1"_s, u"abc"_s, u"١٢"_s, u"Inf"_s, u"nan1"_s})
            QTest::newRow(qPrintable(u"'"_s + bad + u"'"_s)) << bad;
    }
    void refusesAnythingNotWrittenOutDigitByDigit()
    {
        QFETCH(QString, text);
        QVERIFY(!Decimal::parse(text));
    }

    void comparesByValue()
    {
        const auto d = [](const char16_t *s) { return *Decimal::parse(QStringView(s)); };
        QCOMPARE(d(u"1.5"), d(u"1.50000"));
        QCOMPARE(d(u"0"), d(u"-0.0"));
        QVERIFY(d(u"-2") < d(u"-1.999"));
        QVERIFY(d(u"10") > d(u"9.99999999999999999999999999"));
        QVERIFY(d(u"0.1") < d(u"0.10000000000000000000000000001"));
        QVERIFY(d(u"-0.5") < d(u"0"));
        QVERIFY(d(u"123456789012345678901234567890") > d(u"123456789012345678901234567889.999"));
        QVERIFY(d(u"-Infinity") < d(u"-99999999999999999999"));
        QVERIFY(d(u"Infinity") > d(u"99999999999999999999"));
        QVERIFY(d(u"NaN") > d(u"Infinity"));
        QCOMPARE(d(u"NaN"), d(u"nan"));
    }

    void fitsChecksPrecisionAndScale()
    {
        const auto d = [](const char16_t *s) { return *Decimal::parse(QStringView(s)); };
        QVERIFY(d(u"12345678901234567890123456789012345.123456789012345678901234567890").fits(65, 30));
        QVERIFY(!d(u"123456789012345678901234567890123456").fits(65, 30)); // 36 integer digits
        QVERIFY(!d(u"0.1234567890123456789012345678901").fits(65, 30));   // 31 fractional digits
        QVERIFY(d(u"0.123456789012345678901234567890000").fits(65, 30));  // trailing zeros round nothing
        QVERIFY(d(u"999.99").fits(5, 2));
        QVERIFY(!d(u"1000.00").fits(5, 2));
        QVERIFY(d(u"0.05").fits(2, 2));
        QVERIFY(!d(u"NaN").fits(65, 30));
    }

    void convertsFromIntegersAndDoublesExactly()
    {
        QCOMPARE(Decimal::fromInt64(std::numeric_limits<qint64>::min()).toString(), u"-9223372036854775808"_s);
        QCOMPARE(Decimal::fromDouble(0.1).toString(), u"0.1"_s);
        QCOMPARE(Decimal::fromDouble(1e20).toString(), u"100000000000000000000"_s);
        QCOMPARE(Decimal::fromDouble(-2.5e-7).toString(), u"-0.00000025"_s);
        QCOMPARE(Decimal::fromDouble(std::numeric_limits<double>::quiet_NaN()).special(), Decimal::Special::NaN);
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
