// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Every Prisma scalar through the test run's MariaDB and back with MySqlValueCodec, in a table with the column
// types Prisma Migrate creates for MySQL. The connection options come from the Prisma URL (ConnectionUrl).
// MySQL normalises JSON text (MariaDB keeps it, but Prisma users run both), so Json compares as JSON values.
#include "TestServers.h"
#include "ValueLiterals.h"
#include "qtsql/MySqlValueCodec.h"
#include "qtsql/QtSqlConnection.h"
#include "url/ConnectionUrl.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace facet::db;
using facet::test::Compare;
using facet::test::dec;
using facet::test::dt;
using facet::test::json;

namespace {

} // namespace

class TestValueRoundTripMySql : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QtSqlConnection> m_db;
    QHash<QString, ColumnType> m_types;

    // DATETIME(6) is read as text: QDateTime, which QMYSQL uses, stops at milliseconds.
    static QString selectExpression(const QString &column)
    {
        return column == u"dt6"_s ? u"CAST(`dt6` AS CHAR)"_s : u'`' + column + u'`';
    }

    Result<Value> roundTrip(const QString &column, const Value &value)
    {
        const ColumnType type = m_types.value(column);
        auto bound = MySqlValueCodec::encode(value, type);
        if (!bound)
            return std::unexpected(bound.error());
        auto inserted = m_db->exec(u"INSERT INTO `AllTypes` (`%1`) VALUES (?)"_s.arg(column), {*bound});
        if (!inserted)
            return std::unexpected(inserted.error());
        auto read = m_db->exec(u"SELECT %1 FROM `AllTypes` WHERE `id` = ?"_s.arg(selectExpression(column)),
                               {inserted->lastInsertId});
        if (!read)
            return std::unexpected(read.error());
        return MySqlValueCodec::decode(read->rows.at(0).at(0), type);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto my = facet::test::TestServers::mysql();
        QVERIFY2(my, qPrintable(my.error()));
        const auto url = ConnectionUrl::parse(my->url + u"?connect_timeout=5&socket_timeout=60"_s);
        QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
        auto c = QtSqlConnection::open(url->toQtSqlOptions());
        QVERIFY2(c, qPrintable(c ? QString() : c.error().summary()));
        m_db = std::move(*c);
        QVERIFY(m_db->exec(u"DROP TABLE IF EXISTS `AllTypes`"_s));
        auto created = m_db->exec(
            u"CREATE TABLE `AllTypes` (`id` INTEGER NOT NULL AUTO_INCREMENT, `int` INTEGER NULL, `big` BIGINT NULL, "
            "`float` DOUBLE NULL, `dec` DECIMAL(65, 30) NULL, `bool` BOOLEAN NULL, `str` VARCHAR(191) NULL, "
            "`dt` DATETIME(3) NULL, `json` JSON NULL, `bytes` LONGBLOB NULL, "
            "`mood` ENUM('HAPPY', 'SAD', 'it''s complicated') NULL, "
            "`small` SMALLINT NULL, `ubig` BIGINT UNSIGNED NULL, `dt6` DATETIME(6) NULL, `date` DATE NULL, "
            "`txt` TEXT NULL, "
            "PRIMARY KEY (`id`)) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"_s);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().summary()));
        auto columns = m_db->exec(u"SELECT COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS "
                                  "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'AllTypes'"_s);
        QVERIFY(columns);
        for (const QVariantList &row : columns->rows)
            m_types.insert(row[0].toString(), MySqlValueCodec::columnType(row[1].toString()));
        // What the Prisma schema says and the catalogue cannot: MariaDB reports JSON as longtext, and the enum's name.
        m_types[u"json"_s] = MySqlValueCodec::columnType(u"json");
        m_types[u"mood"_s].enumName = u"Mood"_s;
        QCOMPARE(m_types[u"bool"_s].kind, ScalarKind::Boolean);
        QCOMPARE(m_types[u"dec"_s].precision, 65);
        QCOMPARE(m_types[u"dec"_s].scale, 30);
        QCOMPARE(m_types[u"dt"_s].fractionDigits, 3);
        QCOMPARE(m_types[u"mood"_s].enumLabels, (QStringList{u"HAPPY"_s, u"SAD"_s, u"it's complicated"_s}));
        QCOMPARE(m_types[u"ubig"_s].isUnsigned, true);
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
        row("BigInt UNSIGNED 2^63-1", u"ubig"_s, Value::fromBigInt(std::numeric_limits<qint64>::max()));
        row("Float max", u"float"_s, Value::fromFloat(std::numeric_limits<double>::max()));
        row("Float min normal", u"float"_s, Value::fromFloat(std::numeric_limits<double>::min()));
        row("Float 0.1", u"float"_s, Value::fromFloat(0.1));
        row("Float -1/3", u"float"_s, Value::fromFloat(-1.0 / 3.0));
        row("Decimal(65,30) max", u"dec"_s, dec(u"99999999999999999999999999999999999.999999999999999999999999999999"_s));
        row("Decimal(65,30) full precision negative", u"dec"_s,
            dec(u"-12345678901234567890123456789012345.123456789012345678901234567891"_s));
        row("Decimal smallest step", u"dec"_s, dec(u"0.000000000000000000000000000001"_s));
        row("Boolean true", u"bool"_s, Value::fromBool(true));
        row("Boolean false", u"bool"_s, Value::fromBool(false));
        row("String emoji", u"str"_s, Value::fromString(u"zoë 👩‍💻 'quotes' \\ back"_s));
        row("String empty is not NULL", u"str"_s, Value::fromString(u""_s));
        row("String SQL NULL", u"str"_s, Value::null());
        row("VARCHAR(191) at its limit", u"str"_s, Value::fromString(QString(190, u'x') + u"😀"_s));
        row("TEXT with NUL", u"txt"_s, Value::fromString(u"a"_s + QChar(0) + u"b"_s));
        row("DATETIME(3) before 1970", u"dt"_s, dt(u"1969-07-20T20:17:40.123Z"_s), Compare::SameInstant);
        row("DATETIME(3) year 1000", u"dt"_s, dt(u"1000-01-01T00:00:00.000Z"_s), Compare::SameInstant);
        row("DATETIME(3) after 2038", u"dt"_s, dt(u"2038-01-19T03:14:08.001Z"_s), Compare::SameInstant);
        row("DATETIME(3) 9999", u"dt"_s, dt(u"9999-12-31T23:59:59.999Z"_s), Compare::SameInstant);
        row("DATETIME(3) from an offset", u"dt"_s, dt(u"2024-01-01T01:30:00.5+05:30"_s), Compare::SameInstant);
        row("DATETIME(6) microseconds", u"dt6"_s, dt(u"1969-12-31T23:59:59.999999Z"_s), Compare::SameInstant);
        row("DATE", u"date"_s, dt(u"1960-02-29"_s), Compare::SameInstant);
        row("Json object", u"json"_s, json(u"{\"b\": [1, 2.5, \"x\"], \"a\": {\"nested\": true}}"_s), Compare::SameJson);
        row("Json array", u"json"_s, json(u"[1, \"two\", null]"_s), Compare::SameJson);
        row("Json string", u"json"_s, json(u"\"just text\""_s), Compare::SameJson);
        row("Json number", u"json"_s, json(u"42"_s), Compare::SameJson);
        row("Json null is not SQL NULL", u"json"_s, Value::fromJson(Json::jsonNull()), Compare::SameJson);
        row("Json SQL NULL", u"json"_s, Value::null());
        row("Bytes invalid UTF-8 and NULs", u"bytes"_s, Value::fromBytes(QByteArray("\x00\xff\xfe\x80\x00 tail\xc3", 11)));
        row("Bytes empty is not NULL", u"bytes"_s, Value::fromBytes(QByteArray()));
        row("enum", u"mood"_s, Value::fromEnum(u"Mood"_s, u"HAPPY"_s));
        row("enum label with a quote", u"mood"_s, Value::fromEnum(u"Mood"_s, u"it's complicated"_s));
        row("SMALLINT min", u"small"_s, Value::fromInt(-32768));
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
            QCOMPARE(back->kind(), ScalarKind::DateTime);
            QVERIFY2(back->toDateTime().sameInstant(value.toDateTime()),
                     qPrintable(u"sent %1, got %2"_s.arg(value.toDateTime().toUtcIso8601(),
                                                         back->toDateTime().toUtcIso8601())));
            break;
        case Compare::SameJson:
            QCOMPARE(back->kind(), ScalarKind::Json);
            QVERIFY2(back->toJson().semanticallyEquals(value.toJson()), qPrintable(back->toJson().text()));
            break;
        }
    }

    void sixteenMegabytesOfBytes()
    {
        // 16 MB (10^6): MariaDB's default max_allowed_packet is 16 MiB, and a statement carrying exactly 16 MiB
        // of data plus its own bytes would exceed it; that limit is the server's, not Facet's.
        QByteArray big(16'000'000, Qt::Uninitialized);
        QRandomGenerator generator(4);
        generator.fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
        auto back = roundTrip(u"bytes"_s, Value::fromBytes(big));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().summary()));
        QCOMPARE(back->toBytes().size(), big.size());
        QVERIFY(back->toBytes() == big);
    }

    void valuesThatDoNotFitAreRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("Int overflow") << u"int"_s << Value::fromBigInt(2147483648LL)
                                      << u"BigInt 2147483648 does not fit column type INT"_s;
        QTest::newRow("negative into UNSIGNED") << u"ubig"_s << Value::fromBigInt(-1) << u"unsigned"_s;
        QTest::newRow("Decimal too precise") << u"dec"_s << dec(u"0.0000000000000000000000000000001"_s)
                                             << u"DECIMAL(65,30)"_s;
        QTest::newRow("milliseconds are all DATETIME(3) keeps") << u"dt"_s << dt(u"2024-01-01T00:00:00.0001Z"_s)
                                                                << u"DATETIME(3)"_s;
        QTest::newRow("VARCHAR(191) too long") << u"str"_s << Value::fromString(QString(192, u'x')) << u"191"_s;
        QTest::newRow("unknown enum label") << u"mood"_s << Value::fromEnum(u"Mood"_s, u"ANGRY"_s) << u"ANGRY"_s;
        QTest::newRow("NaN") << u"float"_s << Value::fromFloat(std::nan("")) << u"NaN"_s;
        QTest::newRow("list") << u"int"_s << Value::fromList({Value::fromInt(1)}) << u"List"_s;
    }
    void valuesThatDoNotFitAreRefusedBeforeSending()
    {
        QFETCH(QString, column);
        QFETCH(Value, value);
        QFETCH(QString, mentions);
        auto bound = MySqlValueCodec::encode(value, m_types.value(column));
        QVERIFY(!bound);
        QVERIFY2(bound.error().message.contains(mentions), qPrintable(bound.error().message));
    }

    void decimalArrivesAsTextNotDouble()
    {
        auto r = m_db->exec(u"SELECT CAST('0.1000000000000000055511151231257827' AS DECIMAL(65,34))"_s);
        QVERIFY(r);
        QCOMPARE(r->rows[0][0].typeId(), QMetaType::QString);
        auto v = MySqlValueCodec::decode(r->rows[0][0], MySqlValueCodec::columnType(u"decimal(65,34)"));
        QVERIFY(v);
        QCOMPARE(v->toDecimal().toString(), u"0.1000000000000000055511151231257827"_s);
    }

    void cleanupTestCase()
    {
        if (m_db)
            QVERIFY(m_db->exec(u"DROP TABLE `AllTypes`"_s));
    }
};

QTEST_GUILESS_MAIN(TestValueRoundTripMySql)
#include "tst_value_roundtrip_mysql.moc"
