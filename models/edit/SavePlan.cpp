// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/SavePlan.h"

#include "dialect/WriteStatements.h"
#include "edit/StagedValueCheck.h"
#include "value/PrismaJson.h"

using namespace Qt::StringLiterals;

namespace facet::edit {

namespace {

db::DbError planError(const StagedRow &row, const QString &message)
{
    db::DbError e = db::invalidQuery(u"%1 (%2): %3"_s.arg(row.model, describeKey(row.key), message));
    e.table = row.model;
    return e;
}

db::Returning returningAll(const EditSchema::Model &model, const db::Dialect &dialect)
{
    db::Returning r;
    if (!dialect.supportsReturning())
        return r;
    for (const db::ColumnSpec &c : model.table.table.columns)
        r.columns.append(c.name);
    r.includeXmin = dialect.supportsXmin();
    return r;
}

bool comparableForGuard(const db::ColumnSpec &column)
{
    // Lists and Json compare unreliably across providers (array/JSON equality, MariaDB LONGTEXT); the
    // other columns of the row still prove it unchanged.
    return !column.type.isList && column.type.kind != db::ScalarKind::Json;
}

// The value an @updatedAt guard column gets: now at the column's precision, but always later than the value
// read, so two saves within one millisecond (or second) still move the guard on and a stale reading conflicts.
db::Value nextUpdatedAt(const db::ColumnType &type, const db::Value &expected, const db::DateTime &now)
{
    const qint64 step = type.fractionDigits >= 3 ? 1000 : type.fractionDigits > 0 ? 100'000 : 1'000'000;
    qint64 micros = now.unixMicros() - now.unixMicros() % step;
    if (expected.kind() == db::ScalarKind::DateTime && expected.toDateTime().unixMicros() >= micros)
        micros = expected.toDateTime().unixMicros() - expected.toDateTime().unixMicros() % step + step;
    const auto next = db::DateTime::fromUnixMicros(micros);
    return next ? db::Value::fromDateTime(*next) : db::Value::fromDateTime(now);
}

} // namespace

db::Result<db::RowGuard> rowGuard(const EditSchema::Model &model, const StagedRow &row, const db::DateTime &now)
{
    const ModelGuard &guard = model.guard;
    switch (guard.kind) {
    case ModelGuard::Kind::Version:
    case ModelGuard::Kind::UpdatedAt: {
        const auto it = row.snapshot.values.constFind(guard.field);
        if (it == row.snapshot.values.constEnd())
            return std::unexpected(planError(row, u"the row as read has no value of the guard field %1"_s.arg(guard.field)));
        if (guard.kind == ModelGuard::Kind::Version)
            return db::RowGuard::version(guard.column, *it);
        const mapping::ModelColumn *column = model.column(guard.field);
        return db::RowGuard::updatedAt(guard.column, *it,
                                       row.kind == StagedRow::Kind::Update ? nextUpdatedAt(writeColumnType(*column), *it, now) : db::Value());
    }
    case ModelGuard::Kind::Xmin:
        if (!row.snapshot.xmin.isEmpty())
            return db::RowGuard::xmin(row.snapshot.xmin);
        [[fallthrough]]; // not read with the row: the original values prove the same
    case ModelGuard::Kind::OriginalValues: {
        QList<db::ColumnValue> originals;
        if (row.kind == StagedRow::Kind::Update) {
            for (const CellChange &c : row.cells) {
                if (const mapping::ModelColumn *column = model.column(c.field))
                    originals.append({column->spec.name, c.original});
            }
        } else {
            for (const mapping::ModelColumn &column : model.table.columns) {
                if (model.table.table.primaryKey.contains(column.spec.name) || !comparableForGuard(column.spec))
                    continue;
                const auto it = row.snapshot.values.constFind(column.field);
                if (it != row.snapshot.values.constEnd())
                    originals.append({column.spec.name, *it});
            }
        }
        if (originals.isEmpty())
            return db::RowGuard::none(); // a key-only row: the key is all there is to compare
        return db::RowGuard::originalValues(originals);
    }
    }
    return db::RowGuard::none();
}

db::Result<QList<PlannedWrite>> planSave(const EditSchema &schema, const db::Dialect &dialect,
                                         const QList<StagedRow> &rows, const db::DateTime &now)
{
    QList<PlannedWrite> plan;
    plan.reserve(rows.size());
    for (const StagedRow &row : rows) {
        auto m = schema.model(row.model);
        if (!m)
            return std::unexpected(db::invalidQuery(m.error()));
        const EditSchema::Model &model = **m;
        PlannedWrite write;
        write.row = row;
        const db::Returning returning = returningAll(model, dialect);
        write.returnsRow = !returning.columns.isEmpty();
        db::Result<db::Statement> statement;
        if (row.kind == StagedRow::Kind::Insert) {
            QList<db::ColumnValue> values;
            for (const CellChange &c : row.cells) {
                if (const mapping::ModelColumn *column = model.column(c.field))
                    values.append({column->spec.name, c.value});
            }
            statement = db::buildInsert(dialect, model.table.table, values, returning);
        } else {
            auto guard = rowGuard(model, row, now);
            if (!guard)
                return std::unexpected(guard.error());
            write.guarded = true; // 0 rows: changed by someone else (guard) or gone (key)
            if (row.kind == StagedRow::Kind::Delete) {
                statement = db::buildDelete(dialect, model.table.table, row.key, *guard);
                write.returnsRow = false;
            } else {
                QList<db::ColumnValue> changes;
                for (const CellChange &c : row.cells) {
                    if (const mapping::ModelColumn *column = model.column(c.field))
                        changes.append({column->spec.name, c.value});
                }
                // Prisma Client sets every @updatedAt field on update; the guard sets its own.
                for (const schema::ResolvedField &f : model.model->fields) {
                    if (!f.isUpdatedAt || row.cell(f.name) || (guard->kind == db::RowGuard::Kind::UpdatedAt && f.columnName == guard->column))
                        continue;
                    changes.append({f.columnName, db::Value::fromDateTime(now)});
                    write.implicitCells.append({f.name, row.snapshot.values.value(f.name), db::Value::fromDateTime(now)});
                }
                if (guard->kind == db::RowGuard::Kind::Version) {
                    const db::Value &v = guard->expected;
                    const db::Value next = v.kind() == db::ScalarKind::Int ? db::Value::fromInt(v.toInt() + 1)
                                           : v.isNull()                     ? db::Value()
                                                                            : db::Value::fromBigInt(v.toBigInt() + 1);
                    write.implicitCells.append({model.guard.field, v, next});
                } else if (guard->kind == db::RowGuard::Kind::UpdatedAt) {
                    write.implicitCells.append({model.guard.field, guard->expected, guard->newUpdatedAt});
                }
                statement = db::buildUpdate(dialect, model.table.table, row.key, changes, *guard, returning);
            }
        }
        if (!statement) {
            db::DbError e = statement.error();
            e.message = u"%1 (%2): %3"_s.arg(row.model, row.kind == StagedRow::Kind::Insert ? u"new row"_s : describeKey(row.key),
                                            e.message);
            return std::unexpected(e);
        }
        write.statement = std::move(*statement);
        write.statement.model = row.model;
        plan.append(std::move(write));
    }
    return plan;
}

QString statementText(const db::Statement &statement, const db::Dialect &dialect)
{
    if (statement.params.isEmpty())
        return statement.sql;
    QStringList params;
    for (qsizetype i = 0; i < statement.params.size(); ++i) {
        const QString name = dialect.placeholdersAreNumbered() ? dialect.placeholder(int(i + 1)) : u"?%1"_s.arg(i + 1);
        params.append(name + u" = "_s + QString::fromUtf8(db::toPrismaJson(statement.params[i])));
    }
    return statement.sql + u"\n-- "_s + params.join(u", "_s);
}

} // namespace facet::edit
