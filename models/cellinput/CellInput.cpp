// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "cellinput/CellInput.h"

#include "cellinput/BytesText.h"
#include "cellinput/JsonSyntax.h"
#include "cellinput/ScalarInput.h"

#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace facet::cellinput {

namespace detail {

InputError inputError(const CellColumn &column, const QString &what, qsizetype position)
{
    return InputError{u"%1: %2"_s.arg(column.label(), what), position};
}

} // namespace detail

namespace {

using detail::inputError;

qsizetype codePoints(QStringView s)
{
    qsizetype n = s.size();
    for (const QChar c : s)
        if (c.isLowSurrogate())
            --n;
    return n;
}

InputResult<db::Value> parseString(const QString &text, const CellColumn &column)
{
    const db::ColumnType &t = column.type;
    if (t.isUuid) {
        const QString uuid = text.trimmed();
        if (QUuid::fromString(uuid).isNull() && uuid != u"00000000-0000-0000-0000-000000000000"_s)
            return std::unexpected(inputError(column, u"'%1' is not a UUID (8-4-4-4-12 hex digits)"_s.arg(uuid)));
        return db::Value::fromString(uuid);
    }
    if (t.maxLength >= 0 && codePoints(text) > t.maxLength)
        return std::unexpected(inputError(column, u"%1 characters, the column holds at most %2"_s.arg(
                                                      codePoints(text)).arg(t.maxLength), t.maxLength));
    return db::Value::fromString(text);
}

InputResult<db::Value> parseBoolean(QStringView text, const CellColumn &column)
{
    if (text.compare(u"true", Qt::CaseInsensitive) == 0 || text == u"1")
        return db::Value::fromBool(true);
    if (text.compare(u"false", Qt::CaseInsensitive) == 0 || text == u"0")
        return db::Value::fromBool(false);
    return std::unexpected(inputError(column, u"'%1' is neither true nor false"_s.arg(text)));
}

InputResult<db::Value> parseJson(const QString &text, const CellColumn &column)
{
    if (const auto error = findJsonSyntaxError(text))
        return std::unexpected(inputError(column, u"%1 at line %2, column %3"_s.arg(error->reason).arg(error->line).arg(
                                                      error->column), error->offset));
    const std::optional<db::Json> json = db::Json::parse(text);
    if (!json)
        return std::unexpected(inputError(column, u"the document is not valid JSON"_s));
    return db::Value::fromJson(*json);
}

InputResult<db::Value> parseBytes(QStringView text, const CellColumn &column, BytesFormat format)
{
    InputResult<QByteArray> bytes = bytesFromText(text, format);
    if (!bytes) {
        // bytesFromText names the format; add the column's own bounds in the prefix.
        InputError e = bytes.error();
        const QString label = column.label();
        if (label != u"Bytes"_s && label.endsWith(u')'))
            e.message = label.chopped(1) + u", "_s + e.message.mid(e.message.indexOf(u'(') + 1);
        return std::unexpected(e);
    }
    if (column.type.maxLength >= 0 && bytes->size() > column.type.maxLength)
        return std::unexpected(inputError(column, u"%1 bytes, the column holds at most %2"_s.arg(bytes->size()).arg(
                                                      column.type.maxLength)));
    return db::Value::fromBytes(std::move(*bytes));
}

InputResult<db::Value> parseEnum(QStringView text, const CellColumn &column)
{
    const QString enumName = column.type.enumName;
    if (const EnumChoice *choice = column.enumChoice(text))
        return db::Value::fromEnum(enumName, choice->label);
    if (column.enumChoices.isEmpty() && column.type.enumLabels.isEmpty())
        return db::Value::fromEnum(enumName, text.toString()); // nothing known to check against: the database will
    QStringList known;
    for (const EnumChoice &c : column.enumChoices)
        known.append(c.name);
    if (known.isEmpty())
        known = column.type.enumLabels;
    if (column.type.enumLabels.contains(text))
        return db::Value::fromEnum(enumName, text.toString());
    return std::unexpected(inputError(column, u"'%1' is not one of %2"_s.arg(text, known.join(u", "_s))));
}

QString emptyMessage(const CellColumn &column)
{
    if (column.type.kind == db::ScalarKind::Json)
        return column.nullable ? u"empty; type null for JSON null, or use Set NULL for database NULL"_s
                               : u"empty; type a JSON value (null for JSON null)"_s;
    return column.nullable ? u"empty; type a value, or use Set NULL for no value"_s : u"a value is required"_s;
}

QString floatText(double v)
{
    if (std::isnan(v))
        return u"NaN"_s;
    if (std::isinf(v))
        return v > 0 ? u"Infinity"_s : u"-Infinity"_s;
    if (v == 0 && std::signbit(v))
        return u"-0"_s; // QString::number drops the sign, and -0.0 is a value of its own
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString escapeListString(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else
            out += c;
    }
    return out;
}

QString unescapeListString(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\\' && i + 1 < s.size() && (s[i + 1] == u'n' || s[i + 1] == u'\\')) {
            out += s[i + 1] == u'n' ? u'\n' : u'\\';
            ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

} // namespace

InputResult<db::Value> parseCellText(const QString &text, const CellColumn &column, const InputOptions &options)
{
    if (column.type.isList)
        return parseCellList(splitListLines(text, column), column, options);
    const db::ColumnType &t = column.type;
    if (t.kind == db::ScalarKind::String)
        return parseString(text, column);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() && !(t.kind == db::ScalarKind::Bytes))
        return std::unexpected(inputError(column, emptyMessage(column)));
    switch (t.kind) {
    case db::ScalarKind::Int:
    case db::ScalarKind::BigInt:
        return detail::parseInteger(trimmed, column);
    case db::ScalarKind::Float:
        return detail::parseFloat(trimmed, column);
    case db::ScalarKind::Decimal:
        return detail::parseDecimal(trimmed, column);
    case db::ScalarKind::Boolean:
        return parseBoolean(trimmed, column);
    case db::ScalarKind::DateTime:
        return detail::parseDateTime(trimmed, column, options);
    case db::ScalarKind::Json:
        return parseJson(text, column);
    case db::ScalarKind::Bytes:
        return parseBytes(text, column, options.bytesFormat);
    case db::ScalarKind::Enum:
        return parseEnum(trimmed, column);
    default:
        return std::unexpected(inputError(column, u"this kind of column cannot be edited as text"_s));
    }
}

