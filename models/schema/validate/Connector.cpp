// SPDX-License-Identifier: MIT
// Connector capabilities and native type constructors, after prisma-engines
// psl-core/src/builtin_connectors/{postgres,mysql,sqlite,mssql,cockroach}_datamodel_connector.rs,
// mongodb.rs and their native_types.rs.
#include "validate/Connector.h"

using namespace Qt::StringLiterals;

namespace facet::schema::validate {

namespace {

using S = ScalarType;
using RA = ReferentialAction;

Connector postgres()
{
    Connector c;
    c.provider = Provider::PostgreSQL;
    c.providerName = u"postgresql"_s;
    c.name = u"Postgres"_s;
    c.maxIdentifierLength = 63;
    c.constraintScopes = {ConstraintScope::GlobalPrimaryKeyKeyIndex, ConstraintScope::ModelPrimaryKeyKeyIndexForeignKey};
    c.enums = c.scalarLists = c.json = c.namedPrimaryKeys = c.namedForeignKeys = c.multiSchema = true;
    c.setNullOnNonNullableWithForeignKeys = true;
    c.foreignKeyActions = {RA::Cascade, RA::Restrict, RA::NoAction, RA::SetNull, RA::SetDefault};
    c.emulatedActions = {RA::Cascade, RA::Restrict, RA::SetNull};
    c.indexAlgorithms = {u"BTree"_s, u"Hash"_s, u"Gist"_s, u"Gin"_s, u"SpGist"_s, u"Brin"_s};
    c.nativeTypeConstructors = {
        {u"SmallInt"_s, 0, 0, {S::Int}},
        {u"Integer"_s, 0, 0, {S::Int}},
        {u"BigInt"_s, 0, 0, {S::BigInt}},
        {u"Decimal"_s, 0, 2, {S::Decimal}},
        {u"Money"_s, 0, 0, {S::Decimal}},
        {u"Inet"_s, 0, 0, {S::String}},
        {u"Oid"_s, 0, 0, {S::Int}},
        {u"Citext"_s, 0, 0, {S::String}},
        {u"Real"_s, 0, 0, {S::Float}},
        {u"DoublePrecision"_s, 0, 0, {S::Float}},
        {u"VarChar"_s, 0, 1, {S::String}},
        {u"Char"_s, 0, 1, {S::String}},
        {u"Text"_s, 0, 0, {S::String}},
        {u"ByteA"_s, 0, 0, {S::Bytes}},
        {u"Timestamp"_s, 0, 1, {S::DateTime}},
        {u"Timestamptz"_s, 0, 1, {S::DateTime}},
        {u"Date"_s, 0, 0, {S::DateTime}},
        {u"Time"_s, 0, 1, {S::DateTime}},
        {u"Timetz"_s, 0, 1, {S::DateTime}},
        {u"Boolean"_s, 0, 0, {S::Boolean}},
        {u"Bit"_s, 0, 1, {S::String}},
        {u"VarBit"_s, 0, 1, {S::String}},
        {u"Uuid"_s, 0, 0, {S::String}},
        {u"Xml"_s, 0, 0, {S::String}},
        {u"Json"_s, 0, 0, {S::Json}},
        {u"JsonB"_s, 0, 0, {S::Json}},
    };
    return c;
}

Connector cockroach()
{
    Connector c;
    c.provider = Provider::CockroachDB;
    c.providerName = u"cockroachdb"_s;
    c.name = u"CockroachDB"_s;
    c.maxIdentifierLength = 63;
    c.constraintScopes = {ConstraintScope::ModelPrimaryKeyKeyIndexForeignKey};
    c.enums = c.scalarLists = c.json = c.namedPrimaryKeys = c.namedForeignKeys = c.multiSchema = true;
    c.setNullOnNonNullableWithForeignKeys = false;
    c.foreignKeyActions = {RA::Cascade, RA::Restrict, RA::NoAction, RA::SetNull, RA::SetDefault};
    c.emulatedActions = {RA::Cascade, RA::Restrict, RA::NoAction, RA::SetNull};
    c.indexAlgorithms = {u"BTree"_s, u"Gin"_s};
    c.nativeTypeConstructors = {
        {u"Bit"_s, 0, 1, {S::String}},
        {u"Bool"_s, 0, 0, {S::Boolean}},
        {u"Bytes"_s, 0, 0, {S::Bytes}},
        {u"Char"_s, 0, 1, {S::String}},
        {u"CatalogSingleChar"_s, 0, 0, {S::String}},
        {u"Date"_s, 0, 0, {S::DateTime}},
        {u"Decimal"_s, 0, 2, {S::Decimal}},
        {u"Float4"_s, 0, 0, {S::Float}},
        {u"Float8"_s, 0, 0, {S::Float}},
        {u"Inet"_s, 0, 0, {S::String}},
        {u"Int2"_s, 0, 0, {S::Int}},
        {u"Int4"_s, 0, 0, {S::Int}},
        {u"Int8"_s, 0, 0, {S::BigInt}},
        {u"JsonB"_s, 0, 0, {S::Json}},
        {u"Oid"_s, 0, 0, {S::Int}},
        {u"String"_s, 0, 1, {S::String}},
        {u"Time"_s, 0, 1, {S::DateTime}},
        {u"Timestamp"_s, 0, 1, {S::DateTime}},
        {u"Timestamptz"_s, 0, 1, {S::DateTime}},
        {u"Timetz"_s, 0, 1, {S::DateTime}},
        {u"Uuid"_s, 0, 0, {S::String}},
        {u"VarBit"_s, 0, 1, {S::String}},
    };
    return c;
}

Connector mysql()
{
    Connector c;
    c.provider = Provider::MySQL;
    c.providerName = u"mysql"_s;
    c.name = u"MySQL"_s;
    c.maxIdentifierLength = 64;
    c.constraintScopes = {ConstraintScope::GlobalForeignKey, ConstraintScope::ModelKeyIndex};
    c.enums = c.json = c.namedForeignKeys = c.fullTextIndex = c.multipleFullTextAttributesPerModel = true;
    c.indexColumnLengthPrefixing = c.primaryKeySortOrder = true;
    c.autoIncrementNonIndexed = false;
    c.autoIncrementMultiple = false;
    c.foreignKeyActions = {RA::Cascade, RA::Restrict, RA::NoAction, RA::SetNull, RA::SetDefault};
    c.emulatedActions = {RA::Cascade, RA::Restrict, RA::NoAction, RA::SetNull};
    c.nativeTypeConstructors = {
        {u"Int"_s, 0, 0, {S::Int}},
        {u"UnsignedInt"_s, 0, 0, {S::Int}},
        {u"SmallInt"_s, 0, 0, {S::Int}},
        {u"UnsignedSmallInt"_s, 0, 0, {S::Int}},
        {u"TinyInt"_s, 0, 0, {S::Boolean, S::Int}},
        {u"UnsignedTinyInt"_s, 0, 0, {S::Boolean, S::Int}},
        {u"MediumInt"_s, 0, 0, {S::Int}},
        {u"UnsignedMediumInt"_s, 0, 0, {S::Int}},
        {u"BigInt"_s, 0, 0, {S::BigInt}},
        {u"UnsignedBigInt"_s, 0, 0, {S::BigInt}},
        {u"Decimal"_s, 0, 2, {S::Decimal}},
        {u"Float"_s, 0, 0, {S::Float}},
        {u"Double"_s, 0, 0, {S::Float}},
        {u"Bit"_s, 1, 0, {S::Boolean, S::Bytes}},
        {u"Char"_s, 1, 0, {S::String}},
        {u"VarChar"_s, 1, 0, {S::String}},
        {u"Binary"_s, 1, 0, {S::Bytes}},
        {u"VarBinary"_s, 1, 0, {S::Bytes}},
        {u"TinyBlob"_s, 0, 0, {S::Bytes}},
        {u"Blob"_s, 0, 0, {S::Bytes}},
        {u"MediumBlob"_s, 0, 0, {S::Bytes}},
        {u"LongBlob"_s, 0, 0, {S::Bytes}},
        {u"TinyText"_s, 0, 0, {S::String}},
        {u"Text"_s, 0, 0, {S::String}},
        {u"MediumText"_s, 0, 0, {S::String}},
        {u"LongText"_s, 0, 0, {S::String}},
        {u"Date"_s, 0, 0, {S::DateTime}},
        {u"Time"_s, 0, 1, {S::DateTime}},
        {u"DateTime"_s, 0, 1, {S::DateTime}},
        {u"Timestamp"_s, 0, 1, {S::DateTime}},
        {u"Year"_s, 0, 0, {S::Int}},
        {u"Json"_s, 0, 0, {S::Json}},
    };
    return c;
}

Connector sqlite()
{
    Connector c;
    c.provider = Provider::SQLite;
    c.providerName = u"sqlite"_s;
    c.name = u"sqlite"_s; // sic: Prisma's SQLite connector calls itself "sqlite" in messages
    c.maxIdentifierLength = 10000;
    c.constraintScopes = {ConstraintScope::GlobalKeyIndex};
    c.enums = c.json = true;
    c.autoIncrementOnNonId = false;
    c.autoIncrementNonIndexed = false;
    c.autoIncrementMultiple = false;
    c.foreignKeyActions = {RA::Cascade, RA::Restrict, RA::NoAction, RA::SetNull, RA::SetDefault};
    c.emulatedActions = {RA::Cascade, RA::Restrict, RA::SetNull};
    return c; // no native type constructors: every @db.* is "not supported for sqlite connector"
}

Connector sqlserver()
{
    Connector c;
    c.provider = Provider::SqlServer;
    c.providerName = u"sqlserver"_s;
    c.name = u"SQL Server"_s;
    c.referenceCycleDetection = true;
    c.relationFieldsInArbitraryOrder = false;
    c.maxIdentifierLength = 128;
    c.constraintScopes = {ConstraintScope::GlobalPrimaryKeyForeignKeyDefault, ConstraintScope::ModelPrimaryKeyKeyIndex};
    c.namedPrimaryKeys = c.namedForeignKeys = c.clustering = c.primaryKeySortOrder = c.multiSchema = true;
    c.autoIncrementMultiple = false;
    c.foreignKeyActions = {RA::Cascade, RA::NoAction, RA::SetNull, RA::SetDefault};
    c.emulatedActions = {RA::Cascade, RA::Restrict, RA::NoAction, RA::SetNull};
    c.nativeTypeConstructors = {
        {u"TinyInt"_s, 0, 0, {S::Int}},
        {u"SmallInt"_s, 0, 0, {S::Int}},
        {u"Int"_s, 0, 0, {S::Int}},
        {u"BigInt"_s, 0, 0, {S::BigInt}},
        {u"Decimal"_s, 0, 2, {S::Decimal}},
        {u"Money"_s, 0, 0, {S::Float}},
        {u"SmallMoney"_s, 0, 0, {S::Float}},
        {u"Bit"_s, 0, 0, {S::Boolean, S::Int}},
        {u"Float"_s, 0, 1, {S::Float}},
        {u"Real"_s, 0, 0, {S::Float}},
        {u"Date"_s, 0, 0, {S::DateTime}},
        {u"Time"_s, 0, 0, {S::DateTime}},
        {u"DateTime"_s, 0, 0, {S::DateTime}},
        {u"DateTime2"_s, 0, 0, {S::DateTime}},
        {u"DateTimeOffset"_s, 0, 0, {S::DateTime}},
        {u"SmallDateTime"_s, 0, 0, {S::DateTime}},
        {u"Char"_s, 0, 1, {S::String}},
        {u"NChar"_s, 0, 1, {S::String}},
        {u"VarChar"_s, 0, 1, {S::String}},
        {u"Text"_s, 0, 0, {S::String}},
        {u"NVarChar"_s, 0, 1, {S::String}},
        {u"NText"_s, 0, 0, {S::String}},
        {u"Binary"_s, 0, 1, {S::Bytes}},
        {u"VarBinary"_s, 0, 1, {S::Bytes}},
        {u"Image"_s, 0, 0, {S::Bytes}},
        {u"Xml"_s, 0, 0, {S::String}},
        {u"UniqueIdentifier"_s, 0, 0, {S::String}},
    };
    return c;
}

Connector mongodb()
{
    Connector c;
    c.provider = Provider::MongoDB;
    c.providerName = u"mongodb"_s;
    c.name = u"MongoDB"_s;
    c.referenceCycleDetection = true;
    c.maxIdentifierLength = 127;
    c.constraintScopes = {ConstraintScope::ModelKeyIndex};
    c.enums = c.scalarLists = c.json = c.fullTextIndex = c.compositeTypes = true;
    c.compoundIds = false;
    c.implicitManyToMany = false;
    c.suggestRelationIndexes = false;
    c.relationModes = {RelationMode::Prisma};
    c.foreignKeyActions = {};
    c.emulatedActions = {RA::Cascade, RA::Restrict, RA::NoAction, RA::SetNull};
    c.nativeTypeConstructors = {
        {u"String"_s, 0, 0, {S::String}},
        {u"Double"_s, 0, 0, {S::Float}},
        {u"BinData"_s, 0, 0, {S::Bytes}},
        {u"ObjectId"_s, 0, 0, {S::String, S::Bytes}},
        {u"Bool"_s, 0, 0, {S::Boolean}},
        {u"Date"_s, 0, 0, {S::DateTime}},
        {u"Timestamp"_s, 0, 0, {S::DateTime}},
        {u"Int"_s, 0, 0, {S::Int}},
        {u"Long"_s, 0, 0, {S::BigInt, S::Int}},
        {u"Json"_s, 0, 0, {S::Json}},
    };
    return c;
}

Connector empty()
{
    Connector c;
    c.nativeTypes = false;
    c.enums = c.scalarLists = c.json = c.compositeTypes = true;
    return c;
}

} // namespace

const NativeTypeConstructor *Connector::nativeType(QStringView typeName) const
{
    for (const NativeTypeConstructor &c : nativeTypeConstructors) {
        if (c.name == typeName)
            return &c;
    }
    return nullptr;
}

const Connector &connectorFor(Provider provider)
{
    static const Connector connectors[] = {empty(), postgres(), mysql(), sqlite(), sqlserver(), mongodb(), cockroach()};
    switch (provider) {
    case Provider::Unknown: return connectors[0];
    case Provider::PostgreSQL: return connectors[1];
    case Provider::MySQL: return connectors[2];
    case Provider::SQLite: return connectors[3];
    case Provider::SqlServer: return connectors[4];
    case Provider::MongoDB: return connectors[5];
    case Provider::CockroachDB: return connectors[6];
    }
    return connectors[0];
}

} // namespace facet::schema::validate
