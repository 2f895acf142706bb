// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/StagedValueCheck.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace facet::edit {

namespace {

struct SpelledType {
    QString base;         ///< upper case, without arguments: "VARCHAR", "DECIMAL", "INT"
    QList<int> arguments; ///< "(10,2)" → 10, 2
    bool isUnsigned = false;
};

SpelledType spelled(const QString &nativeName)
{
    static const QRegularExpression pattern(u"^\\s*([A-Za-z ]+?)\\s*(?:\\(([0-9,\\s]*)\\))?\\s*(UNSIGNED)?\\s*(\\[\\])?\\s*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    SpelledType t;
    const auto m = pattern.match(nativeName);
    if (!m.hasMatch())
        return t;
    t.base = m.captured(1).toUpper();
    for (const QString &a : m.captured(2).split(u',', Qt::SkipEmptyParts))
        t.arguments.append(a.trimmed().toInt());
    t.isUnsigned = !m.captured(3).isEmpty();
    return t;
}

int integerBits(const QString &base)
{
    if (base == u"TINYINT"_s)
        return 8;
    if (base == u"SMALLINT"_s || base == u"SMALLSERIAL"_s || base == u"INT2"_s)
        return 16;
    if (base == u"MEDIUMINT"_s)
        return 24;
    return 0; // the kind's own width
}

bool kindMatches(db::ScalarKind wanted, db::ScalarKind given)
{
    return wanted == given || (wanted == db::ScalarKind::BigInt && given == db::ScalarKind::Int);
}

QString kindName(const mapping::ModelColumn &column)
{
    if (column.spec.type.kind == db::ScalarKind::Enum)
        return column.enumName;
    return column.spec.type.describe();
}

} // namespace

db::ColumnType writeColumnType(const mapping::ModelColumn &column)
{
    db::ColumnType type = column.spec.type;
    const SpelledType s = spelled(type.nativeName);
    switch (type.kind) {
    case db::ScalarKind::Int:
    case db::ScalarKind::BigInt:
        type.integerBits = integerBits(s.base);
        type.isUnsigned = s.isUnsigned;
        break;
    case db::ScalarKind::Decimal:
        if (!s.arguments.isEmpty()) {
            type.precision = s.arguments.value(0);
            type.scale = s.arguments.value(1, 0);
        }
        break;
    case db::ScalarKind::String:
        if ((s.base.contains(u"CHAR"_s)) && !s.arguments.isEmpty())
            type.maxLength = s.arguments.front();
        break;
    case db::ScalarKind::DateTime:
        // TIMESTAMP(3), DATETIME(3), TIME(6). A bare DATETIME is SQLite's spelling (milliseconds kept) as
        // well as MySQL's whole-second one, so it stays unbounded here; the codec checks the real column.
        if (!s.arguments.isEmpty() && (s.base.startsWith(u"TIME"_s) || s.base == u"DATETIME"_s))
            type.fractionDigits = std::clamp(s.arguments.front(), 0, 6);
        break;
    case db::ScalarKind::Enum:
        type.enumLabels = column.enumNameByLabel.keys();
        break;
    default:
        break;
    }
    return type;
}

std::expected<db::Value, QString> checkStagedValue(const QString &model, const mapping::ModelColumn &column,
                                                   const db::Value &value)
{
    const QString where = model + u'.' + column.field;
    const db::ColumnType type = writeColumnType(column);
    if (value.isNull()) {
        if (!column.spec.nullable)
            return std::unexpected(u"%1 is required: it cannot be set to NULL"_s.arg(where));
        return value;
    }
    db::Value staged = value;
    const auto checkElement = [&](const db::Value &element) -> std::optional<QString> {
        if (!kindMatches(type.kind, element.kind())) {
            return u"%1 holds %2; %3 is not one"_s.arg(where, kindName(column), element.describe());
        }
        if (type.kind == db::ScalarKind::Enum && !column.enumNameByLabel.contains(element.toEnum().label)) {
            return u"%1: \"%2\" is not a value of the enum %3 (%4)"_s.arg(
                where, element.toEnum().label, column.enumName, column.enumNameByLabel.values().join(u", "_s));
        }
        return std::nullopt;
    };
    if (type.isList) {
        if (value.kind() != db::ScalarKind::List)
            return std::unexpected(u"%1 is a list; %2 is not one"_s.arg(where, value.describe()));
        QList<db::Value> elements;
        for (const db::Value &element : value.toList()) {
            if (element.isNull())
                return std::unexpected(u"%1: a list element cannot be NULL"_s.arg(where));
            if (auto problem = checkElement(element))
                return std::unexpected(*problem);
            elements.append(type.kind == db::ScalarKind::BigInt && element.kind() == db::ScalarKind::Int
                                ? db::Value::fromBigInt(element.toBigInt())
                                : element);
        }
        staged = db::Value::fromList(elements);
    } else {
        if (auto problem = checkElement(value))
            return std::unexpected(*problem);
        if (type.kind == db::ScalarKind::BigInt && value.kind() == db::ScalarKind::Int)
            staged = db::Value::fromBigInt(value.toBigInt());
    }
    if (auto fits = db::checkValueFits(staged, type); !fits)
        return std::unexpected(u"%1: %2"_s.arg(where, fits.error().message));
    return staged;
}

} // namespace facet::edit
