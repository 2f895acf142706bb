// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Typed text → exact db::Value for a column, the refusals, and the way back (value → editable text).
#include "cellinput/BytesText.h"
#include "cellinput/CellInput.h"
#include "cellinput/JsonSyntax.h"
#include "mapping/ModelTable.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace facet;
using namespace facet::cellinput;
using db::ScalarKind;
using db::Value;

namespace {

CellColumn column(ScalarKind kind)
{
    CellColumn c;
    c.field = u"f"_s;
    c.type.kind = kind;
    return c;
}

CellColumn decimalColumn(int precision, int scale)
{
    CellColumn c = column(ScalarKind::Decimal);
    c.type.precision = precision;
    c.type.scale = scale;
    return c;
}

CellColumn listOf(ScalarKind kind)
{
    CellColumn c = column(kind);
    c.type.isList = true;
    return c;
}

Value dec(const QString &text)
{
    return Value::fromDecimal(*db::Decimal::parse(text));
}

Value dt(const QString &text)
{
    return Value::fromDateTime(*db::DateTime::parseIso8601(text));
}

Value json(const QString &text)
{
    return Value::fromJson(*db::Json::parse(text));
}

// Parses and requires success; the value must also pass the connectors' own check for the column.
Value accepted(const QString &text, const CellColumn &c, const InputOptions &options = {})
{
    const InputResult<Value> r = parseCellText(text, c, options);
    if (!r) {
        QTest::qFail(qPrintable(u"refused '%1': %2"_s.arg(text, r.error().message)), __FILE__, __LINE__);
        return Value::fromString(u"<refused>"_s);
    }
    if (!db::checkValueFits(*r, c.type))
        QTest::qFail(qPrintable(u"checkValueFits refuses what the editor accepted: '%1'"_s.arg(text)), __FILE__, __LINE__);
    return *r;
}

QString refusal(const QString &text, const CellColumn &c, const InputOptions &options = {})
{
    const InputResult<Value> r = parseCellText(text, c, options);
    return r ? u"<accepted %1>"_s.arg(r->describe()) : r.error().message;
}

} // namespace

class TestCellInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void intRange()
    {
        const CellColumn c = column(ScalarKind::Int);
        QCOMPARE(accepted(u"2147483647"_s, c), Value::fromInt(2147483647));
        QCOMPARE(accepted(u" -2147483648 "_s, c), Value::fromInt(std::numeric_limits<qint32>::min()));
        QCOMPARE(accepted(u"+007"_s, c), Value::fromInt(7));
        QCOMPARE(refusal(u"2147483648"_s, c), u"Int: 2147483648 is above the largest Int (2147483647)"_s);
        QCOMPARE(refusal(u"-2147483649"_s, c), u"Int: -2147483649 is below the smallest Int (-2147483648)"_s);
        QCOMPARE(refusal(u"99999999999999999999999"_s, c),
                 u"Int: 99999999999999999999999 is above the largest Int (2147483647)"_s);
        QCOMPARE(refusal(u"1.5"_s, c), u"Int: 1.5 is not a whole number"_s);
        QCOMPARE(refusal(u"1e3"_s, c), u"Int: 1e3 is not a whole number"_s);
        QCOMPARE(refusal(u"12a"_s, c), u"Int: '12a' is not a whole number ('a' at position 3)"_s);
        QCOMPARE(parseCellText(u"12a"_s, c).error().position, 2);
        QCOMPARE(refusal(u"-"_s, c), u"Int: '-' is not a whole number ('-' at position 1)"_s);
    }

    void narrowAndUnsignedIntegers()
    {
        CellColumn small = column(ScalarKind::Int);
        small.type.integerBits = 16;
        small.type.nativeName = u"smallint"_s;
        QCOMPARE(accepted(u"32767"_s, small), Value::fromInt(32767));
        QCOMPARE(refusal(u"32768"_s, small),
                 u"Int (smallint): 32768 is above the largest value the column holds (32767)"_s);
        CellColumn tiny = column(ScalarKind::Int);
        tiny.type.integerBits = 8;
        tiny.type.isUnsigned = true;
        tiny.type.nativeName = u"TINYINT UNSIGNED"_s;
        QCOMPARE(accepted(u"255"_s, tiny), Value::fromInt(255));
        QCOMPARE(refusal(u"-1"_s, tiny),
                 u"Int (TINYINT UNSIGNED): -1 is below the smallest value the column holds (0)"_s);
    }

    void bigIntExtremes()
    {
        const CellColumn c = column(ScalarKind::BigInt);
        QCOMPARE(accepted(u"9223372036854775807"_s, c), Value::fromBigInt(std::numeric_limits<qint64>::max()));
        QCOMPARE(accepted(u"-9223372036854775808"_s, c), Value::fromBigInt(std::numeric_limits<qint64>::min()));
        QCOMPARE(accepted(u"-0"_s, c), Value::fromBigInt(0));
        QCOMPARE(refusal(u"9223372036854775808"_s, c),
                 u"BigInt: 9223372036854775808 is above the largest BigInt (9223372036854775807)"_s);
        QCOMPARE(refusal(u"-9223372036854775809"_s, c),
                 u"BigInt: -9223372036854775809 is below the smallest BigInt (-9223372036854775808)"_s);
        // 2^53 + 1: a double would round it; BigInt keeps every digit.
        QCOMPARE(accepted(u"9007199254740993"_s, c).toBigInt(), Q_INT64_C(9007199254740993));
    }

    void floats()
    {
        const CellColumn c = column(ScalarKind::Float);
        QCOMPARE(accepted(u"1.5"_s, c), Value::fromFloat(1.5));
        QCOMPARE(accepted(u"-2.5e-3"_s, c), Value::fromFloat(-2.5e-3));
        QCOMPARE(accepted(u"+.5"_s, c), Value::fromFloat(0.5));
        QVERIFY(std::isnan(accepted(u"NaN"_s, c).toFloat()));
        QCOMPARE(accepted(u"-Infinity"_s, c), Value::fromFloat(-std::numeric_limits<double>::infinity()));
        QCOMPARE(refusal(u"1e400"_s, c), u"Float: 1e400 is beyond the largest Float (±1.7976931348623157e308)"_s);
        QCOMPARE(refusal(u"1e-400"_s, c), u"Float: 1e-400 is too close to zero for a Float"_s);
        QCOMPARE(refusal(u"inf"_s, c), u"Float: 'inf' is not a number"_s);
        QCOMPARE(refusal(u"1,5"_s, c), u"Float: '1,5' is not a number"_s);
        CellColumn mysql = c;
        mysql.type.allowsNonFinite = false;
        QCOMPARE(refusal(u"NaN"_s, mysql), u"Float: NaN: the database has no NaN or Infinity"_s);
    }

    void decimalPrecisionAndScale()
    {
        const CellColumn money = decimalColumn(10, 2);
        QCOMPARE(accepted(u"12345678.99"_s, money), dec(u"12345678.99"_s));
        QCOMPARE(accepted(u"1.50"_s, money).toDecimal().toString(), u"1.50"_s); // the scale as typed survives
        QCOMPARE(accepted(u"1.500"_s, money), dec(u"1.5"_s)); // trailing zeros are not digits the column loses
        QCOMPARE(refusal(u"1.234"_s, money), u"Decimal(10,2): 3 digits after the point, the column keeps 2"_s);
        QCOMPARE(refusal(u"123456789"_s, money), u"Decimal(10,2): 9 digits before the point, the column allows 8"_s);
        QCOMPARE(refusal(u"1e5"_s, money),
                 u"Decimal(10,2): write 1e5 out digit by digit; an exponent is not exact decimal text"_s);
        QCOMPARE(refusal(u"1.2.3"_s, money),
                 u"Decimal(10,2): '1.2.3' is not a decimal number (digits with an optional point)"_s);
        QCOMPARE(refusal(u"NaN"_s, money), u"Decimal(10,2): NaN cannot be stored in a bounded Decimal"_s);

        const CellColumn wide = decimalColumn(65, 30);
        const QString largest = QString(35, u'9') + u"."_s + QString(30, u'9');
        QCOMPARE(accepted(largest, wide), dec(largest));
        QCOMPARE(accepted(u"-"_s + largest, wide), dec(u"-"_s + largest));
        QCOMPARE(refusal(u"1"_s + largest, wide), u"Decimal(65,30): 36 digits before the point, the column allows 35"_s);
        QCOMPARE(refusal(u"0."_s + QString(30, u'0') + u"1"_s, wide),
                 u"Decimal(65,30): 31 digits after the point, the column keeps 30"_s);

        const CellColumn unbounded = column(ScalarKind::Decimal);
        const QString huge = QString(200, u'7') + u".000000000000000000000000000000000000000001"_s;
        QCOMPARE(accepted(huge, unbounded).toDecimal().toString(), huge);
        QCOMPARE(accepted(u"-Infinity"_s, unbounded), Value::fromDecimal(*db::Decimal::parse(u"-Infinity")));
    }

    void dateTimeZones()
    {
        CellColumn plain = column(ScalarKind::DateTime);
        plain.type.fractionDigits = 3;
        // A zone-less column holds the UTC reading, as Prisma writes it.
        QCOMPARE(accepted(u"2024-03-01T10:00:00+02:00"_s, plain), dt(u"2024-03-01T08:00:00"_s));
        QCOMPARE(accepted(u"2024-03-01 10:00"_s, plain), dt(u"2024-03-01T10:00:00"_s));
        QVERIFY(!accepted(u"2024-03-01 10:00"_s, plain).toDateTime().hasZone());

        CellColumn zoned = column(ScalarKind::DateTime);
        zoned.type.hasTimeZone = true;
        zoned.type.nativeName = u"timestamptz"_s;
        const Value kept = accepted(u"2024-03-01T10:00:00.123456+05:30"_s, zoned);
        QCOMPARE(kept.toDateTime().offsetSeconds(), std::optional<int>(5 * 3600 + 1800));
        QCOMPARE(kept.toDateTime().toIso8601(), u"2024-03-01T10:00:00.123456+05:30"_s);
        // Without a zone: UTC by default, else the zone the editor picked.
        QCOMPARE(accepted(u"2024-03-01 10:00"_s, zoned).toDateTime().toIso8601(), u"2024-03-01T10:00:00Z"_s);
        InputOptions berlin;
        berlin.assumedOffsetSeconds = 3600;
        const Value local = accepted(u"2024-03-01 10:00"_s, zoned, berlin);
        QCOMPARE(local.toDateTime().toIso8601(), u"2024-03-01T10:00:00+01:00"_s);
        QVERIFY(local.toDateTime().sameInstant(*db::DateTime::parseIso8601(u"2024-03-01T09:00:00Z")));

        QCOMPARE(refusal(u"2024-03-01T10:00:00.1234"_s, plain),
                 u"DateTime(3): 4 fractional second digits, the column keeps 3"_s);
    }

    void dateTimeExtremes()
    {
        const CellColumn c = column(ScalarKind::DateTime);
        QCOMPARE(accepted(u"1969-12-31T23:59:59.999999Z"_s, c).toDateTime().unixMicros(), Q_INT64_C(-1));
        QCOMPARE(accepted(u"1900-02-28 00:00"_s, c), dt(u"1900-02-28T00:00:00"_s));
        QCOMPARE(accepted(u"0001-01-01T00:00:00"_s, c), dt(u"0001-01-01T00:00:00"_s));
        QCOMPARE(accepted(u"2038-01-19T03:14:08Z"_s, c).toDateTime().unixMicros(), Q_INT64_C(2147483648000000));
        QCOMPARE(accepted(u"9999-12-31T23:59:59.999999"_s, c), dt(u"9999-12-31T23:59:59.999999"_s));
        QCOMPARE(refusal(u"1900-02-29"_s, c), u"DateTime: 1900-02-29 does not exist (that month has 28 days)"_s);
        QCOMPARE(accepted(u"2000-02-29"_s, c), dt(u"2000-02-29T00:00:00"_s));
        QCOMPARE(refusal(u"2024-13-01"_s, c), u"DateTime: month 13 does not exist"_s);
        QCOMPARE(refusal(u"10000-01-01"_s, c), u"DateTime: year 10000 is outside 0001–9999"_s);
        QCOMPARE(refusal(u"2024-01-01T24:00"_s, c), u"DateTime: hour 24 does not exist (0–23)"_s);
        QCOMPARE(refusal(u"2024-01-01T10:00:00.1234567"_s, c),
                 u"DateTime: 7 fractional second digits; the finest a database keeps is 6 (microseconds)"_s);
        QCOMPARE(refusal(u"0001-01-01T00:30:00+01:00"_s, c),
                 u"DateTime: 0001-01-01T00:30:00+01:00 in UTC is outside years 0001–9999"_s);
        QCOMPARE(refusal(u"yesterday"_s, c),
                 u"DateTime: 'yesterday' is not a date and time (YYYY-MM-DD HH:MM[:SS[.ffffff]][Z|±HH:MM])"_s);
    }

    void dateAndTimeColumns()
    {
        CellColumn date = column(ScalarKind::DateTime);
        date.type.temporal = db::ColumnType::Temporal::Date;
        date.type.nativeName = u"date"_s;
        QCOMPARE(accepted(u"1955-11-05"_s, date), dt(u"1955-11-05T00:00:00"_s));
        QCOMPARE(editableText(dt(u"1955-11-05T00:00:00"_s), date), u"1955-11-05"_s);
        QCOMPARE(refusal(u"1955-11-05 06:00"_s, date), u"DateTime (date): a date column has no time of day (YYYY-MM-DD)"_s);

        CellColumn time = column(ScalarKind::DateTime);
        time.type.temporal = db::ColumnType::Temporal::Time;
        time.type.nativeName = u"time"_s;
        QCOMPARE(accepted(u"13:45:10.5"_s, time), dt(u"1970-01-01T13:45:10.5"_s));
        QCOMPARE(editableText(dt(u"1970-01-01T13:45:10.5"_s), time), u"13:45:10.500"_s);
    }

    void jsonNullIsNotDatabaseNull()
    {
        CellColumn c = column(ScalarKind::Json);
        const Value jsonNull = accepted(u"null"_s, c);
        QCOMPARE(jsonNull.kind(), ScalarKind::Json);
        QVERIFY(jsonNull.toJson().isJsonNull());
        QVERIFY(!jsonNull.isNull());
        QCOMPARE(refusal(u""_s, c), u"Json: empty; type null for JSON null, or use Set NULL for database NULL"_s);
        c.nullable = false;
        QCOMPARE(refusal(u"  "_s, c), u"Json: empty; type a JSON value (null for JSON null)"_s);
        // The exact text is kept: big numbers, key order, spacing.
        const QString exact = u"{\"b\": 12345678901234567890.5, \"a\": [1, 2]}"_s;
        QCOMPARE(accepted(exact, c), json(exact));
        QCOMPARE(accepted(u"\"text\""_s, c), json(u"\"text\""_s));
    }

    void jsonErrorsSayWhere()
    {
        const CellColumn c = column(ScalarKind::Json);
        QCOMPARE(refusal(u"{\"a\": "_s, c), u"Json: unexpected end, expected a value at line 1, column 7"_s);
        QCOMPARE(refusal(u"{\n  \"a\": 1,\n  \"b\" 2\n}"_s, c), u"Json: expected ':', found '2' at line 3, column 7"_s);
        QCOMPARE(refusal(u"[1, 2,]"_s, c), u"Json: expected a value, found ']' at line 1, column 7"_s);
        QCOMPARE(refusal(u"{a: 1}"_s, c), u"Json: expected a quoted key, found 'a' at line 1, column 2"_s);
        QCOMPARE(refusal(u"01"_s, c), u"Json: a number cannot have a leading zero at line 1, column 2"_s);
        QCOMPARE(refusal(u"\"abc"_s, c), u"Json: unexpected end inside a string (missing '\"') at line 1, column 5"_s);
        QCOMPARE(refusal(u"\"\\x\""_s, c), u"Json: '\\x' is not a JSON escape at line 1, column 3"_s);
        QCOMPARE(refusal(u"true false"_s, c), u"Json: unexpected 'f' after the value at line 1, column 6"_s);
        QCOMPARE(refusal(u"nul"_s, c), u"Json: unexpected end, expected 'null' at line 1, column 4"_s);
        QCOMPARE(parseCellText(u"[1, 2,]"_s, c).error().position, 6);
    }

    // Every text the checker accepts, db::Json accepts too. The checker is stricter where Qt is lenient and
    // RFC 8259 and the databases are not ("1.", ".5", a raw tab inside a string).
    void jsonCheckerIsRfc8259_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        for (const QString &t : {u"{}"_s, u"[]"_s, u"0"_s, u"-0.5e+10"_s, u"\"\\u00e9\\n\""_s, u"[{\"a\":[null,true]}]"_s,
                                 u"  [ 1 , 2 ]  "_s, u"\"😀\""_s})
            QTest::newRow(qPrintable(t)) << t << true;
        for (const QString &t : {u"[1,]"_s, u"{\"a\"}"_s, u"-"_s, u"1."_s, u".5"_s, u"[\"\t\"]"_s, u"\"\\u12\""_s,
                                 u"{\"a\":1,}"_s, u"tru"_s, u"+1"_s, u"[1 2]"_s, u"'a'"_s})
            QTest::newRow(qPrintable(t)) << t << false;
    }

    void jsonCheckerIsRfc8259()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(!findJsonSyntaxError(text).has_value(), valid);
        if (valid)
            QVERIFY(db::Json::parse(text).has_value());
    }

    void jsonDepthIsBounded()
    {
        const QString deep = QString(100000, u'[') + QString(100000, u']');
        const auto error = findJsonSyntaxError(deep);
        QVERIFY(error.has_value());
        QCOMPARE(error->reason, u"nested deeper than 512 levels"_s);
    }

    void bytesHexAndBase64()
    {
        const CellColumn c = column(ScalarKind::Bytes);
        const QByteArray bytes("\x00\xff\x10 A", 5);
        QCOMPARE(accepted(u"00ff102041"_s, c), Value::fromBytes(bytes));
        QCOMPARE(accepted(u"\\x00FF10 2041"_s, c), Value::fromBytes(bytes));
        QCOMPARE(accepted(u"0x00ff102041"_s, c), Value::fromBytes(bytes));
        QCOMPARE(accepted(u""_s, c), Value::fromBytes({})); // empty bytes, not NULL
        QVERIFY(!accepted(u""_s, c).isNull());
        QCOMPARE(refusal(u"00fg"_s, c), u"Bytes (hex): 'g' at position 4 is not a hex digit"_s);
        QCOMPARE(refusal(u"abc"_s, c), u"Bytes (hex): 3 digits; every byte takes two, one is missing"_s);

        InputOptions b64;
        b64.bytesFormat = BytesFormat::Base64;
        QCOMPARE(accepted(u"AP8QIEE="_s, c, b64), Value::fromBytes(bytes));
        QCOMPARE(accepted(u"AP8Q\nIEE="_s, c, b64), Value::fromBytes(bytes));
        QCOMPARE(refusal(u"AP8QIEE"_s, c, b64),
                 u"Bytes (base64): 7 characters; base64 comes in groups of 4 (pad the last group with '=')"_s);
        QCOMPARE(refusal(u"AP8Q*EE="_s, c, b64), u"Bytes (base64): '*' at position 5 is not a base64 character"_s);
        QCOMPARE(refusal(u"AP==AP8="_s, c, b64), u"Bytes (base64): 'A' at position 5 comes after the '=' padding"_s);
        QCOMPARE(refusal(u"AP9="_s, c, b64),
                 u"Bytes (base64): the last group has bits that no byte uses (not canonical base64)"_s);
        QCOMPARE(refusal(u"A==="_s, c, b64), u"Bytes (base64): more than two '=' at the end"_s);

        CellColumn bounded = c;
        bounded.type.maxLength = 2;
        bounded.type.nativeName = u"BINARY(2)"_s;
        QCOMPARE(refusal(u"000102"_s, bounded), u"Bytes (BINARY(2)): 3 bytes, the column holds at most 2"_s);
        QCOMPARE(refusal(u"0g"_s, bounded), u"Bytes (BINARY(2), hex): 'g' at position 2 is not a hex digit"_s);
        QCOMPARE(bytesToText(bytes, BytesFormat::Hex), u"00ff102041"_s);
        QCOMPARE(bytesToText(bytes, BytesFormat::Base64), u"AP8QIEE="_s);
    }

    void stringsAndNull()
    {
        const CellColumn c = column(ScalarKind::String);
        const Value empty = accepted(u""_s, c);
        QCOMPARE(empty, Value::fromString(u""_s)); // empty string, never NULL
        QVERIFY(!empty.isNull());
        QCOMPARE(accepted(u"  spaced\nlines  "_s, c), Value::fromString(u"  spaced\nlines  "_s));
        CellColumn varchar = c;
        varchar.type.maxLength = 3;
        varchar.type.nativeName = u"varchar(3)"_s;
        QCOMPARE(accepted(u"a😀c"_s, varchar), Value::fromString(u"a😀c"_s)); // code points, not UTF-16 units
        QCOMPARE(refusal(u"abcd"_s, varchar), u"String (varchar(3)): 4 characters, the column holds at most 3"_s);
        CellColumn uuid = c;
        uuid.type.isUuid = true;
        uuid.type.nativeName = u"uuid"_s;
        QCOMPARE(accepted(u" 123e4567-e89b-12d3-a456-426614174000 "_s, uuid),
                 Value::fromString(u"123e4567-e89b-12d3-a456-426614174000"_s));
        QCOMPARE(refusal(u"123e4567"_s, uuid), u"String (uuid): '123e4567' is not a UUID (8-4-4-4-12 hex digits)"_s);
        // Empty input in a non-text column is an error that points at Set NULL, never a silent NULL.
        QCOMPARE(refusal(u""_s, column(ScalarKind::Int)), u"Int: empty; type a value, or use Set NULL for no value"_s);
        CellColumn required = column(ScalarKind::Int);
        required.nullable = false;
        QCOMPARE(refusal(u""_s, required), u"Int: a value is required"_s);
        QCOMPARE(editableText(Value::null(), c), QString());
    }

    void booleans()
    {
        const CellColumn c = column(ScalarKind::Boolean);
        QCOMPARE(accepted(u"TRUE"_s, c), Value::fromBool(true));
        QCOMPARE(accepted(u"0"_s, c), Value::fromBool(false));
        QCOMPARE(refusal(u"maybe"_s, c), u"Boolean: 'maybe' is neither true nor false"_s);
    }

    void enumsByNameOrLabel()
    {
        CellColumn c = column(ScalarKind::Enum);
        c.type.enumName = u"Role"_s;
        c.enumChoices = {{u"USER"_s, u"user"_s}, {u"ADMIN"_s, u"admin"_s}};
        QCOMPARE(accepted(u"ADMIN"_s, c), Value::fromEnum(u"Role"_s, u"admin"_s)); // the database label is stored
        QCOMPARE(accepted(u"user"_s, c), Value::fromEnum(u"Role"_s, u"user"_s));
        QCOMPARE(refusal(u"ADMN"_s, c), u"Role: 'ADMN' is not one of USER, ADMIN"_s);
        QCOMPARE(editableText(Value::fromEnum(u"Role"_s, u"admin"_s), c), u"ADMIN"_s);
        QCOMPARE(editableText(Value::fromEnum(u"Role"_s, u"ADMIN"_s), c), u"ADMIN"_s); // presentedValue's form
    }

    void lists()
    {
        const CellColumn ints = listOf(ScalarKind::Int);
        QCOMPARE(accepted(u"1\n-2\n3\n"_s, ints),
                 Value::fromList({Value::fromInt(1), Value::fromInt(-2), Value::fromInt(3)}));
        QCOMPARE(accepted(u""_s, ints), Value::fromList({}));
        QCOMPARE(refusal(u"1\n2147483648"_s, ints),
                 u"Int[]: element 2: Int: 2147483648 is above the largest Int (2147483647)"_s);
        QCOMPARE(parseCellText(u"1\nx\n3"_s, ints).error().position, 1);

        const CellColumn strings = listOf(ScalarKind::String);
        const Value tricky = Value::fromList({Value::fromString(u"two\nlines"_s), Value::fromString(u"back\\slash"_s),
                                              Value::fromString(u""_s), Value::fromString(u"end"_s)});
        const QString text = editableText(tricky, strings);
        QCOMPARE(text, u"two\\nlines\nback\\\\slash\n\nend"_s);
        QCOMPARE(accepted(text, strings), tricky);

        const CellColumn decimals = [] {
            CellColumn c = decimalColumn(4, 1);
            c.type.isList = true;
            return c;
        }();
        QCOMPARE(refusal(u"1.5\n1.25"_s, decimals),
                 u"Decimal(4,1)[]: element 2: Decimal(4,1): 2 digits after the point, the column keeps 1"_s);
        QCOMPARE(accepted(u"1.5\n-999.9"_s, decimals), Value::fromList({dec(u"1.5"_s), dec(u"-999.9"_s)}));
    }

    void columnFromTheMapping()
    {
        mapping::ModelColumn role;
        role.field = u"role"_s;
        role.spec.name = u"role_col"_s;
        role.spec.type.kind = ScalarKind::Enum;
        role.spec.type.enumName = u"Role"_s;
        role.spec.nullable = false;
        role.enumName = u"Role"_s;
        role.enumLabelByName = {{u"USER"_s, u"user"_s}, {u"ADMIN"_s, u"admin"_s}};
        role.enumNameByLabel = {{u"user"_s, u"USER"_s}, {u"admin"_s, u"ADMIN"_s}};
        const CellColumn c = cellColumn(role);
        QCOMPARE(c.field, u"role"_s);
        QVERIFY(!c.nullable);
        QCOMPARE(c.label(), u"Role"_s);
        // From hashes: sorted by name, so the order is stable; the schema's order when given.
        QCOMPARE(c.enumChoices, (QList<EnumChoice>{{u"ADMIN"_s, u"admin"_s}, {u"USER"_s, u"user"_s}}));
        const QList<EnumChoice> schemaOrder{{u"USER"_s, u"user"_s}, {u"ADMIN"_s, u"admin"_s}};
        QCOMPARE(cellColumn(role, schemaOrder).enumChoices, schemaOrder);
    }

    void labels()
    {
        QCOMPARE(column(ScalarKind::Int).label(), u"Int"_s);
        QCOMPARE(decimalColumn(65, 30).label(), u"Decimal(65,30)"_s);
        QCOMPARE(listOf(ScalarKind::BigInt).label(), u"BigInt[]"_s);
        CellColumn text = listOf(ScalarKind::String);
        text.type.maxLength = 20;
        text.type.nativeName = u"varchar(20)[]"_s;
        QCOMPARE(text.label(), u"String (varchar(20))[]"_s);
        QCOMPARE(text.element().label(), u"String (varchar(20))"_s);
        CellColumn millis = column(ScalarKind::DateTime);
        millis.type.fractionDigits = 3;
        QCOMPARE(millis.label(), u"DateTime(3)"_s);
    }

    void roundTrips_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("zoned");
        const auto row = [](const char *name, Value v, ScalarKind kind, bool zoned = false) {
            QTest::newRow(name) << v << int(kind) << zoned;
        };
        row("int min", Value::fromInt(std::numeric_limits<qint32>::min()), ScalarKind::Int);
        row("bigint min", Value::fromBigInt(std::numeric_limits<qint64>::min()), ScalarKind::BigInt);
        row("float tenth", Value::fromFloat(0.1), ScalarKind::Float);
        row("float tiny", Value::fromFloat(4.9e-324), ScalarKind::Float);
        row("float -0", Value::fromFloat(-0.0), ScalarKind::Float);
        row("float inf", Value::fromFloat(std::numeric_limits<double>::infinity()), ScalarKind::Float);
        row("decimal scale", dec(u"-0.000100"_s), ScalarKind::Decimal);
        row("decimal nan", Value::fromDecimal(*db::Decimal::parse(u"NaN")), ScalarKind::Decimal);
        row("datetime pre-1970", dt(u"1901-12-13T20:45:52.000001"_s), ScalarKind::DateTime);
        row("datetime post-2038", dt(u"2106-02-07T06:28:16.5"_s), ScalarKind::DateTime);
        row("datetime zoned", dt(u"1969-07-20T20:17:40-05:00"_s), ScalarKind::DateTime, true);
        row("json", json(u"{\"n\": 1.000}"_s), ScalarKind::Json);
        row("json null", Value::fromJson(db::Json::jsonNull()), ScalarKind::Json);
        row("bytes", Value::fromBytes(QByteArray("\x00\x01\xfe", 3)), ScalarKind::Bytes);
        row("bool", Value::fromBool(false), ScalarKind::Boolean);
        row("string", Value::fromString(u" x\ny "_s), ScalarKind::String);
    }

    void roundTrips()
    {
        QFETCH(Value, value);
        QFETCH(int, kind);
        QFETCH(bool, zoned);
        CellColumn c = column(ScalarKind(kind));
        c.type.hasTimeZone = zoned;
        for (const BytesFormat format : {BytesFormat::Hex, BytesFormat::Base64}) {
            InputOptions options;
            options.bytesFormat = format;
            const QString text = editableText(value, c, options);
            const InputResult<Value> back = parseCellText(text, c, options);
            QVERIFY2(back.has_value(), qPrintable(text));
            QCOMPARE(*back, value);
        }
    }
};

QTEST_GUILESS_MAIN(TestCellInput)
#include "tst_cell_input.moc"
