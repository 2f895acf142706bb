// SPDX-License-Identifier: MIT
// The resolution part of the catalogue (declared in DiagnosticCatalog.h). Wording follows
// prisma-engines psl/diagnostics/src/error.rs, psl/parser-database/src/{names,types,context}.rs and
// psl-core/src/validate/validation_pipeline/validations/relation_fields.rs.
#include "DiagnosticCatalog.h"

using namespace Qt::StringLiterals;

namespace facet::schema::catalog {

namespace {
Diagnostic error(QString message, Span span)
{
    return Diagnostic{Severity::Error, std::move(message), span};
}

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}
} // namespace

Diagnostic reservedScalarTypeName(QStringView name, Span span)
{
    return error(quoted(name) + u" is a reserved scalar type name and cannot be used."_s, span);
}

Diagnostic duplicateTop(QStringView name, QStringView topType, QStringView existingTopType, Span span)
{
    return error(u"The "_s + topType + u' ' + quoted(name) + u" cannot be defined because a "_s + existingTopType
                     + u" with that name already exists."_s,
                 span);
}

Diagnostic duplicateField(QStringView container, QStringView modelName, QStringView fieldName, Span span)
{
    return error(u"Field "_s + quoted(fieldName) + u" is already defined on "_s + container + u' ' + quoted(modelName)
                     + u'.',
                 span);
}

Diagnostic duplicateEnumValue(QStringView enumName, QStringView valueName, Span span)
{
    return error(u"Value "_s + quoted(valueName) + u" is already defined on enum "_s + quoted(enumName) + u'.', span);
}

Diagnostic duplicateConfigKey(QStringView blockType, QStringView blockName, QStringView key, Span span)
{
    return error(u"Key "_s + quoted(key) + u" is already defined in "_s + blockType + u' ' + quoted(blockName) + u'.',
                 span);
}

Diagnostic reservedModelName(QStringView blockType, QStringView name, Span span)
{
    // Prisma says "Error validating model" even for views here.
    return modelValidationError(QString(u"The "_s + blockType + u" name `"_s + name
                                            + u"` is invalid. It is a reserved name. Please change it. Read more at "
                                              u"https://pris.ly/d/naming-models"_s),
                                u"model", name, span);
}

Diagnostic reservedEnumName(QStringView name, Span span)
{
    return error(u"Error validating enum `"_s + name + u"`: The enum name `"_s + name
                     + u"` is invalid. It is a reserved name. Please change it. Read more at "
                       u"https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-schema/data-model#naming-enums"_s,
                 span);
}

Diagnostic invalidIdentifier(QStringView schemaItem, QStringView name, Span span)
{
    if (name.isEmpty())
        return validationError(QString(u"The name of a "_s + schemaItem + u" must not be empty."_s), span);
    if (name.front().isDigit())
        return validationError(QString(u"The name of a "_s + schemaItem + u" must not start with a number."_s), span);
    return validationError(QString(u"The character `-` is not allowed in "_s + schemaItem + u" names."_s), span);
}

Diagnostic typeNotFound(QStringView typeName, Span span)
{
    return error(u"Type "_s + quoted(typeName)
                     + u" is neither a built-in type, nor refers to another model, composite type, or enum."_s,
                 span);
}

Diagnostic typeNotFoundForCase(QStringView typeName, QStringView suggestion, Span span)
{
    return error(u"Type "_s + quoted(typeName)
                     + u" is neither a built-in type, nor refers to another model, composite type, or enum. Did you mean "_s
                     + quoted(suggestion) + u'?',
                 span);
}

Diagnostic attributeNotKnown(QStringView attributeName, Span span)
{
    return error(u"Attribute not known: "_s + quoted(attributeName) + u'.', span);
}

Diagnostic duplicateAttribute(QStringView attributeName, Span span)
{
    return error(u"Attribute \"@"_s + attributeName + u"\" can only be defined once."_s, span);
}

Diagnostic attributeValidation(QStringView message, QStringView attributeName, Span span)
{
    return error(u"Error parsing attribute "_s + quoted(attributeName) + u": "_s + message, span);
}

Diagnostic argumentNotFound(QStringView argumentName, Span span)
{
    return error(u"Argument "_s + quoted(argumentName) + u" is missing."_s, span);
}

