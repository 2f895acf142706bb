// SPDX-License-Identifier: MIT
// `@default(...)` fits the field (prisma-engines psl/parser-database/src/attributes/default.rs): literal
// of the right type, functions only on the types they produce, their arguments, enum values, lists.
// Prisma reports these while resolving attributes, so they run in Facet's attribute phase.
#include "validate/ValidationContext.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace facet::schema::validate::attributes {

namespace {

constexpr QStringView knownFunctions[] = {u"autoincrement", u"cuid", u"dbgenerated", u"nanoid", u"now",
                                          u"uuid", u"auto", u"ulid"};

bool isKnownFunction(QStringView name)
{
    return isKnownDefaultFunction(name);
}

struct DefaultSite {
    const Attribute &attribute;
    const Expression &value;
};

std::optional<DefaultSite> defaultOf(const Field *ast)
{
    if (!ast)
        return std::nullopt;
    const Attribute *a = ast->attribute(u"default");
    if (!a)
        return std::nullopt;
    const Argument *value = a->argument(u"value");
    if (!value)
        return std::nullopt; // a missing argument is reported by resolution
    return DefaultSite{*a, value->value};
}

const Expression *firstArgument(const Expression &function)
{
    return function.arguments().arguments.empty() ? nullptr : &function.arguments().arguments.front().value;
}

int argumentCount(const Expression &function)
{
    return static_cast<int>(function.arguments().arguments.size());
}

void emptyArguments(const DefaultSite &site, Context &ctx)
{
    if (argumentCount(site.value) > 0)
        ctx.error(catalog::defaultFunctionTakesNoArguments(site.value.text, site.attribute.span));
}

void dbgeneratedArguments(const DefaultSite &site, Context &ctx)
{
    const Expression *arg = firstArgument(site.value);
    if (argumentCount(site.value) > 1)
        ctx.error(catalog::defaultDbgeneratedSingleString(site.attribute.span));
    if (!arg)
        return;
    if (arg->isString() && arg->text.isEmpty())
        ctx.error(catalog::defaultDbgeneratedEmpty(site.attribute.span));
    else if (!arg->isString())
        ctx.error(catalog::defaultDbgeneratedSingleString(site.attribute.span));
}

// uuid(4|7), cuid(1|2), nanoid(2..255): one optional integer.
void integerArgument(const DefaultSite &site, Context &ctx, auto allowed,
                     Diagnostic (*message)(bool wrongValue, Span span))
{
    const Expression *arg = firstArgument(site.value);
    if (argumentCount(site.value) > 1)
        ctx.error(message(false, site.attribute.span));
    if (!arg)
        return;
    if (arg->kind != Expression::Kind::Numeric) {
        ctx.error(message(false, site.attribute.span));
        return;
    }
    bool ok = false;
    const int n = arg->text.toInt(&ok);
    if (!ok || !allowed(n))
        ctx.error(message(true, site.attribute.span));
}

// A literal for a scalar type; `onValid` is not needed: every failure reports.
bool scalarLiteral(ScalarType type, const Expression &value, const DefaultSite &site, Context &ctx)
{
    const bool isString = value.isString();
    const bool isNumber = value.kind == Expression::Kind::Numeric;
    switch (type) {
    case ScalarType::String:
    case ScalarType::Json:
    case ScalarType::Bytes:
    case ScalarType::DateTime:
        if (isString)
            return true;
        break;
    case ScalarType::Int:
    case ScalarType::BigInt:
    case ScalarType::Float:
        if (isNumber)
            return true;
        break;
    case ScalarType::Decimal:
        if (isNumber || isString)
            return true;
        break;
    case ScalarType::Boolean:
        if (value.isConstant()) {
            if (value.text == u"true" || value.text == u"false")
                return true;
            ctx.error(catalog::defaultBooleanLiteral(value.span));
            return false;
        }
        break;
    }
    ctx.error(catalog::defaultLiteralMismatch(scalarTypeName(type), displayExpression(value), site.attribute.span));
    return false;
}

bool enumLiteral(const ResolvedEnum *enumeration, const Expression &value, const DefaultSite &site, Context &ctx)
{
    if (!value.isConstant()) {
        ctx.error(catalog::defaultEnumExpected(displayExpression(value), site.attribute.span));
        return false;
    }
    if (enumeration && !enumeration->value(value.text)) {
        ctx.error(catalog::defaultEnumValueUnknown(value.text, site.attribute.span));
        return false;
    }
    return true;
}

void scalarDefault(const ResolvedField &field, const DefaultSite &site, bool onComposite, Context &ctx)
{
    const ScalarType type = *field.scalarType;
    const Expression &value = site.value;
    if (value.isFunction()) {
        const QString &fn = value.text;
        if (onComposite) {
            if (type == ScalarType::String && fn == u"cuid")
                emptyArguments(site, ctx);
            else if (type == ScalarType::String && fn == u"uuid")
                integerArgument(site, ctx, [](int n) { return n == 4 || n == 7; }, catalog::defaultUuidArguments);
            else if (type == ScalarType::DateTime && fn == u"now")
                emptyArguments(site, ctx);
            else if (fn == u"autoincrement" || fn == u"auto")
                ctx.error(catalog::defaultFunctionNotOnComposite(fn, site.attribute.span));
            else if (!isKnownFunction(fn))
                ctx.error(catalog::defaultUnknownFunction(fn, value.span));
            else
                ctx.error(catalog::defaultFunctionNotForType(fn, scalarTypeName(type), site.attribute.span));
            return;
        }
        if (fn == u"autoincrement" && site.attribute.arguments.named(u"map"))
            ctx.error(catalog::defaultAutoincrementNamed(site.attribute.span));
        else if ((type == ScalarType::Int || type == ScalarType::BigInt) && fn == u"autoincrement")
            emptyArguments(site, ctx);
        else if (type == ScalarType::String && fn == u"cuid")
            integerArgument(site, ctx, [](int n) { return n == 1 || n == 2; }, catalog::defaultCuidArguments);
        else if (type == ScalarType::String && fn == u"uuid")
            integerArgument(site, ctx, [](int n) { return n == 4 || n == 7; }, catalog::defaultUuidArguments);
        else if (type == ScalarType::String && fn == u"nanoid")
            integerArgument(site, ctx, [](int n) { return n >= 2 && n <= 255; }, catalog::defaultNanoidArguments);
        else if (type == ScalarType::String && fn == u"ulid")
            emptyArguments(site, ctx);
        else if (type == ScalarType::DateTime && fn == u"now")
            emptyArguments(site, ctx);
        else if (fn == u"auto") {
            if (argumentCount(value) > 0)
                ctx.error(catalog::defaultAutoTakesNoArguments(site.attribute.span));
        } else if (!isKnownFunction(fn)) {
            // Accepted here; the connector decides (pipeline, unknownDefaultFunctions).
        } else {
            ctx.error(catalog::defaultFunctionNotForType(fn, scalarTypeName(type), site.attribute.span));
        }
        return;
    }
    if (field.isList()) {
        if (!value.isArray()) {
            ctx.error(catalog::defaultListNeedsList(site.attribute.span));
            return;
        }
        for (const Expression &element : value.elements()) {
            if (!scalarLiteral(type, element, site, ctx))
                return;
        }
        return;
    }
    if (value.isArray()) {
        ctx.error(catalog::defaultNonListGetsList(site.attribute.span));
        return;
    }
    scalarLiteral(type, value, site, ctx);
}

void enumDefault(const ResolvedField &field, const DefaultSite &site, Context &ctx)
{
    const ResolvedEnum *enumeration = field.enumId.isValid() ? &ctx.schema.enumeration(field.enumId) : nullptr;
    if (field.isList() && site.value.isArray()) {
        for (const Expression &element : site.value.elements()) {
            if (!enumLiteral(enumeration, element, site, ctx))
                return;
        }
        return;
    }
    if (field.isList()) {
        ctx.error(catalog::defaultEnumExpected(displayExpression(site.value), site.attribute.span));
        return;
    }
    enumLiteral(enumeration, site.value, site, ctx);
}

void validateDefault(const ResolvedField &field, const Field *ast, bool onComposite, Context &ctx)
{
    const std::optional<DefaultSite> site = defaultOf(ast);
    if (!site)
        return;
    const Expression &value = site->value;
    if (onComposite && site->attribute.arguments.named(u"map"))
        ctx.error(catalog::defaultMapOnComposite(site->attribute.span));
    if (value.isFunction() && value.text == u"dbgenerated") {
        if (onComposite)
            ctx.error(catalog::defaultDbgeneratedOnComposite(site->attribute.span));
        else
            dbgeneratedArguments(*site, ctx);
        return;
    }
    if (!onComposite) {
        if (const Argument *map = site->attribute.arguments.named(u"map"); map && map->value.isString() && map->value.text.isEmpty())
            ctx.error(catalog::defaultMapEmpty(site->attribute.span));
    }
    switch (field.kind) {
    case FieldKind::Scalar:
        if (field.scalarType)
            scalarDefault(field, *site, onComposite, ctx);
        break;
    case FieldKind::Enum: enumDefault(field, *site, ctx); break;
    case FieldKind::Composite:
        if (field.compositeType.isValid())
            ctx.error(catalog::defaultOnCompositeField(ctx.schema.compositeType(field.compositeType).name, field.name,
                                                       site->attribute.span));
        break;
    case FieldKind::Unsupported:
        if (onComposite)
            ctx.error(catalog::defaultOnCompositeUnsupported(site->attribute.span));
        else
            ctx.error(catalog::defaultOnUnsupported(site->attribute.span));
        break;
    case FieldKind::Relation:
    case FieldKind::Unresolved: break;
    }
}

} // namespace

