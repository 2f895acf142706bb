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

db::Result<QList<db::Value>> pgHistogram(db::Connection &c, const db::TableSpec &table, const QString &column,
                                         db::ScalarKind kind)
{
    db::Statement statement(u"SELECT histogram_bounds::text FROM pg_catalog.pg_stats WHERE schemaname = "
                            "COALESCE(NULLIF($1, ''), current_schema()) AND tablename = $2 AND attname = $3"_s,
                            {db::Value::fromString(table.schema), db::Value::fromString(table.name),
                             db::Value::fromString(column)},
                            db::QueryOrigin::Grid);
    statement.model = table.model;
    auto result = c.execute(statement);
    if (!result)
        return std::unexpected(result.error());
    QList<db::Value> bounds;
    if (result->rows.isEmpty() || result->rows.front().front().kind() != db::ScalarKind::String)
        return bounds;
    // anyarray as text: {1,2,3} or {"a b","c"}; integer and plain text bounds only.
    const QString text = result->rows.front().front().toString();
    if (!text.startsWith(u'{') || !text.endsWith(u'}') || text.contains(u'"') || text.contains(u'\\'))
        return bounds;
    for (const QString &part : text.mid(1, text.size() - 2).split(u',')) {
        if (kind == db::ScalarKind::String) {
            bounds << db::Value::fromString(part);
            continue;
        }
        bool ok = false;
        const qint64 n = part.toLongLong(&ok);
        const std::optional<db::Value> v = ok ? integerValue(n, kind) : std::nullopt;
        if (!v)
            return QList<db::Value>{};
        bounds << *v;
    }
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

db::Result<QList<db::Value>> readKeyBounds(db::Connection &connection, const db::TableSpec &table,
                                           const QString &column, db::ScalarKind kind)
{
    if (connection.provider() == db::Provider::PostgreSQL) {
        auto histogram = pgHistogram(connection, table, column, kind);
        if (!histogram || histogram->size() >= 2)
            return histogram;
    }
    if (!isInteger(kind))
        return QList<db::Value>{}; // text keys cannot be interpolated between two bounds
    return minAndMax(connection, table, column, kind);
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
