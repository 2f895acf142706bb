// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "RelationHint.h"

#include "ResolvedSchema.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace facet::monitor {

namespace {

/// `"public"."Post"` → `Post`; `t.col` → `col`; `` `x` `` → `x`.
QString lastIdentifier(QString qualified)
{
    qsizetype cut = -1;
    QChar quote;
    for (qsizetype i = 0; i < qualified.size(); ++i) {
        const QChar c = qualified[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'`') {
            quote = c;
        } else if (c == u'.') {
            cut = i;
        }
    }
    QString last = qualified.mid(cut + 1);
    if (last.size() >= 2 && (last.front() == u'"' || last.front() == u'`') && last.back() == last.front())
        last = last.mid(1, last.size() - 2);
    return last;
}

const QString kIdent = uR"((?:"[^"]+"|`[^`]+`|[A-Za-z_][A-Za-z0-9_$]*))"_s;

} // namespace

ReadShape readShapeOf(const QString &fingerprint)
{
    static const QRegularExpression from(uR"(\bFROM\s+()"_s + kIdent + uR"((?:\.)"_s + kIdent + uR"()*))"_s);
    static const QRegularExpression filter(u"("_s + kIdent + uR"((?:\.)"_s + kIdent + uR"()*)\s*(?:=\s*\?|IN\s*\(\?))"_s);
    ReadShape shape;
    if (!fingerprint.startsWith(u"SELECT"_s))
        return shape;
    const auto fromMatch = from.match(fingerprint);
    if (!fromMatch.hasMatch())
        return shape;
    shape.table = lastIdentifier(fromMatch.captured(1));
    const qsizetype where = fingerprint.indexOf(u" WHERE "_s, fromMatch.capturedEnd());
    if (where < 0)
        return shape;
    auto it = filter.globalMatch(fingerprint, where);
    while (it.hasNext()) {
        const QString column = lastIdentifier(it.next().captured(1));
        if (!shape.filterColumns.contains(column))
            shape.filterColumns << column;
    }
    return shape;
}

QString relationHint(const schema::ResolvedSchema &schema, const QString &fingerprint)
{
    const ReadShape shape = readShapeOf(fingerprint);
    if (shape.table.isEmpty() || shape.filterColumns.isEmpty())
        return {};
    for (const schema::ResolvedModel &model : schema.models) {
        if (model.tableName != shape.table)
            continue;
        for (const schema::ResolvedField &field : model.fields) {
            if (field.kind != schema::FieldKind::Relation || !field.relation || field.relation->fields.isEmpty())
                continue;
            QStringList columns;
            for (const QString &name : field.relation->fields) {
                const schema::ResolvedField *scalar = model.field(name);
                columns << (scalar ? scalar->columnName : name);
            }
            const bool filtered = std::ranges::all_of(columns, [&](const QString &c) {
                return shape.filterColumns.contains(c);
            });
            if (!filtered)
                continue;
            // Name the relation from the side the loop walks: the other model's back-relation field.
            QString side = model.name + u'.' + field.name;
            if (field.relatedModel.index >= 0 && std::size_t(field.relatedModel.index) < schema.models.size()) {
                const schema::ResolvedModel &parent = schema.model(field.relatedModel);
                for (const schema::ResolvedField &back : parent.fields) {
                    if (back.relation && back.relation->relation == field.relation->relation && &back != &field) {
                        side = parent.name + u'.' + back.name;
                        break;
                    }
                }
            }
            return u"%1 (relation \"%2\" via %3.%4): load it with include or a join"_s.arg(
                side, field.relation->name, model.name, field.relation->fields.join(u", "_s));
        }
    }
    return {};
}

} // namespace facet::monitor