bool isKnownDefaultFunction(QStringView name)
{
    for (QStringView f : knownFunctions) {
        if (f == name)
            return true;
    }
    return false;
}

void defaultValue(const ResolvedModel &model, const ResolvedField &field, Context &ctx)
{
    validateDefault(field, ctx.astFieldOf(model, field), false, ctx);
}

void compositeDefaultValues(const ResolvedModel &type, Context &ctx)
{
    for (const ResolvedField &field : type.fields)
        validateDefault(field, ctx.astFieldOf(type, field), true, ctx);
}

} // namespace facet::schema::validate::attributes

// ---- Validation pipeline part (psl-core validations/default_value.rs, connector default functions) ----

namespace facet::schema::validate::defaults {

namespace {

// chrono's DateTime::parse_from_rfc3339, enough to name the same failure kinds.
std::optional<QString> rfc3339Error(const QString &s)
{
    // YYYY-MM-DD(T|t| )HH:MM:SS(.frac)?(Z|z|±HH:MM)
    const QString pattern = u"dddd-dd-ddTdd:dd:dd"_s;
    qsizetype i = 0;
    for (; i < pattern.size(); ++i) {
        if (i >= s.size())
            return u"premature end of input"_s;
        const QChar p = pattern[i], c = s[i];
        const bool ok = p == u'd' ? c.isDigit() : p == u'T' ? (c == u'T' || c == u't' || c == u' ') : c == p;
        if (!ok)
            return u"input contains invalid characters"_s;
    }
    if (i < s.size() && s[i] == u'.') {
        ++i;
        const qsizetype start = i;
        while (i < s.size() && s[i].isDigit())
            ++i;
        if (i == start)
            return u"input contains invalid characters"_s;
    }
    if (i >= s.size())
        return u"premature end of input"_s;
    if (s[i] == u'Z' || s[i] == u'z') {
        ++i;
    } else if (s[i] == u'+' || s[i] == u'-') {
        const QString offset = u"dd:dd"_s;
        ++i;
        for (QChar p : offset) {
            if (i >= s.size())
                return u"premature end of input"_s;
            if (p == u'd' ? !s[i].isDigit() : s[i] != p)
                return u"input contains invalid characters"_s;
            ++i;
        }
    } else {
        return u"input contains invalid characters"_s;
    }
    if (i < s.size())
        return u"trailing input"_s;
    const int month = s.mid(5, 2).toInt(), day = s.mid(8, 2).toInt(), hour = s.mid(11, 2).toInt(),
              minute = s.mid(14, 2).toInt(), second = s.mid(17, 2).toInt();
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return u"input is out of range"_s;
    return std::nullopt;
}

// serde_json's wording for the usual mistake (a value cut short: "EOF while parsing an object at line 1
// column 1"); other failures carry Qt's description (a deliberate difference, see the golden README).
std::optional<QString> jsonError(const QString &s)
{
    QJsonParseError error;
    const QString trimmed = s.trimmed();
    const bool container = trimmed.startsWith(u'{') || trimmed.startsWith(u'[');
    QJsonDocument::fromJson((container ? s : u'[' + s + u']').toUtf8(), &error);
    if (error.error == QJsonParseError::NoError)
        return std::nullopt;
    if (container && error.offset >= s.toUtf8().size()
        && (error.error == QJsonParseError::UnterminatedObject || error.error == QJsonParseError::UnterminatedArray
            || error.error == QJsonParseError::IllegalValue)) {
        const qsizetype line = s.count(u'\n') + 1;
        const qsizetype column = s.size() - (s.lastIndexOf(u'\n') + 1);
        const QString what = trimmed.startsWith(u'{') ? u"an object"_s : u"a list"_s;
        return u"EOF while parsing %1 at line %2 column %3"_s.arg(what).arg(line).arg(column);
    }
    return error.errorString();
}

bool isBase64(const QString &s)
{
    const auto result = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return result.decodingStatus == QByteArray::Base64DecodingStatus::Ok && s.size() % 4 == 0;
}

std::optional<QString> integerError(const QString &s)
{
    bool ok = false;
    s.toLongLong(&ok);
    if (ok)
        return std::nullopt;
    for (qsizetype i = s.startsWith(u'-') ? 1 : 0; i < s.size(); ++i) {
        if (!s[i].isDigit())
            return u"invalid digit found in string"_s;
    }
    return s.startsWith(u'-') ? u"number too small to fit in target type"_s : u"number too large to fit in target type"_s;
}

bool isDecimal(const QString &s)
{
    static const QRegularExpression decimal(u"^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"_s);
    return decimal.match(s).hasMatch();
}

void literalContents(ScalarType type, const Expression &e, Context &ctx)
{
    if (e.isArray()) {
        for (const Expression &element : e.elements())
            literalContents(type, element, ctx);
        return;
    }
    const QString &v = e.text;
    if (type == ScalarType::Json && e.isString()) {
        if (const auto error = jsonError(v))
            ctx.error(catalog::defaultParseError(u"@default", v, u"JSON string", *error, e.span));
    } else if (type == ScalarType::Bytes && e.isString()) {
        if (!isBase64(v))
            ctx.error(catalog::defaultParseError(u"@default", v, u"base64 string",
                                                 u"Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`",
                                                 e.span));
    } else if (type == ScalarType::DateTime && e.isString()) {
        if (const auto error = rfc3339Error(v))
            ctx.error(catalog::defaultParseError(u"@default", v, u"rfc3339 datetime string", *error, e.span));
    } else if ((type == ScalarType::Int || type == ScalarType::BigInt) && e.kind == Expression::Kind::Numeric) {
        if (const auto error = integerError(v))
            ctx.error(catalog::defaultParseError(u"@default", v, u"integer", *error, e.span));
    } else if (type == ScalarType::Decimal && e.isString()) {
        // Prisma names the attribute without its "@" here.
        if (!isDecimal(v))
            ctx.error(catalog::defaultParseError(u"default", v, u"decimal", u"invalid digit found in string", e.span));
    }
}

const Expression *defaultExpression(const Context &ctx, const ResolvedModel &model, const ResolvedField &field)
{
    const Field *ast = ctx.astFieldOf(model, field);
    const Attribute *a = ast ? ast->attribute(u"default") : nullptr;
    const Argument *value = a ? a->argument(u"value") : nullptr;
    return value ? &value->value : nullptr;
}

} // namespace

void unknownDefaultFunctions(const ResolvedModel &model, Context &ctx)
{
    for (const ResolvedField &field : model.fields) {
        if (field.kind != FieldKind::Scalar)
            continue;
        const Expression *e = defaultExpression(ctx, model, field);
        if (!e || !e->isFunction() || attributes::isKnownDefaultFunction(e->text))
            continue;
        if (ctx.connector.provider == Provider::CockroachDB && e->text == u"sequence")
            continue;
        ctx.error(catalog::defaultUnknownFunction(e->text, e->span));
    }
}

void defaultValueContents(const ResolvedModel &model, const ResolvedField &field, Context &ctx)
{
    const Expression *e = defaultExpression(ctx, model, field);
    if (!e)
        return;
    // validate_auto_param: auto() is MongoDB's.
    if (e->isFunction() && e->text == u"auto" && ctx.connector.provider != Provider::MongoDB)
        ctx.error(catalog::defaultAutoNotSupported(e->span));
    if (field.kind == FieldKind::Scalar && field.scalarType)
        literalContents(*field.scalarType, *e, ctx);
}

} // namespace facet::schema::validate::defaults
