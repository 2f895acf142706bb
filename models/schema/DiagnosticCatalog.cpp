// SPDX-License-Identifier: MIT
#include "DiagnosticCatalog.h"

using namespace Qt::StringLiterals;

namespace facet::schema::catalog {

namespace {
Diagnostic error(QString message, Span span)
{
    return Diagnostic{Severity::Error, std::move(message), span};
}
} // namespace

Diagnostic validationError(QStringView message, Span span)
{
    return error(u"Error validating: "_s + message, span);
}

Diagnostic modelValidationError(QStringView message, QStringView blockType, QStringView blockName, Span span)
{
    return error(u"Error validating "_s + blockType + u" \""_s + blockName + u"\": "_s + message, span);
}

Diagnostic parserError(QStringView expected, Span span)
{
    return error(u"Unexpected token. Expected one of: "_s + expected, span);
}

Diagnostic invalidTopLevelLine(Span span)
{
    return validationError(u"This line is invalid. It does not start with any known Prisma schema keyword.", span);
}

Diagnostic arbitraryBlock(Span span)
{
    return validationError(u"This block is invalid. It does not start with any known Prisma schema keyword. "
                           u"Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.",
                           span);
}

Diagnostic typeAlias(Span span)
{
    return validationError(u"Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types",
                           span);
}

// Facet: Prisma's grammar backtracks over a block without `}` and reports every following line as
// "This line is invalid"; Facet keeps the block and reports it once, at its opening line.
Diagnostic unclosedBlock(QStringView keyword, QStringView name, Span span)
{
    return validationError(QString(u"The "_s + keyword + u" \""_s + name + u"\" is missing its closing `}`."_s), span);
}

Diagnostic invalidModelLine(Span span)
{
    return validationError(u"This line is not a valid field or attribute definition.", span);
}

Diagnostic invalidEnumLine(Span span)
{
    return validationError(u"This line is not an enum value definition.", span);
}

Diagnostic invalidConfigLine(QStringView keyword, Span span)
{
    return validationError(QString(u"This line is not a valid definition within a "_s + keyword + u'.'), span);
}

Diagnostic legacyColon(Span span)
{
    return error(u"Field declarations don't require a `:`."_s, span);
}

Diagnostic legacyRequiredType(Span span)
{
    return error(u"Fields are required by default, `!` is no longer required."_s, span);
}

Diagnostic legacyListType(Span span)
{
    return error(u"To specify a list, please use `Type[]` instead of `[Type]`."_s, span);
}

Diagnostic optionalList(Span span)
{
    return error(u"Optional lists are not supported. Use either `Type[]` or `Type?`."_s, span);
}

Diagnostic fieldMissingType(QStringView blockType, QStringView blockName, Span span)
{
    return modelValidationError(u"This field declaration is invalid. It is either missing a name or a type.", blockType,
                                blockName, span);
}

Diagnostic compositeTypeBlockAttribute(QStringView attributeName, Span span)
{
    if (attributeName == u"map")
        return validationError(u"The name of a composite type is not persisted in the database, therefore it does not "
                               u"need a mapped database name.",
                               span);
    if (attributeName == u"unique")
        return validationError(u"A unique constraint should be defined in the model containing the embed.", span);
    if (attributeName == u"index")
        return validationError(u"An index should be defined in the model containing the embed.", span);
    if (attributeName == u"fulltext")
        return validationError(u"A fulltext index should be defined in the model containing the embed.", span);
    if (attributeName == u"id")
        return validationError(u"A composite type cannot define an id.", span);
    return validationError(u"A composite type cannot have block-level attributes.", span);
}

Diagnostic compositeTypeFieldAttribute(QStringView attributeName, Span span)
{
    return validationError(QString(u"Defining `@"_s + attributeName + u"` attribute for a field in a composite type is not allowed."_s),
                           span);
}

Diagnostic unknownEscapeSequence(Span span)
{
    return error(u"Unknown escape sequence. If the value is a windows-style path, `\\` must be escaped as `\\\\`."_s, span);
}

Diagnostic invalidUnicodeEscape(Span span)
{
    return error(u"Invalid unicode escape sequence."_s, span);
}

// Facet: Prisma's CLI words these per command; Facet names the path and what is wrong with it.
QString pathNotFound(QStringView path)
{
    return u"Could not load the schema: \""_s + path + u"\" does not exist."_s;
}

QString fileUnreadable(QStringView path, QStringView reason)
{
    return u"Could not read the schema file \""_s + path + u"\": "_s + reason;
}

QString invalidUtf8(QStringView path)
{
    return u"The schema file \""_s + path + u"\" is not valid UTF-8."_s;
}

QString noSchemaFiles(QStringView folder)
{
    return u"The folder \""_s + folder + u"\" contains no .prisma files."_s;
}

} // namespace facet::schema::catalog
