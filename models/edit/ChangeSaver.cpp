// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/ChangeSaver.h"

#include "core/Transaction.h"
#include "dialect/SelectWindow.h"
#include "dialect/WriteStatements.h"
#include "edit/BulkUpdate.h"
#include "edit/ClientDefaults.h"
#include "edit/SavePlan.h"
#include "value/Json.h"

using namespace Qt::StringLiterals;

namespace facet::edit {

QList<RowId> SaveOutcome::savedIds() const
{
    QList<RowId> ids;
    for (const SavedRow &r : savedRows)
        ids.append(r.id);
    return ids;
}

QString SaveFailure::describe() const
{
    QString where;
    if (row) {
        where = row->model + u" ("_s + (row->kind == StagedRow::Kind::Insert ? u"new row #%1"_s.arg(row->insertId) : describeKey(row->key))
              + u')';
        if (!field.isEmpty())
            where += u'.' + field;
        where += u": "_s;
    }
    return where + error.summary();
}

namespace {

// A cell as the change set keeps it: enum text as an Enum value, MariaDB's JSON text as Json, so a staged
// value and the value read compare equal when they are the same.
db::Value snapshotValue(const mapping::ModelColumn &column, const db::Value &cell)
{
    if (cell.isNull() || column.spec.type.isList)
        return cell;
    if (column.spec.type.kind == db::ScalarKind::Enum && cell.kind() == db::ScalarKind::String)
        return db::Value::fromEnum(column.spec.type.enumName, cell.toString());
    if (column.spec.type.kind == db::ScalarKind::Json && (cell.kind() == db::ScalarKind::String || cell.kind() == db::ScalarKind::Bytes)) {
        const QString text = cell.kind() == db::ScalarKind::String ? cell.toString() : QString::fromUtf8(cell.toBytes());
        if (auto json = db::Json::parse(text))
            return db::Value::fromJson(*json);
    }
    if (column.spec.type.kind == db::ScalarKind::BigInt && cell.kind() == db::ScalarKind::Int)
        return db::Value::fromBigInt(cell.toBigInt());
    return cell;
}

RowSnapshot snapshotOf(const EditSchema::Model &model, const QStringList &columns, const QList<db::Value> &cells)
{
    RowSnapshot s;
    for (qsizetype i = 0; i < columns.size() && i < cells.size(); ++i) {
        if (columns[i] == u"xmin"_s && !model.table.table.column(u"xmin")) {
            s.xmin = cells[i].kind() == db::ScalarKind::String ? cells[i].toString() : QString();
            continue;
        }
        for (const mapping::ModelColumn &c : model.table.columns) {
            if (c.spec.name == columns[i]) {
                s.values.insert(c.field, snapshotValue(c, cells[i]));
                break;
            }
        }
    }
    return s;
}

db::RowKey keyOf(const EditSchema::Model &model, const RowSnapshot &s)
{
    db::RowKey key;
    for (const QString &pk : model.table.table.primaryKey)
        key.append({pk, s.values.value(model.fieldOfColumn(pk))});
    return key;
}

// The field a database error is about: its column, the constraint's fields, or the fields of the named
// constraint in the schema (MySQL names only the index / foreign key).
QString fieldOfError(const EditSchema::Model &model, const db::DbError &error)
{
    if (!error.column.isEmpty())
        return model.fieldOfColumn(error.column);
    if (!error.fields.isEmpty())
        return model.fieldOfColumn(error.fields.front());
    if (error.constraint.isEmpty())
        return {};
    // MySQL 8 names a unique key "Table.index"; MariaDB just "index".
    const QString constraint = error.constraint.section(u'.', -1);
    for (const schema::ResolvedField &f : model.model->fields) {
        if (f.relation && f.relation->foreignKeyName == constraint && !f.relation->fields.isEmpty())
            return f.relation->fields.front();
    }
    for (const schema::Index &index : model.model->indexes) {
        if (index.databaseName == constraint && !index.fields.empty() && index.fields.front().fieldIndex >= 0)
            return model.model->fields[size_t(index.fields.front().fieldIndex)].name;
    }
    return {};
}

QList<ConflictField> conflictFields(const EditSchema::Model &model, const StagedRow &row, const std::optional<RowSnapshot> &theirs)
{
    QList<ConflictField> fields;
    for (const mapping::ModelColumn &c : model.table.columns) {
        ConflictField f;
        f.field = c.field;
        f.original = row.snapshot.values.value(c.field);
        f.theirs = theirs ? theirs->values.value(c.field) : db::Value();
        const CellChange *mine = row.cell(c.field);
        f.mine = mine ? mine->value : f.original;
        f.changedByMe = mine != nullptr;
        f.changedByThem = !theirs || !(f.theirs == f.original);
        fields.append(std::move(f));
    }
    return fields;
}

void recordChanges(SaveOutcome &out, const PlannedWrite &w, const db::RowKey &key, const RowSnapshot &stored)
{
    const StagedRow &row = w.row;
    auto add = [&](const QString &field, const db::Value &oldValue, const db::Value &newValue) {
        out.changes.append({row.model, key, row.kind, field, oldValue, newValue});
    };
    switch (row.kind) {
    case StagedRow::Kind::Insert:
        // Every stored value, database defaults included: the audit says what the row became.
        for (auto it = stored.values.constBegin(); it != stored.values.constEnd(); ++it)
            add(it.key(), {}, it.value());
        if (stored.values.isEmpty()) {
            for (const CellChange &c : row.cells)
                add(c.field, {}, c.value);
        }
        break;
    case StagedRow::Kind::Update:
        for (const CellChange &c : row.cells)
            add(c.field, c.original, c.value);
        for (const CellChange &c : w.implicitCells)
            add(c.field, c.original, c.value);
        break;
    case StagedRow::Kind::Delete:
        for (auto it = row.snapshot.values.constBegin(); it != row.snapshot.values.constEnd(); ++it)
            add(it.key(), it.value(), {});
        break;
    }
}

} // namespace

RowSnapshot rowSnapshot(const EditSchema::Model &model, const QStringList &columns, const QList<db::Value> &cells)
{
    return snapshotOf(model, columns, cells);
}

db::Result<std::optional<RowSnapshot>> readRow(db::Connection &connection, const EditSchema::Model &model,
                                               const db::RowKey &key)
{
    const db::Dialect dialect = db::Dialect::forServer(connection.provider(), connection.serverVersion());
    QStringList columns;
    for (const db::ColumnSpec &c : model.table.table.columns)
        columns.append(c.name);
    auto statement = db::buildSelectRow(dialect, model.table.table, columns, key, dialect.supportsXmin());
    if (!statement)
        return std::unexpected(statement.error());
    statement->origin = db::QueryOrigin::Save;
    statement->model = model.model->name;
    auto result = connection.execute(*statement);
    if (!result)
        return std::unexpected(result.error());
    if (result->rows.isEmpty())
        return std::optional<RowSnapshot>();
    return std::optional<RowSnapshot>(snapshotOf(model, result->columns, result->rows.front()));
}

SaveOutcome saveChanges(db::Connection &connection, const EditSchema &schema, const QList<StagedRow> &rows,
                        const SaveOptions &options)
{
    SaveOutcome out;
    const db::Dialect dialect = db::Dialect::forServer(connection.provider(), connection.serverVersion());
    auto plan = planSave(schema, dialect, rows, currentDateTime());
    if (!plan) {
        out.status = SaveOutcome::Status::Failed;
        out.failure = SaveFailure{plan.error(), std::nullopt, {}};
        return out;
    }
    for (PlannedWrite &w : *plan) {
        w.statement.origin = db::QueryOrigin::Save;
        w.statement.action = options.action;
    }
    out.statements = int(plan->size());
    const qsizetype batch = std::max(1, options.batchSize);

    QList<WriteUnit> units;
    if (options.groupUpdates) {
        auto grouped = groupWrites(schema, dialect, *plan);
        if (!grouped) {
            out.status = SaveOutcome::Status::Failed;
            out.failure = SaveFailure{grouped.error(), std::nullopt, {}};
            return out;
        }
        units = std::move(*grouped);
    } else {
        for (qsizetype i = 0; i < plan->size(); ++i)
            units.append({{i}, plan->at(i).statement, false});
    }
    for (WriteUnit &u : units)
        u.statement.action = options.action;
    out.statements = int(units.size());

    QList<qsizetype> conflicted;
    bool conflict = false;
    bool failedInGroup = false;
    auto saved = db::withTransaction(connection, db::IsolationLevel::Default, [&](db::Connection &c) -> db::Result<int> {
        conflicted.clear();
        out.savedRows.clear();
        out.changes.clear();
        // One result per planned write; a grouped statement's rows are handed to their members by key.
        QList<db::QueryResult> results(plan->size());
        for (qsizetype start = 0; start < units.size(); start += batch) {
            QList<db::Statement> statements;
            const qsizetype end = std::min(units.size(), start + batch);
            for (qsizetype u = start; u < end; ++u)
                statements.append(units[u].statement);
            auto r = c.executeBatch(statements);
            if (!r) {
                db::DbError e = r.error();
                if (e.statementIndex >= 0) {
                    const WriteUnit &failed = units[start + e.statementIndex];
                    failedInGroup = failed.bulk;
                    e.statementIndex = int(failed.members.front());
                }
                return std::unexpected(e);
            }
            for (qsizetype u = start; u < end; ++u) {
                db::QueryResult &result = (*r)[u - start];
                const WriteUnit &unit = units[u];
                if (!unit.bulk) {
                    results[unit.members.front()] = std::move(result);
                    continue;
                }
                const EditSchema::Model &model = **schema.model(plan->at(unit.members.front()).row.model);
                QHash<RowId, qsizetype> byId;
                for (qsizetype m : unit.members)
                    byId.insert(plan->at(m).row.id(), m);
                for (const QList<db::Value> &row : std::as_const(result.rows)) {
                    const RowId id = rowIdOf(model.model->name, keyOf(model, snapshotOf(model, result.columns, row)));
                    const qsizetype m = byId.value(id, -1);
                    if (m < 0)
                        continue;
                    results[m].columns = result.columns;
                    results[m].rows = {row};
                    results[m].affectedRows = 1;
                }
            }
        }
        for (qsizetype i = 0; i < plan->size(); ++i) {
            // With RETURNING the rows returned are the rows written (QtSql's SQLite driver reports no count then).
            const PlannedWrite &w = plan->at(i);
            const qint64 written = w.returnsRow ? results.value(i).rows.size() : results.value(i).affectedRows;
            if (w.guarded && written == 0)
                conflicted.append(i);
        }
        if (!conflicted.isEmpty()) {
            conflict = true;
            return std::unexpected(db::DbError{u"P2025"_s, {}, 0, u"a guarded write matched no row"_s, {}, {}, {}, {}, {}, {}, {}, -1});
        }
        // Read back what the database stored: defaults, the new version / xmin.
        for (qsizetype i = 0; i < plan->size(); ++i) {
            const PlannedWrite &w = plan->at(i);
            const EditSchema::Model &model = **schema.model(w.row.model);
            const db::QueryResult &result = results[i];
            RowSnapshot stored;
            db::RowKey key = w.row.key;
            if (w.row.kind != StagedRow::Kind::Delete) {
                if (w.returnsRow && !result.rows.isEmpty()) {
                    stored = snapshotOf(model, result.columns, result.rows.front());
                    key = keyOf(model, stored);
                } else {
                    if (w.row.kind == StagedRow::Kind::Insert) {
                        QList<db::ColumnValue> values;
                        for (const CellChange &cell : w.row.cells)
                            values.append({model.column(cell.field)->spec.name, cell.value});
                        auto k = db::keyAfterInsert(model.table.table, values, result.lastInsertId);
                        key = k.value_or(db::RowKey());
                    }
                    if (!key.isEmpty()) {
                        auto reread = readRow(c, model, key);
                        if (!reread) {
                            db::DbError e = reread.error();
                            e.statementIndex = int(i);
                            return std::unexpected(e);
                        }
                        if (*reread)
                            stored = **reread;
                    }
                }
            }
            recordChanges(out, w, key, stored);
            out.savedRows.append({w.row.id(), key, stored});
        }
        return 0;
    });
    if (saved) {
        out.status = SaveOutcome::Status::Saved;
        out.savedAt = QDateTime::currentDateTimeUtc();
        return out;
    }
    out.savedRows.clear();
    out.changes.clear();
    if (conflict) {
        out.status = SaveOutcome::Status::Conflict;
        for (qsizetype i : std::as_const(conflicted)) {
            const PlannedWrite &w = plan->at(i);
            const EditSchema::Model &model = **schema.model(w.row.model);
            auto theirs = readRow(connection, model, w.row.key);
            if (!theirs) {
                out.status = SaveOutcome::Status::Failed;
                out.failure = SaveFailure{theirs.error(), w.row, {}};
                return out;
            }
            RowConflict rc;
            rc.row = w.row;
            rc.rowGone = !theirs->has_value();
            if (*theirs)
                rc.theirs = **theirs;
            rc.fields = conflictFields(model, w.row, *theirs);
            out.conflicts.append(std::move(rc));
        }
        return out;
    }
    if (failedInGroup) {
        // A set-based statement cannot say which of its rows failed; the same save one row per statement can.
        SaveOptions single = options;
        single.groupUpdates = false;
        return saveChanges(connection, schema, rows, single);
    }
    out.status = SaveOutcome::Status::Failed;
    SaveFailure failure{saved.error(), std::nullopt, {}};
    if (failure.error.statementIndex >= 0 && failure.error.statementIndex < plan->size()) {
        const PlannedWrite &w = plan->at(failure.error.statementIndex);
        failure.row = w.row;
        failure.field = fieldOfError(**schema.model(w.row.model), failure.error);
    }
    out.failure = std::move(failure);
    return out;
}

} // namespace facet::edit
