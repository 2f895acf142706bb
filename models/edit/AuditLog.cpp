// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/AuditLog.h"

#include "edit/ValueJson.h"
#include "mapping/FieldValue.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace facet::edit {

AuditLog::AuditLog(QString path)
    : m_path(std::move(path))
{
}

QByteArray auditEntryToJsonLine(const AuditEntry &e)
{
    const QJsonObject o{{u"at"_s, e.at.toString(Qt::ISODateWithMs)}, {u"connection"_s, e.connection}, {u"model"_s, e.model},
                        {u"action"_s, e.action}, {u"key"_s, e.key}, {u"field"_s, e.field}, {u"old"_s, e.oldValue},
                        {u"new"_s, e.newValue}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

std::expected<void, QString> AuditLog::append(const SaveOutcome &saved, const QString &maskedConnection,
                                              const EditSchema &schema) const
{
    QByteArray lines;
    for (const SavedChange &c : saved.changes) {
        const auto m = schema.model(c.model);
        const EditSchema::Model *model = m ? *m : nullptr;
        const mapping::ModelColumn *column = model ? model->column(c.field) : nullptr;
        QJsonObject key;
        for (const db::ColumnValue &k : c.key)
            key.insert(k.column, valueToJson(k.value, model ? model->column(model->fieldOfColumn(k.column)) : nullptr));
        lines += auditEntryToJsonLine({saved.savedAt, maskedConnection, c.model, kindName(c.kind), key, c.field,
                                       valueToJson(c.oldValue, column), valueToJson(c.newValue, column)});
    }
    if (lines.isEmpty())
        return {};
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(lines) != lines.size() || !file.flush())
        return std::unexpected(u"%1: cannot append to the audit log: %2"_s.arg(m_path, file.errorString()));
    return {};
}

std::expected<QList<AuditEntry>, QString> AuditLog::read() const
{
    QList<AuditEntry> entries;
    QFile file(m_path);
    if (!file.exists())
        return entries;
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(u"%1: cannot read: %2"_s.arg(m_path, file.errorString()));
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject())
            return std::unexpected(u"%1:%2: not an audit entry"_s.arg(m_path).arg(lineNumber));
        const QJsonObject o = doc.object();
        entries.append({QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs), o.value(u"connection"_s).toString(),
                        o.value(u"model"_s).toString(), o.value(u"action"_s).toString(), o.value(u"key"_s),
                        o.value(u"field"_s).toString(), o.value(u"old"_s), o.value(u"new"_s)});
    }
    return entries;
}

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

} // namespace

QByteArray auditEntriesToCsv(const QList<AuditEntry> &entries)
{
    QByteArray out = "at,connection,model,action,key,field,old,new\r\n";
    for (const AuditEntry &e : entries) {
        const QList<QByteArray> fields = {csvField(e.at.toString(Qt::ISODateWithMs)), csvField(e.connection), csvField(e.model),
                                          csvField(e.action), csvField(mapping::compactJson(e.key)), csvField(e.field),
                                          csvField(mapping::compactJson(e.oldValue)), csvField(mapping::compactJson(e.newValue))};
        out += fields.join(',') + "\r\n";
    }
    return out;
}

} // namespace facet::edit
