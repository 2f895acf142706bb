// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "WhereFilter.h"

#include "mapping/FieldValue.h"
#include "mapping/RelationTarget.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

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
    WhereParser(const ModelTable &table, const schema::ResolvedSchema *schema)
        : m_table(table)
        , m_schema(schema)
        , m_model(schema ? schema->findModel(table.table.model) : nullptr)
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
            const schema::ResolvedField *field = m_model ? m_model->field(name) : nullptr;
            if (field && field->kind == schema::FieldKind::Relation)
                return relation(*field, value, path);
            return fail(path, u"unknown field \"%1\" of %2 (fields: %3)"_s.arg(name, m_table.table.model, knownFields()));
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

    QString knownFields() const
    {
        QStringList names = m_table.fieldNames();
        if (!m_model)
            return names.join(u", "_s) + u"; relation filters need the schema"_s;
        for (const schema::ResolvedField &f : m_model->fields) {
            if (f.kind == schema::FieldKind::Relation)
                names.append(f.name);
        }
        return names.join(u", "_s);
    }

    Parsed relation(const schema::ResolvedField &field, const QJsonValue &value, const QString &path)
    {
        const db::Provider provider = connectorProvider(m_schema->provider()).value_or(db::Provider::PostgreSQL);
        auto target = relationTarget(*m_schema, *m_model, field, provider);
        if (!target)
            return fail(path, target.error());
        return target->toMany ? toMany(*target, value, path) : toOne(*target, value, path);
    }

    // A where on the related model, relation filters in it included.
    Parsed nested(const RelationTarget &target, const QJsonValue &value, const QString &path)
    {
        if (!value.isObject())
            return fail(path, u"expected an object of conditions on %1"_s.arg(target.model));
        return WhereParser(target.related, m_schema).object(value.toObject(), path);
    }

    Parsed toMany(const RelationTarget &target, const QJsonValue &value, const QString &path)
    {
        if (!value.isObject())
            return fail(path, u"%1 is a list of %2: expected { some | every | none: { … } }"_s.arg(target.field, target.model));
        const QJsonObject ops = value.toObject();
        QList<Filter> all;
        for (auto it = ops.begin(); it != ops.end(); ++it) {
            const QString at = join(path, it.key());
            static const QHash<QString, db::RelationOp> listOperators = {
                {u"some"_s, db::RelationOp::Some}, {u"every"_s, db::RelationOp::Every}, {u"none"_s, db::RelationOp::None}};
            const auto op = listOperators.constFind(it.key());
            if (op == listOperators.cend())
                return fail(at, u"unknown relation filter \"%1\" for the list %2 (expected some, every, none)"_s.arg(
                                    it.key(), target.field));
            Parsed inner = nested(target, it.value(), at);
            if (!inner)
                return inner;
            all.append(Filter::relation(*op, target.join, std::move(*inner)));
        }
        return all.size() == 1 ? all.front() : Filter::allOf(std::move(all)); // `posts: {}`: no condition
    }

    Parsed toOne(const RelationTarget &target, const QJsonValue &value, const QString &path)
    {
        if (value.isNull())
            return absent(target, db::RelationOp::Is, path);
        if (!value.isObject())
            return fail(path, u"expected an object of conditions on %1%2"_s.arg(target.model,
                                                                                 target.optional ? u", or null"_s : QString()));
        const QJsonObject ops = value.toObject();
        const bool filterObject = !ops.isEmpty() && std::ranges::all_of(ops.keys(), [](const QString &key) {
            return key == u"is"_s || key == u"isNot"_s;
        });
        if (!filterObject) {
            // Prisma's shorthand: the object is a where on the related model, meaning `is`.
            Parsed inner = nested(target, value, path);
            if (!inner)
                return inner;
            return Filter::relation(db::RelationOp::Is, target.join, std::move(*inner));
        }
        QList<Filter> all;
        for (auto it = ops.begin(); it != ops.end(); ++it) {
            const QString at = join(path, it.key());
            const db::RelationOp op = it.key() == u"is"_s ? db::RelationOp::Is : db::RelationOp::IsNot;
            Parsed part = it.value().isNull() ? absent(target, op, at) : nested(target, it.value(), at);
            if (!part)
                return part;
            all.append(it.value().isNull() ? std::move(*part) : Filter::relation(op, target.join, std::move(*part)));
        }
        return all.size() == 1 ? all.front() : Filter::allOf(std::move(all));
    }

    // `is: null` (no related record) and `isNot: null` (one exists).
    static Parsed absent(const RelationTarget &target, db::RelationOp op, const QString &path)
    {
        if (!target.optional)
            return fail(path, u"%1 is a required relation: null is only allowed on optional relations"_s.arg(target.field));
        return Filter::relation(op == db::RelationOp::Is ? db::RelationOp::IsNot : db::RelationOp::Is, target.join);
    }

    const ModelTable &m_table;
    const schema::ResolvedSchema *m_schema;
    const schema::ResolvedModel *m_model;
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

std::expected<db::Filter, WhereError> parseWhere(const QString &json, const ModelTable &table,
                                                 const schema::ResolvedSchema *schema)
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
    return WhereParser(table, schema).object(document.object(), {});
}

} // namespace facet::mapping
