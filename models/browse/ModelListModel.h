// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QAbstractListModel>
#include <QList>

namespace facet::models {

/// One field of a model (or value of an enum) as the schema declares it, for display before any data loads.
struct FieldSummary {
    QString name;          ///< Prisma name
    QString databaseName;  ///< column name after @map (enum: the database label); empty for relation fields
    QString type;          ///< type as written, with its modifier: "String?", "Tag[]", "Decimal"
    QString columnType;    ///< the database column type for the schema's provider: "TEXT", "DECIMAL(65,30)"
    QString attributes;    ///< attributes as written: "@id @default(autoincrement())"
    QString documentation;
};

/// One entry of the sidebar: a model, view or enum of the schema.
struct SchemaEntry {
    enum class Kind { Model, View, Enum };
    Kind kind = Kind::Model;
    QString name;          ///< Prisma name, e.g. "User"
    QString databaseName;  ///< table or enum type name after @@map, e.g. "users"
    QString documentation; ///< the `///` comment above it
    int fieldCount = 0;    ///< fields (models, views) or values (enums)
    qint64 rowEstimate = -1; ///< -1 until known
    QList<FieldSummary> fields;
};

/// The schema's models, views and enums as a flat list for the sidebar. GUI thread only.
class ModelListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        NameRole,
        DatabaseNameRole,
        FieldCountRole,
        RowEstimateRole,
        SearchTextRole, ///< what a filter matches: the Prisma name and the database name
    };

    explicit ModelListModel(QObject *parent = nullptr);

    void setEntries(QList<SchemaEntry> entries);
    /// Records an estimated row count for the model whose table is `databaseName`.
    void setRowEstimate(const QString &databaseName, qint64 rows);
    [[nodiscard]] const QList<SchemaEntry> &entries() const { return m_entries; }
    /// The entry with this Prisma name, or nullptr.
    [[nodiscard]] const SchemaEntry *entry(const QString &name) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<SchemaEntry> m_entries;
};

} // namespace facet::models
