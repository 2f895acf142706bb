// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace facet::db {

/// A JSON document for Prisma's Json, kept as the exact text it came with (numbers with more digits than a
/// double, key order and spacing survive), validated once on construction. The JSON literal `null` is a Json
/// value like any other; SQL NULL is Value::null(), never a Json.
class Json final {
public:
    /// Validates RFC 8259 text (any top-level value: object, array, string, number, true/false/null).
    [[nodiscard]] static std::optional<Json> parse(const QString &text);
    /// The JSON literal `null`.
    [[nodiscard]] static Json jsonNull();

    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] bool isJsonNull() const;
    /// Parsed form (numbers become doubles: for display and comparison, not for exact storage).
    [[nodiscard]] QJsonValue toJsonValue() const;
    /// Same JSON value regardless of spacing and key order; for databases that normalise JSON text
    /// (PostgreSQL jsonb, MySQL JSON).
    [[nodiscard]] bool semanticallyEquals(const Json &other) const;

    /// Exact text equality.
    [[nodiscard]] bool operator==(const Json &other) const { return m_text == other.m_text; }

private:
    explicit Json(QString text)
        : m_text(std::move(text))
    {
    }
    QString m_text;
};

} // namespace facet::db
