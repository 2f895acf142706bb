// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/ChangeSet.h"

#include "edit/ClientDefaults.h"
#include "edit/StagedValueCheck.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::edit {

QString kindName(StagedRow::Kind kind)
{
    switch (kind) {
    case StagedRow::Kind::Update: return u"update"_s;
    case StagedRow::Kind::Insert: return u"insert"_s;
    case StagedRow::Kind::Delete: return u"delete"_s;
    }
    return {};
}

ChangeSet::ChangeSet(EditSchemaPtr schema, QObject *parent)
    : QObject(parent)
    , m_schema(std::move(schema))
{
}

std::expected<const EditSchema::Model *, QString> ChangeSet::editable(const QString &model) const
{
    return m_schema->model(model);
}

namespace {

std::expected<void, QString> checkKey(const EditSchema::Model &m, const db::RowKey &key)
{
    if (key.size() != m.table.table.primaryKey.size())
        return std::unexpected(u"%1: a row key needs %2"_s.arg(m.model->name, m.table.table.primaryKey.join(u", "_s)));
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (key[i].column != m.table.table.primaryKey[i] || key[i].value.isNull())
            return std::unexpected(u"%1: a row key needs %2"_s.arg(m.model->name, m.table.table.primaryKey.join(u", "_s)));
    }
    return {};
}

} // namespace

std::expected<void, QString> ChangeSet::stageUpdate(const QString &model, const db::RowKey &key, const QString &field,
                                                    const db::Value &value, const RowSnapshot &asRead)
{
    auto m = editable(model);
    if (!m)
        return std::unexpected(m.error());
    if (auto k = checkKey(**m, key); !k)
        return k;
    const mapping::ModelColumn *column = (*m)->column(field);
    if (!column)
        return std::unexpected(u"%1 has no field \"%2\" that can be edited"_s.arg(model, field));
    if (auto fixed = (*m)->checkEditable(*column); !fixed)
        return fixed;
    auto checked = checkStagedValue(model, *column, value);
    if (!checked)
        return std::unexpected(checked.error());

    const RowId id = rowIdOf(model, key);
    std::optional<StagedRow> before;
    if (auto it = m_rows.constFind(id); it != m_rows.constEnd())
        before = *it;
    if (before && before->kind == StagedRow::Kind::Delete)
        return std::unexpected(u"%1 (%2) is staged for delete; discard the delete to edit it"_s.arg(model, describeKey(key)));
    StagedRow after = before.value_or(StagedRow{StagedRow::Kind::Update, model, key, -1, asRead, {}, m_nextSequence});
    const db::Value original = after.snapshot.values.value(field);
    auto cell = std::find_if(after.cells.begin(), after.cells.end(), [&](const CellChange &c) { return c.field == field; });
    if (*checked == original) {
        if (cell == after.cells.end())
            return {}; // nothing staged, nothing to do
        after.cells.erase(cell);
    } else if (cell != after.cells.end()) {
        if (cell->value == *checked)
            return {};
        cell->value = *checked;
    } else {
        after.cells.append({field, original, *checked});
    }
    std::optional<StagedRow> next;
    if (!after.cells.isEmpty())
        next = std::move(after);
    return commit({{id, before, next}});
}

std::expected<int, QString> ChangeSet::stageInsert(const QString &model, const QHash<QString, db::Value> &values)
{
    auto m = editable(model);
    if (!m)
        return std::unexpected(m.error());
    StagedRow row{StagedRow::Kind::Insert, model, {}, m_nextInsertId.value(model, 1), {}, {}, m_nextSequence};
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!(*m)->column(it.key()))
            return std::unexpected(u"%1 has no field \"%2\" that can be set"_s.arg(model, it.key()));
    }
    const db::DateTime now = currentDateTime();
    for (const mapping::ModelColumn &column : (*m)->table.columns) {
        if (values.contains(column.field)) {
            auto checked = checkStagedValue(model, column, values.value(column.field));
            if (!checked)
                return std::unexpected(checked.error());
            row.cells.append({column.field, {}, *checked});
        } else if (const schema::ResolvedField *field = (*m)->field(column.field)) {
            if (auto generated = clientDefault(*field, column, now))
                row.cells.append({column.field, {}, *generated});
        }
    }
    const int insertId = row.insertId;
    if (auto r = commit({{row.id(), std::nullopt, row}}); !r)
        return std::unexpected(r.error());
    m_nextInsertId.insert(model, insertId + 1);
    return insertId;
}

