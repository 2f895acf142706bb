// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "grid/CellText.h"

#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;
using db::Value;
using grid::cellText;

class TestCellText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nullAndEmptyStringDiffer()
    {
        QCOMPARE(cellText(Value()), u"NULL"_s);
        QCOMPARE(cellText(Value::fromString(QString())), QString());
        QCOMPARE(cellText(Value::fromString(u"NULL"_s)), u"NULL"_s); // the role, not the text, marks NULL
    }

    void numbersKeepEveryDigit()
    {
        QCOMPARE(cellText(Value::fromBigInt(9007199254740993)), u"9007199254740993"_s);
        QCOMPARE(cellText(Value::fromBigInt(std::numeric_limits<qint64>::min())), u"-9223372036854775808"_s);
        const auto decimal = db::Decimal::parse(u"12345678901234567890.123456789");
        QVERIFY(decimal);
        QCOMPARE(cellText(Value::fromDecimal(*decimal)), u"12345678901234567890.123456789"_s);
        QCOMPARE(cellText(Value::fromInt(-7)), u"-7"_s);
        QCOMPARE(cellText(Value::fromBool(false)), u"false"_s);
    }

    void dateTimeIsIso()
    {
        const auto dt = db::DateTime::parseIso8601(u"2026-11-26T17:40:00.123Z");
        QVERIFY(dt);
        QCOMPARE(cellText(Value::fromDateTime(*dt)), u"2026-11-26T17:40:00.123Z"_s);
    }

    void jsonAndTextStayOnOneLine()
    {
        const auto json = db::Json::parse(u"{\"a\":[1,2],\"b\":null}"_s);
        QVERIFY(json);
        QCOMPARE(cellText(Value::fromJson(*json)), u"{\"a\":[1,2],\"b\":null}"_s);
        QCOMPARE(cellText(Value::fromString(u"one\ntwo\r\nthree"_s)), u"one⏎two⏎three"_s);
        QCOMPARE(cellText(Value::fromString(QString(600, u'x')), 500).size(), 501); // cut, with an ellipsis
    }

    void bytesShowSizeAndPreview()
    {
        QCOMPARE(cellText(Value::fromBytes(QByteArray())), u"0 bytes"_s);
        QCOMPARE(cellText(Value::fromBytes(QByteArray::fromHex("00ff"))), u"2 bytes  00 ff"_s);
        QCOMPARE(cellText(Value::fromBytes(QByteArray(20, '\x01'))), u"20 bytes  01 01 01 01 01 01 01 01 …"_s);
    }

    void enumsAndLists()
    {
        QCOMPARE(cellText(Value::fromEnum(u"Role"_s, u"ADMIN"_s)), u"ADMIN"_s);
        QCOMPARE(cellText(Value::fromList({Value::fromInt(1), Value(), Value::fromInt(3)})), u"[1, NULL, 3]"_s);
    }
};

QTEST_GUILESS_MAIN(TestCellText)
#include "tst_cell_text.moc"
