// SPDX-License-Identifier: MIT
#pragma once

#include "ResolvedSchema.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// What each datasource provider supports, as Prisma's builtin connectors declare it
// (psl-core/src/builtin_connectors/*_datamodel_connector.rs: capabilities, referential actions,
// native type constructors). Only what validation needs.
namespace facet::schema::validate {

struct NativeTypeConstructor {
    QString name;
    int requiredArguments = 0; // e.g. MySQL VarChar(n)
    int optionalArguments = 0; // e.g. PostgreSQL VarChar(n?), Decimal(p, s)?
    QList<ScalarType> scalarTypes; // the Prisma types it may annotate, in Prisma's order
};

// Where constraint names must be unique (psl-core datamodel_connector ConstraintScope).
enum class ConstraintScope {
    GlobalKeyIndex,
    GlobalForeignKey,
    GlobalPrimaryKeyKeyIndex,
    GlobalPrimaryKeyForeignKeyDefault,
    ModelKeyIndex,
    ModelPrimaryKeyKeyIndex,
    ModelPrimaryKeyKeyIndexForeignKey,
};

struct Connector {
    Provider provider = Provider::Unknown;
    QString providerName; // "postgresql": in "Native type X is not supported for … connector."
    QString name;         // "Postgres": in messages that name the database

    bool enums = false;
    bool scalarLists = false;
    bool json = false;
    bool namedPrimaryKeys = false;
    bool compoundIds = true;
    bool namedForeignKeys = false;
    bool fullTextIndex = false;
    bool multipleFullTextAttributesPerModel = false;
    bool indexColumnLengthPrefixing = false;
    bool primaryKeySortOrder = false;
    bool clustering = false;
    bool multiSchema = false;
    bool implicitManyToMany = true;
    bool compositeTypes = false;
    bool autoIncrementOnNonId = true;
    bool autoIncrementNonIndexed = true;
    bool autoIncrementMultiple = true;
    bool nativeTypes = true;
    bool setNullOnNonNullableWithForeignKeys = false; // PostgreSQL: a warning instead of an error
    bool suggestRelationIndexes = true;
    bool relationFieldsInArbitraryOrder = true; // false: `references` must follow the unique constraint's order
    bool referenceCycleDetection = false; // SQL Server, MongoDB: cascading cycles are errors even with foreign keys                // warn about unindexed relation scalars with relationMode = "prisma"

    int maxIdentifierLength = 0; // bytes; 0 = no limit
    QList<ConstraintScope> constraintScopes;
    QList<ReferentialAction> foreignKeyActions;
    QList<ReferentialAction> emulatedActions;
    QList<RelationMode> relationModes{RelationMode::ForeignKeys, RelationMode::Prisma};
    QStringList indexAlgorithms; // besides the default BTree (when non-empty)
    std::vector<NativeTypeConstructor> nativeTypeConstructors;

    [[nodiscard]] QList<ReferentialAction> referentialActions(RelationMode mode) const
    {
        return mode == RelationMode::Prisma ? emulatedActions : foreignKeyActions;
    }
    [[nodiscard]] const NativeTypeConstructor *nativeType(QStringView typeName) const;
};

// The connector of a provider; Provider::Unknown gives Prisma's empty connector (no datasource).
[[nodiscard]] const Connector &connectorFor(Provider provider);

} // namespace facet::schema::validate
