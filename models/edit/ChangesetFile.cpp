// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/ChangesetFile.h"

#include "edit/ClientDefaults.h"
#include "edit/StagedValueCheck.h"
#include "edit/ValueJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace facet::edit {

namespace {

using Failure = std::unexpected<QString>;

struct Reader {
    const EditSchema &schema;
    QList<StagedRow> rows;
    quint64 sequence = 1;
    QHash<QString, int> insertIds;

    std::expected<db::Value, QString> value(const QString &where, const EditSchema::Model &m, const QString &field,
                                            const QJsonValue &json)
    {
        const mapping::ModelColumn *column = m.column(field);
        if (!column)
            return Failure(u"%1: %2 has no field \"%3\" (fields: %4)"_s.arg(where, m.model->name, field,
                                                                           m.table.fieldNames().join(u", "_s)));
        auto v = valueFromJson(json, *column);
        if (!v)
            return Failure(u"%1.%2: %3"_s.arg(where, field, v.error()));
        auto checked = checkStagedValue(m.model->name, *column, *v);
        if (!checked)
            return Failure(u"%1: %2"_s.arg(where, checked.error()));
        return checked;
    }

    std::expected<db::RowKey, QString> key(const QString &where, const EditSchema::Model &m, const QJsonValue &json)
    {
        if (!json.isObject())
            return Failure(u"%1.where: expected an object with the key fields"_s.arg(where));
        const QJsonObject o = json.toObject();
        db::RowKey key;
        QStringList wanted;
        for (const QString &pk : m.table.table.primaryKey)
            wanted.append(m.fieldOfColumn(pk));
        for (const QString &name : o.keys()) {
            if (!wanted.contains(name))
                return Failure(u"%1.where: \"%2\" is not a key field of %3 (key: %4)"_s.arg(where, name, m.model->name, wanted.join(u", "_s)));
        }
        for (const QString &pk : m.table.table.primaryKey) {
            const QString field = m.fieldOfColumn(pk);
            if (!o.contains(field) || o.value(field).isNull())
                return Failure(u"%1.where: the key field \"%2\" is missing (key: %3)"_s.arg(where, field, wanted.join(u", "_s)));
            auto v = value(where + u".where"_s, m, field, o.value(field));
            if (!v)
                return Failure(v.error());
            key.append({pk, *v});
        }
        return key;
    }

