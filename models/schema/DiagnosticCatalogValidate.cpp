// SPDX-License-Identifier: MIT
// The validation part of the catalogue (declared in DiagnosticCatalogValidate.h). Wording is Prisma's:
// psl/diagnostics/src/{error,warning}.rs, psl-core/src/validate/**, psl-core/src/builtin_connectors/**,
// psl/parser-database/src/attributes/default.rs (relation messages: DiagnosticCatalogValidateRelations.cpp).
// Checked against prisma-schema-wasm 8.1 (Prisma 7) with
// tests/data/prisma/validation.
#include "DiagnosticCatalog.h"

using namespace Qt::StringLiterals;

namespace facet::schema::catalog {

namespace {

Diagnostic error(QString message, Span span)
{
    return Diagnostic{Severity::Error, std::move(message), span};
}

Diagnostic warning(QString message, Span span)
{
    return Diagnostic{Severity::Warning, std::move(message), span};
}

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

QString ticked(QStringView text)
{
    return u'`' + text.toString() + u'`';
}

Diagnostic onDefault(QStringView message, Span span)
{
    return attributeValidation(message, u"@default", span);
}

} // namespace

Diagnostic fieldValidationError(QStringView message, QStringView container, QStringView modelName,
                                QStringView fieldName, Span span)
{
    return error(u"Error validating field "_s + ticked(fieldName) + u" in "_s + container + u' ' + ticked(modelName)
                     + u": "_s + message,
                 span);
}

Diagnostic sourceValidationError(QStringView message, QStringView sourceName, Span span)
{
    return error(u"Error validating datasource "_s + ticked(sourceName) + u": "_s + message, span);
}

Diagnostic plainError(QStringView message, Span span)
{
    return error(message.toString(), span);
}


// ---- Datasource and generator blocks ----

Diagnostic datasourceArgumentMissing(QStringView argument, QStringView sourceName, Span span)
{
    return error(u"Argument "_s + quoted(argument) + u" is missing in data source block "_s + quoted(sourceName) + u'.',
                 span);
}

Diagnostic generatorArgumentMissing(QStringView argument, QStringView generatorName, Span span)
{
    return error(u"Argument "_s + quoted(argument) + u" is missing in generator block "_s + quoted(generatorName)
                     + u'.',
                 span);
}

Diagnostic configPropertyMissingValue(QStringView property, QStringView blockName, QStringView blockKind, Span span)
{
    return error(u"Property "_s + property + u" in "_s + blockKind + u' ' + blockName + u" needs to be assigned a value"_s,
                 span);
}

Diagnostic datasourceProviderEnv(Span span)
{
    return error(u"A datasource must not use the env() function in the provider argument."_s, span);
}

Diagnostic datasourceProviderEmpty(QStringView sourceName, Span span)
{
    return sourceValidationError(u"The provider argument in a datasource must not be empty", sourceName, span);
}

Diagnostic datasourceProviderNotString(QStringView sourceName, Span span)
{
    return sourceValidationError(u"The provider argument in a datasource must be a string literal", sourceName, span);
}

Diagnostic datasourceProviderNotKnown(QStringView provider, Span span)
{
    return error(u"Datasource provider not known: "_s + quoted(provider) + u'.', span);
}

Diagnostic moreThanOneDatasource(QStringView sourceName, Span span)
{
    return sourceValidationError(u"You defined more than one datasource. This is not allowed yet because support for "
                                 u"multiple databases has not been implemented yet.",
                                 sourceName, span);
}

// Prisma passes "relationMode" where the datasource name belongs, so the message names it.
Diagnostic relationModeInvalid(QStringView value, Span span)
{
    return sourceValidationError(QString(u"Invalid relation mode setting: \""_s + value
                                         + u"\". Supported values: \"prisma\", \"foreignKeys\""_s),
                                 u"relationMode", span);
}

Diagnostic relationModeNotSupported(QStringView value, const QStringList &supported, Span span)
{
    QStringList quotedValues;
    for (const QString &s : supported)
        quotedValues.append(quoted(s));
    return sourceValidationError(QString(u"Invalid relation mode setting: \""_s + value + u"\". Supported values: "_s
                                         + quotedValues.join(u", "_s)),
                                 u"relationMode", span);
}

Diagnostic relationModeAndReferentialIntegrity(Span span)
{
    return error(u"The `referentialIntegrity` and `relationMode` attributes cannot be used together. Please use only "
                 u"`relationMode` instead."_s,
                 span);
}

Diagnostic referentialIntegrityDeprecated(Span span)
{
    return warning(u"The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. Learn more "
                   u"at https://pris.ly/d/relation-mode"_s,
                   span);
}

Diagnostic shadowDatabaseSameAsUrl(QStringView sourceName, Span span)
{
    return error(u"shadowDatabaseUrl is the same as url for datasource "_s + quoted(sourceName)
                     + u". Please specify a different database as shadow database to avoid data loss."_s,
                 span);
}

Diagnostic shadowDatabaseSameAsDirectUrl(QStringView sourceName, Span span)
{
    return error(u"shadowDatabaseUrl is the same as directUrl for datasource "_s + quoted(sourceName)
                     + u". Please specify a different database as shadow database to avoid data loss."_s,
                 span);
}

Diagnostic previewFeaturesInDatasource(Span span)
{
    return error(u"Preview features are only supported in the generator block. Please move this field to the "
                 u"generator block."_s,
                 span);
}

Diagnostic schemasArrayEmpty(Span span)
{
    return error(u"If provided, the schemas array can not be empty."_s, span);
}

Diagnostic schemasDuplicated(Span span)
{
    return error(u"Duplicated schema names are not allowed"_s, span);
}

Diagnostic schemasNotSupported(Span span)
{
    return error(u"The `schemas` property is not supported on the current connector."_s, span);
}

Diagnostic propertyNotKnown(QStringView property, Span span)
{
    return error(u"Property not known: "_s + quoted(property) + u'.', span);
}

Diagnostic envFunctionArguments(Span span)
{
    return error(u"The env function expects a singular, unnamed, string argument."_s, span);
}

Diagnostic previewFeatureNotKnown(QStringView feature, QStringView expected, Span span)
{
    return error(u"The preview feature "_s + quoted(feature) + u" is not known. Expected one of: "_s + expected, span);
}

Diagnostic previewFeatureDeprecated(QStringView feature, bool willBeRemoved, Span span)
{
    return warning(u"Preview feature "_s + quoted(feature)
                       + (willBeRemoved ? u" is deprecated. It will be removed in a future version of Prisma."_s
                                        : u" is deprecated. The functionality can be used without specifying it as a "
                                          u"preview feature."_s),
                   span);
}

Diagnostic previewFeatureRenamed(QStringView provider, QStringView from, QStringView to, QStringView link, Span span)
{
    return warning(u"On `provider = \""_s + provider + u"\"`, preview feature "_s + quoted(from)
                       + u" has been renamed to "_s + quoted(to) + u". Learn more at https://pris.ly/d/"_s + link
                       + u'.',
                   span);
}

Diagnostic extensionsNeedPreviewFeature(Span span)
{
    return error(u"The `extensions` property is only available with the `postgresqlExtensions` preview feature."_s, span);
}

// ---- Default values ----

Diagnostic defaultFunctionNotForType(QStringView function, QStringView scalarType, Span span)
{
    return onDefault(QString(u"The function `"_s + function + u"()` cannot be used on fields of type `"_s + scalarType
                             + u"`."_s),
                     span);
}

Diagnostic defaultLiteralMismatch(QStringView scalarType, QStringView raw, Span span)
{
    return onDefault(QString(u"Expected a "_s + scalarType + u" value, but found `"_s + raw + u"`."_s), span);
}

Diagnostic defaultNonListGetsList(Span span)
{
    return onDefault(u"The default value of a non-list field cannot be a list.", span);
}

Diagnostic defaultListNeedsList(Span span)
{
    return onDefault(u"The default value of a list field must be a list.", span);
}

Diagnostic defaultBooleanLiteral(Span span)
{
    return onDefault(u"A boolean literal must be `true` or `false`.", span);
}

Diagnostic defaultEnumValueUnknown(QStringView value, Span span)
{
    return onDefault(QString(u"The defined default value `"_s + value
                             + u"` is not a valid value of the enum specified for the field."_s),
                     span);
}

Diagnostic defaultEnumExpected(QStringView raw, Span span)
{
    return onDefault(QString(u"Expected an enum value, but found `"_s + raw + u"`."_s), span);
}

Diagnostic defaultAutoincrementNamed(Span span)
{
    return onDefault(u"Naming an autoincrement default value is not allowed.", span);
}

Diagnostic defaultFunctionTakesNoArguments(QStringView function, Span span)
{
    return onDefault(QString(u"The `"_s + function + u"` function does not take any argument. Consider changing this "
                                                     u"default to `"_s
                             + function + u"()`."_s),
                     span);
}

Diagnostic defaultAutoTakesNoArguments(Span span)
{
    return onDefault(u"`auto()` takes no arguments", span);
}

Diagnostic defaultDbgeneratedSingleString(Span span)
{
    return onDefault(u"`dbgenerated()` takes a single String argument", span);
}

Diagnostic defaultDbgeneratedEmpty(Span span)
{
    return onDefault(u"dbgenerated() takes either no argument, or a single nonempty string argument.", span);
}

Diagnostic defaultUuidArguments(bool wrongValue, Span span)
{
    return onDefault(wrongValue ? u"`uuid()` takes either no argument, or a single integer argument which is either 4 or 7."
                                : u"`uuid()` takes a single Int argument.",
                     span);
}

Diagnostic defaultCuidArguments(bool wrongValue, Span span)
{
    return onDefault(wrongValue ? u"`cuid()` takes either no argument, or a single integer argument which is either 1 or 2."
                                : u"`cuid()` takes a single Int argument.",
                     span);
}

Diagnostic defaultNanoidArguments(bool wrongValue, Span span)
{
    return onDefault(wrongValue ? u"`nanoid()` takes either no argument, or a single integer argument between 2 and 255."
                                : u"`nanoid()` takes a single Int argument.",
                     span);
}

Diagnostic defaultOnUnsupported(Span span)
{
    return onDefault(u"Only @default(dbgenerated(\"...\")) can be used for Unsupported types.", span);
}

Diagnostic defaultOnCompositeField(QStringView typeName, QStringView fieldName, Span span)
{
    return error(u"Error validating field "_s + ticked(fieldName) + u" in composite type "_s + ticked(typeName)
                     + u": Defaults on fields of type composite are not supported. Please remove the `@default` "
                       u"attribute."_s,
                 span);
}

Diagnostic defaultUnknownFunction(QStringView function, Span span)
{
    return error(u"Unknown function in @default(): `"_s + function
                     + u"` is not known. You can read about the available functions here: "
                       u"https://pris.ly/d/attribute-functions"_s,
                 span);
}

Diagnostic defaultMapEmpty(Span span)
{
    return onDefault(u"The `map` argument cannot be an empty string.", span);
}

Diagnostic defaultFunctionNotOnComposite(QStringView function, Span span)
{
    return onDefault(QString(u"The function `"_s + function + u"()` is not supported on composite fields."_s), span);
}

Diagnostic defaultDbgeneratedOnComposite(Span span)
{
    return onDefault(u"Fields of composite types cannot have `dbgenerated()` as default.", span);
}

Diagnostic defaultMapOnComposite(Span span)
{
    return onDefault(u"The `map` argument is not allowed on a composite type field.", span);
}


Diagnostic defaultParseError(QStringView attributeName, QStringView value, QStringView what, QStringView details,
                             Span span)
{
    return attributeValidation(QString(u"Parse error: \""_s + value + u"\" is not a valid "_s + what + u". ("_s + details
                                       + u')'),
                               attributeName, span);
}

Diagnostic defaultOnCompositeUnsupported(Span span)
{
    return onDefault(u"Composite field of type `Unsupported` cannot have default values.", span);
}

Diagnostic defaultAutoNotSupported(Span span)
{
    return onDefault(u"The current connector does not support the `auto()` function.", span);
}

Diagnostic autoincrementNotOnId(Span span)
{
    return onDefault(u"The `autoincrement()` default value is used on a non-id field even though the datasource does "
                     u"not support this.",
                     span);
}

Diagnostic autoincrementNotIndexed(Span span)
{
    return onDefault(u"The `autoincrement()` default value is used on a non-indexed field even though the datasource "
                     u"does not support this.",
                     span);
}

Diagnostic autoincrementMultiple(Span span)
{
    return onDefault(u"The `autoincrement()` default value is used multiple times on this model even though the "
                     u"underlying datasource only supports one instance per table.",
                     span);
}

// ---- Field attributes ----

Diagnostic updatedAtNotDateTime(Span span)
{
    return attributeValidation(u"Fields that are marked with @updatedAt must be of type DateTime.", u"@updatedAt", span);
}

Diagnostic updatedAtOnList(Span span)
{
    return attributeValidation(u"Fields that are marked with @updatedAt cannot be lists.", u"@updatedAt", span);
}

Diagnostic idFieldOptional(Span span)
{
    return attributeValidation(u"Fields that are marked as id must be required.", u"@id", span);
}

Diagnostic idAttributeOnRelationField(QStringView fieldName, Span span)
{
    return attributeValidation(QString(u"The field `"_s + fieldName
                                       + u"` is a relation field and cannot be marked with `@id`. Only scalar fields can be "
                                         u"declared as id."_s),
                               u"@id", span);
}

Diagnostic defaultOnRelationField(Span span)
{
    return attributeValidation(u"Cannot set a default value on a relation field.", u"@default", span);
}

Diagnostic mapOnRelationField(Span span)
{
    return attributeValidation(u"The attribute `@map` cannot be used on relation fields.", u"@map", span);
}

Diagnostic uniqueOnRelationField(QStringView fieldName, const QStringList &underlyingFields, Span span)
{
    QString suggestion;
    if (underlyingFields.size() == 1)
        suggestion = u" Did you mean to put it on `"_s + underlyingFields.front() + u"`?"_s;
    else if (underlyingFields.size() > 1)
        suggestion = u" Did you mean to provide `@@unique(["_s + underlyingFields.join(u", "_s) + u"])`?"_s;
    return attributeValidation(QString(u"The field `"_s + fieldName
                                       + u"` is a relation field and cannot be marked with `unique`. Only scalar fields can "
                                         u"be made unique."_s
                                       + suggestion),
                               u"@unique", span);
}

Diagnostic moreThanOneIdField(QStringView modelName, Span modelSpan)
{
    return modelValidationError(u"At most one field must be marked as the id field with the `@id` attribute.", u"model",
                                modelName, modelSpan);
}

Diagnostic sortArgumentInvalid(QStringView attributeName, QStringView value, Span span)
{
    return attributeValidation(QString(u"The `sort` argument can only be `Asc` or `Desc` you provided: "_s + value + u'.'),
                               attributeName, span);
}

Diagnostic mapArgumentEmpty(QStringView attributeName, Span span)
{
    return attributeValidation(u"The `map` argument cannot be an empty string.", attributeName, span);
}

Diagnostic ignoreOnUnsupported(Span span)
{
    return attributeValidation(u"Fields of type `Unsupported` cannot take an `@ignore` attribute. They are already treated "
                               u"as ignored by the client due to their type.",
                               u"@ignore", span);
}

Diagnostic relationOnScalarField(Span span)
{
    return attributeValidation(u"Invalid field type, not a relation.", u"@relation", span);
}

Diagnostic operatorClassNotForIndexType(QStringView attribute, QStringView opclass, QStringView algorithm, Span span)
{
    return attributeValidation(QString(u"The given operator class `"_s + opclass + u"` is not supported with the `"_s
                                       + algorithm + u"` index type."_s),
                               attribute, span);
}

Diagnostic operatorClassNativeTypeMismatch(QStringView attribute, QStringView opclass, QStringView nativeType,
                                           QStringView fieldName, Span span)
{
    return attributeValidation(QString(u"The given operator class `"_s + opclass + u"` does not support native type `"_s
                                       + nativeType + u"` of field `"_s + fieldName + u"`."_s),
                               attribute, span);
}

Diagnostic operatorClassMissingForNativeType(QStringView attribute, QStringView algorithm, QStringView nativeType, Span span)
{
    return attributeValidation(QString(u"The "_s + algorithm + u" index field type `"_s + nativeType
                                       + u"` has no default operator class."_s),
                               attribute, span);
}

Diagnostic operatorClassNeedsNativeType(QStringView attribute, QStringView opclass, QStringView fieldName, Span span)
{
    return attributeValidation(QString(u"The given operator class `"_s + opclass + u"` expects the field `"_s + fieldName
                                       + u"` to define a valid native type."_s),
                               attribute, span);
}

Diagnostic operatorClassFieldTypeMismatch(QStringView attribute, QStringView opclass, QStringView fieldName,
                                          QStringView prismaType, Span span)
{
    return attributeValidation(QString(u"The given operator class `"_s + opclass + u"` points to the field `"_s + fieldName
                                       + u"` that is not of "_s + prismaType + u" type."_s),
                               attribute, span);
}

Diagnostic indexTypeFieldTypeMismatch(QStringView attribute, QStringView algorithm, QStringView fieldName, Span span)
{
    return attributeValidation(QString(u"The "_s + algorithm + u" index type does not support the type of the field `"_s
                                       + fieldName + u"`."_s),
                               attribute, span);
}

Diagnostic arrayOpsOnScalar(QStringView attribute, QStringView fieldName, Span span)
{
    return attributeValidation(QString(u"The given operator class `ArrayOps` expects the type of field `"_s + fieldName
                                       + u"` to be an array."_s),
                               attribute, span);
}

Diagnostic spgistMultiColumn(QStringView attribute, Span span)
{
    return attributeValidation(u"SpGist does not support multi-column indices.", attribute, span);
}

Diagnostic xmlColumnIndexed(bool unique, Span fieldSpan)
{
    return error(unique ? u"Native type `Xml` cannot be unique in Postgres."_s
                        : u"You cannot define an index on fields with native type `Xml` of Postgres."_s,
                 fieldSpan);
}

Diagnostic operatorClassUnknown(QStringView name, Span span)
{
    // Prisma's wording: a parser error whose "expected" part is the coercion's message.
    return error(QString(u"Unexpected token. Expected one of: Invalid operator class: "_s + name), span);
}

Diagnostic emptyEnum(Span span)
{
    return validationError(u"An enum must have at least one value.", span);
}

Diagnostic idOnRelationField(QStringView modelName, QStringView fieldName, Span span)
{
    return modelValidationError(QString(u"The id definition refers to the relation field `"_s + fieldName
                                        + u"`. ID definitions must reference only scalar fields."_s),
                                u"model", modelName, span);
}

Diagnostic idOnOptionalField(QStringView modelName, QStringView fieldName, Span span)
{
    return modelValidationError(QString(u"The id definition refers to the optional field `"_s + fieldName
                                        + u"`. ID definitions must reference only required fields."_s),
                                u"model", modelName, span);
}

// @@fulltext is called an index here, as in Prisma.
Diagnostic indexOnRelationFields(QStringView modelName, bool unique, const QStringList &relationFields,
                                 const QStringList &suggestion, Span span)
{
    const QString attribute = unique ? u"@@unique"_s : u"@@index"_s;
    return modelValidationError(QString(u"The "_s + (unique ? u"unique index"_s : u"index"_s)
                                        + u" definition refers to the relation fields "_s + relationFields.join(u", "_s)
                                        + u". Index definitions must reference only scalar fields. Did you mean `"_s
                                        + attribute + u"(["_s + suggestion.join(u", "_s) + u"])`?"_s),
                                u"model", modelName, span);
}

// ---- Fields and native types ----

Diagnostic scalarListNotSupported(QStringView container, QStringView modelName, QStringView fieldName, Span span)
{
    return error(u"Field "_s + quoted(fieldName) + u" in "_s + container + u' ' + quoted(modelName)
                     + u" can't be a list. The current connector does not support lists of primitive types."_s,
                 span);
}

Diagnostic jsonNotSupported(QStringView container, QStringView modelName, QStringView fieldName, Span span)
{
    return fieldValidationError(QString(u"Field "_s + ticked(fieldName) + u" in "_s + container + u' ' + ticked(modelName)
                                        + u" can't be of type Json. The current connector does not support the Json "
                                          u"type."_s),
                                container, modelName, fieldName, span);
}

Diagnostic nativeTypeNotSupported(QStringView connectorProvider, QStringView nativeType, Span span)
{
    return error(u"Native type "_s + nativeType + u" is not supported for "_s + connectorProvider + u" connector."_s,
                 span);
}


Diagnostic nativeTypeIncompatible(QStringView nativeType, QStringView fieldType, QStringView expected, Span span)
{
    return error(u"Native type "_s + nativeType + u" is not compatible with declared field type "_s + fieldType
                     + u", expected field type "_s + expected + u'.',
                 span);
}

Diagnostic nativeTypeArgumentCount(QStringView nativeType, int required, int given, Span span)
{
    // Prisma reports this through its generic function-arity error.
    return error(u"Function "_s + quoted(nativeType) + u" takes "_s + QString::number(required)
                     + u" arguments, but received "_s + QString::number(given) + u'.',
                 span);
}

Diagnostic nativeTypeOptionalArgumentCount(QStringView nativeType, int optional, int given, Span span)
{
    return error(u"Native type "_s + nativeType + u" takes "_s + QString::number(optional)
                     + u" optional arguments, but received "_s + QString::number(given) + u'.',
                 span);
}

Diagnostic nativeTypeValueParser(QStringView expected, QStringView raw, Span span)
{
    return error(u"Expected "_s + expected + u", but found "_s + raw + u'.', span);
}

Diagnostic nativeTypeArgumentOutOfRange(QStringView nativeType, QStringView connectorName, QStringView message, Span span)
{
    return error(u"Argument M is out of range for native type `"_s + nativeType + u"` of "_s + connectorName + u": "_s
                     + message,
                 span);
}

Diagnostic nativeTypeScaleLargerThanPrecision(QStringView nativeType, QStringView connectorName, Span span)
{
    return error(u"The scale must not be larger than the precision for the "_s + nativeType + u" native type in "_s
                     + connectorName + u'.',
                 span);
}

// ---- Models ----

Diagnostic modelWithoutUniqueCriteria(QStringView modelName, QStringView blockType, const QStringList &looseCriteria,
                                      Span span)
{
    QString message = u"Each model must have at least one unique criteria that has only required fields. Either mark a "
                      u"single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or "
                      u"`@@unique([])` to the model."_s;
    if (!looseCriteria.isEmpty()) {
        message += u" The following unique criterias were not considered as they contain fields that are not required:"_s;
        for (const QString &c : looseCriteria)
            message += u"\n- "_s + c;
    }
    return modelValidationError(message, blockType, modelName, span);
}

Diagnostic idWithoutFields(QStringView attributeName, Span span)
{
    return attributeValidation(u"The list of fields in an `@@id()` attribute cannot be empty. Please specify at least "
                               u"one field.",
                               attributeName, span);
}

Diagnostic idClientNameClash(QStringView modelName, QStringView clientName, Span span)
{
    return modelValidationError(QString(u"The field `"_s + clientName
                                        + u"` clashes with the `@@id` attribute's name. Please resolve the conflict by "
                                          u"providing a custom id name: `@@id([...], name: \"custom_name\")`"_s),
                                u"model", modelName, span);
}

Diagnostic namedPrimaryKeyNotSupported(QStringView modelName, Span span)
{
    return modelValidationError(u"You defined a database name for the primary key on the model. This is not supported "
                                u"by the provider.",
                                u"model", modelName, span);
}

Diagnostic compoundIdNotSupported(QStringView modelName, Span span)
{
    return modelValidationError(u"The current connector does not support compound ids.", u"model", modelName, span);
}

Diagnostic primaryKeyLengthNotSupported(QStringView attributeName, Span span)
{
    return attributeValidation(u"The length argument is not supported in the primary key with the current connector",
                               attributeName, span);
}

Diagnostic primaryKeySortNotSupported(QStringView attributeName, Span span)
{
    return attributeValidation(u"The sort argument is not supported in the primary key with the current connector",
                               attributeName, span);
}

Diagnostic duplicateModelDatabaseName(QStringView databaseName, QStringView existingModel, Span span)
{
    return error(u"The model with database name "_s + quoted(databaseName)
                     + u" could not be defined because another model or view with this name exists: "_s
                     + quoted(existingModel),
                 span);
}

Diagnostic schemaNotInDatasource(Span span)
{
    return error(u"This schema is not defined in the datasource. Read more on `@@schema` at "
                 u"https://pris.ly/d/multi-schema"_s,
                 span);
}

Diagnostic schemaAttributeNotSupported(Span span)
{
    return error(u"@@schema is not supported on the current datasource provider"_s, span);
}

Diagnostic modelMissingSchemaAttribute(QStringView modelName, QStringView blockType, Span span)
{
    return modelValidationError(u"This model is missing an `@@schema` attribute.", blockType, modelName, span);
}

// Prisma words this one without the "Error validating enum" prefix the model variant has.
Diagnostic enumMissingSchemaAttribute(Span span)
{
    return error(u"This enum is missing an `@@schema` attribute."_s, span);
}

Diagnostic enumsNotSupported(QStringView enumName, Span span)
{
    return validationError(QString(u"You defined the enum `"_s + enumName
                                   + u"`. But the current connector does not support enums."_s),
                           span);
}

Diagnostic duplicateEnumDatabaseName(Span span)
{
    return error(u"An enum with the same database name is already defined."_s, span);
}

Diagnostic viewsNeedPreviewFeature(Span span)
{
    return validationError(u"View definitions are only available with the `views` preview feature.", span);
}

Diagnostic viewPrimaryKey(Span span)
{
    return validationError(u"Views cannot have primary keys.", span);
}

Diagnostic viewIndex(Span span)
{
    return validationError(u"Views cannot have indexes.", span);
}

Diagnostic compositeTypesNotSupported(QStringView connectorName, Span span)
{
    return validationError(QString(u"Composite types are not supported on "_s + connectorName + u'.'), span);
}

Diagnostic compositeTypeWithoutFields(Span span)
{
    return validationError(u"A type must have at least one field defined.", span);
}

// ---- MongoDB ----

Diagnostic mongoAutoNeedsObjectId(QStringView container, QStringView modelName, QStringView fieldName, Span span)
{
    return fieldValidationError(u"MongoDB `@default(auto())` fields must have `ObjectId` native type.", container,
                                modelName, fieldName, span);
}

Diagnostic mongoAutoNeedsId(QStringView container, QStringView modelName, QStringView fieldName, Span span)
{
    return fieldValidationError(u"MongoDB `@default(auto())` fields must have the `@id` attribute.", container, modelName,
                                fieldName, span);
}

Diagnostic mongoDbgeneratedNotAllowed(QStringView container, QStringView modelName, QStringView fieldName, Span span)
{
    return fieldValidationError(u"The `dbgenerated()` function is not allowed with MongoDB. Please use `auto()` instead.",
                                container, modelName, fieldName, span);
}

Diagnostic mongoFieldNameStartsWithDollar(Span span)
{
    return attributeValidation(u"The field name cannot start with a `$` character", u"@map", span);
}

Diagnostic mongoFieldNameContainsDot(Span span)
{
    return attributeValidation(u"The field name cannot contain a `.` character", u"@map", span);
}

Diagnostic mongoUniqueOnId(QStringView attributeName, Span span)
{
    return attributeValidation(u"The same field cannot be an id and unique on MongoDB.", attributeName, span);
}

Diagnostic mongoIdRequired(Span span)
{
    return error(u"Invalid model: MongoDB models require exactly one identity field annotated with @id"_s, span);
}

Diagnostic mongoIdNotMapped(QStringView container, QStringView modelName, QStringView fieldName,
                            const std::optional<QString> &mappedName, Span span)
{
    const QString message = mappedName
        ? u"MongoDB model IDs must have an @map(\"_id\") annotation, found @map(\""_s + *mappedName + u"\")."_s
        : u"MongoDB model IDs must have an @map(\"_id\") annotation."_s;
    return fieldValidationError(message, container, modelName, fieldName, span);
}

Diagnostic compositeTypeSelfCycle(QStringView typeName, QStringView fieldName, Span span)
{
    return fieldValidationError(u"The type is the same as the parent and causes an endless cycle. Please change the "
                                u"field to be either optional or a list.",
                                u"composite type", typeName, fieldName, span);
}

Diagnostic compositeTypeCycle(QStringView typeName, QStringView fieldName, QStringView path, Span span)
{
    return fieldValidationError(QString(u"The types cause an endless cycle in the path "_s + path
                                        + u". Please change one of the fields to be either optional or a list to break "
                                          u"the cycle."_s),
                                u"composite type", typeName, fieldName, span);
}

// ---- Indexes ----

Diagnostic fulltextNotSupported(Span span)
{
    return attributeValidation(u"Defining fulltext indexes is not supported with the current connector.", u"@@fulltext",
                               span);
}

Diagnostic fulltextLength(Span span)
{
    return attributeValidation(u"The length argument is not supported in a @@fulltext attribute.", u"@@fulltext", span);
}

Diagnostic fulltextSort(Span span)
{
    return attributeValidation(u"The sort argument is not supported in a @@fulltext attribute in the current connector.",
                               u"@@fulltext", span);
}

Diagnostic indexWithoutFields(QStringView attributeName, Span span)
{
    return attributeValidation(u"The list of fields in an index cannot be empty. Please specify at least one field.",
                               attributeName, span);
}

Diagnostic onlyOneFulltextPerModel(Span span)
{
    return attributeValidation(u"The current connector only allows one fulltext attribute per model", u"@@fulltext", span);
}

Diagnostic indexLengthNotSupported(QStringView attributeName, Span span)
{
    return attributeValidation(u"The length argument is not supported in an index definition with the current connector",
                               attributeName, span);
}

Diagnostic indexAlgorithmNotSupported(QStringView attributeName, Span span)
{
    return attributeValidation(u"The given index type is not supported with the current connector", attributeName, span);
}

Diagnostic hashIndexSort(Span span)
{
    return attributeValidation(u"Hash type does not support sort option.", u"@@index", span);
}

Diagnostic clusteringNotSupported(QStringView attributeName, Span span)
{
    return attributeValidation(u"Defining clustering is not supported in the current connector.", attributeName, span);
}

Diagnostic operatorClassOnNonNormalIndex(QStringView attributeName, Span span)
{
    return attributeValidation(u"Operator classes can only be defined to fields in an @@index attribute.", attributeName,
                               span);
}

Diagnostic constraintNameNotUnique(QStringView attributeName, QStringView name, QStringView scope, Span span)
{
    return attributeValidation(QString(u"The given constraint name `"_s + name
                                       + u"` has to be unique in the following namespace: "_s + scope
                                       + u". Please provide a different name using the `map` argument."_s),
                               attributeName, span);
}

Diagnostic customNameNotUnique(QStringView attributeName, QStringView name, Span span)
{
    return attributeValidation(QString(u"The given custom name `"_s + name
                                       + u"` has to be unique on the model. Please provide a different name for the "
                                         u"`name` argument."_s),
                               attributeName, span);
}

Diagnostic constraintNameTooLong(QStringView modelName, QStringView blockType, QStringView name,
                                 QStringView attributeName, int limit, Span span)
{
    return modelValidationError(QString(u"The constraint name '"_s + name + u"' specified in the `map` argument for the `"_s
                                        + attributeName
                                        + u"` constraint is too long for your chosen provider. The maximum allowed "
                                          u"length is "_s
                                        + QString::number(limit) + u" bytes."_s),
                                blockType, modelName, span);
}

Diagnostic uniqueClientNameClash(QStringView modelName, QStringView clientName, Span span)
{
    return modelValidationError(QString(u"The field `"_s + clientName
                                        + u"` clashes with the `@@unique` name. Please resolve the conflict by providing "
                                          u"a custom id name: `@@unique([...], name: \"custom_name\")`"_s),
                                u"model", modelName, span);
}

} // namespace facet::schema::catalog
