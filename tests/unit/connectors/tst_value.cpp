// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Value semantics that no database is needed for: the four kinds of "nothing", JSON validation, the fit
// checks encoders run before sending, Prisma-style JSON output and PostgreSQL array text.
#include "pg/PgArrayText.h"
#include "value/ColumnType.h"
#include "value/PrismaJson.h"
#include "value/Value.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace facet::db;

namespace {

ColumnType column(ScalarKind kind, const QString &name)
{
    ColumnType t;
    t.kind = kind;
    t.nativeName = name;
    return t;
}

Decimal dec(const char16_t *text)
{
    return *Decimal::parse(QStringView(text));
}

} // namespace

Q_DECLARE_METATYPE(facet::db::ColumnType)

class TestValue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nothingComesInFourDistinctKinds()
    {
        const Value sqlNull;
        const Value emptyString = Value::fromString(QString()); // a null QString still is "", not NULL
        const Value jsonNull = Value::fromJson(Json::jsonNull());
        const Value emptyBytes = Value::fromBytes(QByteArray());
        QVERIFY(sqlNull.isNull());
        QCOMPARE(emptyString.kind(), ScalarKind::String);
        QVERIFY(!emptyString.toString().isNull());
        QCOMPARE(jsonNull.kind(), ScalarKind::Json);
        QVERIFY(jsonNull.toJson().isJsonNull());
        QVERIFY(!emptyBytes.toBytes().isNull());
        QVERIFY(sqlNull != emptyString);
        QVERIFY(sqlNull != jsonNull);
        QVERIFY(jsonNull != Value::fromString(u"null"_s));
        QCOMPARE(toPrismaJson(sqlNull), QByteArray("null"));
        QCOMPARE(toPrismaJson(jsonNull), QByteArray("null"));
        QCOMPARE(toPrismaJson(emptyString), QByteArray("\"\""));
    }

    void jsonKeepsTextAndValidates()
    {
        const auto big = Json::parse(u"{\"b\": 1, \"a\": 123456789012345678901234567890}"_s);
        QVERIFY(big);
        QCOMPARE(big->text(), u"{\"b\": 1, \"a\": 123456789012345678901234567890}"_s);
        QVERIFY(!big->isJsonNull());
        for (const QString &ok : {u"null"_s, u"\"text\""_s, u"42"_s, u"-1.5e3"_s, u"[]"_s, u"true"_s, u" [1, {}] "_s})
            QVERIFY2(Json::parse(ok), qPrintable(ok));
        for (const QString &bad : {u""_s, u"   "_s, u"{"_s, u"nul"_s, u"1, 2"_s, u"[1]]"_s, u"'x'"_s, u"{a:1}"_s,
                                   u"] ["_s, u"NaN"_s})
            QVERIFY2(!Json::parse(bad), qPrintable(bad));
        QVERIFY(Json::parse(u"{\"a\":1,\"b\":[2]}"_s)->semanticallyEquals(*Json::parse(u"{ \"b\": [2], \"a\": 1 }"_s)));
        QVERIFY(!Json::parse(u"{\"a\":1}"_s)->semanticallyEquals(*Json::parse(u"{\"a\":2}"_s)));
    }

    void intIsThirtyTwoBits()
    {
        QVERIFY(Value::intChecked(std::numeric_limits<qint32>::max()));
        QVERIFY(Value::intChecked(std::numeric_limits<qint32>::min()));
        QVERIFY(!Value::intChecked(qint64(std::numeric_limits<qint32>::max()) + 1));
        QVERIFY(!Value::intChecked(qint64(std::numeric_limits<qint32>::min()) - 1));
        QVERIFY(Value::fromInt(1) != Value::fromBigInt(1)); // kinds are explicit
    }

    void floatEqualityIsExact()
    {
        QCOMPARE(Value::fromFloat(std::nan("")), Value::fromFloat(std::nan("")));
        QVERIFY(Value::fromFloat(0.0) != Value::fromFloat(-0.0));
        QCOMPARE(Value::fromDecimal(dec(u"1.5")), Value::fromDecimal(dec(u"1.50")));
    }

    void encodersRefuseWhatTheColumnWouldChange_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<ColumnType>("type");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");

        ColumnType numeric = column(ScalarKind::Decimal, u"numeric(65,30)"_s);
        numeric.precision = 65;
        numeric.scale = 30;
        ColumnType smallint = column(ScalarKind::Int, u"smallint"_s);
        smallint.integerBits = 16;
        ColumnType unsignedInt = column(ScalarKind::Int, u"INT UNSIGNED"_s);
        unsignedInt.isUnsigned = true;
        ColumnType varchar = column(ScalarKind::String, u"VARCHAR(3)"_s);
        varchar.maxLength = 3;
        ColumnType ts3 = column(ScalarKind::DateTime, u"timestamp(3)"_s);
        ts3.fractionDigits = 3;
        ColumnType date = column(ScalarKind::DateTime, u"date"_s);
        date.temporal = ColumnType::Temporal::Date;
        ColumnType uuid = column(ScalarKind::String, u"uuid"_s);
        uuid.isUuid = true;
        ColumnType mysqlEnum = column(ScalarKind::Enum, u"ENUM('A','B')"_s);
        mysqlEnum.enumLabels = {u"A"_s, u"B"_s};
        ColumnType mysqlDouble = column(ScalarKind::Float, u"DOUBLE"_s);
        mysqlDouble.allowsNonFinite = false;
        ColumnType intArray = column(ScalarKind::Int, u"integer[]"_s);
        intArray.isList = true;

        QTest::newRow("BigInt into integer") << Value::fromBigInt(2147483648LL) << column(ScalarKind::Int, u"integer"_s)
                                             << u"P2020"_s << u"BigInt 2147483648 does not fit column type integer"_s;
        QTest::newRow("Int into smallint") << Value::fromInt(40000) << smallint << u"P2020"_s << u"-32768..32767"_s;
        QTest::newRow("negative into unsigned") << Value::fromInt(-1) << unsignedInt << u"P2020"_s << u"unsigned"_s;
        QTest::newRow("Decimal too precise") << Value::fromDecimal(dec(u"1.0000000000000000000000000000001")) << numeric
                                             << u"P2020"_s << u"31 digits after the point"_s;
        QTest::newRow("Decimal too large") << Value::fromDecimal(dec(u"1000000000000000000000000000000000000")) << numeric
                                           << u"P2020"_s << u"numeric(65,30)"_s;
        QTest::newRow("NaN into bounded numeric") << Value::fromDecimal(dec(u"NaN")) << numeric << u"P2020"_s << u"NaN"_s;
        QTest::newRow("string too long") << Value::fromString(u"abcd"_s) << varchar << u"P2000"_s << u"3 characters"_s;
        QTest::newRow("microseconds into timestamp(3)")
            << Value::fromDateTime(*DateTime::parseIso8601(u"2024-01-01T00:00:00.000001Z"_s)) << ts3 << u"P2020"_s
            << u"3 fractional"_s;
        QTest::newRow("time of day into date") << Value::fromDateTime(*DateTime::parseIso8601(u"2024-01-01T10:00Z"_s))
                                               << date << u"P2020"_s << u"date"_s;
        QTest::newRow("not a uuid") << Value::fromString(u"xyz"_s) << uuid << u"P2007"_s << u"UUID"_s;
        QTest::newRow("unknown enum label") << Value::fromEnum(u"Role"_s, u"C"_s) << mysqlEnum << u"P2007"_s
                                            << u"'C' is not one of A, B"_s;
        QTest::newRow("NaN into MySQL DOUBLE") << Value::fromFloat(std::nan("")) << mysqlDouble << u"P2020"_s
                                               << u"NaN or Infinity"_s;
        QTest::newRow("2^53+1 into a double") << Value::fromBigInt(9007199254740993LL) << mysqlDouble << u"P2020"_s
                                              << u"exactly"_s;
        QTest::newRow("String into Int") << Value::fromString(u"1"_s) << column(ScalarKind::Int, u"integer"_s)
                                         << u"P2007"_s << u"Int values"_s;
        QTest::newRow("list element overflows")
            << Value::fromList({Value::fromInt(1), Value::fromBigInt(1LL << 40)}) << intArray << u"P2020"_s
            << u"integer"_s;
        QTest::newRow("scalar into list") << Value::fromInt(1) << intArray << u"P2007"_s << u"list"_s;
    }
    void encodersRefuseWhatTheColumnWouldChange()
    {
        QFETCH(Value, value);
        QFETCH(ColumnType, type);
        const auto r = checkValueFits(value, type);
        QVERIFY(!r);
        QTEST(r.error().prismaCode, "code");
        QFETCH(QString, mentions);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void fittingValuesPass()
    {
        ColumnType numeric = column(ScalarKind::Decimal, u"numeric(65,30)"_s);
        numeric.precision = 65;
        numeric.scale = 30;
        QVERIFY(checkValueFits(Value::fromDecimal(dec(u"-99999999999999999999999999999999999.999999999999999999999999999999")),
                               numeric));
        QVERIFY(checkValueFits(Value::fromInt(7), numeric));
        QVERIFY(checkValueFits(Value::null(), numeric));
        QVERIFY(checkValueFits(Value::fromBigInt(std::numeric_limits<qint64>::min()), column(ScalarKind::BigInt, u"bigint"_s)));
        ColumnType varchar = column(ScalarKind::String, u"VARCHAR(2)"_s);
        varchar.maxLength = 2;
        QVERIFY(checkValueFits(Value::fromString(u"😀é"_s), varchar)); // two code points, three UTF-16 units
        ColumnType uuid = column(ScalarKind::String, u"uuid"_s);
        uuid.isUuid = true;
        QVERIFY(checkValueFits(Value::fromString(u"123e4567-e89b-12d3-a456-426614174000"_s), uuid));
    }

    void prismaJsonOutput()
    {
        const QList<Value> row{Value::fromInt(-5),
                               Value::fromBigInt(std::numeric_limits<qint64>::min()),
                               Value::fromFloat(0.1),
                               Value::fromFloat(-HUGE_VAL),
                               Value::fromDecimal(dec(u"12.3400")),
                               Value::fromBool(true),
                               Value::fromString(u"a\"b\\c\n\u0001é"_s),
                               Value::fromDateTime(*DateTime::parseIso8601(u"1969-12-31T23:00:00-01:00"_s)),
                               Value::fromJson(*Json::parse(u" {\"k\": [1, null]} "_s)),
                               Value::fromBytes(QByteArray("\x00\xff", 2)),
                               Value::fromEnum(u"Role"_s, u"ADMIN"_s),
                               Value::fromList({Value::fromInt(1), Value::null()}),
                               Value::null()};
        const QStringList names{u"i"_s, u"b"_s, u"f"_s, u"inf"_s, u"d"_s, u"t"_s, u"s"_s, u"dt"_s, u"j"_s, u"by"_s,
                                u"e"_s, u"l"_s, u"n"_s};
        QCOMPARE(rowToPrismaJson(names, row),
                 QByteArray("{\"i\":-5,\"b\":\"-9223372036854775808\",\"f\":0.1,\"inf\":\"-Infinity\",\"d\":\"12.34\","
                            "\"t\":true,\"s\":\"a\\\"b\\\\c\\n\\u0001\xc3\xa9\",\"dt\":\"1970-01-01T00:00:00.000Z\","
                            "\"j\":{\"k\": [1, null]},\"by\":\"AP8=\",\"e\":\"ADMIN\",\"l\":[1,null],\"n\":null}"));
    }

    void pgArrayTextRoundTrips()
    {
        const PgArrayElements elements{QByteArray("plain"), std::nullopt, QByteArray("NULL"), QByteArray(""),
                                       QByteArray("a,b {c} \"d\" \\e")};
        const QByteArray text = formatPgArray(elements);
        QCOMPARE(text, QByteArray("{\"plain\",NULL,\"NULL\",\"\",\"a,b {c} \\\"d\\\" \\\\e\"}"));
        QCOMPARE(parsePgArray(text), elements);
        QCOMPARE(parsePgArray("{}"), PgArrayElements{});
        QCOMPARE(parsePgArray("{1,2,NULL}"), (PgArrayElements{QByteArray("1"), QByteArray("2"), std::nullopt}));
        QCOMPARE(parsePgArray("[0:1]={7,8}"), (PgArrayElements{QByteArray("7"), QByteArray("8")}));
        QVERIFY(!parsePgArray("{{1,2},{3,4}}"));
        QVERIFY(!parsePgArray("{1,2"));
        QVERIFY(!parsePgArray("1,2"));
        QVERIFY(!parsePgArray("{\"a\"b}"));
    }
};

QTEST_GUILESS_MAIN(TestValue)
#include "tst_value.moc"