std::expected<void, QString> ChangeSet::setInsertValue(const QString &model, int insertId, const QString &field,
                                                       const db::Value &value)
{
    auto m = editable(model);
    if (!m)
        return std::unexpected(m.error());
    const RowId id = rowIdOfInsert(model, insertId);
    const auto it = m_rows.constFind(id);
    if (it == m_rows.constEnd())
        return std::unexpected(u"%1 has no staged insert #%2"_s.arg(model).arg(insertId));
    const mapping::ModelColumn *column = (*m)->column(field);
    if (!column)
        return std::unexpected(u"%1 has no field \"%2\" that can be set"_s.arg(model, field));
    auto checked = checkStagedValue(model, *column, value);
    if (!checked)
        return std::unexpected(checked.error());
    StagedRow after = *it;
    auto cell = std::find_if(after.cells.begin(), after.cells.end(), [&](const CellChange &c) { return c.field == field; });
    if (cell != after.cells.end())
        cell->value = *checked;
    else
        after.cells.append({field, {}, *checked});
    return commit({{id, *it, after}});
}

std::expected<void, QString> ChangeSet::stageDelete(const QString &model, const db::RowKey &key, const RowSnapshot &asRead)
{
    auto m = editable(model);
    if (!m)
        return std::unexpected(m.error());
    if (auto k = checkKey(**m, key); !k)
        return k;
    const RowId id = rowIdOf(model, key);
    std::optional<StagedRow> before;
    if (auto it = m_rows.constFind(id); it != m_rows.constEnd())
        before = *it;
    if (before && before->kind == StagedRow::Kind::Delete)
        return {};
    // A staged update's snapshot is what was read; the delete is guarded by the same reading.
    StagedRow after{StagedRow::Kind::Delete, model, key, -1, before ? before->snapshot : asRead, {},
                    before ? before->sequence : m_nextSequence};
    return commit({{id, before, after}});
}

bool ChangeSet::discardRow(const RowId &row)
{
    const auto it = m_rows.constFind(row);
    if (it == m_rows.constEnd())
        return false;
    return commit({{row, *it, std::nullopt}}).has_value();
}

bool ChangeSet::discardCell(const RowId &row, const QString &field)
{
    const auto it = m_rows.constFind(row);
    if (it == m_rows.constEnd() || it->kind == StagedRow::Kind::Delete)
        return false;
    StagedRow after = *it;
    const auto removed = after.cells.removeIf([&](const CellChange &c) { return c.field == field; });
    if (removed == 0)
        return false;
    std::optional<StagedRow> next;
    if (!after.cells.isEmpty() || after.kind == StagedRow::Kind::Insert)
        next = std::move(after);
    return commit({{row, *it, next}}).has_value();
}

void ChangeSet::discardAll()
{
    Step step;
    for (const StagedRow &r : rows())
        step.append({r.id(), r, std::nullopt});
    if (!step.isEmpty())
        (void)commit(step);
}

bool ChangeSet::undo()
{
    if (m_undo.isEmpty())
        return false;
    Step step = m_undo.takeLast();
    apply(step, false);
    m_redo.append(std::move(step));
    if (m_beforeCommit)
        (void)m_beforeCommit(rows());
    for (const RowChange &c : std::as_const(m_redo.last()))
        Q_EMIT rowChanged(c.id);
    Q_EMIT changed();
    return true;
}

bool ChangeSet::redo()
{
    if (m_redo.isEmpty())
        return false;
    Step step = m_redo.takeLast();
    apply(step, true);
    m_undo.append(std::move(step));
    if (m_beforeCommit)
        (void)m_beforeCommit(rows());
    for (const RowChange &c : std::as_const(m_undo.last()))
        Q_EMIT rowChanged(c.id);
    Q_EMIT changed();
    return true;
}

ChangeSet::RowState ChangeSet::rowState(const QString &model, const db::RowKey &key) const
{
    const auto it = m_rows.constFind(rowIdOf(model, key));
    if (it == m_rows.constEnd())
        return RowState::Clean;
    switch (it->kind) {
    case StagedRow::Kind::Update: return RowState::Updated;
    case StagedRow::Kind::Insert: return RowState::Inserted;
    case StagedRow::Kind::Delete: return RowState::Deleted;
    }
    return RowState::Clean;
}

