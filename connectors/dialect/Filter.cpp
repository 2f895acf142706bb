// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "dialect/Filter.h"

#include "dialect/FilterScope.h"
#include "dialect/SqlBuilder.h"

using namespace Qt::StringLiterals;

namespace facet::db {

Filter Filter::condition(QString column, FilterOp op, Value value, TextMode mode)
{
    Filter f;
    f.m_kind = Kind::Condition;
    f.m_column = std::move(column);
    f.m_op = op;
    f.m_value = std::move(value);
    f.m_mode = mode;
    return f;
}

Filter Filter::list(QString column, FilterOp op, QList<Value> values, TextMode mode)
{
    Filter f = condition(std::move(column), op, {}, mode);
    f.m_values = std::move(values);
    return f;
}

Filter Filter::allOf(QList<Filter> children)
{
    Filter f;
    f.m_kind = Kind::And;
    f.m_children = std::move(children);
    return f;
}

Filter Filter::anyOf(QList<Filter> children)
{
    Filter f;
    f.m_kind = Kind::Or;
    f.m_children = std::move(children);
    return f;
}

Filter Filter::negate(Filter child)
{
    Filter f;
    f.m_kind = Kind::Not;
    f.m_children = {std::move(child)};
    return f;
}

Filter Filter::relation(RelationOp op, std::shared_ptr<const RelationJoin> join, Filter nested)
{
    Filter f;
    f.m_kind = Kind::Relation;
    f.m_relationOp = op;
    f.m_join = std::move(join);
    f.m_children = {std::move(nested)};
    return f;
}

Filter Filter::relation(RelationOp op, std::shared_ptr<const RelationJoin> join)
{
    return relation(op, std::move(join), Filter());
}

QString escapeLikePattern(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'!' || c == u'%' || c == u'_')
            out += u'!';
        out += c;
    }
    return out;
}

QString escapeGlobPattern(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'*' || c == u'?' || c == u'[')
            out += u'[' + QString(c) + u']';
        else
            out += c;
    }
    return out;
}