InputResult<db::Value> parseCellList(const QStringList &elements, const CellColumn &column,
                                     const InputOptions &options)
{
    const CellColumn element = column.element();
    QList<db::Value> values;
    values.reserve(elements.size());
    for (qsizetype i = 0; i < elements.size(); ++i) {
        InputResult<db::Value> v = parseCellText(elements[i], element, options);
        if (!v)
            return std::unexpected(InputError{u"%1: element %2: %3"_s.arg(column.label()).arg(i + 1).arg(
                                                  v.error().message),
                                              i});
        values.append(std::move(*v));
    }
    return db::Value::fromList(std::move(values));
}

QString editableText(const db::Value &value, const CellColumn &column, const InputOptions &options)
{
    switch (value.kind()) {
    case db::ScalarKind::Null:
        return {};
    case db::ScalarKind::Int:
    case db::ScalarKind::BigInt:
        return QString::number(value.toBigInt());
    case db::ScalarKind::Float:
        return floatText(value.toFloat());
    case db::ScalarKind::Decimal:
        return value.toDecimal().toString();
    case db::ScalarKind::Boolean:
        return value.toBool() ? u"true"_s : u"false"_s;
    case db::ScalarKind::String:
        if (column.type.kind == db::ScalarKind::Enum) {
            const EnumChoice *choice = column.enumChoice(value.toString());
            return choice ? choice->name : value.toString();
        }
        return value.toString();
    case db::ScalarKind::DateTime:
        return detail::dateTimeText(value.toDateTime(), column);
    case db::ScalarKind::Json:
        return value.toJson().text();
    case db::ScalarKind::Bytes:
        return bytesToText(value.toBytes(), options.bytesFormat);
    case db::ScalarKind::Enum: {
        // The grid may hold the database label or (after mapping::presentedValue) the Prisma name.
        const EnumChoice *choice = column.enumChoice(value.toEnum().label);
        return choice ? choice->name : value.toEnum().label;
    }
    case db::ScalarKind::List:
        return joinListLines(listElementTexts(value, column, options), column);
    }
    return {};
}

QStringList listElementTexts(const db::Value &value, const CellColumn &column, const InputOptions &options)
{
    QStringList texts;
    if (value.kind() != db::ScalarKind::List)
        return texts;
    const CellColumn element = column.element();
    for (const db::Value &v : value.toList())
        texts.append(editableText(v, element, options));
    return texts;
}

QString joinListLines(const QStringList &elements, const CellColumn &column)
{
    if (column.type.kind != db::ScalarKind::String)
        return elements.join(u'\n');
    QStringList escaped;
    for (const QString &e : elements)
        escaped.append(escapeListString(e));
    return escaped.join(u'\n');
}

QStringList splitListLines(const QString &text, const CellColumn &column)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        if (line.endsWith(u'\r'))
            line.chop(1);
    // A final line break (editors add one) ends the last element rather than starting an empty one.
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    if (column.type.kind == db::ScalarKind::String)
        for (QString &line : lines)
            line = unescapeListString(line);
    return lines;
}

} // namespace facet::cellinput