std::optional<db::Value> ChangeSet::stagedValue(const QString &model, const db::RowKey &key, const QString &field) const
{
    const auto it = m_rows.constFind(rowIdOf(model, key));
    if (it == m_rows.constEnd())
        return std::nullopt;
    if (const CellChange *c = it->cell(field))
        return c->value;
    return std::nullopt;
}

const StagedRow *ChangeSet::row(const RowId &id) const
{
    const auto it = m_rows.constFind(id);
    return it == m_rows.constEnd() ? nullptr : &it.value();
}

QList<StagedRow> ChangeSet::rows() const
{
    QList<StagedRow> all = m_rows.values();
    std::sort(all.begin(), all.end(), [](const StagedRow &a, const StagedRow &b) { return a.sequence < b.sequence; });
    return all;
}

QList<StagedRow> ChangeSet::insertedRows(const QString &model) const
{
    QList<StagedRow> inserts;
    for (const StagedRow &r : rows()) {
        if (r.kind == StagedRow::Kind::Insert && r.model == model)
            inserts.append(r);
    }
    return inserts;
}

void ChangeSet::markSaved(const QList<RowId> &saved)
{
    for (const RowId &id : saved)
        m_rows.remove(id);
    m_undo.clear();
    m_redo.clear();
    if (m_beforeCommit)
        (void)m_beforeCommit(rows());
    for (const RowId &id : saved)
        Q_EMIT rowChanged(id);
    Q_EMIT changed();
}

void ChangeSet::replaceRow(const RowId &id, std::optional<StagedRow> row)
{
    std::optional<StagedRow> before;
    if (auto it = m_rows.constFind(id); it != m_rows.constEnd())
        before = *it;
    (void)commit({{id, before, std::move(row)}});
}

void ChangeSet::restore(const QList<StagedRow> &rows)
{
    for (const StagedRow &r : rows) {
        m_rows.insert(r.id(), r);
        m_nextSequence = std::max(m_nextSequence, r.sequence + 1);
        if (r.kind == StagedRow::Kind::Insert)
            m_nextInsertId.insert(r.model, std::max(m_nextInsertId.value(r.model, 1), r.insertId + 1));
    }
    m_undo.clear();
    m_redo.clear();
    for (const StagedRow &r : rows)
        Q_EMIT rowChanged(r.id());
    Q_EMIT changed();
}

void ChangeSet::setBeforeCommit(std::function<std::expected<void, QString>(const QList<StagedRow> &)> hook)
{
    m_beforeCommit = std::move(hook);
}

void ChangeSet::beginGroup()
{
    ++m_groupDepth;
}

std::expected<void, QString> ChangeSet::endGroup()
{
    if (m_groupDepth == 0 || --m_groupDepth > 0)
        return {};
    Step step = std::move(m_group);
    m_group.clear();
    if (step.isEmpty())
        return {};
    return record(std::move(step));
}

std::expected<void, QString> ChangeSet::commit(Step step)
{
    apply(step, true);
    if (m_groupDepth > 0) {
        // Staged rows still need their own order inside a group: each first touch gets the next number.
        ++m_nextSequence;
        m_group.append(step);
        return {};
    }
    return record(std::move(step));
}

std::expected<void, QString> ChangeSet::record(Step step)
{
    // The write-ahead hook (the journal) sees the staged rows before anyone is told; if it cannot keep them the
    // step is undone, so nothing is staged that a crash would lose.
    if (m_beforeCommit) {
        if (auto r = m_beforeCommit(rows()); !r) {
            apply(step, false);
            return std::unexpected(r.error());
        }
    }
    ++m_nextSequence;
    m_undo.append(step);
    m_redo.clear();
    for (const RowChange &c : std::as_const(step))
        Q_EMIT rowChanged(c.id);
    Q_EMIT changed();
    return {};
}

void ChangeSet::apply(const Step &step, bool forward)
{
    // Backwards in reverse order: a step may change the same row twice (a group).
    for (qsizetype i = 0; i < step.size(); ++i) {
        const RowChange &c = forward ? step[i] : step[step.size() - 1 - i];
        const std::optional<StagedRow> &target = forward ? c.after : c.before;
        if (target)
            m_rows.insert(c.id, *target);
        else
            m_rows.remove(c.id);
    }
}

} // namespace facet::edit