Diagnostic duplicateArgument(QStringView argumentName, Span span)
{
    return error(u"Argument "_s + quoted(argumentName) + u" is already specified."_s, span);
}

Diagnostic duplicateDefaultArgument(QStringView argumentName, Span span)
{
    return error(u"Argument "_s + quoted(argumentName) + u" is already specified as unnamed argument."_s, span);
}

Diagnostic unusedArgument(Span span)
{
    return error(u"No such argument."_s, span);
}

Diagnostic argumentMissingValue(QStringView argumentName, QStringView attributeName, Span span)
{
    return attributeValidation(QString(u"The `"_s + argumentName + u"` argument is missing a value."_s), attributeName, span);
}

Diagnostic typeMismatch(QStringView expectedType, QStringView receivedType, QStringView raw, Span span)
{
    return error(u"Expected a "_s + expectedType + u" value, but received "_s + receivedType + u" value `"_s + raw
                     + u"`."_s,
                 span);
}

Diagnostic indexUnknownFields(QStringView what, QStringView modelName, const QStringList &fields, Span span)
{
    return modelValidationError(QString(u"The "_s + what + u" definition refers to the unknown fields: "_s
                                            + fields.join(u", "_s) + u'.'),
                                u"model", modelName, span);
}

// Worded differently from the index one (and in the singular for one field) since Prisma 7.
Diagnostic idUnknownFields(QStringView modelName, const QStringList &fields, Span span)
{
    QStringList quotedFields;
    for (const QString &f : fields)
        quotedFields.append(u'`' + f + u'`');
    return modelValidationError(QString(u"The multi field id declaration refers to the unknown "_s
                                        + (fields.size() == 1 ? u"field "_s : u"fields "_s)
                                        + quotedFields.join(u", "_s) + u'.'),
                                u"model", modelName, span);
}

Diagnostic indexNameAndMap(Span span)
{
    return attributeValidation(u"The `@@index` attribute accepts the `name` argument as an alias for the `map` argument "
                               u"for legacy reasons. It does not accept both though. Please use the `map` argument to "
                               u"specify the database name of the index.",
                               u"@index", span);
}

Diagnostic relationAmbiguity(RelationAmbiguity kind, QStringView modelName, const QStringList &fieldNames,
                             QStringView relatedModel, Span span)
{
    // "`a`", "`a` and `b`", "`a`, `b` and `c`" as Prisma's `Fields` Display.
    QString fields;
    for (qsizetype i = 0; i < fieldNames.size(); ++i) {
        if (i > 0)
            fields += i == fieldNames.size() - 1 ? u" and "_s : u", "_s;
        fields += u'`' + fieldNames[i] + u'`';
    }
    QString message;
    switch (kind) {
    case RelationAmbiguity::AmbiguousSelf:
        message = u"Ambiguous self relation detected. The fields "_s + fields + u" in model `"_s + modelName
            + u"` both refer to `"_s + relatedModel
            + u"`. If they are part of the same relation add the same relation name for them with `@relation(<name>)`."_s;
        break;
    case RelationAmbiguity::UnnamedSelf:
        message = u"Unnamed self relation detected. The fields "_s + fields + u" in model `"_s + modelName
            + u"` have no relation name. Please provide a relation name for one of them by adding `@relation(<name>)."_s;
        break;
    case RelationAmbiguity::WronglyNamedSelf:
        message = u"Wrongly named self relation detected. The fields "_s + fields + u" in model `"_s + modelName
            + u"` have the same relation name. At most two relation fields can belong to the same relation and "
              u"therefore have the same name. Please assign a different relation name to one of them."_s;
        break;
    case RelationAmbiguity::Ambiguous:
        message = u"Ambiguous relation detected. The fields "_s + fields + u" in model `"_s + modelName
            + u"` both refer to `"_s + relatedModel
            + u"`. Please provide different relation names for them by adding `@relation(<name>)."_s;
        break;
    case RelationAmbiguity::WronglyNamed:
        message = u"Wrongly named relation detected. The fields "_s + fields + u" in model `"_s + modelName
            + u"` both use the same relation name. Please provide different relation names for them through "
              u"`@relation(<name>)."_s;
        break;
    }
    return modelValidationError(message, u"model", modelName, span);
}

} // namespace facet::schema::catalog
