// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Tables and printers shared by the dialect unit tests: a `posts` table shaped like the demo's, with a
// nullable column to page across NULLs, and a compact rendering of bound parameters for golden lists.
#pragma once

#include "core/Connection.h"
#include "dialect/Dialect.h"
#include "dialect/TableSpec.h"

#include <QStringList>

namespace facet::db::testing {

using namespace Qt::StringLiterals;

inline ColumnType type(ScalarKind kind, const QString &nativeName)
{
    ColumnType t;
    t.kind = kind;
    t.nativeName = nativeName;
    return t;
}

inline ColumnSpec column(const QString &name, ScalarKind kind, const QString &nativeName, bool nullable = false)
{
    ColumnSpec c;
    c.name = name;
    c.type = type(kind, nativeName);
    c.nullable = nullable;
    return c;
}

/// posts(id PK, title, body?, status enum, rank Int?, version, updated_at, metadata Json?, "we""ird" text?)
inline TableSpec posts(const QString &schema = {})
{
    TableSpec t;
    t.schema = schema;
    t.name = u"posts"_s;
    t.model = u"Post"_s;
    ColumnSpec id = column(u"id"_s, ScalarKind::Int, u"integer"_s);
    id.autoIncrement = true;
    ColumnSpec status = column(u"status"_s, ScalarKind::Enum, u"PostStatus"_s);
    status.type.enumName = u"PostStatus"_s;
    ColumnSpec title = column(u"title"_s, ScalarKind::String, u"varchar(191)"_s);
    title.type.maxLength = 191;
    t.columns = {id,
                 title,
                 column(u"body"_s, ScalarKind::String, u"text"_s, true),
                 status,
                 column(u"rank"_s, ScalarKind::Int, u"integer"_s, true),
                 column(u"version"_s, ScalarKind::Int, u"integer"_s),
                 column(u"updated_at"_s, ScalarKind::DateTime, u"timestamp(3)"_s),
                 column(u"metadata"_s, ScalarKind::Json, u"jsonb"_s, true),
                 column(u"we\"ird`name"_s, ScalarKind::String, u"text"_s, true)};
    t.primaryKey = {u"id"_s};
    return t;
}

/// `_PostToTag`-like table with a compound key (A, B) and a nullable note.
inline TableSpec postTags()
{
    TableSpec t;
    t.name = u"post_tags"_s;
    t.columns = {column(u"A"_s, ScalarKind::Int, u"integer"_s), column(u"B"_s, ScalarKind::Int, u"integer"_s),
                 column(u"note"_s, ScalarKind::String, u"text"_s, true)};
    t.primaryKey = {u"A"_s, u"B"_s};
    return t;
}

/// One short, exact line per bound value: `Int 5`, `String 'a''b'`, `NULL`, `Enum PostStatus.DRAFT`.
inline QString render(const Value &v)
{
    switch (v.kind()) {
    case ScalarKind::Null:
        return u"NULL"_s;
    case ScalarKind::Int:
        return u"Int "_s + QString::number(v.toInt());
    case ScalarKind::BigInt:
        return u"BigInt "_s + QString::number(v.toBigInt());
    case ScalarKind::String:
        return u"String '"_s + QString(v.toString()).replace(u"'"_s, u"''"_s) + u"'"_s;
    case ScalarKind::Enum:
        return u"Enum "_s + v.toEnum().enumName + u'.' + v.toEnum().label;
    case ScalarKind::DateTime:
        return u"DateTime "_s + v.toDateTime().toIso8601();
    case ScalarKind::Json:
        return u"Json "_s + v.toJson().text();
    case ScalarKind::Boolean:
        return v.toBool() ? u"Boolean true"_s : u"Boolean false"_s;
    default:
        return v.describe();
    }
}

inline QStringList render(const Statement &s)
{
    QStringList out;
    for (const Value &v : s.params)
        out.append(render(v));
    return out;
}

inline const Dialect &pg()
{
    static const Dialect d(Provider::PostgreSQL);
    return d;
}
inline const Dialect &mysql()
{
    static const Dialect d = Dialect::forServer(Provider::MySQL, u"8.4.3"_s);
    return d;
}
inline const Dialect &mariadb()
{
    static const Dialect d = Dialect::forServer(Provider::MySQL, u"11.8.2-MariaDB-1 from Debian"_s);
    return d;
}
inline const Dialect &sqlite()
{
    static const Dialect d = Dialect::forServer(Provider::SQLite, u"3.46.1"_s);
    return d;
}

} // namespace facet::db::testing
