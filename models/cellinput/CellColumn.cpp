// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "cellinput/CellColumn.h"

#include "ResolvedSchema.h"
#include "mapping/ModelTable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::cellinput {

namespace {

// The database's type name is added only where it says more than the Prisma kind: a narrower integer, a
// bounded string, a uuid, a date-only or zoned timestamp.
QString scalarLabel(const db::ColumnType &type)
{
    const QString kind = db::scalarKindName(type.kind);
    const QString native = type.nativeName.endsWith(u"[]"_s) ? type.nativeName.chopped(2) : type.nativeName;
    const QString withNative = native.isEmpty() ? kind : u"%1 (%2)"_s.arg(kind, native);
    switch (type.kind) {
    case db::ScalarKind::Int:
    case db::ScalarKind::BigInt: {
        const int defaultBits = type.kind == db::ScalarKind::Int ? 32 : 64;
        const bool narrower = type.integerBits > 0 && type.integerBits != defaultBits;
        return narrower || type.isUnsigned ? withNative : kind;
    }
    case db::ScalarKind::Decimal:
        if (type.precision >= 0)
            return u"Decimal(%1,%2)"_s.arg(type.precision).arg(std::max(0, type.scale));
        return kind;
    case db::ScalarKind::String:
        return type.maxLength >= 0 || type.isUuid ? withNative : kind;
    case db::ScalarKind::Bytes:
        return type.maxLength >= 0 ? withNative : kind;
    case db::ScalarKind::DateTime:
        if (type.temporal != db::ColumnType::Temporal::DateTime || type.hasTimeZone)
            return withNative;
        return type.fractionDigits < 6 ? u"DateTime(%1)"_s.arg(type.fractionDigits) : kind;
    case db::ScalarKind::Enum:
        return type.enumName.isEmpty() ? kind : type.enumName;
    default:
        return kind;
    }
}

} // namespace

QString CellColumn::label() const
{
    return type.isList ? scalarLabel(type) + u"[]"_s : scalarLabel(type);
}

CellColumn CellColumn::element() const
{
    CellColumn e = *this;
    e.type = type.isList ? type.elementType() : type;
    return e;
}

const EnumChoice *CellColumn::enumChoice(QStringView text) const
{
    for (const EnumChoice &c : enumChoices)
        if (c.name == text)
            return &c;
    for (const EnumChoice &c : enumChoices)
        if (c.label == text)
            return &c;
    return nullptr;
}

QList<EnumChoice> enumChoices(const schema::ResolvedEnum &enumeration)
{
    QList<EnumChoice> choices;
    for (const schema::ResolvedEnumValue &v : enumeration.values)
        choices.append({v.name, v.databaseLabel});
    return choices;
}

CellColumn cellColumn(const mapping::ModelColumn &column, QList<EnumChoice> orderedChoices)
{
    CellColumn c;
    c.field = column.field;
    c.type = column.spec.type;
    c.nullable = column.spec.nullable;
    if (!orderedChoices.isEmpty()) {
        c.enumChoices = std::move(orderedChoices);
    } else {
        for (auto it = column.enumLabelByName.cbegin(); it != column.enumLabelByName.cend(); ++it)
            c.enumChoices.append({it.key(), it.value()});
        std::ranges::sort(c.enumChoices, {}, &EnumChoice::name);
    }
    // Messages and pickers say the Prisma enum's name; the codecs keep the database's.
    if (!column.enumName.isEmpty() && c.type.kind == db::ScalarKind::Enum && c.type.enumName.isEmpty())
        c.type.enumName = column.enumName;
    return c;
}

} // namespace facet::cellinput
