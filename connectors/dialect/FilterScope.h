// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "dialect/Filter.h"
#include "dialect/TableSpec.h"

#include <QString>

namespace facet::db {

class SqlBuilder;

/// Where a (sub)filter's columns live while it is written: the statement's own table (no alias: columns
/// are written unqualified, as every builder always has) or a related table inside a relation subquery
/// (aliased `r1`, `r2`… by depth, so a self-relation's inner and outer columns never collide).
struct FilterScope {
    const TableSpec *table = nullptr;
    QString alias; ///< empty: the statement's own table
    int depth = 0; ///< 0 for the statement's table, n inside n relation subqueries
};

/// A column of the scope's table: `"name"` at the top, `"r1"."name"` inside a subquery.
void writeScopedColumn(SqlBuilder &builder, const FilterScope &scope, QStringView column);
/// A column of the scope's table as an enclosing subquery must name it: always qualified (by the table
/// itself, schema-qualified, at the top), since the subquery's own table may have a column of that name.
void writeOuterColumn(SqlBuilder &builder, const FilterScope &scope, QStringView column);

/// writeFilter within a scope (Filter.cpp).
void writeFilterIn(SqlBuilder &builder, const Filter &filter, const FilterScope &scope);
/// One relation condition as EXISTS / NOT EXISTS (RelationFilterSql.cpp).
void writeRelationFilter(SqlBuilder &builder, const Filter &filter, const FilterScope &scope);

} // namespace facet::db