    std::expected<RowSnapshot, QString> expected(const QString &where, const EditSchema::Model &m, const QJsonObject &op)
    {
        RowSnapshot s;
        const QJsonValue json = op.value(u"expected"_s);
        if (!json.isUndefined() && !json.isObject())
            return Failure(u"%1.expected: expected an object of field values as read"_s.arg(where));
        const QJsonObject o = json.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key() == u"$xmin"_s) {
                s.xmin = it.value().toString();
                continue;
            }
            const mapping::ModelColumn *column = m.column(it.key());
            if (!column)
                return Failure(u"%1.expected: %2 has no field \"%3\""_s.arg(where, m.model->name, it.key()));
            auto v = valueFromJson(it.value(), *column);
            if (!v)
                return Failure(u"%1.expected.%2: %3"_s.arg(where, it.key(), v.error()));
            s.values.insert(it.key(), *v);
        }
        const ModelGuard &g = m.guard;
        if ((g.kind == ModelGuard::Kind::Version || g.kind == ModelGuard::Kind::UpdatedAt) && !s.values.contains(g.field))
            return Failure(u"%1.expected: %2 is guarded by %3; give its value as read: \"expected\": {\"%4\": …}"_s.arg(
                where, m.model->name, g.describe(), g.field));
        return s;
    }

    std::expected<void, QString> create(const QString &where, const EditSchema::Model &m, const QJsonValue &json)
    {
        if (!json.isObject())
            return Failure(u"%1: expected an object of field values"_s.arg(where));
        const QJsonObject data = json.toObject();
        StagedRow row{StagedRow::Kind::Insert, m.model->name, {}, insertIds.value(m.model->name, 1), {}, {}, sequence++};
        insertIds.insert(m.model->name, row.insertId + 1);
        for (const QString &field : data.keys()) {
            if (!m.column(field))
                return Failure(u"%1: %2 has no field \"%3\""_s.arg(where, m.model->name, field));
        }
        const db::DateTime now = currentDateTime();
        for (const mapping::ModelColumn &column : m.table.columns) {
            if (data.contains(column.field)) {
                auto v = value(where, m, column.field, data.value(column.field));
                if (!v)
                    return Failure(v.error());
                row.cells.append({column.field, {}, *v});
            } else if (auto generated = clientDefault(*m.field(column.field), column, now)) {
                row.cells.append({column.field, {}, *generated});
            }
        }
        rows.append(std::move(row));
        return {};
    }

    std::expected<void, QString> update(const QString &where, const EditSchema::Model &m, const QJsonValue &json)
    {
        const QJsonObject op = json.toObject();
        auto k = key(where, m, op.value(u"where"_s));
        if (!k)
            return Failure(k.error());
        auto s = expected(where, m, op);
        if (!s)
            return Failure(s.error());
        const QJsonObject data = op.value(u"data"_s).toObject();
        if (data.isEmpty())
            return Failure(u"%1.data: expected an object with at least one field to change"_s.arg(where));
        StagedRow row{StagedRow::Kind::Update, m.model->name, *k, -1, *s, {}, sequence++};
        const bool needsOriginals = m.guard.kind == ModelGuard::Kind::OriginalValues
            || (m.guard.kind == ModelGuard::Kind::Xmin && s->xmin.isEmpty());
        for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
            auto v = value(where + u".data"_s, m, it.key(), it.value());
            if (!v)
                return Failure(v.error());
            const mapping::ModelColumn *column = m.column(it.key());
            switch (m.fixedBy(*column)) {
            case EditSchema::Model::Fixed::Key:
                return Failure(u"%1.data.%2: key fields cannot be changed"_s.arg(where, it.key()));
            case EditSchema::Model::Fixed::Version:
                return Failure(u"%1.data.%2: the version field is incremented by the save"_s.arg(where, it.key()));
            case EditSchema::Model::Fixed::None:
                break;
            }
            if (needsOriginals && !s->values.contains(it.key()))
                return Failure(u"%1.expected: %2 is guarded by the original values; give \"%3\" as read (or \"$xmin\" on PostgreSQL)"_s.arg(
                    where, m.model->name, it.key()));
            row.cells.append({it.key(), s->values.value(it.key()), *v});
        }
        rows.append(std::move(row));
        return {};
    }

    std::expected<void, QString> remove(const QString &where, const EditSchema::Model &m, const QJsonValue &json)
    {
        const QJsonObject op = json.toObject();
        auto k = key(where, m, op.value(u"where"_s));
        if (!k)
            return Failure(k.error());
        auto s = expected(where, m, op);
        if (!s)
            return Failure(s.error());
        rows.append({StagedRow::Kind::Delete, m.model->name, *k, -1, *s, {}, sequence++});
        return {};
    }
};

QJsonObject keyJson(const db::RowKey &key, const EditSchema::Model *m)
{
    QJsonObject o;
    for (const db::ColumnValue &k : key) {
        const QString field = m ? m->fieldOfColumn(k.column) : k.column;
        o.insert(field, valueToJson(k.value, m ? m->column(field) : nullptr));
    }
    return o;
}

} // namespace

