// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "edit/EditSchema.h"
#include "edit/SaveOutcome.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <expected>

namespace facet::edit {

/// One saved field change as the audit log keeps it.
struct AuditEntry {
    QDateTime at;          ///< commit time, UTC
    QString connection;    ///< the URL with its password masked
    QString model;
    QString action;        ///< "update", "insert", "delete"
    QJsonValue key;        ///< {"id": 5}: by database column, Prisma JSON values
    QString field;
    QJsonValue oldValue;   ///< Prisma JSON (null: SQL NULL)
    QJsonValue newValue;
};

/// The audit log of saved changes: a JSON Lines file, one AuditEntry per line, only ever appended to (one
/// write per save, flushed before append() returns), readable by people and by `jq`, exportable as CSV.
class AuditLog final {
public:
    explicit AuditLog(QString path);

    [[nodiscard]] const QString &path() const { return m_path; }
    /// Appends every change of a successful save.
    [[nodiscard]] std::expected<void, QString> append(const SaveOutcome &saved, const QString &maskedConnection,
                                                      const EditSchema &schema) const;
    /// Every entry, oldest first; a line that is not an entry fails naming the line.
    [[nodiscard]] std::expected<QList<AuditEntry>, QString> read() const;

private:
    QString m_path;
};

[[nodiscard]] QByteArray auditEntryToJsonLine(const AuditEntry &entry);
/// CSV (RFC 4180) with a header: at,connection,model,action,key,field,old,new; JSON values as compact JSON text.
[[nodiscard]] QByteArray auditEntriesToCsv(const QList<AuditEntry> &entries);

} // namespace facet::edit
