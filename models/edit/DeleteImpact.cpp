// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/DeleteImpact.h"

#include "dialect/SelectWindow.h"

using namespace Qt::StringLiterals;

namespace facet::edit {

QString DeleteImpact::describe() const
{
    auto list = [](const QList<RelationImpact> &impacts) {
        QStringList parts;
        for (const RelationImpact &i : impacts)
            parts.append(u"%1 %2 (%3)"_s.arg(i.rows).arg(i.model, i.field));
        return parts.join(u", "_s);
    };
    QStringList parts;
    if (!cascades.isEmpty())
        parts.append(u"deletes "_s + list(cascades));
    if (!setNull.isEmpty())
        parts.append(u"clears "_s + list(setNull));
    QString text = parts.isEmpty() ? u"no related rows"_s : parts.join(u", "_s);
    if (!blocks.isEmpty())
        text += u"; blocked by "_s + list(blocks);
    return text;
}

db::Result<DeleteImpact> deleteImpact(db::Connection &connection, const EditSchema &schema, const QString &model,
                                      const RowSnapshot &row)
{
    DeleteImpact impact;
    const db::Dialect dialect = db::Dialect::forServer(connection.provider(), connection.serverVersion());
    const schema::ResolvedSchema &s = schema.schema();
    const schema::ModelId target = s.modelId(model);
    for (const schema::ResolvedModel &referring : s.models) {
        for (const schema::ResolvedField &f : referring.fields) {
            if (!f.relation || f.relation->fields.isEmpty() || f.relatedModel != target)
                continue;
            auto m = schema.model(referring.name);
            if (!m)
                continue; // a view or a keyless table: nothing Facet could count by key anyway
            QList<db::Filter> conditions;
            bool complete = true;
            for (qsizetype i = 0; i < f.relation->fields.size(); ++i) {
                const mapping::ModelColumn *fk = (*m)->column(f.relation->fields[i]);
                const db::Value referenced = row.values.value(f.relation->references.value(i));
                if (!fk || referenced.isNull()) {
                    complete = false;
                    break;
                }
                conditions.append(db::Filter::condition(fk->spec.name, db::FilterOp::Equals, referenced));
            }
            if (!complete)
                continue;
            auto count = db::buildCount(dialect, (*m)->table.table, db::Filter::allOf(conditions));
            if (!count)
                return std::unexpected(count.error());
            count->origin = db::QueryOrigin::Save;
            count->model = referring.name;
            auto result = connection.execute(*count);
            if (!result)
                return std::unexpected(result.error());
            const db::Value n = result->rows.isEmpty() ? db::Value() : result->rows.front().value(0);
            const qint64 rows = n.kind() == db::ScalarKind::Int || n.kind() == db::ScalarKind::BigInt ? n.toBigInt()
                                : n.kind() == db::ScalarKind::Decimal ? n.toDecimal().toCanonicalString().toLongLong()
                                                                      : 0;
            if (rows == 0)
                continue;
            const RelationImpact entry{referring.name, f.name, f.relation->effectiveOnDelete, rows};
            switch (entry.action) {
            case schema::ReferentialAction::Cascade: impact.cascades.append(entry); break;
            case schema::ReferentialAction::SetNull:
            case schema::ReferentialAction::SetDefault: impact.setNull.append(entry); break;
            case schema::ReferentialAction::Restrict:
            case schema::ReferentialAction::NoAction: impact.blocks.append(entry); break;
            }
        }
    }
    return impact;
}

} // namespace facet::edit
