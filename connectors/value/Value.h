// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "value/DateTime.h"
#include "value/Decimal.h"
#include "value/Json.h"
#include "value/ScalarKind.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>
#include <variant>

namespace facet::db {

/// A Prisma enum value: the label as stored in the database (after @map) and the enum's name.
struct EnumValue {
    QString enumName;
    QString label;
    bool operator==(const EnumValue &) const = default;
};

/// One database value, exact for every Prisma scalar. The kind is always explicit: SQL NULL, an empty string,
/// JSON null and an empty byte array are four different values. Values are plain data: cheap to copy
/// (Qt containers are implicitly shared) and safe to hand to another thread.
class Value final {
public:
    /// SQL NULL.
    Value() = default;
    [[nodiscard]] static Value null() { return {}; }
    [[nodiscard]] static Value fromInt(qint32 v) { return Value(Storage(std::in_place_index<1>, v)); }
    /// Prisma's Int is 32-bit: std::nullopt when v does not fit.
    [[nodiscard]] static std::optional<Value> intChecked(qint64 v);
    [[nodiscard]] static Value fromBigInt(qint64 v) { return Value(Storage(std::in_place_index<2>, v)); }
    [[nodiscard]] static Value fromFloat(double v) { return Value(Storage(std::in_place_index<3>, v)); }
    [[nodiscard]] static Value fromDecimal(Decimal v) { return Value(Storage(std::in_place_index<4>, std::move(v))); }
    [[nodiscard]] static Value fromBool(bool v) { return Value(Storage(std::in_place_index<5>, v)); }
    /// A string; a null QString becomes "" (a String value is never SQL NULL).
    [[nodiscard]] static Value fromString(QString v);
    [[nodiscard]] static Value fromDateTime(DateTime v) { return Value(Storage(std::in_place_index<7>, v)); }
    [[nodiscard]] static Value fromJson(Json v) { return Value(Storage(std::in_place_index<8>, std::move(v))); }
    /// Bytes; a null QByteArray becomes an empty one (never SQL NULL).
    [[nodiscard]] static Value fromBytes(QByteArray v);
    [[nodiscard]] static Value fromEnum(QString enumName, QString label);
    [[nodiscard]] static Value fromList(QList<Value> elements);

    [[nodiscard]] ScalarKind kind() const { return ScalarKind(m_storage.index()); }
    [[nodiscard]] bool isNull() const { return kind() == ScalarKind::Null; }

    // Accessors: call only for the matching kind (checked with Q_ASSERT in debug builds).
    [[nodiscard]] qint32 toInt() const;
    /// Int or BigInt widened to 64 bits.
    [[nodiscard]] qint64 toBigInt() const;
    [[nodiscard]] double toFloat() const;
    [[nodiscard]] const Decimal &toDecimal() const;
    [[nodiscard]] bool toBool() const;
    [[nodiscard]] const QString &toString() const;
    [[nodiscard]] const DateTime &toDateTime() const;
    [[nodiscard]] const Json &toJson() const;
    [[nodiscard]] const QByteArray &toBytes() const;
    [[nodiscard]] const EnumValue &toEnum() const;
    [[nodiscard]] const QList<Value> &toList() const;

    /// A short, human description for error messages: `Int 2147483648`, `Decimal 1.5`, `String (12 chars)`.
    /// Strings and bytes show their length only, so error texts never carry user data in bulk.
    [[nodiscard]] QString describe() const;

    /// Same kind and same value (Float: NaN equals NaN, -0.0 differs from 0.0, so round trips are exact;
    /// Decimal: 1.5 equals 1.50; DateTime: same text; Json: same text).
    [[nodiscard]] bool operator==(const Value &other) const;

private:
    using Storage = std::variant<std::monostate, qint32, qint64, double, Decimal, bool, QString, DateTime, Json,
                                 QByteArray, EnumValue, QList<Value>>;
    explicit Value(Storage s)
        : m_storage(std::move(s))
    {
    }
    Storage m_storage;
};

} // namespace facet::db

// Declared once here, next to the type, so item models (QVariant in Qt::EditRole) and QtTest data rows can
// both carry a Value without two declarations meeting in one translation unit.
Q_DECLARE_METATYPE(facet::db::Value)
