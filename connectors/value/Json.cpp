// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

// Qt 6.8 parses only objects and arrays at the top level; wrapping the text in an array accepts every JSON
// value, and an unbalanced input still fails (it would leave the wrapper open or close it early).
std::optional<QJsonValue> parseAny(const QString &text)
{
    QJsonParseError error;
    QByteArray wrapped;
    wrapped.reserve(text.size() + 2);
    wrapped.append('[').append(text.toUtf8()).append(']');
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

} // namespace

std::optional<Json> Json::parse(const QString &text)
{
    if (text.trimmed().isEmpty() || !parseAny(text))
        return std::nullopt;
    return Json(text.isNull() ? QString(u""_s) : text);
}

Json Json::jsonNull()
{
    return Json(u"null"_s);
}

bool Json::isJsonNull() const
{
    return m_text.trimmed() == u"null"_s;
}

QJsonValue Json::toJsonValue() const
{
    return parseAny(m_text).value_or(QJsonValue());
}

bool Json::semanticallyEquals(const Json &other) const
{
    return toJsonValue() == other.toJsonValue();
}

} // namespace facet::db
