// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "introspect/CatalogText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace facet::db::catalog {

QString text(const Value &cell)
{
    switch (cell.kind()) {
    case ScalarKind::Null:
        return {};
    case ScalarKind::String:
        return cell.toString();
    case ScalarKind::Enum:
        return cell.toEnum().label;
    case ScalarKind::Int:
    case ScalarKind::BigInt:
        return QString::number(cell.toBigInt());
    case ScalarKind::Boolean:
        return cell.toBool() ? u"true"_s : u"false"_s;
    case ScalarKind::Decimal:
        return cell.toDecimal().toString();
    case ScalarKind::Float:
        return QString::number(cell.toFloat(), 'g', 17);
    case ScalarKind::Bytes:
        return QString::fromUtf8(cell.toBytes());
    case ScalarKind::Json:
        return cell.toJson().text();
    case ScalarKind::DateTime:
        return cell.toDateTime().toIso8601();
    case ScalarKind::List:
        return {};
    }
    return {};
}

std::optional<QString> optionalText(const Value &cell)
{
    if (cell.isNull())
        return std::nullopt;
    return text(cell);
}

qint64 integer(const Value &cell, qint64 ifNull)
{
    switch (cell.kind()) {
    case ScalarKind::Int:
    case ScalarKind::BigInt:
        return cell.toBigInt();
    case ScalarKind::Boolean:
        return cell.toBool() ? 1 : 0;
    case ScalarKind::Float:
        return qint64(cell.toFloat());
    case ScalarKind::Null:
        return ifNull;
    default: {
        bool ok = false;
        const qint64 v = text(cell).trimmed().toLongLong(&ok);
        return ok ? v : ifNull;
    }
    }
}

bool boolean(const Value &cell)
{
    switch (cell.kind()) {
    case ScalarKind::Boolean:
        return cell.toBool();
    case ScalarKind::Int:
    case ScalarKind::BigInt:
        return cell.toBigInt() != 0;
    case ScalarKind::Null:
        return false;
    default: {
        const QString t = text(cell).trimmed().toLower();
        return t == u"yes"_s || t == u"t"_s || t == u"true"_s || t == u"1"_s || t == u"y"_s;
    }
    }
}

QString lowerOutsideQuotes(QStringView text)
{
    QString out;
    out.reserve(text.size());
    QChar quote;
    for (const QChar c : text) {
        if (quote.isNull()) {
            if (c == u'\'' || c == u'"')
                quote = c;
            out += c.toLower();
        } else {
            // A doubled quote closes and reopens at once, which this toggling handles.
            if (c == quote)
                quote = QChar();
            out += c;
        }
    }
    return out;
}

QString baseTypeName(QStringView nativeType)
{
    QString t = nativeType.trimmed().toString();
    if (t.endsWith(u"[]"_s))
        t.chop(2);
    if (const qsizetype paren = t.indexOf(u'('); paren >= 0)
        t.truncate(paren);
    t = t.trimmed();
    for (const QString &suffix : {u" unsigned"_s, u" zerofill"_s, u" signed"_s}) {
        if (t.endsWith(suffix, Qt::CaseInsensitive))
            t.chop(suffix.size());
    }
    return t.trimmed();
}

QString normalizePgType(QStringView formatted)
{
    QString t = lowerOutsideQuotes(formatted.trimmed());
    QString array;
    while (t.endsWith(u"[]"_s)) {
        t.chop(2);
        array += u"[]"_s;
    }
    static const QRegularExpression temporal(u"^(timestamp|time)(\\(\\d+\\))? with(out)? time zone$"_s);
    if (const auto m = temporal.match(t); m.hasMatch()) {
        const bool withZone = m.captured(3).isEmpty();
        t = m.captured(1) + (withZone ? u"tz"_s : QString()) + m.captured(2);
    } else if (t.startsWith(u"character varying"_s)) {
        t = u"varchar"_s + t.mid(17);
    } else if (t.startsWith(u"bit varying"_s)) {
        t = u"varbit"_s + t.mid(11);
    } else if (t == u"bpchar"_s || t.startsWith(u"character"_s)) {
        t = u"char"_s + (t == u"bpchar"_s ? QString() : t.mid(9));
    } else if (t.startsWith(u"numeric"_s)) {
        t = u"decimal"_s + t.mid(7);
    }
    return t + array;
}

