// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "core/DbError.h"
#include "core/PrismaErrorCodes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;

class TestPrismaErrorCodes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void postgresStatesMapToPrismaCodes_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("code");
        QTest::newRow("unique") << u"23505"_s << u"P2002"_s;
        QTest::newRow("foreign key") << u"23503"_s << u"P2003"_s;
        QTest::newRow("not null") << u"23502"_s << u"P2011"_s;
        QTest::newRow("too long") << u"22001"_s << u"P2000"_s;
        QTest::newRow("serialization") << u"40001"_s << u"P2034"_s;
        QTest::newRow("deadlock") << u"40P01"_s << u"P2034"_s;
        QTest::newRow("bad password") << u"28P01"_s << u"P1000"_s;
        QTest::newRow("no database") << u"3D000"_s << u"P1003"_s;
        QTest::newRow("syntax error has no Prisma code") << u"42601"_s << QString();
    }
    void postgresStatesMapToPrismaCodes()
    {
        QFETCH(QString, state);
        QFETCH(QString, code);
        QCOMPARE(prismaCodeForSqlState(state), code);
    }

    void mysqlErrorsMapToPrismaCodes()
    {
        QCOMPARE(prismaCodeForMySqlError(1062), u"P2002"_s);
        QCOMPARE(prismaCodeForMySqlError(1452), u"P2003"_s);
        QCOMPARE(prismaCodeForMySqlError(1213), u"P2034"_s);
        QCOMPARE(prismaCodeForMySqlError(1045), u"P1000"_s);
        QCOMPARE(prismaCodeForMySqlError(2003), u"P1001"_s);
        QCOMPARE(prismaCodeForMySqlError(1064), QString());
    }

    void sqliteExtendedCodesMapToPrismaCodes()
    {
        QCOMPARE(prismaCodeForSqliteError(2067), u"P2002"_s);
        QCOMPARE(prismaCodeForSqliteError(1555), u"P2002"_s);
        QCOMPARE(prismaCodeForSqliteError(787), u"P2003"_s);
        QCOMPARE(prismaCodeForSqliteError(1299), u"P2011"_s);
        QCOMPARE(prismaCodeForSqliteError(1), QString());
    }

    void summaryNamesBothCodesAndTheDetail()
    {
        DbError e;
        e.prismaCode = u"P2002"_s;
        e.sqlState = u"23505"_s;
        e.message = u"duplicate key value violates unique constraint \"users_email_key\""_s;
        e.detail = u"Key (email)=(a@b.c) already exists."_s;
        QCOMPARE(e.summary(), u"P2002 (23505): duplicate key value violates unique constraint \"users_email_key\" — "
                              "Key (email)=(a@b.c) already exists."_s);
        DbError bare;
        bare.message = u"boom"_s;
        QCOMPARE(bare.summary(), u"boom"_s);
    }
};

QTEST_GUILESS_MAIN(TestPrismaErrorCodes)
#include "tst_prisma_error_codes.moc"