namespace {

QString comparisonOperator(FilterOp op)
{
    switch (op) {
    case FilterOp::Equals:
        return u" = "_s;
    case FilterOp::Not:
        return u" <> "_s;
    case FilterOp::Lt:
        return u" < "_s;
    case FilterOp::Lte:
        return u" <= "_s;
    case FilterOp::Gt:
        return u" > "_s;
    case FilterOp::Gte:
        return u" >= "_s;
    default:
        return {};
    }
}

bool isText(const ColumnSpec &column)
{
    return column.type.kind == ScalarKind::String && !column.type.isList;
}

// Insensitive mode lowers both sides of String comparisons; uuid compares case-insensitively already and has
// no lower() on PostgreSQL.
bool lowersBothSides(const ColumnSpec &column, TextMode mode)
{
    return mode == TextMode::Insensitive && isText(column) && !column.type.isUuid;
}

void writeColumn(SqlBuilder &b, const FilterScope &scope, const ColumnSpec &column, bool lower)
{
    if (lower)
        b.sql(u"LOWER(");
    writeScopedColumn(b, scope, column.name);
    // LIKE and lower() need text; PostgreSQL's uuid has neither.
    if (column.type.isUuid && b.dialect().provider() == Provider::PostgreSQL)
        b.sql(u"::text");
    if (lower)
        b.sql(u")");
}

void writeValue(SqlBuilder &b, const ColumnSpec &column, const Value &value, bool lower)
{
    if (lower)
        b.sql(u"LOWER(");
    b.param(value, comparisonType(column.type));
    if (lower)
        b.sql(u")");
}

void writePattern(SqlBuilder &b, const FilterScope &scope, const ColumnSpec &column, const Filter &filter)
{
    if (!isText(column)) {
        b.fail(invalidQuery(u"%1 needs a String column; \"%2\" is %3"_s.arg(
            filter.op() == FilterOp::Contains ? u"contains"_s
                                              : (filter.op() == FilterOp::StartsWith ? u"startsWith"_s : u"endsWith"_s),
            column.name, column.type.describe())));
        return;
    }
    if (filter.value().kind() != ScalarKind::String) {
        b.fail(invalidQuery(u"the text to search for in \"%1\" must be a String"_s.arg(column.name)));
        return;
    }
    const QString &text = filter.value().toString();
    const bool insensitive = filter.mode() == TextMode::Insensitive && !column.type.isUuid;
    const Provider provider = b.dialect().provider();

    if (provider == Provider::SQLite && !insensitive) {
        const QString glob = escapeGlobPattern(text);
        const QString pattern = filter.op() == FilterOp::Contains ? QString(u'*' + glob + u'*')
            : filter.op() == FilterOp::StartsWith                 ? QString(glob + u'*')
                                                                  : QString(u'*' + glob);
        writeColumn(b, scope, column, false);
        b.sql(u" GLOB ");
        b.param(Value::fromString(pattern), textParamType());
        return;
    }

    const QString like = escapeLikePattern(text);
    const QString pattern = filter.op() == FilterOp::Contains ? QString(u'%' + like + u'%')
        : filter.op() == FilterOp::StartsWith                 ? QString(like + u'%')
                                                              : QString(u'%' + like);
    const bool lower = insensitive && provider == Provider::MySQL;
    writeColumn(b, scope, column, lower);
    b.sql(insensitive && provider == Provider::PostgreSQL ? u" ILIKE "_s : u" LIKE "_s);
    if (lower)
        b.sql(u"LOWER(");
    b.param(Value::fromString(pattern), textParamType());
    if (lower)
        b.sql(u")");
    b.sql(u" ESCAPE '!'");
}

void writeCondition(SqlBuilder &b, const Filter &filter, const FilterScope &scope)
{
    const ColumnSpec *column = scope.table->column(filter.column());
    if (!column) {
        b.fail(invalidQuery(u"the table \"%1\" has no column \"%2\""_s.arg(scope.table->name, filter.column())));
        return;
    }
    const bool lower = lowersBothSides(*column, filter.mode());
    switch (filter.op()) {
    case FilterOp::IsNull:
    case FilterOp::IsNotNull:
        writeScopedColumn(b, scope, column->name);
        b.sql(filter.op() == FilterOp::IsNull ? u" IS NULL"_s : u" IS NOT NULL"_s);
        return;
    case FilterOp::Equals:
    case FilterOp::Not:
        if (filter.value().isNull()) {
            writeScopedColumn(b, scope, column->name);
            b.sql(filter.op() == FilterOp::Equals ? u" IS NULL"_s : u" IS NOT NULL"_s);
            return;
        }
        [[fallthrough]];
    case FilterOp::Lt:
    case FilterOp::Lte:
    case FilterOp::Gt:
    case FilterOp::Gte:
        if (filter.value().isNull()) {
            b.fail(invalidQuery(u"lt/lte/gt/gte on \"%1\" need a value, not null"_s.arg(column->name)));
            return;
        }
        writeColumn(b, scope, *column, lower);
        b.sql(comparisonOperator(filter.op()));
        writeValue(b, *column, filter.value(), lower);
        return;
    case FilterOp::In:
    case FilterOp::NotIn: {
        if (filter.values().isEmpty()) {
            // Prisma: `in: []` matches nothing, `notIn: []` everything.
            b.sql(filter.op() == FilterOp::In ? u"1 = 0"_s : u"1 = 1"_s);
            return;
        }
        writeColumn(b, scope, *column, lower);
        b.sql(filter.op() == FilterOp::In ? u" IN ("_s : u" NOT IN ("_s);
        bool first = true;
        for (const Value &v : filter.values()) {
            if (!first)
                b.sql(u", ");
            first = false;
            writeValue(b, *column, v, lower);
        }
        b.sql(u")");
        return;
    }
    case FilterOp::Contains:
    case FilterOp::StartsWith:
    case FilterOp::EndsWith:
        writePattern(b, scope, *column, filter);
        return;
    }
}

bool isCompound(const Filter &filter)
{
    return (filter.kind() == Filter::Kind::And || filter.kind() == Filter::Kind::Or) && filter.children().size() > 1;
}

} // namespace

void writeScopedColumn(SqlBuilder &b, const FilterScope &scope, QStringView column)
{
    if (!scope.alias.isEmpty()) {
        b.identifier(scope.alias);
        b.sql(u".");
    }
    b.identifier(column);
}

void writeOuterColumn(SqlBuilder &b, const FilterScope &scope, QStringView column)
{
    if (scope.alias.isEmpty())
        b.tableName();
    else
        b.identifier(scope.alias);
    b.sql(u".");
    b.identifier(column);
}

void writeFilter(SqlBuilder &b, const Filter &filter)
{
    writeFilterIn(b, filter, FilterScope{&b.table(), {}, 0});
}

void writeFilterIn(SqlBuilder &b, const Filter &filter, const FilterScope &scope)
{
    switch (filter.kind()) {
    case Filter::Kind::Condition:
        writeCondition(b, filter, scope);
        return;
    case Filter::Kind::Relation:
        writeRelationFilter(b, filter, scope);
        return;
    case Filter::Kind::Not:
        b.sql(u"NOT (");
        writeFilterIn(b, filter.children().value(0), scope);
        b.sql(u")");
        return;
    case Filter::Kind::And:
    case Filter::Kind::Or: {
        if (filter.children().isEmpty()) {
            // Prisma: `AND: []` is true, `OR: []` matches nothing.
            b.sql(filter.kind() == Filter::Kind::And ? u"1 = 1"_s : u"1 = 0"_s);
            return;
        }
        const QString glue = filter.kind() == Filter::Kind::And ? u" AND "_s : u" OR "_s;
        bool first = true;
        for (const Filter &child : filter.children()) {
            if (!first)
                b.sql(glue);
            first = false;
            const bool wrap = filter.children().size() > 1 && isCompound(child);
            if (wrap)
                b.sql(u"(");
            writeFilterIn(b, child, scope);
            if (wrap)
                b.sql(u")");
        }
        return;
    }
    }
}

} // namespace facet::db
