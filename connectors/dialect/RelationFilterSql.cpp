// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Relation conditions as correlated subqueries: EXISTS for some/is, NOT EXISTS for none, NOT EXISTS (… AND NOT
// condition) for every, NOT EXISTS (… AND (condition) IS NOT FALSE) for isNot. Prisma 7 writes every and none
// as such subqueries and is/isNot as a LEFT JOIN; the rows are the same (checked against Prisma Client in
// tests/integration/tst_relation_filters.cpp's oracle run). Every table inside the
// subquery is aliased by depth (r1, j1, r2, …) and every column in it is qualified, so a self-relation (the
// same table inside and out) and a nested relation filter read the right rows.
#include "dialect/FilterScope.h"
#include "dialect/SqlBuilder.h"

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

// The statement's own table is named unaliased by the outermost correlation, so no alias may spell it.
QString aliasFor(const SqlBuilder &b, QStringView prefix, int depth)
{
    QString alias = prefix + QString::number(depth);
    while (alias.compare(b.table().name, Qt::CaseInsensitive) == 0)
        alias += u'_';
    return alias;
}

bool hasColumns(SqlBuilder &b, const TableSpec &table, const QList<JoinColumns> &pairs, bool outerSide)
{
    if (pairs.isEmpty()) {
        b.fail(invalidQuery(u"the relation to \"%1\" has no join columns"_s.arg(table.name)));
        return false;
    }
    for (const JoinColumns &pair : pairs) {
        const QString &name = outerSide ? pair.outer : pair.inner;
        if (!table.column(name)) {
            b.fail(invalidQuery(u"the table \"%1\" has no column \"%2\" (relation join)"_s.arg(table.name, name)));
            return false;
        }
    }
    return true;
}

void writeAliased(SqlBuilder &b, QStringView schema, QStringView table, const QString &alias)
{
    b.tableName(schema, table);
    b.sql(u" AS ");
    b.identifier(alias);
}

// `inner.c1 = outer.c1 AND …`: the inner side always by its alias, the outer side by writeOuterColumn.
void writeCorrelation(SqlBuilder &b, const QString &innerAlias, const QList<JoinColumns> &pairs, const FilterScope &outer)
{
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        if (i > 0)
            b.sql(u" AND ");
        b.identifier(innerAlias);
        b.sql(u".");
        b.identifier(pairs.at(i).inner);
        b.sql(u" = ");
        writeOuterColumn(b, outer, pairs.at(i).outer);
    }
}

// `link.c = related.c AND …` for the far side of a link table.
void writeLinkColumns(SqlBuilder &b, const QString &linkAlias, const QString &relatedAlias, const QList<JoinColumns> &pairs)
{
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        if (i > 0)
            b.sql(u" AND ");
        b.identifier(relatedAlias);
        b.sql(u".");
        b.identifier(pairs.at(i).inner);
        b.sql(u" = ");
        b.identifier(linkAlias);
        b.sql(u".");
        b.identifier(pairs.at(i).outer);
    }
}

} // namespace

void writeRelationFilter(SqlBuilder &b, const Filter &filter, const FilterScope &outer)
{
    const RelationJoin *join = filter.join().get();
    if (!join) {
        b.fail(invalidQuery(u"a relation condition without its related table"_s));
        return;
    }
    const int depth = outer.depth + 1;
    const FilterScope inner{&join->related, aliasFor(b, u"r", depth), depth};
    const RelationOp op = filter.relationOp();
    const bool exists = op == RelationOp::Some || op == RelationOp::Is;

    b.sql(exists ? u"EXISTS (SELECT 1 FROM "_s : u"NOT EXISTS (SELECT 1 FROM "_s);
    if (join->through) {
        const RelationJoin::Link &link = *join->through;
        if (!hasColumns(b, *outer.table, link.near, true) || !hasColumns(b, join->related, link.far, false))
            return;
        const QString linkAlias = aliasFor(b, u"j", depth);
        writeAliased(b, link.schema, link.table, linkAlias);
        b.sql(u" INNER JOIN ");
        writeAliased(b, join->related.schema, join->related.name, inner.alias);
        b.sql(u" ON ");
        writeLinkColumns(b, linkAlias, inner.alias, link.far);
        b.sql(u" WHERE ");
        writeCorrelation(b, linkAlias, link.near, outer);
    } else {
        if (!hasColumns(b, *outer.table, join->columns, true) || !hasColumns(b, join->related, join->columns, false))
            return;
        writeAliased(b, join->related.schema, join->related.name, inner.alias);
        b.sql(u" WHERE ");
        writeCorrelation(b, inner.alias, join->columns, outer);
    }

    const Filter &nested = filter.children().value(0);
    if (op == RelationOp::Every) {
        // A related row that fails the condition; none of them means every one matches (or there is none).
        b.sql(u" AND NOT (");
        writeFilterIn(b, nested, inner);
        b.sql(u")");
    } else if (op == RelationOp::IsNot && !nested.isEmpty()) {
        // Prisma: no related record, or one whose condition is false; a NULL condition (a comparison with a
        // NULL column) is not false, so that record is excluded, as Prisma's LEFT JOIN … NOT (…) excludes it.
        b.sql(u" AND (");
        writeFilterIn(b, nested, inner);
        b.sql(u") IS NOT FALSE");
    } else if (!nested.isEmpty()) {
        b.sql(u" AND (");
        writeFilterIn(b, nested, inner);
        b.sql(u")");
    }
    b.sql(u")");
}

} // namespace facet::db
