// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "PrismaErrorCodes.h"

using namespace Qt::StringLiterals;

namespace facet::db {

QString prismaCodeForSqlState(QStringView sqlState)
{
    struct Entry {
        QStringView state;
        QStringView code;
    };
    static constexpr Entry table[] = {
        {u"23505", u"P2002"}, // unique_violation
        {u"23503", u"P2003"}, // foreign_key_violation
        {u"23502", u"P2011"}, // not_null_violation
        {u"22001", u"P2000"}, // string_data_right_truncation: value too long for the column
        {u"22003", u"P2020"}, // numeric_value_out_of_range
        {u"40001", u"P2034"}, // serialization_failure
        {u"40P01", u"P2034"}, // deadlock_detected
        {u"28P01", u"P1000"}, // invalid_password
        {u"28000", u"P1000"}, // invalid_authorization_specification
        {u"3D000", u"P1003"}, // invalid_catalog_name: database does not exist
        {u"57014", u"P1008"}, // query_canceled (statement timeout)
        {u"57P01", u"P1017"}, // admin_shutdown: server closed the connection
        {u"08006", u"P1017"}, // connection_failure
        {u"08001", u"P1001"}, // sqlclient_unable_to_establish_sqlconnection
        {u"42P01", u"P2021"}, // undefined_table
        {u"42703", u"P2022"}, // undefined_column
        {u"53300", u"P2037"}, // too_many_connections
    };
    for (const auto &e : table) {
        if (e.state == sqlState)
            return e.code.toString();
    }
    return {};
}

QString prismaCodeForMySqlError(int errorNumber)
{
    switch (errorNumber) {
    case 1062: // ER_DUP_ENTRY
    case 1586: // ER_DUP_ENTRY_WITH_KEY_NAME
        return u"P2002"_s;
    case 1451: // ER_ROW_IS_REFERENCED_2
    case 1452: // ER_NO_REFERENCED_ROW_2
        return u"P2003"_s;
    case 1048: // ER_BAD_NULL_ERROR
    case 1364: // ER_NO_DEFAULT_FOR_FIELD
        return u"P2011"_s;
    case 1406: // ER_DATA_TOO_LONG
        return u"P2000"_s;
    case 1264: // ER_WARN_DATA_OUT_OF_RANGE
        return u"P2020"_s;
    case 1213: // ER_LOCK_DEADLOCK
    case 1205: // ER_LOCK_WAIT_TIMEOUT
        return u"P2034"_s;
    case 1317: // ER_QUERY_INTERRUPTED: KILL QUERY (Facet's cancel)
    case 1969: // ER_STATEMENT_TIMEOUT (MariaDB max_statement_time)
    case 3024: // ER_QUERY_TIMEOUT (MySQL max_execution_time)
        return u"P1008"_s;
    case 1040: // ER_CON_COUNT_ERROR
    case 1203: // ER_TOO_MANY_USER_CONNECTIONS
        return u"P2037"_s;
    case 1045: // ER_ACCESS_DENIED_ERROR
        return u"P1000"_s;
    case 1049: // ER_BAD_DB_ERROR
        return u"P1003"_s;
    case 1146: // ER_NO_SUCH_TABLE
        return u"P2021"_s;
    case 1054: // ER_BAD_FIELD_ERROR
        return u"P2022"_s;
    case 2002: // CR_CONNECTION_ERROR
    case 2003: // CR_CONN_HOST_ERROR
    case 2005: // CR_UNKNOWN_HOST
        return u"P1001"_s;
    case 2006: // CR_SERVER_GONE_ERROR
    case 2013: // CR_SERVER_LOST
        return u"P1017"_s;
    default:
        return {};
    }
}

QString prismaCodeForSqliteError(int extendedCode)
{
    switch (extendedCode) {
    case 2067: // SQLITE_CONSTRAINT_UNIQUE
    case 1555: // SQLITE_CONSTRAINT_PRIMARYKEY
        return u"P2002"_s;
    case 787: // SQLITE_CONSTRAINT_FOREIGNKEY
        return u"P2003"_s;
    case 1299: // SQLITE_CONSTRAINT_NOTNULL
        return u"P2011"_s;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return u"P2034"_s;
    case 9: // SQLITE_INTERRUPT: sqlite3_interrupt (Facet's cancel)
        return u"P1008"_s;
    case 14: // SQLITE_CANTOPEN
        return u"P1003"_s;
    default:
        return {};
    }
}

} // namespace facet::db
