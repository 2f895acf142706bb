// SPDX-License-Identifier: MIT
// The relation messages of the validation catalogue (declared in DiagnosticCatalogValidate.h), split from
// DiagnosticCatalogValidate.cpp to keep files short. Wording is Prisma's: psl-core validations/relations*.rs,
// relation_fields.rs and parser-database's @relation argument checks.
#include "DiagnosticCatalog.h"

using namespace Qt::StringLiterals;

namespace facet::schema::catalog {

namespace {

Diagnostic warning(QString message, Span span)
{
    return Diagnostic{Severity::Warning, std::move(message), span};
}

QString ticked(QStringView text)
{
    return u'`' + text.toString() + u'`';
}

Diagnostic onRelation(QStringView message, Span span)
{
    return attributeValidation(message, u"@relation", span);
}

} // namespace

// ---- Relations ----

Diagnostic relationFieldsUnknown(const QStringList &fields, Span span)
{
    return validationError(QString(u"The argument fields must refer only to existing fields. The following fields do "
                                   u"not exist in this model: "_s
                                   + fields.join(u", "_s)),
                           span);
}

Diagnostic relationFieldsAreRelations(const QStringList &fields, Span span)
{
    return validationError(QString(u"The argument fields must refer only to scalar fields. But it is referencing the "
                                   u"following relation fields: "_s
                                   + fields.join(u", "_s)),
                           span);
}

Diagnostic relationReferencesUnknown(QStringView relatedModel, const QStringList &fields, Span span)
{
    return validationError(QString(u"The argument `references` must refer only to existing fields in the related model `"_s
                                   + relatedModel + u"`. The following fields do not exist in the related model: "_s
                                   + fields.join(u", "_s)),
                           span);
}

Diagnostic referentialActionUnknown(QStringView action, Span span)
{
    return onRelation(QString(u"Invalid referential action: `"_s + action + u'`'), span);
}

Diagnostic relationMissingOppositeField(QStringView container, QStringView modelName, QStringView fieldName,
                                        QStringView relatedModel, Span span)
{
    return fieldValidationError(QString(u"The relation field `"_s + fieldName + u"` on "_s + container + u" `"_s
                                        + modelName + u"` is missing an opposite relation field on the model `"_s
                                        + relatedModel + u"`. Either run `prisma format` or add it manually."_s),
                                container, modelName, fieldName, span);
}

Diagnostic relationReferencesNotUnique(QStringView relatedModel, const QStringList &fields, Span span)
{
    const QString hint = fields.size() == 1
        ? QString(u"Consider adding an `@unique` attribute to the field `"_s + fields.front() + u"` in the model `"_s
            + relatedModel + u"`."_s)
        : QString(u"Consider adding an `@@unique(["_s + fields.join(u", "_s) + u"])` attribute to the model `"_s + relatedModel
            + u"`."_s);
    return onRelation(QString(u"The argument `references` must refer to a unique criterion in the related model. "_s + hint), span);
}

Diagnostic relationReferencesOrder(QStringView relatedModel, const QStringList &fields, Span span)
{
    return validationError(QString(u"The argument `references` must refer to a unique criterion in the related model `"_s
                                   + relatedModel
                                   + u"` using the same order of fields. Please check the ordering in the following "
                                     u"fields: `"_s
                                   + fields.join(u", "_s) + u"`."_s),
                           span);
}

Diagnostic relationFieldsReferencesLength(Span span)
{
    return validationError(u"You must specify the same number of fields in `fields` and `references`.", span);
}

Diagnostic relationFieldArity(QStringView fieldName, const QStringList &scalarFields, Span span)
{
    return validationError(QString(u"The relation field `"_s + fieldName + u"` uses the scalar fields "_s
                                   + scalarFields.join(u", "_s)
                                   + u". At least one of those fields is optional. Hence the relation field must be "
                                     u"optional as well."_s),
                           span);
}

Diagnostic relationTypeMismatch(QStringView field, QStringView model, QStringView referenced, QStringView referencedModel,
                                Span span)
{
    return onRelation(QString(u"The type of the field `"_s + field + u"` in the model `"_s + model
                              + u"` is not matching the type of the referenced field `"_s + referenced
                              + u"` in model `"_s + referencedModel + u"`."_s),
                      span);
}

Diagnostic relationSetNullOnRequired(QStringView actionKind, bool asWarning, Span span)
{
    if (asWarning) {
        return warning(u"The `"_s + actionKind
                           + u"` referential action of a relation should not be set to `SetNull` when a referenced "
                             u"field is required. We recommend either to choose another referential action, or to make "
                             u"the referenced fields optional. Read more at https://pris.ly/d/postgres-set-null "_s,
                       span);
    }
    return onRelation(QString(u"The `"_s + actionKind
                              + u"` referential action of a relation must not be set to `SetNull` when a referenced "
                                u"field is required.\nEither choose another referential action, or make the referenced "
                                u"fields optional.\n"_s),
                      span);
}

Diagnostic referentialActionNotAllowed(QStringView action, const QStringList &allowed, QStringView noActionHint, Span span)
{
    QStringList ticks;
    for (const QString &a : allowed)
        ticks.append(ticked(a));
    return validationError(QString(u"Invalid referential action: `"_s + action + u"`. Allowed values: ("_s
                                   + ticks.join(u", "_s) + u')' + noActionHint),
                           span);
}

Diagnostic cascadingReferentialActions(QStringView cyclePath, const std::optional<QString> &implicitOnDelete,
                                       const std::optional<QString> &implicitOnUpdate, Span span)
{
    QString text = cyclePath.isEmpty()
        ? u"A self-relation must have `onDelete` and `onUpdate` referential actions set to `NoAction` in one of the "
          u"@relation attributes."_s
        : u"Reference causes a cycle. One of the @relation attributes in this cycle must have `onDelete` and "
          u"`onUpdate` referential actions set to `NoAction`. Cycle path: "_s
            + cyclePath + u'.';
    if (implicitOnDelete && implicitOnUpdate)
        text += u" (Implicit default `onDelete`: `"_s + *implicitOnDelete + u"`, and `onUpdate`: `"_s + *implicitOnUpdate
            + u"`)"_s;
    else if (implicitOnDelete)
        text += u" (Implicit default `onDelete`: `"_s + *implicitOnDelete + u"`)"_s;
    else if (implicitOnUpdate)
        text += u" (Implicit default `onUpdate`: `"_s + *implicitOnUpdate + u"`)"_s;
    text += u" Read more at https://pris.ly/d/cyclic-referential-actions"_s;
    return validationError(text, span);
}

Diagnostic mysqlSetDefault(Span span)
{
    return warning(u"MySQL does not actually support the `SetDefault` referential action, so using it may result in "
                   u"unexpected errors. Read more at https://pris.ly/d/mysql-set-default "_s,
                   span);
}

Diagnostic namedForeignKeysNotSupported(Span span)
{
    return onRelation(u"Your provider does not support named foreign keys.", span);
}

Diagnostic missingIndexOnEmulatedRelation(Span span)
{
    return warning(u"With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields will not benefit "
                   u"from the index usually created by the relational database under the hood. This can lead to poor "
                   u"performance when querying these fields. We recommend adding an index manually. Learn more at "
                   u"https://pris.ly/d/relation-mode-prisma-indexes\" "_s,
                   span);
}

Diagnostic relatedModelIgnored(QStringView fieldName, QStringView modelName, QStringView relatedModel, Span span)
{
    return attributeValidation(QString(u"The relation field `"_s + fieldName + u"` on Model `"_s + modelName
                                       + u"` must specify the `@ignore` attribute, because the model "_s + relatedModel
                                       + u" it is pointing to is marked ignored."_s),
                               u"@ignore", span);
}

Diagnostic oneToManyFieldsMissing(QStringView fieldName, QStringView modelName, Span span)
{
    return onRelation(QString(u"The relation field `"_s + fieldName + u"` on Model `"_s + modelName
                              + u"` must specify the `fields` argument in the @relation attribute. You can run `prisma "
                                u"format` to fix this automatically."_s),
                      span);
}

Diagnostic oneToManyReferencesMissing(QStringView fieldName, QStringView modelName, Span span)
{
    return onRelation(QString(u"The relation field `"_s + fieldName + u"` on Model `"_s + modelName
                              + u"` must specify the `references` argument in the @relation attribute."_s),
                      span);
}

Diagnostic oneToManyBackSideArguments(QStringView backField, QStringView backModel, QStringView forwardField,
                                      QStringView forwardModel, Span span)
{
    return onRelation(QString(u"The relation field `"_s + backField + u"` on Model `"_s + backModel
                              + u"` must not specify the `fields` or `references` argument in the @relation attribute. "
                                u"You must only specify it on the opposite field `"_s
                              + forwardField + u"` on model `"_s + forwardModel + u"`."_s),
                      span);
}

Diagnostic oneToManyBackSideActions(QStringView backField, QStringView backModel, QStringView forwardField,
                                    QStringView forwardModel, Span span)
{
    return onRelation(QString(u"The relation field `"_s + backField + u"` on Model `"_s + backModel
                              + u"` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. "
                                u"You must only specify it on the opposite field `"_s
                              + forwardField + u"` on model `"_s + forwardModel
                              + u"`, or in case of a many to many relation, in an explicit join table."_s),
                      span);
}

Diagnostic oneToOneArgumentMissingBoth(QStringView argument, QStringView field, QStringView model, QStringView otherField,
                                       QStringView otherModel, Span span)
{
    return onRelation(QString(u"The relation fields `"_s + field + u"` on Model `"_s + model + u"` and `"_s + otherField
                              + u"` on Model `"_s + otherModel + u"` do not provide the `"_s + argument
                              + u"` argument in the @relation attribute. You have to provide it on one of the two "
                                u"fields."_s),
                      span);
}

Diagnostic oneToOneArgumentOnBoth(QStringView argument, QStringView field, QStringView model, QStringView otherField,
                                  QStringView otherModel, Span span)
{
    return onRelation(QString(u"The relation fields `"_s + field + u"` on Model `"_s + model + u"` and `"_s + otherField
                              + u"` on Model `"_s + otherModel + u"` both provide the `"_s + argument
                              + u"` argument in the @relation attribute. You have to provide it only on one of the two "
                                u"fields."_s),
                      span);
}

Diagnostic oneToOneActionsOnBoth(QStringView field, QStringView model, QStringView otherField, QStringView otherModel,
                                 Span span)
{
    return onRelation(QString(u"The relation fields `"_s + field + u"` on Model `"_s + model + u"` and `"_s + otherField
                              + u"` on Model `"_s + otherModel
                              + u"` both provide the `onDelete` or `onUpdate` argument in the @relation attribute. You "
                                u"have to provide it only on one of the two fields."_s),
                      span);
}

Diagnostic oneToOneBackSideActions(QStringView backField, QStringView backModel, QStringView forwardField,
                                   QStringView forwardModel, Span span)
{
    return onRelation(QString(u"The relation field `"_s + backField + u"` on Model `"_s + backModel
                              + u"` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. "
                                u"You must only specify it on the opposite field `"_s
                              + forwardField + u"` on model `"_s + forwardModel + u"`."_s),
                      span);
}

Diagnostic oneToOneFieldsReferencesMixup(bool fieldsOnForward, QStringView forwardField, QStringView forwardModel,
                                         QStringView backField, QStringView backModel, Span span)
{
    const QString first = fieldsOnForward ? u"fields"_s : u"references"_s;
    const QString second = fieldsOnForward ? u"references"_s : u"fields"_s;
    return onRelation(QString(u"The relation field `"_s + forwardField + u"` on Model `"_s + forwardModel
                              + u"` provides the `"_s + first + u"` argument in the @relation attribute. And the related "
                                                                u"field `"_s
                              + backField + u"` on Model `"_s + backModel + u"` provides the `"_s + second
                              + u"` argument. You must provide both arguments on the same side."_s),
                      span);
}

Diagnostic oneToOneBackSideRequired(QStringView backField, QStringView backModel, QStringView forwardModel, Span span)
{
    return onRelation(QString(u"The relation field `"_s + backField + u"` on Model `"_s + backModel
                              + u"` is required. This is not valid because it's not possible to enforce this "
                                u"constraint on the database level. Please change the field type from `"_s
                              + forwardModel + u"` to `"_s + forwardModel + u"?` to fix this."_s),
                      span);
}

Diagnostic oneToOneArgumentsOnWrongSide(QStringView backModel, QStringView backField, QStringView forwardModel,
                                        QStringView forwardField, Span span)
{
    return onRelation(QString(u"The relation field `"_s + backModel + u'.' + backField
                              + u"` defines the `fields` and/or `references` argument. You must set them on the required "
                                u"side of the relation (`"_s
                              + forwardModel + u'.' + forwardField
                              + u"`) in order for the constraints to be enforced. Alternatively, you can change this "
                                u"field to be required and the opposite optional, or make both sides of the relation "
                                u"optional."_s),
                      span);
}

Diagnostic oneToOneFieldsNotUnique(const QStringList &fields, Span span)
{
    const QString hint = fields.size() == 1
        ? QString(u"Either add an `@unique` attribute to the field `"_s + fields.front()
                  + u"`, or change the relation to one-to-many."_s)
        : QString(u"Either add an `@@unique(["_s + fields.join(u", "_s)
                  + u"])` attribute to the model, or change the relation to one-to-many."_s);
    return onRelation(QString(u"A one-to-one relation must use unique fields on the defining side. "_s + hint), span);
}

Diagnostic implicitManyToManyNotSupported(QStringView connectorName, Span span)
{
    return validationError(QString(u"Implicit many-to-many relations are not supported on "_s + connectorName
                                   + u". Please use the syntax defined in "
                                     u"https://pris.ly/d/document-database-many-to-many"_s),
                           span);
}

Diagnostic implicitManyToManyWithoutId(QStringView fieldName, QStringView modelName, QStringView relatedModel, Span span)
{
    return fieldValidationError(QString(u"The relation field `"_s + fieldName + u"` on model `"_s + modelName
                                        + u"` references `"_s + relatedModel
                                        + u"` which does not have an `@id` field. Models without `@id` cannot be part of "
                                          u"a many to many relation. Use an explicit intermediate Model to represent "
                                          u"this relationship."_s),
                                u"model", modelName, fieldName, span);
}


Diagnostic implicitManyToManyActions(Span span)
{
    return validationError(u"Referential actions on implicit many-to-many relations are not supported", span);
}

Diagnostic implicitManyToManyReferences(Span span)
{
    return onRelation(u"Implicit many-to-many relation should not have references argument defined. Either remove it, "
                      u"or change the relation to one-to-many.",
                      span);
}

} // namespace facet::schema::catalog
