// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Every Prisma scalar through a real SQLite file and back with SqliteValueCodec, in a table with the column
// types Prisma Migrate writes for SQLite, plus the storage forms older and newer Prisma versions left behind
// (DateTime as epoch milliseconds, ISO text, CURRENT_TIMESTAMP; JSON numbers that SQLite's NUMERIC affinity
// turned into INTEGER/REAL).
#include "qtsql/QtSqlConnection.h"
#include "qtsql/SqliteValueCodec.h"
#include "url/ConnectionUrl.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include "ValueLiterals.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace facet::db;
using facet::test::Compare;
using facet::test::dec;
using facet::test::dt;
using facet::test::json;

class TestValueRoundTripSqlite : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QtSqlConnection> m_db;
    QHash<QString, ColumnType> m_types;

    Result<Value> read(const QString &column, const QVariant &id)
    {
        auto r = m_db->exec(u"SELECT \"%1\" FROM \"AllTypes\" WHERE \"id\" = ?"_s.arg(column), {id});
        if (!r)
            return std::unexpected(r.error());
        return SqliteValueCodec::decode(r->rows.at(0).at(0), m_types.value(column));
    }

    Result<Value> roundTrip(const QString &column, const Value &value)
    {
        auto bound = SqliteValueCodec::encode(value, m_types.value(column));
        if (!bound)
            return std::unexpected(bound.error());
        auto inserted = m_db->exec(u"INSERT INTO \"AllTypes\" (\"%1\") VALUES (?)"_s.arg(column), {*bound});
        if (!inserted)
            return std::unexpected(inserted.error());
        return read(column, inserted->lastInsertId);
    }

    // Inserts a raw cell, the way another program (or Prisma version) stored it.
    Result<Value> readRaw(const QString &column, const QVariant &raw)
    {
        auto inserted = m_db->exec(u"INSERT INTO \"AllTypes\" (\"%1\") VALUES (?)"_s.arg(column), {raw});
        if (!inserted)
            return std::unexpected(inserted.error());
        return read(column, inserted->lastInsertId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto url = ConnectionUrl::parse(u"file:./values.db?socket_timeout=5"_s, m_dir.path());
        QVERIFY(url);
        QCOMPARE(url->database(), m_dir.filePath(u"values.db"_s));
        auto c = QtSqlConnection::open(url->toQtSqlOptions());
        QVERIFY2(c, qPrintable(c ? QString() : c.error().summary()));
        m_db = std::move(*c);
        auto created = m_db->exec(
            u"CREATE TABLE \"AllTypes\" (\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \"int\" INTEGER, "
            "\"big\" BIGINT, \"float\" REAL, \"dec\" DECIMAL, \"bool\" BOOLEAN, \"str\" TEXT, "
            "\"dt\" DATETIME, \"json\" JSONB, \"bytes\" BLOB, \"mood\" TEXT, "
            "\"created\" DATETIME DEFAULT CURRENT_TIMESTAMP)"_s);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().summary()));
        auto columns = m_db->exec(u"SELECT name, type FROM pragma_table_info('AllTypes')"_s);
        QVERIFY(columns);
        for (const QVariantList &row : columns->rows)
            m_types.insert(row[0].toString(), SqliteValueCodec::columnType(row[1].toString()));
        // A Prisma enum is TEXT in SQLite: only the schema knows it is one.
        m_types[u"mood"_s].kind = ScalarKind::Enum;
        m_types[u"mood"_s].enumName = u"Mood"_s;
        QCOMPARE(m_types[u"dec"_s].kind, ScalarKind::Decimal);
        QCOMPARE(m_types[u"dt"_s].kind, ScalarKind::DateTime);
        QCOMPARE(m_types[u"json"_s].kind, ScalarKind::Json);
        QCOMPARE(m_types[u"bool"_s].kind, ScalarKind::Boolean);
    }

    void valuesRoundTripExactly_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<Value>("value");
        QTest::addColumn<Compare>("compare");
        const auto row = [](const char *name, const QString &column, const Value &value, Compare c = Compare::Exact) {
            QTest::newRow(name) << column << value << c;
        };
        row("Int max", u"int"_s, Value::fromInt(std::numeric_limits<qint32>::max()));
        row("Int min", u"int"_s, Value::fromInt(std::numeric_limits<qint32>::min()));
        row("BigInt 2^63-1", u"big"_s, Value::fromBigInt(std::numeric_limits<qint64>::max()));
        row("BigInt -2^63", u"big"_s, Value::fromBigInt(std::numeric_limits<qint64>::min()));
        row("Float max", u"float"_s, Value::fromFloat(std::numeric_limits<double>::max()));
        row("Float denormal min", u"float"_s, Value::fromFloat(std::numeric_limits<double>::denorm_min()));
        row("Float 0.1", u"float"_s, Value::fromFloat(0.1));
        row("Decimal as REAL", u"dec"_s, dec(u"12345.6789"_s));
        row("Decimal whole number in 64 bits", u"dec"_s, dec(u"-999999999999999999"_s));
        row("Decimal trailing zeros (same value)", u"dec"_s, dec(u"12.50"_s));
        row("Boolean true", u"bool"_s, Value::fromBool(true));
        row("Boolean false", u"bool"_s, Value::fromBool(false));
        row("String emoji", u"str"_s, Value::fromString(u"zoë 👩‍💻 \"quotes\" \\ back"_s));
        row("String empty is not NULL", u"str"_s, Value::fromString(u""_s));
        row("String SQL NULL", u"str"_s, Value::null());
        row("DateTime before 1970", u"dt"_s, dt(u"1969-07-20T20:17:40.123Z"_s));
        row("DateTime year 1", u"dt"_s, dt(u"0001-01-01T00:00:00Z"_s));
        row("DateTime after 2038", u"dt"_s, dt(u"2038-01-19T03:14:08.001Z"_s));
        row("DateTime 9999 with microseconds", u"dt"_s, dt(u"9999-12-31T23:59:59.999999Z"_s));
        row("DateTime with offset is stored as UTC", u"dt"_s, dt(u"2024-01-01T01:30:00.5+05:30"_s), Compare::SameInstant);
        row("Json object", u"json"_s, json(u"{\"b\": [1, 2.5, \"x\"], \"a\": {\"nested\": true}}"_s));
        row("Json array", u"json"_s, json(u"[1, \"two\", null]"_s));
        row("Json string", u"json"_s, json(u"\"just text\""_s));
        row("Json integer (stored as INTEGER by affinity)", u"json"_s, json(u"42"_s));
        row("Json decimal (stored as REAL by affinity)", u"json"_s, json(u"1.50"_s), Compare::SameJson);
        row("Json null is not SQL NULL", u"json"_s, Value::fromJson(Json::jsonNull()));
        row("Json SQL NULL", u"json"_s, Value::null());
        row("Bytes invalid UTF-8 and NULs", u"bytes"_s, Value::fromBytes(QByteArray("\x00\xff\xfe\x80\x00 tail\xc3", 11)));
        row("Bytes empty is not NULL", u"bytes"_s, Value::fromBytes(QByteArray()));
        row("enum", u"mood"_s, Value::fromEnum(u"Mood"_s, u"it's complicated"_s));
    }
    void valuesRoundTripExactly()
    {
        QFETCH(QString, column);
        QFETCH(Value, value);
        QFETCH(Compare, compare);
        auto back = roundTrip(column, value);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().summary()));
        switch (compare) {
        case Compare::Exact:
            QCOMPARE(back->kind(), value.kind());
            QVERIFY2(*back == value, qPrintable(u"sent %1, got %2"_s.arg(value.describe(), back->describe())));
            break;
        case Compare::SameInstant:
            QVERIFY(back->toDateTime().sameInstant(value.toDateTime()));
            QCOMPARE(back->toDateTime().offsetSeconds(), 0);
            break;
        case Compare::SameJson:
            QVERIFY2(back->toJson().semanticallyEquals(value.toJson()), qPrintable(back->toJson().text()));
            break;
        }
    }

    void dateTimeReadsEveryStorageFormPrismaWrote_data()
    {
        QTest::addColumn<QVariant>("raw");
        QTest::addColumn<QString>("utc");
        QTest::newRow("epoch milliseconds (Prisma 6 engine)") << QVariant(qint64(-14182940000)) << u"1969-07-20T20:17:40.000Z"_s;
        QTest::newRow("epoch milliseconds after 2038") << QVariant(qint64(2147483648001)) << u"2038-01-19T03:14:08.001Z"_s;
        QTest::newRow("ISO with Z (Prisma 7 adapters)") << QVariant(u"2024-05-06T07:08:09.123Z"_s) << u"2024-05-06T07:08:09.123Z"_s;
        QTest::newRow("ISO with offset") << QVariant(u"2024-05-06T09:08:09.123+02:00"_s) << u"2024-05-06T07:08:09.123Z"_s;
        QTest::newRow("CURRENT_TIMESTAMP form") << QVariant(u"2024-05-06 07:08:09"_s) << u"2024-05-06T07:08:09.000Z"_s;
    }
    void dateTimeReadsEveryStorageFormPrismaWrote()
    {
        QFETCH(QVariant, raw);
        QFETCH(QString, utc);
        auto back = readRaw(u"dt"_s, raw);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().summary()));
        QCOMPARE(back->toDateTime().toUtcIso8601(), utc);
    }

    void currentTimestampDefaultIsReadAsUtc()
    {
        auto inserted = m_db->exec(u"INSERT INTO \"AllTypes\" (\"int\") VALUES (1)"_s);
        QVERIFY(inserted);
        auto raw = m_db->exec(u"SELECT \"created\", typeof(\"created\") FROM \"AllTypes\" WHERE \"id\" = ?"_s,
                              {inserted->lastInsertId});
        QVERIFY(raw);
        QCOMPARE(raw->rows[0][1].toString(), u"text"_s);
        auto back = read(u"created"_s, inserted->lastInsertId);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().summary()));
        QCOMPARE(back->toDateTime().toIso8601(0), raw->rows[0][0].toString().replace(u' ', u'T') + u'Z');
    }

    void decimalReadsEveryStorageClass()
    {
        QCOMPARE(*readRaw(u"dec"_s, QVariant(qint64(42))), dec(u"42"_s));
        QCOMPARE(*readRaw(u"dec"_s, QVariant(0.25)), dec(u"0.25"_s));
        // A value that is not numeric text stays TEXT under NUMERIC affinity.
        auto text = m_db->exec(u"INSERT INTO \"AllTypes\" (\"dec\") VALUES (CAST(? AS TEXT) || '')"_s, {u"7.125"_s});
        QVERIFY(text);
        QCOMPARE(*read(u"dec"_s, text->lastInsertId), dec(u"7.125"_s));
    }

    void sixteenMegabytesOfBytes()
    {
        QByteArray big(16 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(4);
        generator.fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
        auto back = roundTrip(u"bytes"_s, Value::fromBytes(big));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().summary()));
        QVERIFY(back->toBytes() == big);
    }

    void valuesThatDoNotFitAreRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("Int overflow") << u"int"_s << Value::fromBigInt(2147483648LL)
                                      << u"BigInt 2147483648 does not fit column type INTEGER"_s;
        QTest::newRow("Decimal(65,30) beyond a double") << u"dec"_s
                                                        << dec(u"12345678901234567890123456789012345.123456789012345678901234567890"_s)
                                                        << u"does not fit column type DECIMAL"_s;
        QTest::newRow("NaN would become NULL") << u"float"_s << Value::fromFloat(std::nan("")) << u"NaN"_s;
    }
    void valuesThatDoNotFitAreRefusedBeforeSending()
    {
        QFETCH(QString, column);
        QFETCH(Value, value);
        QFETCH(QString, mentions);
        auto bound = SqliteValueCodec::encode(value, m_types.value(column));
        QVERIFY(!bound);
        QVERIFY2(bound.error().message.contains(mentions), qPrintable(bound.error().message));
    }
};

QTEST_GUILESS_MAIN(TestValueRoundTripSqlite)
#include "tst_value_roundtrip_sqlite.moc"