TypeLimits pgTypeLimits(QStringView typname, int typmod)
{
    constexpr int VarHeader = 4; // VARHDRSZ, included in the typmods of (var)char and numeric
    TypeLimits limits;
    if (typname == u"varchar" || typname == u"bpchar") {
        if (typmod > VarHeader)
            limits.maxLength = typmod - VarHeader;
    } else if (typname == u"bit" || typname == u"varbit") {
        if (typmod > 0)
            limits.maxLength = typmod;
    } else if (typname == u"numeric") {
        if (typmod >= VarHeader) {
            limits.precision = ((typmod - VarHeader) >> 16) & 0xffff;
            limits.scale = (typmod - VarHeader) & 0xffff;
        }
    } else if (typname == u"timestamp" || typname == u"timestamptz" || typname == u"time" || typname == u"timetz") {
        if (typmod >= 0)
            limits.precision = typmod;
    }
    return limits;
}

ReferentialAction pgAction(QStringView code)
{
    if (code == u"r")
        return ReferentialAction::Restrict;
    if (code == u"c")
        return ReferentialAction::Cascade;
    if (code == u"n")
        return ReferentialAction::SetNull;
    if (code == u"d")
        return ReferentialAction::SetDefault;
    return ReferentialAction::NoAction; // 'a'
}

QString normalizeMySqlType(QStringView columnType)
{
    QString t = lowerOutsideQuotes(columnType.trimmed());
    static const QRegularExpression width(u"^(tinyint|smallint|mediumint|int|integer|bigint)\\((\\d+)\\)"_s);
    if (const auto m = width.match(t); m.hasMatch() && !(m.captured(1) == u"tinyint"_s && m.captured(2) == u"1"_s))
        t = m.captured(1) + t.mid(m.capturedEnd(0));
    return t;
}

QStringList mySqlEnumLabels(QStringView columnType)
{
    const QString t = columnType.trimmed().toString();
    if (!t.startsWith(u"enum("_s, Qt::CaseInsensitive) || !t.endsWith(u')'))
        return {};
    QStringList labels;
    const QStringView body = QStringView(t).mid(5, t.size() - 6);
    QString current;
    bool inside = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (!inside) {
            if (c == u'\'') {
                inside = true;
                current.clear();
            }
            continue;
        }
        if (c == u'\'') {
            if (i + 1 < body.size() && body.at(i + 1) == u'\'') {
                current += u'\'';
                ++i;
            } else {
                inside = false;
                labels.append(current);
            }
        } else {
            current += c;
        }
    }
    return labels;
}

std::optional<ReferentialAction> actionFromRule(QStringView rule)
{
    const QString r = rule.trimmed().toString().toUpper();
    if (r == u"CASCADE"_s)
        return ReferentialAction::Cascade;
    if (r == u"RESTRICT"_s)
        return ReferentialAction::Restrict;
    if (r == u"SET NULL"_s)
        return ReferentialAction::SetNull;
    if (r == u"SET DEFAULT"_s)
        return ReferentialAction::SetDefault;
    if (r == u"NO ACTION"_s || r.isEmpty())
        return ReferentialAction::NoAction;
    return std::nullopt;
}

QString unquoteSqliteIdentifier(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() >= 2) {
        const QChar open = t.front();
        const QChar close = t.back();
        if ((open == u'"' && close == u'"') || (open == u'`' && close == u'`') || (open == u'\'' && close == u'\'')) {
            QString inner = t.mid(1, t.size() - 2).toString();
            return inner.replace(QString(2, open), QString(open));
        }
        if (open == u'[' && close == u']')
            return t.mid(1, t.size() - 2).toString();
    }
    return t.toString();
}

QString columnsKey(const QStringList &columns)
{
    return columns.join(QChar(0x1f));
}

QHash<QString, QString> sqliteForeignKeyNames(QStringView createTableSql)
{
    // A name is a quoted identifier ("" doubled), a backquoted one, a bracketed one, or a bare word.
    static const QRegularExpression constraint(
        uR"(CONSTRAINT\s+("(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|\w+)\s+FOREIGN\s+KEY\s*\(([^)]*)\))"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression identifier(uR"("(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|[^\s,]+)"_s);
    QHash<QString, QString> names;
    auto it = constraint.globalMatchView(createTableSql);
    while (it.hasNext()) {
        const auto m = it.next();
        QStringList columns;
        auto cols = identifier.globalMatchView(m.capturedView(2));
        while (cols.hasNext())
            columns.append(unquoteSqliteIdentifier(cols.next().capturedView(0)));
        names.insert(columnsKey(columns), unquoteSqliteIdentifier(m.capturedView(1)));
    }
    return names;
}

} // namespace facet::db::catalog
