// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"

#include <QString>
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

} // namespace facet::schema::catalog
