// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "WhereFilter.h"

#include "mapping/FieldValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace facet::mapping {

namespace {

using db::Filter;
using db::FilterOp;
using db::ScalarKind;
using db::TextMode;

using Parsed = std::expected<Filter, WhereError>;

const QStringList &operatorNames()
{
    static const QStringList names = {u"equals"_s,   u"not"_s,      u"in"_s,         u"notIn"_s,
                                      u"lt"_s,       u"lte"_s,      u"gt"_s,         u"gte"_s,
                                      u"contains"_s, u"startsWith"_s, u"endsWith"_s, u"mode"_s};
    return names;
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

Parsed fail(const QString &path, const QString &message)
{
    return std::unexpected(WhereError{path, message});
}

class WhereParser {
public:
    explicit WhereParser(const ModelTable &table)
        : m_table(table)
    {
    }

    Parsed object(const QJsonObject &where, const QString &path)
    {
        QList<Filter> all;
        for (auto it = where.begin(); it != where.end(); ++it) {
            const QString key = it.key();
            const QString at = join(path, key);
            Parsed part = key == u"AND"_s ? combination(it.value(), at, Filter::Kind::And)
                        : key == u"OR"_s  ? combination(it.value(), at, Filter::Kind::Or)
                        : key == u"NOT"_s ? combination(it.value(), at, Filter::Kind::Not)
                                          : field(key, it.value(), at);
            if (!part)
                return part;
            all.append(std::move(*part));
        }
        return all.size() == 1 ? all.front() : Filter::allOf(std::move(all));
    }

private:
    Parsed combination(const QJsonValue &value, const QString &path, Filter::Kind kind)
    {
        QList<Filter> parts;
        if (value.isObject()) {
            Parsed one = object(value.toObject(), path);
            if (!one)
                return one;
            parts.append(std::move(*one));
        } else if (value.isArray()) {
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QString at = path + u'[' + QString::number(i) + u']';
                if (!items[i].isObject())
                    return fail(at, u"expected an object of conditions"_s);
                Parsed one = object(items[i].toObject(), at);
                if (!one)
                    return one;
                parts.append(std::move(*one));
            }
        } else {
            return fail(path, u"expected an object or an array of objects"_s);
        }
        switch (kind) {
        case Filter::Kind::Or:
            return Filter::anyOf(std::move(parts)); // OR: [] matches no row, in Prisma and in writeFilter
        case Filter::Kind::Not: {
            QList<Filter> negated;
            for (Filter &p : parts)
                negated.append(Filter::negate(std::move(p)));
            return Filter::allOf(std::move(negated));
        }
        default:
            return Filter::allOf(std::move(parts));
        }
    }

    Parsed field(const QString &name, const QJsonValue &value, const QString &path)
    {
        const ModelColumn *column = m_table.byField(name);
        if (!column) {
            return fail(path, u"unknown field \"%1\" of %2 (fields: %3; relation filters are not supported)"_s.arg(
                                  name, m_table.table.model, m_table.fieldNames().join(u", "_s)));
        }
        if (value.isObject())
            return operators(*column, value.toObject(), path);
        if (column->spec.type.kind == ScalarKind::Json && !value.isNull())
            return fail(path, u"a Json field takes an operator object, e.g. { \"equals\": ... }"_s);
        return condition(*column, FilterOp::Equals, value, TextMode::Default, path);
    }

    Parsed condition(const ModelColumn &column, FilterOp op, const QJsonValue &json, TextMode mode, const QString &path)
    {
        if (json.isNull()) {
            if (op == FilterOp::Equals)
                return Filter::condition(column.spec.name, FilterOp::IsNull);
            if (op == FilterOp::Not)
                return Filter::condition(column.spec.name, FilterOp::IsNotNull);
            return fail(path, u"null is only allowed with equals and not"_s);
        }
        const ScalarKind kind = column.spec.type.kind;
        if (kind == ScalarKind::Json && op != FilterOp::Equals && op != FilterOp::Not)
            return fail(path, u"Json fields take equals and not only (path filters are not supported)"_s);
        auto value = fieldValueFromJson(json, column);
        if (!value)
            return fail(path, value.error());
        return Filter::condition(column.spec.name, op, std::move(*value), mode);
    }

    Parsed operators(const ModelColumn &column, const QJsonObject &ops, const QString &path)
    {
        const ScalarKind kind = column.spec.type.kind;
        const bool isText = kind == ScalarKind::String && !column.spec.type.isList;
        TextMode mode = TextMode::Default;
        if (ops.contains(u"mode"_s)) {
            const QString at = join(path, u"mode"_s);
            const QJsonValue m = ops.value(u"mode"_s);
            if (!isText)
                return fail(at, u"mode applies to String fields only"_s);
            if (m == QJsonValue(u"insensitive"_s))
                mode = TextMode::Insensitive;
            else if (m != QJsonValue(u"default"_s))
                return fail(at, u"expected \"insensitive\" or \"default\""_s);
        }
        if (column.spec.type.isList)
            return fail(path, u"filters on list fields (has, hasSome, ...) are not supported"_s);
        QList<Filter> all;
        for (auto it = ops.begin(); it != ops.end(); ++it) {
            const QString key = it.key();
            const QString at = join(path, key);
            const QJsonValue v = it.value();
            Parsed part;
            if (key == u"mode"_s) {
                continue;
            } else if (key == u"equals"_s) {
                part = condition(column, FilterOp::Equals, v, mode, at);
            } else if (key == u"not"_s) {
                if (v.isObject()) {
                    Parsed nested = operators(column, withMode(v.toObject(), ops), at);
                    if (!nested)
                        return nested;
                    part = Filter::negate(std::move(*nested));
                } else {
                    part = condition(column, FilterOp::Not, v, mode, at);
                }
            } else if (key == u"in"_s || key == u"notIn"_s) {
                part = list(column, key == u"in"_s ? FilterOp::In : FilterOp::NotIn, v, mode, at);
            } else if (key == u"lt"_s || key == u"lte"_s || key == u"gt"_s || key == u"gte"_s) {
                if (kind == ScalarKind::Boolean || kind == ScalarKind::Json || kind == ScalarKind::Bytes)
                    return fail(at, u"%1 is not available for %2 fields"_s.arg(key, db::scalarKindName(kind)));
                const FilterOp op = key == u"lt"_s    ? FilterOp::Lt
                                  : key == u"lte"_s ? FilterOp::Lte
                                  : key == u"gt"_s  ? FilterOp::Gt
                                                    : FilterOp::Gte;
                part = condition(column, op, v, mode, at);
            } else if (key == u"contains"_s || key == u"startsWith"_s || key == u"endsWith"_s) {
                if (!isText)
                    return fail(at, u"%1 is available for String fields only"_s.arg(key));
                if (!v.isString())
                    return fail(at, u"expected a String"_s);
                const FilterOp op = key == u"contains"_s     ? FilterOp::Contains
                                  : key == u"startsWith"_s ? FilterOp::StartsWith
                                                           : FilterOp::EndsWith;
                part = condition(column, op, v, mode, at);
            } else {
                return fail(at, u"unknown operator \"%1\" (expected one of %2)"_s.arg(key, operatorNames().join(u", "_s)));
            }
            if (!part)
                return part;
            all.append(std::move(*part));
        }
        if (all.isEmpty())
            return fail(path, u"no condition given (expected one of %1)"_s.arg(operatorNames().join(u", "_s)));
        return all.size() == 1 ? all.front() : Filter::allOf(std::move(all));
    }

    // Prisma applies the outer `mode` to a nested `not: { contains: … }` too.
    static QJsonObject withMode(QJsonObject nested, const QJsonObject &outer)
    {
        if (!nested.contains(u"mode"_s) && outer.contains(u"mode"_s))
            nested.insert(u"mode"_s, outer.value(u"mode"_s));
        return nested;
    }

    Parsed list(const ModelColumn &column, FilterOp op, const QJsonValue &json, TextMode mode, const QString &path)
    {
        if (!json.isArray())
            return fail(path, u"expected an array of values"_s);
        QList<db::Value> values;
        const QJsonArray items = json.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString at = path + u'[' + QString::number(i) + u']';
            if (items[i].isNull())
                return fail(at, u"null is not allowed in a list; use equals: null"_s);
            auto v = fieldValueFromJson(items[i], column);
            if (!v)
                return fail(at, v.error());
            values.append(std::move(*v));
        }
        return Filter::list(column.spec.name, op, std::move(values), mode);
    }

    const ModelTable &m_table;
};

} // namespace

QString WhereError::render() const
{
    if (offset >= 0)
        return u"--where: invalid JSON at character %1: %2"_s.arg(offset + 1).arg(message);
    if (path.isEmpty())
        return u"--where: "_s + message;
    return u"--where: at %1: %2"_s.arg(path, message);
}

std::expected<db::Filter, WhereError> parseWhere(const QString &json, const ModelTable &table)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset is in UTF-8 bytes; report characters so it matches what the user typed.
        const qsizetype characters = QString::fromUtf8(json.toUtf8().left(error.offset)).size();
        return std::unexpected(WhereError{{}, error.errorString(), characters});
    }
    if (!document.isObject())
        return std::unexpected(WhereError{{}, u"expected a JSON object such as {\"title\": {\"contains\": \"x\"}}"_s});
    return WhereParser(table).object(document.object(), {});
}

} // namespace facet::mapping