std::expected<QList<StagedRow>, QString> parseChangeset(const QByteArray &json, const EditSchema &schema)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return Failure(u"not JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
    const QJsonObject root = doc.object();
    if (root.value(u"version"_s).toInt() != 1)
        return Failure(u"\"version\": expected 1 (the changeset format this Facet reads)"_s);
    if (!root.value(u"changes"_s).isArray())
        return Failure(u"\"changes\": expected an array of {\"model\": …, \"create\"/\"update\"/\"delete\": […]}"_s);
    Reader reader{schema, {}, 1, {}};
    const QJsonArray changes = root.value(u"changes"_s).toArray();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString where = u"changes[%1]"_s.arg(i);
        const QJsonObject block = changes.at(i).toObject();
        auto m = schema.model(block.value(u"model"_s).toString());
        if (!m)
            return Failure(u"%1.model: %2"_s.arg(where, m.error()));
        for (const QString &name : block.keys()) {
            if (name != u"model"_s && name != u"create"_s && name != u"update"_s && name != u"delete"_s)
                return Failure(u"%1: unknown key \"%2\" (model, create, update, delete)"_s.arg(where, name));
        }
        // Creates, then updates, then deletes within a block; blocks in file order (parents first).
        const std::pair<QString, std::expected<void, QString> (Reader::*)(const QString &, const EditSchema::Model &, const QJsonValue &)>
            kinds[] = {{u"create"_s, &Reader::create}, {u"update"_s, &Reader::update}, {u"delete"_s, &Reader::remove}};
        for (const auto &[name, read] : kinds) {
            const QJsonValue ops = block.value(name);
            if (ops.isUndefined())
                continue;
            if (!ops.isArray())
                return Failure(u"%1.%2: expected an array"_s.arg(where, name));
            const QJsonArray list = ops.toArray();
            for (qsizetype j = 0; j < list.size(); ++j) {
                if (!list.at(j).isObject())
                    return Failure(u"%1.%2[%3]: expected an object"_s.arg(where, name).arg(j));
                if (auto r = (reader.*read)(u"%1.%2[%3]"_s.arg(where, name).arg(j), **m, list.at(j)); !r)
                    return Failure(r.error());
            }
        }
    }
    return reader.rows;
}

QJsonObject conflictsToJson(const QList<RowConflict> &conflicts, const EditSchema &schema)
{
    QJsonArray list;
    for (const RowConflict &c : conflicts) {
        const auto m = schema.model(c.row.model);
        const EditSchema::Model *model = m ? *m : nullptr;
        QJsonObject fields;
        for (const ConflictField &f : c.fields) {
            if (!f.changedByMe && !f.changedByThem)
                continue;
            const mapping::ModelColumn *column = model ? model->column(f.field) : nullptr;
            fields.insert(f.field, QJsonObject{{u"original"_s, valueToJson(f.original, column)},
                                               {u"theirs"_s, c.rowGone ? QJsonValue() : valueToJson(f.theirs, column)},
                                               {u"mine"_s, valueToJson(f.mine, column)},
                                               {u"changedByThem"_s, f.changedByThem},
                                               {u"changedByMe"_s, f.changedByMe}});
        }
        list.append(QJsonObject{{u"model"_s, c.row.model}, {u"key"_s, keyJson(c.row.key, model)},
                                {u"operation"_s, kindName(c.row.kind)}, {u"rowGone"_s, c.rowGone},
                                {u"guard"_s, model ? model->guard.kindName() : QString()}, {u"fields"_s, fields}});
    }
    return QJsonObject{{u"status"_s, u"conflict"_s}, {u"conflicts"_s, list}};
}

QJsonObject savedToJson(const SaveOutcome &outcome, const QList<StagedRow> &rows, const EditSchema &schema)
{
    int created = 0, updated = 0, deleted = 0;
    for (const StagedRow &r : rows) {
        created += r.kind == StagedRow::Kind::Insert;
        updated += r.kind == StagedRow::Kind::Update;
        deleted += r.kind == StagedRow::Kind::Delete;
    }
    QJsonArray createdRows;
    for (qsizetype i = 0; i < outcome.savedRows.size() && i < rows.size(); ++i) {
        if (rows[i].kind != StagedRow::Kind::Insert)
            continue;
        const auto m = schema.model(rows[i].model);
        QJsonObject values;
        for (auto it = outcome.savedRows[i].stored.values.constBegin(); it != outcome.savedRows[i].stored.values.constEnd(); ++it)
            values.insert(it.key(), valueToJson(it.value(), m ? (*m)->column(it.key()) : nullptr));
        createdRows.append(QJsonObject{{u"model"_s, rows[i].model}, {u"row"_s, values}});
    }
    return QJsonObject{{u"status"_s, u"saved"_s}, {u"created"_s, created}, {u"updated"_s, updated}, {u"deleted"_s, deleted},
                       {u"createdRows"_s, createdRows}};
}

} // namespace facet::edit
