// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "QtSqlErrorFields.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

QStringList backtickList(const QString &text)
{
    QStringList out;
    static const QRegularExpression name(u"`((?:[^`]|``)*)`"_s);
    for (auto it = name.globalMatch(text); it.hasNext();)
        out << it.next().captured(1).replace(u"``"_s, u"`"_s);
    return out;
}

} // namespace

void completeMySqlError(DbError &error)
{
    const QString &m = error.message;
    switch (error.nativeCode) {
    case 1062:
    case 1586: {
        static const QRegularExpression key(u"for key '([^']*)'"_s);
        if (const auto match = key.match(m); match.hasMatch()) {
            QString name = match.captured(1);
            // MySQL 8 qualifies the key with its table; MariaDB does not.
            if (const qsizetype dot = name.lastIndexOf(u'.'); dot >= 0 && name != u"PRIMARY"_s) {
                error.table = name.left(dot);
                name = name.mid(dot + 1);
            }
            error.constraint = name;
        }
        break;
    }
    case 1451:
    case 1452: {
        static const QRegularExpression fk(u"CONSTRAINT `((?:[^`]|``)*)` FOREIGN KEY \\(([^)]*)\\)"_s);
        if (const auto match = fk.match(m); match.hasMatch()) {
            error.constraint = match.captured(1).replace(u"``"_s, u"`"_s);
            error.fields = backtickList(match.captured(2));
        }
        break;
    }
    case 1048:
    case 1364:
    case 1406:
    case 1054:
    case 1264: {
        static const QRegularExpression column(u"[Cc]olumn '([^']*)'"_s);
        if (const auto match = column.match(m); match.hasMatch()) {
            error.column = match.captured(1);
            error.fields = QStringList{error.column};
        }
        break;
    }
    default:
        break;
    }
}

void completeSqliteError(DbError &error)
{
    static const QRegularExpression constraint(u"(UNIQUE|NOT NULL|PRIMARY KEY) constraint failed: (.*)$"_s);
    const auto match = constraint.match(error.message.trimmed());
    if (!match.hasMatch())
        return;
    const QStringList columns = match.captured(2).split(u", "_s, Qt::SkipEmptyParts);
    for (const QString &qualified : columns) {
        const qsizetype dot = qualified.indexOf(u'.');
        if (dot > 0 && error.table.isEmpty())
            error.table = qualified.left(dot);
        error.fields << (dot > 0 ? qualified.mid(dot + 1) : qualified);
    }
    if (match.captured(1) == u"NOT NULL"_s && error.fields.size() == 1)
        error.column = error.fields.constFirst();
}

} // namespace facet::db
