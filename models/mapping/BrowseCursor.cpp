// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "BrowseCursor.h"

#include "mapping/FieldValue.h"
#include "value/PrismaJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace facet::mapping {

namespace {

constexpr auto Base64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QStringList orderTexts(const QList<OrderKey> &order)
{
    QStringList texts;
    for (const OrderKey &k : order)
        texts.append(k.text());
    return texts;
}

} // namespace

QString OrderKey::text() const
{
    return descending ? field + u":desc"_s : field;
}

QString encodeCursor(const QList<OrderKey> &order, const QList<db::Value> &values)
{
    // Written by hand rather than through QJsonDocument, which would turn numbers into doubles.
    QByteArray json = "{\"o\":[";
    const QStringList texts = orderTexts(order);
    for (qsizetype i = 0; i < texts.size(); ++i)
        json += (i ? "," : "") + db::jsonQuote(texts[i]);
    json += "],\"v\":[";
    for (qsizetype i = 0; i < values.size(); ++i)
        json += (i ? "," : "") + db::toPrismaJson(values[i]);
    json += "]}";
    return QString::fromLatin1(json.toBase64(Base64Options));
}

std::expected<QList<db::Value>, QString> decodeCursor(const QString &cursor, const QList<OrderKey> &order,
                                                      const ModelTable &table)
{
    const auto bytes = QByteArray::fromBase64Encoding(cursor.trimmed().toLatin1(),
                                                      Base64Options | QByteArray::AbortOnBase64DecodingErrors);
    QJsonParseError error;
    const QJsonDocument document = bytes ? QJsonDocument::fromJson(*bytes, &error) : QJsonDocument();
    if (!bytes || error.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(u"--after: not a cursor printed by facet browse"_s);
    const QJsonObject object = document.object();
    QStringList written;
    for (const QJsonValue &v : object.value(u"o"_s).toArray())
        written.append(v.toString());
    const QStringList expected = orderTexts(order);
    if (written != expected) {
        return std::unexpected(u"--after: the cursor was made for the order %1, this run orders by %2; use the same --order-by"_s
                                   .arg(written.join(u", "_s), expected.join(u", "_s)));
    }
    const QJsonArray values = object.value(u"v"_s).toArray();
    if (values.size() != order.size())
        return std::unexpected(u"--after: the cursor holds %1 values for %2 keys"_s.arg(values.size()).arg(order.size()));
    QList<db::Value> result;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const ModelColumn *column = table.byField(order[i].field);
        if (!column)
            return std::unexpected(u"--after: the cursor names the unknown field %1"_s.arg(order[i].field));
        auto v = fieldValueFromJson(values[i], *column, EnumSpelling::DatabaseLabel);
        if (!v)
            return std::unexpected(u"--after: value of %1: %2"_s.arg(order[i].field, v.error()));
        result.append(std::move(*v));
    }
    return result;
}

} // namespace facet::mapping
