// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "PrismaJson.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace facet::db {

QByteArray jsonQuote(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
            if (c < 0x20)
                out.append("\\u00").append(QByteArray::number(c, 16).rightJustified(2, '0'));
            else
                out.append(ch);
        }
    }
    out.append('"');
    return out;
}

QByteArray toPrismaJson(const Value &value)
{
    switch (value.kind()) {
    case ScalarKind::Null:
        return "null";
    case ScalarKind::Int:
        return QByteArray::number(value.toInt());
    case ScalarKind::BigInt:
        return jsonQuote(QString::number(value.toBigInt()));
    case ScalarKind::Float: {
        const double d = value.toFloat();
        if (std::isnan(d))
            return "\"NaN\"";
        if (std::isinf(d))
            return d > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case ScalarKind::Decimal:
        return jsonQuote(value.toDecimal().toCanonicalString());
    case ScalarKind::Boolean:
        return value.toBool() ? "true" : "false";
    case ScalarKind::String:
        return jsonQuote(value.toString());
    case ScalarKind::DateTime:
        return jsonQuote(value.toDateTime().toUtcIso8601());
    case ScalarKind::Json:
        return value.toJson().text().trimmed().toUtf8();
    case ScalarKind::Bytes:
        return '"' + value.toBytes().toBase64() + '"';
    case ScalarKind::Enum:
        return jsonQuote(value.toEnum().label);
    case ScalarKind::List: {
        QByteArray out = "[";
        const QList<Value> &list = value.toList();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                out.append(',');
            out.append(toPrismaJson(list[i]));
        }
        return out.append(']');
    }
    }
    return "null";
}

QByteArray rowToPrismaJson(const QStringList &names, const QList<Value> &values)
{
    Q_ASSERT(names.size() == values.size());
    QByteArray out = "{";
    for (qsizetype i = 0; i < names.size() && i < values.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(jsonQuote(names[i])).append(':').append(toPrismaJson(values[i]));
    }
    return out.append('}');
}

} // namespace facet::db
