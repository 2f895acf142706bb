// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/ValueJson.h"

#include "value/Json.h"
#include "value/PrismaJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace facet::edit {

namespace {

bool isJsonNullMarker(const QJsonValue &json)
{
    return json.isObject() && json.toObject().size() == 1 && json.toObject().value(u"$prisma"_s).toString() == u"JsonNull"_s;
}

} // namespace

QJsonValue valueToJson(const db::Value &value, const mapping::ModelColumn *column, mapping::EnumSpelling spelling)
{
    if (value.kind() == db::ScalarKind::Json && value.toJson().text().trimmed() == u"null"_s)
        return QJsonObject{{u"$prisma"_s, u"JsonNull"_s}};
    if (value.kind() == db::ScalarKind::Enum && column && spelling == mapping::EnumSpelling::PrismaName)
        return column->enumNameByLabel.value(value.toEnum().label, value.toEnum().label);
    const QByteArray text = "[" + db::toPrismaJson(value) + "]";
    return QJsonDocument::fromJson(text).array().at(0);
}

std::expected<db::Value, QString> valueFromJson(const QJsonValue &json, const mapping::ModelColumn &column,
                                                mapping::EnumSpelling spelling)
{
    if (isJsonNullMarker(json)) {
        if (column.spec.type.kind != db::ScalarKind::Json)
            return std::unexpected(u"{\"$prisma\": \"JsonNull\"} is for Json fields only"_s);
        return db::Value::fromJson(db::Json::jsonNull());
    }
    return mapping::fieldValueFromJson(json, column, spelling);
}

} // namespace facet::edit
