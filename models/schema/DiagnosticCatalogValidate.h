// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The validation part of the catalogue (included by DiagnosticCatalog.h; implemented in
// DiagnosticCatalogValidate.cpp): messages of prisma-engines psl-core/src/validate (datasource and
// generator loading, the validation pipeline, the builtin connectors) and of the parser-database checks
// Facet runs in validate/ (default values, @updatedAt, @relation arguments). Texts are Prisma's, verbatim.
namespace facet::schema::catalog {

// Prisma's wrappers not in DiagnosticCatalog.h.
Diagnostic fieldValidationError(QStringView message, QStringView container, QStringView modelName,
                                QStringView fieldName, Span span); // "Error validating field `f` in model `M`: …"
Diagnostic sourceValidationError(QStringView message, QStringView sourceName, Span span);
Diagnostic plainError(QStringView message, Span span); // Prisma's `new_static`: the message alone

// Datasource and generator blocks (psl-core validate/datasource_loader.rs, generator_loader.rs).
Diagnostic datasourceArgumentMissing(QStringView argument, QStringView sourceName, Span span);
Diagnostic generatorArgumentMissing(QStringView argument, QStringView generatorName, Span span);
Diagnostic configPropertyMissingValue(QStringView property, QStringView blockName, QStringView blockKind, Span span);
Diagnostic datasourceProviderEnv(Span span);
Diagnostic datasourceProviderEmpty(QStringView sourceName, Span span);
Diagnostic datasourceProviderNotString(QStringView sourceName, Span span);
Diagnostic datasourceProviderNotKnown(QStringView provider, Span span);
Diagnostic moreThanOneDatasource(QStringView sourceName, Span span);
Diagnostic relationModeInvalid(QStringView value, Span span);
Diagnostic relationModeNotSupported(QStringView value, const QStringList &supported, Span span);
Diagnostic relationModeAndReferentialIntegrity(Span span);
Diagnostic referentialIntegrityDeprecated(Span span); // warning
Diagnostic shadowDatabaseSameAsUrl(QStringView sourceName, Span span);
Diagnostic shadowDatabaseSameAsDirectUrl(QStringView sourceName, Span span);
Diagnostic previewFeaturesInDatasource(Span span);
Diagnostic schemasArrayEmpty(Span span);
Diagnostic schemasDuplicated(Span span);
Diagnostic schemasNotSupported(Span span);
Diagnostic propertyNotKnown(QStringView property, Span span);
Diagnostic envFunctionArguments(Span span);
Diagnostic extensionsNeedPreviewFeature(Span span);
Diagnostic previewFeatureNotKnown(QStringView feature, QStringView expected, Span span);
Diagnostic previewFeatureDeprecated(QStringView feature, bool willBeRemoved, Span span); // warning
Diagnostic previewFeatureRenamed(QStringView provider, QStringView from, QStringView to, QStringView link,
                                 Span span); // warning

// Default values (parser-database attributes/default.rs). All are "Error parsing attribute "@default": …".
Diagnostic defaultFunctionNotForType(QStringView function, QStringView scalarType, Span span);
Diagnostic defaultLiteralMismatch(QStringView scalarType, QStringView raw, Span span);
Diagnostic defaultNonListGetsList(Span span);
Diagnostic defaultListNeedsList(Span span);
Diagnostic defaultBooleanLiteral(Span span);
Diagnostic defaultEnumValueUnknown(QStringView value, Span span);
Diagnostic defaultEnumExpected(QStringView raw, Span span);
Diagnostic defaultAutoincrementNamed(Span span);
Diagnostic defaultFunctionTakesNoArguments(QStringView function, Span span);
Diagnostic defaultAutoTakesNoArguments(Span span);
Diagnostic defaultDbgeneratedSingleString(Span span);
Diagnostic defaultDbgeneratedEmpty(Span span);
Diagnostic defaultUuidArguments(bool wrongValue, Span span);
Diagnostic defaultCuidArguments(bool wrongValue, Span span);
Diagnostic defaultNanoidArguments(bool wrongValue, Span span);
Diagnostic defaultOnUnsupported(Span span);
Diagnostic defaultOnCompositeField(QStringView typeName, QStringView fieldName, Span span);
Diagnostic defaultUnknownFunction(QStringView function, Span span);
Diagnostic defaultMapEmpty(Span span);
Diagnostic defaultFunctionNotOnComposite(QStringView function, Span span);
Diagnostic defaultDbgeneratedOnComposite(Span span);
Diagnostic defaultMapOnComposite(Span span);
Diagnostic defaultOnCompositeUnsupported(Span span);
Diagnostic defaultAutoNotSupported(Span span);
// "Parse error: "<value>" is not a valid <what>. (<details>)" (psl-core default_value.rs).
Diagnostic defaultParseError(QStringView attributeName, QStringView value, QStringView what, QStringView details,
                             Span span);
Diagnostic autoincrementNotOnId(Span span);
Diagnostic autoincrementNotIndexed(Span span);
Diagnostic autoincrementMultiple(Span span);

// Field attributes.
Diagnostic updatedAtNotDateTime(Span span);
// Attributes a relation field cannot take, and the single-field @id/@unique checks (attributes.rs).
Diagnostic idAttributeOnRelationField(QStringView fieldName, Span span);
Diagnostic defaultOnRelationField(Span span);
Diagnostic mapOnRelationField(Span span);
Diagnostic uniqueOnRelationField(QStringView fieldName, const QStringList &underlyingFields, Span span);
Diagnostic moreThanOneIdField(QStringView modelName, Span modelSpan);
Diagnostic sortArgumentInvalid(QStringView attributeName, QStringView value, Span span);
Diagnostic mapArgumentEmpty(QStringView attributeName, Span span);
Diagnostic ignoreOnUnsupported(Span span);
Diagnostic relationOnScalarField(Span span);

// PostgreSQL operator classes and generalized index types (`attribute`: "@@index", "@@unique", "@unique").
Diagnostic operatorClassNotForIndexType(QStringView attribute, QStringView opclass, QStringView algorithm, Span span);
Diagnostic operatorClassNativeTypeMismatch(QStringView attribute, QStringView opclass, QStringView nativeType,
                                           QStringView fieldName, Span span);
Diagnostic operatorClassMissingForNativeType(QStringView attribute, QStringView algorithm, QStringView nativeType, Span span);
Diagnostic operatorClassNeedsNativeType(QStringView attribute, QStringView opclass, QStringView fieldName, Span span);
Diagnostic operatorClassFieldTypeMismatch(QStringView attribute, QStringView opclass, QStringView fieldName,
                                          QStringView prismaType, Span span);
Diagnostic indexTypeFieldTypeMismatch(QStringView attribute, QStringView algorithm, QStringView fieldName, Span span);
Diagnostic arrayOpsOnScalar(QStringView attribute, QStringView fieldName, Span span);
Diagnostic spgistMultiColumn(QStringView attribute, Span span);
Diagnostic xmlColumnIndexed(bool unique, Span fieldSpan);
Diagnostic operatorClassUnknown(QStringView name, Span span);
Diagnostic updatedAtOnList(Span span);
Diagnostic idFieldOptional(Span span);
Diagnostic emptyEnum(Span span);
Diagnostic idOnRelationField(QStringView modelName, QStringView fieldName, Span span);
Diagnostic idOnOptionalField(QStringView modelName, QStringView fieldName, Span span);
Diagnostic indexOnRelationFields(QStringView modelName, bool unique, const QStringList &relationFields,
                                 const QStringList &suggestion, Span span);

// Fields and native types (psl-core validations/fields.rs, builtin_connectors/*).
Diagnostic scalarListNotSupported(QStringView container, QStringView modelName, QStringView fieldName, Span span);
Diagnostic jsonNotSupported(QStringView container, QStringView modelName, QStringView fieldName, Span span);
Diagnostic nativeTypeNotSupported(QStringView connectorProvider, QStringView nativeType, Span span);
Diagnostic nativeTypeIncompatible(QStringView nativeType, QStringView fieldType, QStringView expected, Span span);
Diagnostic nativeTypeArgumentCount(QStringView nativeType, int required, int given, Span span);
Diagnostic nativeTypeOptionalArgumentCount(QStringView nativeType, int optional, int given, Span span);
Diagnostic nativeTypeValueParser(QStringView expected, QStringView raw, Span span);
Diagnostic nativeTypeArgumentOutOfRange(QStringView nativeType, QStringView connectorName, QStringView message, Span span);
Diagnostic nativeTypeScaleLargerThanPrecision(QStringView nativeType, QStringView connectorName, Span span);

// Models (validations/models.rs, views.rs, composite_types.rs, enums.rs).
Diagnostic modelWithoutUniqueCriteria(QStringView modelName, QStringView blockType, const QStringList &looseCriteria,
                                      Span span);
Diagnostic idWithoutFields(QStringView attributeName, Span span);
Diagnostic idClientNameClash(QStringView modelName, QStringView clientName, Span span);
Diagnostic namedPrimaryKeyNotSupported(QStringView modelName, Span span);
Diagnostic compoundIdNotSupported(QStringView modelName, Span span);
Diagnostic primaryKeyLengthNotSupported(QStringView attributeName, Span span);
Diagnostic primaryKeySortNotSupported(QStringView attributeName, Span span);
Diagnostic duplicateModelDatabaseName(QStringView databaseName, QStringView existingModel, Span span);
Diagnostic schemaNotInDatasource(Span span);
Diagnostic schemaAttributeNotSupported(Span span);
Diagnostic modelMissingSchemaAttribute(QStringView modelName, QStringView blockType, Span span);
Diagnostic enumMissingSchemaAttribute(Span span);
Diagnostic enumsNotSupported(QStringView enumName, Span span);
Diagnostic duplicateEnumDatabaseName(Span span);
Diagnostic viewsNeedPreviewFeature(Span span);
Diagnostic viewPrimaryKey(Span span);
Diagnostic viewIndex(Span span);
Diagnostic compositeTypesNotSupported(QStringView connectorName, Span span);
Diagnostic compositeTypeWithoutFields(Span span);
Diagnostic compositeTypeSelfCycle(QStringView typeName, QStringView fieldName, Span span);
Diagnostic compositeTypeCycle(QStringView typeName, QStringView fieldName, QStringView path, Span span);

// MongoDB (builtin_connectors/mongodb/validations.rs).
Diagnostic mongoAutoNeedsObjectId(QStringView container, QStringView modelName, QStringView fieldName, Span span);
Diagnostic mongoAutoNeedsId(QStringView container, QStringView modelName, QStringView fieldName, Span span);
Diagnostic mongoDbgeneratedNotAllowed(QStringView container, QStringView modelName, QStringView fieldName, Span span);
Diagnostic mongoFieldNameStartsWithDollar(Span span);
Diagnostic mongoFieldNameContainsDot(Span span);
Diagnostic mongoUniqueOnId(QStringView attributeName, Span span);
Diagnostic mongoIdRequired(Span span);
Diagnostic mongoIdNotMapped(QStringView container, QStringView modelName, QStringView fieldName,
                            const std::optional<QString> &mappedName, Span span);

// Indexes (validations/indexes.rs).
Diagnostic fulltextNotSupported(Span span);
Diagnostic fulltextLength(Span span);
Diagnostic fulltextSort(Span span);
Diagnostic indexWithoutFields(QStringView attributeName, Span span);
Diagnostic onlyOneFulltextPerModel(Span span);
Diagnostic indexLengthNotSupported(QStringView attributeName, Span span);
Diagnostic indexAlgorithmNotSupported(QStringView attributeName, Span span);
Diagnostic hashIndexSort(Span span);
Diagnostic clusteringNotSupported(QStringView attributeName, Span span);
Diagnostic operatorClassOnNonNormalIndex(QStringView attributeName, Span span);
Diagnostic constraintNameNotUnique(QStringView attributeName, QStringView name, QStringView scope, Span span);
Diagnostic customNameNotUnique(QStringView attributeName, QStringView name, Span span);
Diagnostic constraintNameTooLong(QStringView modelName, QStringView blockType, QStringView name,
                                 QStringView attributeName, int limit, Span span);
Diagnostic uniqueClientNameClash(QStringView modelName, QStringView clientName, Span span);

// Relations (validations/relations*.rs, relation_fields.rs; parser-database relation arguments).
Diagnostic relationFieldsUnknown(const QStringList &fields, Span span);
Diagnostic relationFieldsAreRelations(const QStringList &fields, Span span);
Diagnostic relationReferencesUnknown(QStringView relatedModel, const QStringList &fields, Span span);
Diagnostic referentialActionUnknown(QStringView action, Span span);
Diagnostic relationMissingOppositeField(QStringView container, QStringView modelName, QStringView fieldName,
                                        QStringView relatedModel, Span span);
Diagnostic relationReferencesNotUnique(QStringView relatedModel, const QStringList &fields, Span span);
Diagnostic relationReferencesOrder(QStringView relatedModel, const QStringList &fields, Span span);
Diagnostic relationFieldsReferencesLength(Span span);
Diagnostic relationFieldArity(QStringView fieldName, const QStringList &scalarFields, Span span);
Diagnostic relationTypeMismatch(QStringView field, QStringView model, QStringView referenced, QStringView referencedModel,
                                Span span);
Diagnostic relationSetNullOnRequired(QStringView actionKind, bool asWarning, Span span);
Diagnostic referentialActionNotAllowed(QStringView action, const QStringList &allowed, QStringView noActionHint, Span span);
// A self-relation (empty `cyclePath`) or a cycle ("A.b → B.a") of cascading actions; the implicit defaults are
// named when they caused it.
Diagnostic cascadingReferentialActions(QStringView cyclePath, const std::optional<QString> &implicitOnDelete,
                                       const std::optional<QString> &implicitOnUpdate, Span span);
Diagnostic mysqlSetDefault(Span span); // warning
Diagnostic namedForeignKeysNotSupported(Span span);
Diagnostic missingIndexOnEmulatedRelation(Span span); // warning
Diagnostic relatedModelIgnored(QStringView fieldName, QStringView modelName, QStringView relatedModel, Span span);
Diagnostic oneToManyFieldsMissing(QStringView fieldName, QStringView modelName, Span span);
Diagnostic oneToManyReferencesMissing(QStringView fieldName, QStringView modelName, Span span);
Diagnostic oneToManyBackSideArguments(QStringView backField, QStringView backModel, QStringView forwardField,
                                      QStringView forwardModel, Span span);
Diagnostic oneToManyBackSideActions(QStringView backField, QStringView backModel, QStringView forwardField,
                                    QStringView forwardModel, Span span);
Diagnostic oneToOneArgumentMissingBoth(QStringView argument, QStringView field, QStringView model, QStringView otherField,
                                       QStringView otherModel, Span span);
Diagnostic oneToOneArgumentOnBoth(QStringView argument, QStringView field, QStringView model, QStringView otherField,
                                  QStringView otherModel, Span span);
Diagnostic oneToOneActionsOnBoth(QStringView field, QStringView model, QStringView otherField, QStringView otherModel,
                                 Span span);
Diagnostic oneToOneBackSideActions(QStringView backField, QStringView backModel, QStringView forwardField,
                                   QStringView forwardModel, Span span);
Diagnostic oneToOneFieldsReferencesMixup(bool fieldsOnForward, QStringView forwardField, QStringView forwardModel,
                                         QStringView backField, QStringView backModel, Span span);
Diagnostic oneToOneBackSideRequired(QStringView backField, QStringView backModel, QStringView forwardModel, Span span);
Diagnostic oneToOneArgumentsOnWrongSide(QStringView backModel, QStringView backField, QStringView forwardModel,
                                        QStringView forwardField, Span span);
Diagnostic oneToOneFieldsNotUnique(const QStringList &fields, Span span);
Diagnostic implicitManyToManyNotSupported(QStringView connectorName, Span span);
Diagnostic implicitManyToManyWithoutId(QStringView fieldName, QStringView modelName, QStringView relatedModel,
                                       Span span);
Diagnostic implicitManyToManyActions(Span span);
Diagnostic implicitManyToManyReferences(Span span);

} // namespace facet::schema::catalog
