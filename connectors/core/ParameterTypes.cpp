// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "ParameterTypes.h"

namespace facet::db {

namespace {

// PostgreSQL's built-in type OIDs (pg_type.dat); stable across versions.
constexpr quint32 BoolOid = 16;
constexpr quint32 ByteaOid = 17;
constexpr quint32 Int8Oid = 20;
constexpr quint32 Int4Oid = 23;
constexpr quint32 Float8Oid = 701;
constexpr quint32 NumericOid = 1700;

} // namespace

ColumnType inferredParameterType(const Value &value)
{
    ColumnType t;
    ScalarKind kind = value.kind();
    if (kind == ScalarKind::List) {
        t.isList = true;
        kind = ScalarKind::Null;
        for (const Value &element : value.toList()) {
            if (!element.isNull()) {
                kind = element.kind();
                break;
            }
        }
    }
    t.kind = kind == ScalarKind::Null ? ScalarKind::String : kind;
    if (kind == ScalarKind::Enum && !t.isList)
        t.enumName = value.toEnum().enumName;
    if (!t.isList) {
        switch (kind) {
        case ScalarKind::Int: t.pgOid = Int4Oid; break;
        case ScalarKind::BigInt: t.pgOid = Int8Oid; break;
        case ScalarKind::Float: t.pgOid = Float8Oid; break;
        case ScalarKind::Decimal: t.pgOid = NumericOid; break;
        case ScalarKind::Boolean: t.pgOid = BoolOid; break;
        case ScalarKind::Bytes: t.pgOid = ByteaOid; break;
        default: break; // unknown: the server infers it from where the parameter is used
        }
    }
    return t;
}

ColumnType parameterType(const Statement &statement, qsizetype index)
{
    if (index < statement.paramTypes.size())
        return statement.paramTypes.at(index);
    return inferredParameterType(statement.params.at(index));
}

} // namespace facet::db
