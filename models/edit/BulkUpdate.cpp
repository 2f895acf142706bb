// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/BulkUpdate.h"

#include "edit/StagedValueCheck.h"

using namespace Qt::StringLiterals;

namespace facet::edit {

namespace {

// The array type a column's values travel in; empty when the column cannot take part.
QString arrayType(const db::ColumnType &type)
{
    if (type.isList || type.isUuid)
        return {};
    switch (type.kind) {
    case db::ScalarKind::Int: return u"int4[]"_s;
    case db::ScalarKind::BigInt: return u"int8[]"_s;
    case db::ScalarKind::Float: return u"float8[]"_s;
    case db::ScalarKind::Decimal: return u"numeric[]"_s;
    case db::ScalarKind::Boolean: return u"bool[]"_s;
    case db::ScalarKind::String: return u"text[]"_s;
    default: return {};
    }
}

bool hasImplicitDateTimes(const EditSchema::Model &model)
{
    for (const schema::ResolvedField &f : model.model->fields) {
        if (f.isUpdatedAt)
            return true;
    }
    return false;
}

// The shape a write must share with its neighbours to be grouped; empty when it cannot be grouped.
QString groupShape(const EditSchema &schema, const db::Dialect &dialect, const PlannedWrite &w)
{
    if (dialect.provider() != db::Provider::PostgreSQL || w.row.kind != StagedRow::Kind::Update)
        return {};
    const EditSchema::Model &model = **schema.model(w.row.model);
    const bool xmin = model.guard.kind == ModelGuard::Kind::Xmin && !w.row.snapshot.xmin.isEmpty();
    if (!(model.guard.kind == ModelGuard::Kind::Version || xmin) || hasImplicitDateTimes(model))
        return {};
    if (model.guard.kind == ModelGuard::Kind::Version && arrayType(model.column(model.guard.field)->spec.type).isEmpty())
        return {};
    QStringList fields;
    for (const CellChange &c : w.row.cells) {
        if (arrayType(model.column(c.field)->spec.type).isEmpty())
            return {};
        fields.append(c.field);
    }
    for (const QString &pk : model.table.table.primaryKey) {
        if (arrayType(model.table.table.column(pk)->type).isEmpty())
            return {};
    }
    fields.sort();
    return w.row.model + u'\x1f' + model.guard.kindName() + u'\x1f' + fields.join(u'\x1f');
}

db::Result<db::Statement> bulkStatement(const EditSchema &schema, const db::Dialect &dialect, const QList<PlannedWrite> &plan,
                                        const QList<qsizetype> &members)
{
    const StagedRow &first = plan[members.front()].row;
    const EditSchema::Model &model = **schema.model(first.model);
    const db::TableSpec &table = model.table.table;
    auto quote = [&](const QString &name) { return dialect.quoteIdentifier(name); };
    auto tableName = dialect.quoteQualified(table.schema, table.name);
    if (!tableName)
        return std::unexpected(tableName.error());

    QStringList changed;
    for (const CellChange &c : first.cells)
        changed.append(c.field);
    changed.sort();

    db::Statement s;
    QStringList unnestArgs, aliases, sets, where;
    int n = 0;
    auto addArray = [&](const db::ColumnType &columnType, const QString &alias, auto valueOf) -> db::Result<void> {
        QList<db::Value> values;
        values.reserve(members.size());
        for (qsizetype m : members)
            values.append(valueOf(plan[m].row));
        db::ColumnType listType = columnType;
        listType.isList = true;
        listType.pgOid = 0;
        s.params.append(db::Value::fromList(values));
        s.paramTypes.append(listType);
        unnestArgs.append(dialect.placeholder(++n) + u"::"_s + arrayType(columnType));
        auto q = quote(alias);
        if (!q)
            return std::unexpected(q.error());
        aliases.append(*q);
        return {};
    };
    for (qsizetype k = 0; k < table.primaryKey.size(); ++k) {
        const db::ColumnSpec *column = table.column(table.primaryKey[k]);
        if (auto r = addArray(column->type, u"k%1"_s.arg(k), [&](const StagedRow &r) { return r.key[k].value; }); !r)
            return std::unexpected(r.error());
        where.append(u"t.%1 = v.%2"_s.arg(*quote(column->name), *quote(u"k%1"_s.arg(k))));
    }
    for (qsizetype c = 0; c < changed.size(); ++c) {
        const mapping::ModelColumn *column = model.column(changed[c]);
        const QString field = changed[c];
        if (auto r = addArray(writeColumnType(*column), u"c%1"_s.arg(c), [&](const StagedRow &r) { return r.cell(field)->value; }); !r)
            return std::unexpected(r.error());
        sets.append(u"%1 = v.%2"_s.arg(*quote(column->spec.name), *quote(u"c%1"_s.arg(c))));
    }
    if (model.guard.kind == ModelGuard::Kind::Version) {
        const mapping::ModelColumn *version = model.column(model.guard.field);
        if (auto r = addArray(version->spec.type, u"g"_s, [&](const StagedRow &r) { return r.snapshot.values.value(model.guard.field); }); !r)
            return std::unexpected(r.error());
        const QString column = *quote(version->spec.name);
        sets.append(u"%1 = t.%1 + 1"_s.arg(column));
        where.append(u"t.%1 = v.g"_s.arg(column));
    } else {
        db::ColumnType text;
        text.kind = db::ScalarKind::String;
        if (auto r = addArray(text, u"g"_s, [&](const StagedRow &r) { return db::Value::fromString(r.snapshot.xmin); }); !r)
            return std::unexpected(r.error());
        where.append(u"t.xmin = v.g::xid"_s);
    }
    QStringList returning;
    for (const db::ColumnSpec &c : table.columns)
        returning.append(u"t."_s + *quote(c.name));
    returning.append(u"t.xmin::text AS \"xmin\""_s);
    s.sql = u"UPDATE %1 AS t SET %2 FROM unnest(%3) AS v(%4) WHERE %5 RETURNING %6"_s.arg(
        *tableName, sets.join(u", "_s), unnestArgs.join(u", "_s), aliases.join(u", "_s), where.join(u" AND "_s),
        returning.join(u", "_s));
    s.origin = db::QueryOrigin::Save;
    s.model = first.model;
    return s;
}

} // namespace

db::Result<QList<WriteUnit>> groupWrites(const EditSchema &schema, const db::Dialect &dialect, const QList<PlannedWrite> &plan,
                                         int maxRows)
{
    QList<WriteUnit> units;
    qsizetype i = 0;
    while (i < plan.size()) {
        const QString shape = groupShape(schema, dialect, plan[i]);
        qsizetype end = i + 1;
        if (!shape.isEmpty()) {
            while (end < plan.size() && end - i < maxRows && groupShape(schema, dialect, plan[end]) == shape)
                ++end;
        }
        if (end - i < 2) {
            units.append({{i}, plan[i].statement, false});
            i = end;
            continue;
        }
        WriteUnit unit;
        for (qsizetype m = i; m < end; ++m)
            unit.members.append(m);
        auto statement = bulkStatement(schema, dialect, plan, unit.members);
        if (!statement)
            return std::unexpected(statement.error());
        unit.statement = std::move(*statement);
        unit.bulk = true;
        units.append(std::move(unit));
        i = end;
    }
    return units;
}

} // namespace facet::edit
