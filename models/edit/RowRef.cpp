// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/RowRef.h"

#include "value/PrismaJson.h"

using namespace Qt::StringLiterals;

namespace facet::edit {

RowId rowIdOf(const QString &model, const db::RowKey &key)
{
    QString id = model;
    for (const db::ColumnValue &part : key)
        id += u'\x1f' + part.column + u'=' + QString::fromUtf8(db::toPrismaJson(part.value));
    return id;
}

RowId rowIdOfInsert(const QString &model, int insertId)
{
    return model + u"\x1f+"_s + QString::number(insertId);
}

QString describeKey(const db::RowKey &key)
{
    QStringList parts;
    for (const db::ColumnValue &part : key)
        parts.append(part.column + u'=' + QString::fromUtf8(db::toPrismaJson(part.value)));
    return parts.join(u", "_s);
}

} // namespace facet::edit
