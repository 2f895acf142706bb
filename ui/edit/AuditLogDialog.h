// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "edit/AuditLog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace facet::ui {

/// The audit log of saved changes (when, connection, model, action, key, field, old, new) as a table,
/// filtered by model, exported as JSON Lines or CSV (the entries shown).
class AuditLogDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AuditLogDialog(QString path, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QComboBox *modelFilter() const { return m_filter; }
    /// The entries the table shows (after the filter), oldest first.
    [[nodiscard]] QList<edit::AuditEntry> shownEntries() const;
    /// Writes the shown entries; CSV when the name ends in .csv, else JSON Lines.
    [[nodiscard]] std::expected<void, QString> exportTo(const QString &file) const;

private:
    void reload();
    void fill();

    QString m_path;
    QList<edit::AuditEntry> m_entries;
    QTableWidget *m_table;
    QComboBox *m_filter;
    QLabel *m_status;
};

} // namespace facet::ui
