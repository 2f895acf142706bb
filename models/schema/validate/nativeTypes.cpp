// SPDX-License-Identifier: MIT
// `@db.*` native types (prisma-engines psl-core validations/fields.rs validate_native_type_arguments and
// each connector's native_types.rs / validate_native_type_arguments): the type exists for the provider,
// fits the field's scalar type, gets the right number of integer arguments, and they are in range.
#include "validate/ValidationContext.h"

using namespace Qt::StringLiterals;

namespace facet::schema::validate::nativeTypes {

namespace {

const Attribute *nativeTypeAttribute(const Field *ast, const NativeType &type)
{
    if (!ast)
        return nullptr;
    for (const Attribute &a : ast->attributes) {
        if (a.span == type.span)
            return &a;
    }
    return nullptr;
}

QString rawArguments(const Attribute &a)
{
    QStringList parts;
    for (const Argument &arg : a.arguments.arguments)
        parts.append(displayExpression(arg.value));
    return u'(' + parts.join(u", "_s) + u')';
}

// Range rules per connector; `args` are the parsed integers.
void checkRanges(const Context &ctx, const QString &name, const QList<qint64> &args, std::optional<ScalarType> scalar,
                 Span span)
{
    // The type as the messages show it, built only for an error: this runs for every native type with arguments.
    const auto shown = [&]() -> QString {
        if (args.isEmpty())
            return name;
        QStringList s;
        for (qint64 a : args)
            s.append(QString::number(a));
        return name + u'(' + s.join(u',') + u')';
    };
    const QString &db = ctx.connector.name;
    auto outOfRange = [&](QStringView message) {
        ctx.error(catalog::nativeTypeArgumentOutOfRange(shown(), db, message, span));
    };
    auto arg = [&](int i) { return args.value(i, -1); };
    switch (ctx.connector.provider) {
    case Provider::PostgreSQL:
    case Provider::CockroachDB:
        if (name == u"Decimal" && args.size() == 2) {
            if (arg(1) > arg(0))
                ctx.error(catalog::nativeTypeScaleLargerThanPrecision(shown(), db, span));
            else if (arg(0) > 1000 || arg(0) == 0)
                outOfRange(u"Precision must be positive with a maximum value of 1000.");
        } else if ((name == u"Bit" || name == u"VarBit") && args.size() == 1 && arg(0) == 0) {
            outOfRange(u"M must be a positive integer.");
        } else if ((name == u"Timestamp" || name == u"Timestamptz" || name == u"Time" || name == u"Timetz")
                   && args.size() == 1 && arg(0) > 6) {
            outOfRange(u"M can range from 0 to 6.");
        }
        break;
    case Provider::MySQL:
        if (name == u"Decimal" && args.size() == 2) {
            if (arg(1) > arg(0))
                ctx.error(catalog::nativeTypeScaleLargerThanPrecision(shown(), db, span));
            else if (arg(0) > 65)
                outOfRange(u"Precision can range from 1 to 65.");
            else if (arg(1) > 30)
                outOfRange(u"Scale can range from 0 to 30.");
        } else if (name == u"Bit" && (arg(0) == 0 || arg(0) > 64)) {
            outOfRange(u"M can range from 1 to 64.");
        } else if (name == u"Char" && arg(0) > 255) {
            outOfRange(u"M can range from 0 to 255.");
        } else if (name == u"VarChar" && arg(0) > 65535) {
            outOfRange(u"M can range from 0 to 65,535.");
        } else if (name == u"Bit" && arg(0) > 1 && scalar == ScalarType::Boolean) {
            outOfRange(u"only Bit(1) can be used as Boolean.");
        }
        break;
    default: break;
    }
}

} // namespace

void nativeTypeArguments(const ResolvedModel &model, const ResolvedField &field, Context &ctx)
{
    if (!field.nativeType || field.kind != FieldKind::Scalar || !field.scalarType)
        return;
    const NativeType &type = *field.nativeType;
    const Attribute *attribute = nativeTypeAttribute(ctx.astFieldOf(model, field), type);
    const Span span = type.span;

    const NativeTypeConstructor *constructor = ctx.connector.nativeType(type.name);
    if (!constructor) {
        ctx.error(catalog::nativeTypeNotSupported(ctx.connector.providerName, type.name, span));
        return;
    }
    if (!constructor->scalarTypes.contains(*field.scalarType)) {
        QStringList expected;
        for (ScalarType s : constructor->scalarTypes)
            expected.append(scalarTypeName(s));
        ctx.error(catalog::nativeTypeIncompatible(type.name, scalarTypeName(*field.scalarType),
                                                  expected.join(u" or "_s), span));
        return;
    }

    const int given = attribute ? static_cast<int>(attribute->arguments.arguments.size()) : 0;
    if (constructor->requiredArguments == 0 && constructor->optionalArguments == 0) {
        if (given > 0)
            ctx.error(catalog::nativeTypeArgumentCount(type.name, 0, given, span));
        return;
    }
    if (constructor->requiredArguments > 0 && given != constructor->requiredArguments) {
        ctx.error(catalog::nativeTypeArgumentCount(type.name, constructor->requiredArguments, given, span));
        return;
    }
    if (constructor->optionalArguments > 0 && given > constructor->optionalArguments) {
        ctx.error(catalog::nativeTypeOptionalArgumentCount(type.name, constructor->optionalArguments, given, span));
        return;
    }
    if (given == 0 || !attribute)
        return;

    // SQL Server spells the largest length `Max`.
    if (ctx.connector.provider == Provider::SqlServer && given == 1
        && attribute->arguments.arguments.front().value.isConstant()
        && attribute->arguments.arguments.front().value.text == u"Max")
        return;

    QList<qint64> values;
    bool ok = true;
    for (const Argument &a : attribute->arguments.arguments) {
        bool parsed = false;
        const qint64 v = a.value.kind == Expression::Kind::Numeric ? a.value.text.toLongLong(&parsed) : -1;
        if (!parsed || v < 0)
            ok = false;
        values.append(v);
    }
    const bool twoArguments = constructor->optionalArguments == 2 || constructor->requiredArguments == 2;
    if (!ok || (twoArguments && given != 2)) {
        ctx.error(catalog::nativeTypeValueParser(twoArguments ? u"two nonnegative integers"_s : u"a nonnegative integer"_s,
                                                 rawArguments(*attribute), span));
        return;
    }
    checkRanges(ctx, type.name, values, field.scalarType, span);
}

} // namespace facet::schema::validate::nativeTypes
