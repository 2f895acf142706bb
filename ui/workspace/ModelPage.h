// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QWidget>

namespace facet::models {
struct SchemaEntry;
}

class QTableWidget;

namespace facet::ui {

/// A tab for one model, view or enum. Today it shows the declared fields with their types and attributes,
/// which is where the record grid will sit.
class ModelPage final : public QWidget {
    Q_OBJECT
public:
    explicit ModelPage(const models::SchemaEntry &entry, QWidget *parent = nullptr);

    [[nodiscard]] QString entryName() const { return m_name; }
    [[nodiscard]] QTableWidget *fieldTable() const { return m_fields; }

private:
    QString m_name;
    QTableWidget *m_fields;
};

} // namespace facet::ui
