// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// Every message the schema library shows, as named factories (Prisma's `DatamodelError::new_*`).
// Wording follows prisma-engines psl/diagnostics/src/error.rs and psl/schema-ast/src/parser/*.rs;
// messages Prisma does not have are marked "Facet:" in DiagnosticCatalog.cpp.
namespace facet::schema::catalog {

// Prisma's generic wrappers, kept so later stages format messages the same way.
Diagnostic validationError(QStringView message, Span span);                  // "Error validating: …"
Diagnostic modelValidationError(QStringView message, QStringView blockType, QStringView blockName, Span span);
Diagnostic parserError(QStringView expected, Span span);                      // "Unexpected token. Expected one of: …"

// Top level.
Diagnostic invalidTopLevelLine(Span span);
Diagnostic arbitraryBlock(Span span);
Diagnostic typeAlias(Span span);
Diagnostic unclosedBlock(QStringView keyword, QStringView name, Span span);

// Inside blocks.
Diagnostic invalidModelLine(Span span);
Diagnostic invalidEnumLine(Span span);
Diagnostic invalidConfigLine(QStringView keyword, Span span);

// Fields.
Diagnostic legacyColon(Span span);
Diagnostic legacyRequiredType(Span span);
Diagnostic legacyListType(Span span);
Diagnostic optionalList(Span span);
Diagnostic fieldMissingType(QStringView blockType, QStringView blockName, Span span);

// Composite types (Prisma rejects these while parsing).
Diagnostic compositeTypeBlockAttribute(QStringView attributeName, Span span);
Diagnostic compositeTypeFieldAttribute(QStringView attributeName, Span span);

// String literals.
Diagnostic unknownEscapeSequence(Span span);
Diagnostic invalidUnicodeEscape(Span span);

// Loading files (no span: these name a path instead).
QString pathNotFound(QStringView path);
QString fileUnreadable(QStringView path, QStringView reason);
QString invalidUtf8(QStringView path);
QString noSchemaFiles(QStringView folder);

// Resolution (names, types, attributes, relations; prisma-engines psl/parser-database).
// Implemented in DiagnosticCatalogResolve.cpp.
Diagnostic reservedScalarTypeName(QStringView name, Span span);
Diagnostic duplicateTop(QStringView name, QStringView topType, QStringView existingTopType, Span span);
Diagnostic duplicateField(QStringView container, QStringView modelName, QStringView fieldName, Span span);
Diagnostic duplicateEnumValue(QStringView enumName, QStringView valueName, Span span);
Diagnostic duplicateConfigKey(QStringView blockType, QStringView blockName, QStringView key, Span span);
Diagnostic reservedModelName(QStringView blockType, QStringView name, Span span);
Diagnostic reservedEnumName(QStringView name, Span span);
Diagnostic invalidIdentifier(QStringView schemaItem, QStringView name, Span span); // empty / leading digit / `-`
Diagnostic typeNotFound(QStringView typeName, Span span);
Diagnostic typeNotFoundForCase(QStringView typeName, QStringView suggestion, Span span);
Diagnostic attributeNotKnown(QStringView attributeName, Span span);      // name with its "@"/"@@"
Diagnostic duplicateAttribute(QStringView attributeName, Span span);     // name without the first "@"
Diagnostic attributeValidation(QStringView message, QStringView attributeName, Span span);
Diagnostic argumentNotFound(QStringView argumentName, Span span);
Diagnostic duplicateArgument(QStringView argumentName, Span span);
Diagnostic duplicateDefaultArgument(QStringView argumentName, Span span);
Diagnostic unusedArgument(Span span);
Diagnostic argumentMissingValue(QStringView argumentName, QStringView attributeName, Span span);
Diagnostic typeMismatch(QStringView expectedType, QStringView receivedType, QStringView raw, Span span);
Diagnostic indexUnknownFields(QStringView what, QStringView modelName, const QStringList &fields, Span span);
Diagnostic idUnknownFields(QStringView modelName, const QStringList &fields, Span span);
Diagnostic indexNameAndMap(Span span); // legacy `name:` together with `map:` on @@index
// psl-core relations ambiguity check: several relation fields of one model pointing at the same model under
// the same (explicit or generated) relation name.
enum class RelationAmbiguity { Ambiguous, AmbiguousSelf, UnnamedSelf, WronglyNamed, WronglyNamedSelf };
Diagnostic relationAmbiguity(RelationAmbiguity kind, QStringView modelName, const QStringList &fieldNames,
                             QStringView relatedModel, Span span);

} // namespace facet::schema::catalog

// Validation messages (validate/): a separate file so the two halves can grow independently.
#include "DiagnosticCatalogValidate.h"
