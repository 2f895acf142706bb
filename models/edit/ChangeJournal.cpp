// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/ChangeJournal.h"

#include "edit/ChangeSet.h"
#include "edit/ValueJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace facet::edit {

namespace {

constexpr auto Label = mapping::EnumSpelling::DatabaseLabel;
const QString FormatName = u"facet-staged-changes"_s;

StagedRow::Kind kindFromName(const QString &name, bool &ok)
{
    ok = true;
    if (name == u"update"_s)
        return StagedRow::Kind::Update;
    if (name == u"insert"_s)
        return StagedRow::Kind::Insert;
    if (name == u"delete"_s)
        return StagedRow::Kind::Delete;
    ok = false;
    return StagedRow::Kind::Update;
}

std::expected<db::Value, QString> fieldValue(const EditSchema::Model &model, const QString &field, const QJsonValue &json)
{
    const mapping::ModelColumn *column = model.column(field);
    if (!column)
        return std::unexpected(u"%1 has no field \"%2\" any more"_s.arg(model.model->name, field));
    auto v = valueFromJson(json, *column, Label);
    if (!v)
        return std::unexpected(u"%1.%2: %3"_s.arg(model.model->name, field, v.error()));
    return v;
}

} // namespace

ChangeJournal::ChangeJournal(QString path, QString maskedConnection, EditSchemaPtr schema)
    : m_path(std::move(path))
    , m_connection(std::move(maskedConnection))
    , m_schema(std::move(schema))
{
}

QJsonObject ChangeJournal::rowToJson(const StagedRow &row, const EditSchema &schema)
{
    const auto m = schema.model(row.model);
    const EditSchema::Model *model = m ? *m : nullptr;
    auto column = [&](const QString &field) { return model ? model->column(field) : nullptr; };
    QJsonObject o{{u"kind"_s, kindName(row.kind)}, {u"model"_s, row.model}, {u"sequence"_s, double(row.sequence)}};
    if (row.kind == StagedRow::Kind::Insert) {
        o.insert(u"insertId"_s, row.insertId);
    } else {
        QJsonObject key;
        for (const db::ColumnValue &k : row.key)
            key.insert(k.column, valueToJson(k.value, model ? model->column(model->fieldOfColumn(k.column)) : nullptr, Label));
        o.insert(u"key"_s, key);
        QJsonObject values;
        for (auto it = row.snapshot.values.constBegin(); it != row.snapshot.values.constEnd(); ++it)
            values.insert(it.key(), valueToJson(it.value(), column(it.key()), Label));
        QJsonObject snapshot{{u"values"_s, values}};
        if (!row.snapshot.xmin.isEmpty())
            snapshot.insert(u"xmin"_s, row.snapshot.xmin);
        o.insert(u"snapshot"_s, snapshot);
    }
    QJsonArray cells;
    for (const CellChange &c : row.cells) {
        cells.append(QJsonObject{{u"field"_s, c.field},
                                 {u"original"_s, valueToJson(c.original, column(c.field), Label)},
                                 {u"value"_s, valueToJson(c.value, column(c.field), Label)}});
    }
    o.insert(u"cells"_s, cells);
    return o;
}

std::expected<StagedRow, QString> ChangeJournal::rowFromJson(const QJsonObject &o, const EditSchema &schema)
{
    StagedRow row;
    bool ok = false;
    row.kind = kindFromName(o.value(u"kind"_s).toString(), ok);
    if (!ok)
        return std::unexpected(u"unknown change kind \"%1\""_s.arg(o.value(u"kind"_s).toString()));
    row.model = o.value(u"model"_s).toString();
    auto m = schema.model(row.model);
    if (!m)
        return std::unexpected(m.error());
    const EditSchema::Model &model = **m;
    row.sequence = quint64(o.value(u"sequence"_s).toDouble());
    if (row.kind == StagedRow::Kind::Insert) {
        row.insertId = o.value(u"insertId"_s).toInt(-1);
        if (row.insertId < 0)
            return std::unexpected(u"an insert without its number"_s);
    } else {
        const QJsonObject key = o.value(u"key"_s).toObject();
        for (const QString &pk : model.table.table.primaryKey) {
            if (!key.contains(pk))
                return std::unexpected(u"%1: the key has no \"%2\""_s.arg(row.model, pk));
            auto v = fieldValue(model, model.fieldOfColumn(pk), key.value(pk));
            if (!v)
                return std::unexpected(v.error());
            row.key.append({pk, *v});
        }
        const QJsonObject snapshot = o.value(u"snapshot"_s).toObject();
        const QJsonObject values = snapshot.value(u"values"_s).toObject();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            auto v = fieldValue(model, it.key(), it.value());
            if (!v)
                return std::unexpected(v.error());
            row.snapshot.values.insert(it.key(), *v);
        }
        row.snapshot.xmin = snapshot.value(u"xmin"_s).toString();
    }
    for (const QJsonValue &cellJson : o.value(u"cells"_s).toArray()) {
        const QJsonObject c = cellJson.toObject();
        const QString field = c.value(u"field"_s).toString();
        auto original = fieldValue(model, field, c.value(u"original"_s));
        auto value = fieldValue(model, field, c.value(u"value"_s));
        if (!original)
            return std::unexpected(original.error());
        if (!value)
            return std::unexpected(value.error());
        row.cells.append({field, *original, *value});
    }
    return row;
}

std::expected<void, QString> ChangeJournal::write(const QList<StagedRow> &rows) const
{
    if (rows.isEmpty()) {
        if (QFile::exists(m_path) && !QFile::remove(m_path))
            return std::unexpected(u"%1: cannot remove the journal"_s.arg(m_path));
        return {};
    }
    QJsonArray array;
    for (const StagedRow &row : rows)
        array.append(rowToJson(row, *m_schema));
    const QJsonObject root{{u"format"_s, FormatName}, {u"version"_s, FormatVersion}, {u"connection"_s, m_connection},
                           {u"rows"_s, array}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return std::unexpected(u"%1: cannot write the journal: %2"_s.arg(m_path, file.errorString()));
    return {};
}

void ChangeJournal::attach(ChangeSet &changes) const
{
    const ChangeJournal copy = *this;
    changes.setBeforeCommit([copy](const QList<StagedRow> &rows) { return copy.write(rows); });
}

std::expected<ChangeJournal::Contents, QString> ChangeJournal::read(const QString &path, const EditSchema &schema)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(u"%1: cannot read: %2"_s.arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        return std::unexpected(u"%1: not JSON (%2 at offset %3)"_s.arg(path, error.errorString()).arg(error.offset));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != FormatName)
        return std::unexpected(u"%1: not a Facet journal of staged changes"_s.arg(path));
    if (root.value(u"version"_s).toInt() != FormatVersion)
        return std::unexpected(u"%1: journal version %2; this Facet reads version %3"_s.arg(path)
                                   .arg(root.value(u"version"_s).toInt())
                                   .arg(FormatVersion));
    Contents contents;
    contents.connection = root.value(u"connection"_s).toString();
    const QJsonArray rows = root.value(u"rows"_s).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto row = rowFromJson(rows.at(i).toObject(), schema);
        if (!row)
            return std::unexpected(u"%1: change %2: %3"_s.arg(path).arg(i + 1).arg(row.error()));
        contents.rows.append(std::move(*row));
    }
    return contents;
}

} // namespace facet::edit
