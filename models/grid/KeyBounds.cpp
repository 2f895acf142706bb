// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "KeyBounds.h"

#include "dialect/Dialect.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::grid {

namespace {
bool isInteger(db::ScalarKind kind)
{
    return kind == db::ScalarKind::Int || kind == db::ScalarKind::BigInt;
}

std::optional<db::Value> integerValue(qint64 n, db::ScalarKind kind)
{
    if (kind == db::ScalarKind::Int) {
        auto v = db::Value::intChecked(n);
        return v ? std::optional<db::Value>(*v) : std::nullopt;
    }
    return db::Value::fromBigInt(n);
}

db::Result<KeyBounds> pgHistogram(db::Connection &c, const db::TableSpec &table, const QString &column,
                                  db::ScalarKind kind)
{
    db::Statement statement(u"SELECT histogram_bounds::text, null_frac::float8 FROM pg_catalog.pg_stats WHERE "
                            "schemaname = COALESCE(NULLIF($1, ''), current_schema()) AND tablename = $2 AND attname = $3 "
                            "ORDER BY inherited LIMIT 1"_s,
                            {db::Value::fromString(table.schema), db::Value::fromString(table.name),
                             db::Value::fromString(column)},
                            db::QueryOrigin::Grid);
    statement.model = table.model;
    auto result = c.execute(statement);
    if (!result)
        return std::unexpected(result.error());
    KeyBounds bounds;
    if (result->rows.isEmpty() || result->rows.front().size() < 2
        || result->rows.front().front().kind() != db::ScalarKind::String)
        return bounds;
    const std::optional<QStringList> parts = parsePgArrayText(result->rows.front().front().toString());
    if (!parts)
        return bounds;
    for (const QString &part : *parts) {
        if (kind == db::ScalarKind::String) {
            bounds.bounds << db::Value::fromString(part);
            continue;
        }
        bool ok = false;
        const qint64 n = part.toLongLong(&ok);
        const std::optional<db::Value> v = ok ? integerValue(n, kind) : std::nullopt;
        if (!v)
            return KeyBounds{};
        bounds.bounds << *v;
    }
    if (const db::Value &nulls = result->rows.front().at(1); nulls.kind() == db::ScalarKind::Float)
        bounds.nullFraction = std::clamp(nulls.toFloat(), 0.0, 1.0);
    return bounds;
}

db::Result<QList<db::Value>> minAndMax(db::Connection &c, const db::TableSpec &table, const QString &column,
                                       db::ScalarKind kind)
{
    const db::Dialect dialect = db::Dialect::forServer(c.provider(), c.serverVersion());
    auto name = dialect.quoteQualified(table.schema, table.name);
    if (!name)
        return std::unexpected(name.error());
    auto key = dialect.quoteIdentifier(column);
    if (!key)
        return std::unexpected(key.error());
    db::Statement statement(u"SELECT MIN(%1), MAX(%1) FROM %2"_s.arg(*key, *name), {}, db::QueryOrigin::Grid);
    statement.model = table.model;
    auto result = c.execute(statement);
    if (!result)
        return std::unexpected(result.error());
    QList<db::Value> bounds;
    if (result->rows.isEmpty() || result->rows.front().size() < 2)
        return bounds;
    for (const db::Value &v : result->rows.front()) {
        if (!isInteger(v.kind())) // NULL: an empty table; anything else: a driver type this does not read
            return QList<db::Value>{};
        const std::optional<db::Value> typed = integerValue(v.toBigInt(), kind);
        if (!typed)
            return QList<db::Value>{};
        bounds << *typed;
    }
    if (bounds.front().toBigInt() >= bounds.back().toBigInt())
        return QList<db::Value>{}; // one distinct key: nothing to interpolate
    return bounds;
}
} // namespace

db::Result<KeyBounds> readKeyBounds(db::Connection &connection, const db::TableSpec &table, const QString &column,
                                    db::ScalarKind kind, bool keyIndexed)
{
    if (connection.provider() == db::Provider::PostgreSQL) {
        auto histogram = pgHistogram(connection, table, column, kind);
        if (!histogram || histogram->bounds.size() >= 2)
            return histogram;
    }
    if (!isInteger(kind) || !keyIndexed)
        return KeyBounds{}; // text cannot be interpolated between two bounds; MIN/MAX of a plain column is a scan
    auto range = minAndMax(connection, table, column, kind);
    if (!range)
        return std::unexpected(range.error());
    return KeyBounds{*range, 0};
}

std::optional<QStringList> parsePgArrayText(const QString &text)
{
    if (!text.startsWith(u'{') || !text.endsWith(u'}') || text.size() < 2)
        return std::nullopt;
    QStringList elements;
    const QStringView body = QStringView(text).mid(1, text.size() - 2);
    qsizetype i = 0;
    while (i < body.size()) {
        QString element;
        if (body.at(i) == u'"') {
            for (++i; i < body.size() && body.at(i) != u'"'; ++i) {
                if (body.at(i) == u'\\' && i + 1 < body.size())
                    ++i;
                element += body.at(i);
            }
            if (i >= body.size())
                return std::nullopt; // unterminated quote
            ++i;
        } else {
            const qsizetype comma = body.indexOf(u',', i);
            element = body.mid(i, (comma < 0 ? body.size() : comma) - i).toString();
            if (element == u"NULL"_s || element.contains(u'{'))
                return std::nullopt; // a NULL element, or a nested array
            i += element.size();
        }
        elements << element;
        if (i < body.size() && body.at(i) != u',')
            return std::nullopt;
        ++i; // the comma
    }
    return elements;
}

std::optional<db::Value> interpolateKey(const QList<db::Value> &bounds, double fraction)
{
    const qsizetype buckets = bounds.size() - 1;
    if (buckets < 1)
        return std::nullopt;
    const double position = std::clamp(fraction, 0.0, 1.0) * double(buckets);
    const qsizetype bucket = std::min<qsizetype>(buckets - 1, qsizetype(position));
    const db::Value &low = bounds.at(bucket);
    const db::Value &high = bounds.at(bucket + 1);
    if (low.kind() == db::ScalarKind::String)
        return low;
    // Integer keys: within a bucket the values are spread evenly enough to interpolate.
    const double within = position - double(bucket);
    const qint64 key = low.toBigInt() + qint64(double(high.toBigInt() - low.toBigInt()) * within);
    return integerValue(key, low.kind());
}

} // namespace facet::grid
