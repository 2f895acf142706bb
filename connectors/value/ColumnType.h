// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/DbError.h"
#include "value/ScalarKind.h"

#include <QString>
#include <QStringList>

namespace facet::db {

class Value;

/// What a column can hold, as much as codecs need to read a cell exactly and to refuse a value that the
/// database would round, truncate or reject. Built by each provider's codec from what the database reports
/// (PostgreSQL type OID and typmod, MySQL/SQLite declared type) or from the Prisma schema.
struct ColumnType {
    enum class Temporal { DateTime, Date, Time };

    ScalarKind kind = ScalarKind::String; ///< the Prisma scalar; for a list, the element's
    QString nativeName;                   ///< as the database spells it, for messages: "integer", "DECIMAL(65,30)"
    bool isList = false;                  ///< PostgreSQL array of `kind`
    int integerBits = 0;                  ///< Int/BigInt columns: 8, 16, 24, 32 or 64; 0 = the kind's width
    bool isUnsigned = false;              ///< MySQL UNSIGNED integers
    int precision = -1;                   ///< Decimal: total digits; -1 = unbounded (PostgreSQL numeric)
    int scale = -1;                       ///< Decimal: digits after the point; -1 = unbounded
    int maxLength = -1;                   ///< String: characters (code points); Bytes: bytes; -1 = unbounded
    int fractionDigits = 6;               ///< DateTime: digits of second fractions the column keeps (0–6)
    Temporal temporal = Temporal::DateTime;
    bool hasTimeZone = false;             ///< timestamptz / timetz
    bool isUuid = false;                  ///< a String column of type uuid: text must be a UUID
    bool allowsNonFinite = true;          ///< Float: NaN/±Infinity storable (PostgreSQL, SQLite; not MySQL)
    QString enumName;                     ///< Enum columns
    QStringList enumLabels;               ///< known labels (MySQL ENUM(...)); empty = not checked here
    quint32 pgOid = 0;                    ///< PostgreSQL type OID (of the array type for lists), 0 if unknown

    /// The database's name when known, else the Prisma kind ("Int", "String[]").
    [[nodiscard]] QString describe() const;
    /// The element type of a list column (same type with isList = false).
    [[nodiscard]] ColumnType elementType() const;
};

/// Builds the error every encoder returns for a value the column cannot store as it is: P2020 (out of range)
/// or P2000 (too long) or P2007 (wrong kind), naming the value (Value::describe) and the column type.
[[nodiscard]] DbError valueRefused(const QString &prismaCode, const Value &value, const ColumnType &type,
                                   const QString &reason);

/// Builds the error a decoder returns for a cell it cannot read exactly (P2023: inconsistent column data).
[[nodiscard]] DbError cellUnreadable(const ColumnType &type, const QString &reason);

/// Checks, before anything is sent, that `value` fits `type` without rounding, truncation or overflow:
/// integer width and sign, Decimal precision/scale, string and byte lengths, DateTime fraction digits and
/// date-only columns, uuid text, known enum labels, non-finite floats, list elements. NULL always passes
/// (nullability is the database's to enforce).
[[nodiscard]] Result<void> checkValueFits(const Value &value, const ColumnType &type);

} // namespace facet::db
