// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/ChangeReview.h"

#include "edit/BulkUpdate.h"
#include "edit/ClientDefaults.h"
#include "edit/SavePlan.h"
#include "value/PrismaJson.h"

using namespace Qt::StringLiterals;

namespace facet::edit {

namespace {

QString shown(const db::Value &value)
{
    return value.isNull() ? u"NULL"_s : QString::fromUtf8(db::toPrismaJson(value));
}

} // namespace

std::expected<QList<ReviewEntry>, QString> reviewChanges(const EditSchema &schema, const db::Dialect &dialect,
                                                         const QList<StagedRow> &rows)
{
    auto plan = planSave(schema, dialect, rows, currentDateTime());
    if (!plan)
        return std::unexpected(plan.error().message);
    auto units = groupWrites(schema, dialect, *plan);
    if (!units)
        return std::unexpected(units.error().message);
    QHash<qsizetype, QString> groupedSql; // plan index → the set-based statement that writes it
    for (const WriteUnit &u : std::as_const(*units)) {
        if (!u.bulk)
            continue;
        groupedSql.insert(u.members.front(), statementText(u.statement, dialect));
        for (qsizetype i = 1; i < u.members.size(); ++i)
            groupedSql.insert(u.members[i], u"-- written by the statement of the first row of this run (%1 rows)"_s.arg(u.members.size()));
    }
    QList<ReviewEntry> entries;
    for (qsizetype i = 0; i < plan->size(); ++i) {
        const PlannedWrite &w = plan->at(i);
        const StagedRow &row = w.row;
        ReviewEntry e;
        e.row = row.id();
        e.guard = (*schema.model(row.model))->guard.describe();
        switch (row.kind) {
        case StagedRow::Kind::Insert: e.title = u"insert %1 #%2"_s.arg(row.model).arg(row.insertId); break;
        case StagedRow::Kind::Update: e.title = u"update %1 (%2)"_s.arg(row.model, describeKey(row.key)); break;
        case StagedRow::Kind::Delete: e.title = u"delete %1 (%2)"_s.arg(row.model, describeKey(row.key)); break;
        }
        for (const CellChange &c : row.cells)
            e.changes.append(u"%1: %2 → %3"_s.arg(c.field, shown(c.original), shown(c.value)));
        for (const CellChange &c : w.implicitCells)
            e.changes.append(u"%1: %2 → %3 (guard)"_s.arg(c.field, shown(c.original), shown(c.value)));
        e.sql = groupedSql.value(i, statementText(w.statement, dialect));
        entries.append(std::move(e));
    }
    return entries;
}

} // namespace facet::edit
