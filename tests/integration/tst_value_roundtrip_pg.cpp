// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Every Prisma scalar through a real PostgreSQL and back, exactly: encode with PgValueCodec, insert into a
// table with the column types Prisma Migrate creates (plus native @db types), read back with the result's
// type OIDs, decode, compare. The connection is made from the Prisma URL (ConnectionUrl → libpq conninfo),
// in a schema whose name needs quoting, so `?schema=` and search_path are exercised too.
#include "TestServers.h"
#include "ValueLiterals.h"
#include "pg/PgConnection.h"
#include "pg/PgValueCodec.h"
#include "url/ConnectionUrl.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace facet::db;
using facet::test::Compare;
using facet::test::dec;
using facet::test::dt;
using facet::test::json;

namespace {

const QString Schema = u"Value \"Round\" Trip"_s;

Value mood(const QString &label)
{
    return Value::fromEnum(u"Mood"_s, label);
}

QString errorText(const DbError &e)
{
    return e.summary();
}

} // namespace

class TestValueRoundTripPg : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<PgConnection> m_db;
    QHash<QString, ColumnType> m_types;
    PgEnumTypes m_enums;

    void addRow(const char *name, const QString &column, const Value &value, Compare compare = Compare::Exact)
    {
        QTest::newRow(name) << column << value << compare;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto pg = facet::test::TestServers::postgres();
        QVERIFY2(pg, qPrintable(pg.error()));
        const QString encodedSchema = QString::fromLatin1(QUrl::toPercentEncoding(Schema));
        const auto url = ConnectionUrl::parse(pg->url + u"?schema="_s + encodedSchema + u"&application_name=facet-values"_s);
        QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
        auto c = PgConnection::connect(url->toLibpqConninfo());
        QVERIFY2(c, qPrintable(c ? QString() : c.error().summary()));
        m_db = std::move(*c);

        const QString quoted = u'"' + QString(Schema).replace(u'"', u"\"\""_s) + u'"';
        QVERIFY(m_db->exec(u"DROP SCHEMA IF EXISTS "_s + quoted + u" CASCADE"_s));
        QVERIFY(m_db->exec(u"CREATE SCHEMA "_s + quoted));
        auto current = m_db->exec(u"SELECT current_schema(), current_setting('application_name')"_s);
        QVERIFY(current);
        QCOMPARE(QString::fromUtf8(*current->rows[0][0]), Schema); // ?schema= reached search_path
        QCOMPARE(QString::fromUtf8(*current->rows[0][1]), u"facet-values"_s);

        // Prisma Migrate's column types (prisma-facts §3.1), then native @db types and lists.
        QVERIFY(m_db->exec(u"CREATE TYPE \"Mood\" AS ENUM ('HAPPY', 'SAD', 'it''s complicated')"_s));
        auto created = m_db->exec(
            u"CREATE TABLE \"AllTypes\" (\"id\" SERIAL NOT NULL, \"int\" INTEGER, \"big\" BIGINT, "
            "\"float\" DOUBLE PRECISION, \"dec\" DECIMAL(65,30), \"bool\" BOOLEAN, \"str\" TEXT, \"dt\" TIMESTAMP(3), "
            "\"json\" JSONB, \"bytes\" BYTEA, \"mood\" \"Mood\", "
            "\"small\" SMALLINT, \"real\" REAL, \"num\" NUMERIC, \"vc\" VARCHAR(191), \"uuid\" UUID, "
            "\"dt6\" TIMESTAMP(6), \"dttz\" TIMESTAMPTZ(6), \"date\" DATE, \"time\" TIME(6), \"jsontext\" JSON, "
            "\"ints\" INTEGER[], \"bigs\" BIGINT[], \"texts\" TEXT[], \"decs\" DECIMAL(65,30)[], \"moods\" \"Mood\"[], "
            "\"dts\" TIMESTAMP(3)[], \"uuids\" UUID[], "
            "CONSTRAINT \"AllTypes_pkey\" PRIMARY KEY (\"id\"))"_s);
        QVERIFY2(created, qPrintable(created ? QString() : errorText(created.error())));

        auto enums = PgValueCodec::loadEnumTypes(*m_db);
        QVERIFY(enums);
        m_enums = *enums;
        auto shape = m_db->exec(u"SELECT * FROM \"AllTypes\" LIMIT 0"_s);
        QVERIFY(shape);
        const QList<ColumnType> types = PgValueCodec::columnTypes(*shape, m_enums);
        for (qsizetype c = 0; c < types.size(); ++c)
            m_types.insert(shape->columns[c], types[c]);
        QCOMPARE(m_types[u"dec"_s].describe(), u"numeric(65,30)"_s);
        QCOMPARE(m_types[u"dt"_s].fractionDigits, 3);
        QCOMPARE(m_types[u"mood"_s].kind, ScalarKind::Enum);
        QCOMPARE(m_types[u"moods"_s].isList, true);
        QCOMPARE(m_types[u"moods"_s].enumName, u"Mood"_s);
        QCOMPARE(m_types[u"vc"_s].maxLength, 191);
    }

    void valuesRoundTripExactly_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<Value>("value");
        QTest::addColumn<Compare>("compare");
        const double inf = std::numeric_limits<double>::infinity();

        addRow("Int max", u"int"_s, Value::fromInt(std::numeric_limits<qint32>::max()));
        addRow("Int min", u"int"_s, Value::fromInt(std::numeric_limits<qint32>::min()));
        addRow("BigInt 2^63-1", u"big"_s, Value::fromBigInt(std::numeric_limits<qint64>::max()));
        addRow("BigInt -2^63", u"big"_s, Value::fromBigInt(std::numeric_limits<qint64>::min()));
        addRow("Float max", u"float"_s, Value::fromFloat(std::numeric_limits<double>::max()));
        addRow("Float denormal min", u"float"_s, Value::fromFloat(std::numeric_limits<double>::denorm_min()));
        addRow("Float 0.1", u"float"_s, Value::fromFloat(0.1));
        addRow("Float -0", u"float"_s, Value::fromFloat(-0.0));
        addRow("Float NaN", u"float"_s, Value::fromFloat(std::nan("")));
        addRow("Float +Inf", u"float"_s, Value::fromFloat(inf));
        addRow("Float -Inf", u"float"_s, Value::fromFloat(-inf));
        addRow("Decimal(65,30) max", u"dec"_s,
               dec(u"99999999999999999999999999999999999.999999999999999999999999999999"_s));
        addRow("Decimal(65,30) full precision negative", u"dec"_s,
               dec(u"-12345678901234567890123456789012345.123456789012345678901234567891"_s));
        addRow("Decimal(65,30) smallest step", u"dec"_s, dec(u"0.000000000000000000000000000001"_s));
        addRow("Decimal zero", u"dec"_s, dec(u"0"_s));
        addRow("numeric 1000 digits", u"num"_s, dec(QString(500, u'9') + u'.' + QString(500, u'1')));
        addRow("numeric NaN", u"num"_s, dec(u"NaN"_s));
        addRow("numeric -Infinity", u"num"_s, dec(u"-Infinity"_s));
        addRow("Boolean true", u"bool"_s, Value::fromBool(true));
        addRow("Boolean false", u"bool"_s, Value::fromBool(false));
        addRow("String emoji", u"str"_s, Value::fromString(u"zoë 👩‍💻 \"quotes\" \\ back'slash {a,b}"_s));
        addRow("String empty is not NULL", u"str"_s, Value::fromString(u""_s));
        addRow("String SQL NULL", u"str"_s, Value::null());
        addRow("VARCHAR(191) at its limit in code points", u"vc"_s, Value::fromString(QString(190, u'x') + u"😀"_s));
        addRow("DateTime before 1970", u"dt"_s, dt(u"1969-07-20T20:17:40.123Z"_s), Compare::SameInstant);
        addRow("DateTime year 1", u"dt"_s, dt(u"0001-01-01T00:00:00.000Z"_s), Compare::SameInstant);
        addRow("DateTime after 2038", u"dt"_s, dt(u"2038-01-19T03:14:08.001Z"_s), Compare::SameInstant);
        addRow("DateTime 9999", u"dt"_s, dt(u"9999-12-31T23:59:59.999Z"_s), Compare::SameInstant);
        addRow("DateTime with offset into TIMESTAMP(3)", u"dt"_s, dt(u"2024-01-01T01:30:00.5+05:30"_s),
               Compare::SameInstant);
        addRow("TIMESTAMP(6) microseconds before 1970", u"dt6"_s, dt(u"1969-12-31T23:59:59.999999Z"_s),
               Compare::SameInstant);
        addRow("TIMESTAMPTZ(6) keeps the instant", u"dttz"_s, dt(u"2100-02-28T12:34:56.654321-03:00"_s),
               Compare::SameInstant);
        addRow("DATE", u"date"_s, dt(u"1960-02-29"_s), Compare::SameInstant);
        addRow("TIME(6)", u"time"_s, dt(u"1970-01-01T23:59:59.999999Z"_s), Compare::SameInstant);
        addRow("Json object", u"json"_s, json(u"{\"b\": [1, 2.5, \"x\"], \"a\": {\"nested\": true}}"_s), Compare::SameJson);
        addRow("Json array", u"json"_s, json(u"[1, \"two\", null]"_s), Compare::SameJson);
        addRow("Json string", u"json"_s, json(u"\"just text\""_s), Compare::SameJson);
        addRow("Json number", u"json"_s, json(u"42"_s), Compare::SameJson);
        addRow("Json null is not SQL NULL", u"json"_s, Value::fromJson(Json::jsonNull()));
        addRow("Json SQL NULL", u"json"_s, Value::null());
        addRow("json keeps text exactly", u"jsontext"_s, json(u"{\"b\":1,  \"a\": 1.50}"_s));
        addRow("Bytes invalid UTF-8 and NULs", u"bytes"_s, Value::fromBytes(QByteArray("\x00\xff\xfe\x80\x00 tail\xc3", 11)));
        addRow("Bytes empty is not NULL", u"bytes"_s, Value::fromBytes(QByteArray()));
        addRow("enum", u"mood"_s, mood(u"HAPPY"_s));
        addRow("enum label with a quote", u"mood"_s, mood(u"it's complicated"_s));
        addRow("SMALLINT min", u"small"_s, Value::fromInt(-32768));
        addRow("REAL", u"real"_s, Value::fromFloat(0.5));
        addRow("uuid", u"uuid"_s, Value::fromString(u"123e4567-e89b-12d3-a456-426614174000"_s));
        addRow("Int[] with NULL and min", u"ints"_s,
               Value::fromList({Value::fromInt(1), Value::null(), Value::fromInt(std::numeric_limits<qint32>::min())}));
        addRow("Int[] empty", u"ints"_s, Value::fromList({}));
        addRow("BigInt[] extremes", u"bigs"_s, Value::fromList({Value::fromBigInt(std::numeric_limits<qint64>::min()),
                                                                 Value::fromBigInt(std::numeric_limits<qint64>::max())}));
        addRow("String[] with NULL element and syntax characters", u"texts"_s,
               Value::fromList({Value::fromString(u"a,b"_s), Value::null(), Value::fromString(u"NULL"_s),
                                Value::fromString(u""_s), Value::fromString(u"{\"x\\y\"}"_s)}));
        addRow("Decimal[]", u"decs"_s, Value::fromList({dec(u"1.5"_s), dec(u"-0.000000000000000000000000000001"_s)}));
        addRow("enum[]", u"moods"_s, Value::fromList({mood(u"SAD"_s), mood(u"it's complicated"_s)}));
        addRow("uuid[]", u"uuids"_s, Value::fromList({Value::fromString(u"00000000-0000-0000-0000-000000000000"_s)}));
    }
    void valuesRoundTripExactly()
    {
        QFETCH(QString, column);
        QFETCH(Value, value);
        QFETCH(Compare, compare);
        const ColumnType type = m_types.value(column);
        auto cell = PgValueCodec::encode(value, type);
        QVERIFY2(cell, qPrintable(cell ? QString() : errorText(cell.error())));
        auto inserted = m_db->exec(u"INSERT INTO \"AllTypes\" (\"%1\") VALUES ($1) RETURNING \"id\""_s.arg(column),
                                   {*cell}, {PgValueCodec::parameterType(type)});
        QVERIFY2(inserted, qPrintable(inserted ? QString() : errorText(inserted.error())));
        auto read = m_db->exec(u"SELECT \"%1\" FROM \"AllTypes\" WHERE \"id\" = $1"_s.arg(column),
                               {inserted->rows[0][0]});
        QVERIFY(read);
        auto decoded = PgValueCodec::decodeRow(*read, 0, PgValueCodec::columnTypes(*read, m_enums));
        QVERIFY2(decoded, qPrintable(decoded ? QString() : errorText(decoded.error())));
        const Value back = decoded->first();

        switch (compare) {
        case Compare::Exact:
            QCOMPARE(back.kind(), value.kind());
            QVERIFY2(back == value, qPrintable(u"sent %1, got %2"_s.arg(value.describe(), back.describe())));
            break;
        case Compare::SameInstant:
            QCOMPARE(back.kind(), ScalarKind::DateTime);
            QVERIFY2(back.toDateTime().sameInstant(value.toDateTime()),
                     qPrintable(u"sent %1, got %2"_s.arg(value.describe(), back.describe())));
            break;
        case Compare::SameJson:
            // jsonb stores a parsed form: key order and spacing are not kept, the value is.
            QCOMPARE(back.kind(), ScalarKind::Json);
            QVERIFY2(back.toJson().semanticallyEquals(value.toJson()), qPrintable(back.toJson().text()));
            break;
        }
    }

    void timestampWithoutZoneReadsAsWallClock()
    {
        auto r = m_db->exec(u"SELECT TIMESTAMP '1900-01-01 00:00:00.123456', TIMESTAMPTZ '2024-06-01 12:00:00+00'"_s);
        QVERIFY(r);
        auto values = PgValueCodec::decodeRow(*r, 0, PgValueCodec::columnTypes(*r));
        QVERIFY(values);
        QVERIFY(!values->at(0).toDateTime().hasZone());
        QCOMPARE(values->at(0).toDateTime().toIso8601(), u"1900-01-01T00:00:00.123456"_s);
        QVERIFY(values->at(1).toDateTime().hasZone());
        QCOMPARE(values->at(1).toDateTime().toUtcIso8601(), u"2024-06-01T12:00:00.000Z"_s);
    }

    void sixteenMegabytesOfBytes()
    {
        QByteArray big(16 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(4);
        generator.fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
        const Value value = Value::fromBytes(big);
        auto cell = PgValueCodec::encode(value, m_types[u"bytes"_s]);
        QVERIFY(cell);
        auto inserted = m_db->exec(u"INSERT INTO \"AllTypes\" (\"bytes\") VALUES ($1) RETURNING \"id\""_s, {*cell});
        QVERIFY(inserted);
        auto read = m_db->exec(u"SELECT \"bytes\", length(\"bytes\") FROM \"AllTypes\" WHERE \"id\" = $1"_s,
                               {inserted->rows[0][0]});
        QVERIFY(read);
        QCOMPARE(*read->rows[0][1], QByteArray::number(big.size()));
        auto back = PgValueCodec::decode(read->rows[0][0], PgValueCodec::columnTypes(*read)[0]);
        QVERIFY(back);
        QVERIFY(back->toBytes() == big);
    }

    void valuesThatDoNotFitAreRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("Int overflow") << u"int"_s << Value::fromBigInt(2147483648LL)
                                      << u"BigInt 2147483648 does not fit column type integer"_s;
        QTest::newRow("SMALLINT overflow") << u"small"_s << Value::fromInt(32768) << u"smallint"_s;
        QTest::newRow("Decimal too precise") << u"dec"_s << dec(u"0.0000000000000000000000000000001"_s)
                                             << u"Decimal 0.0000000000000000000000000000001 does not fit column type "
                                                "numeric(65,30)"_s;
        QTest::newRow("Decimal too large") << u"dec"_s << dec(QString(36, u'9')) << u"numeric(65,30)"_s;
        QTest::newRow("microseconds into TIMESTAMP(3)") << u"dt"_s << dt(u"2024-01-01T00:00:00.000001Z"_s)
                                                        << u"timestamp(3)"_s;
        QTest::newRow("VARCHAR(191) too long") << u"vc"_s << Value::fromString(QString(192, u'x'))
                                               << u"character varying(191)"_s;
        QTest::newRow("NUL in text") << u"str"_s << Value::fromString(u"a"_s + QChar(0) + u"b"_s)
                                     << u"NUL"_s;
        QTest::newRow("not a uuid") << u"uuid"_s << Value::fromString(u"not-a-uuid"_s) << u"UUID"_s;
        QTest::newRow("Int[] element overflow") << u"ints"_s
                                                << Value::fromList({Value::fromBigInt(1LL << 40)}) << u"integer"_s;
    }
    void valuesThatDoNotFitAreRefusedBeforeSending()
    {
        QFETCH(QString, column);
        QFETCH(Value, value);
        QFETCH(QString, mentions);
        auto cell = PgValueCodec::encode(value, m_types.value(column));
        QVERIFY(!cell);
        QVERIFY2(cell.error().message.contains(mentions), qPrintable(cell.error().message));
        QVERIFY(cell.error().prismaCode == u"P2020"_s || cell.error().prismaCode == u"P2000"_s
                || cell.error().prismaCode == u"P2007"_s);
    }

    void postgresWouldHaveRoundedWhatTheEncoderRefuses()
    {
        // Why the check exists: sent anyway, PostgreSQL silently rounds the 31st fractional digit away.
        auto r = m_db->exec(u"INSERT INTO \"AllTypes\" (\"dec\") VALUES ($1) RETURNING \"dec\""_s,
                            {QByteArray("0.0000000000000000000000000000009")});
        QVERIFY(r);
        QCOMPARE(*r->rows[0][0], QByteArray("0.000000000000000000000000000001"));
    }

    void cleanupTestCase()
    {
        if (m_db)
            QVERIFY(m_db->exec(u"DROP SCHEMA "_s + u'"' + QString(Schema).replace(u'"', u"\"\""_s) + u'"'
                               + u" CASCADE"_s));
    }
};

QTEST_GUILESS_MAIN(TestValueRoundTripPg)
#include "tst_value_roundtrip_pg.moc"
