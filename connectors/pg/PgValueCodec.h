// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/DbError.h"
#include "pg/PgConnection.h"
#include "value/ColumnType.h"
#include "value/Value.h"

#include <QHash>

namespace facet::db {

class PgConnection;

/// Enum (and enum array) types of one database by type OID, from PgValueCodec::loadEnumTypes.
using PgEnumTypes = QHash<quint32, ColumnType>;

/// Converts between Values and PostgreSQL's text format, exactly: numeric and int8 as digits, timestamps with
/// microseconds, bytea as hex, arrays element by element. Text format for everything keeps one code path
/// and is exact for every type Prisma uses; binary results are a later optimisation for large reads.
/// Requires the session's DateStyle to be ISO (PostgreSQL's default) and bytea_output hex (also default).
class PgValueCodec final {
public:
    /// The column type for a type OID and modifier as PQftype/PQfmod report them. Built-in types only; an
    /// OID found in `enums` gives that enum; any other OID reads as String (its text form).
    [[nodiscard]] static ColumnType columnType(quint32 oid, int typmod, const PgEnumTypes &enums = {});
    [[nodiscard]] static QList<ColumnType> columnTypes(const PgResult &result, const PgEnumTypes &enums = {});

    /// Reads pg_enum once: every enum type (and its array type) of the database with its labels.
    [[nodiscard]] static Result<PgEnumTypes> loadEnumTypes(PgConnection &connection);

    /// The parameter text for `value` in a column of `type`, after checkValueFits: a value the column would
    /// round, truncate or reject is refused here, before anything is sent.
    [[nodiscard]] static Result<PgCell> encode(const Value &value, const ColumnType &type);
    /// The OID to declare for a parameter of this type (0 lets the server infer it, e.g. for enums).
    [[nodiscard]] static quint32 parameterType(const ColumnType &type) { return type.pgOid; }

    [[nodiscard]] static Result<Value> decode(const PgCell &cell, const ColumnType &type);
    [[nodiscard]] static Result<QList<Value>> decodeRow(const PgResult &result, qsizetype row,
                                                        const QList<ColumnType> &types);
};

} // namespace facet::db
