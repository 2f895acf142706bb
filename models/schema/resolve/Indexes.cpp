// SPDX-License-Identifier: MIT
// Field lists of @@id, @@unique, @@index and @@fulltext (prisma-engines psl/parser-database/src/attributes.rs,
// resolve_field_array_with_args): `[a, b(sort: Desc, length: 10, ops: raw("…"))]` or a single `a`.
#include "Attributes.h"

#include "DiagnosticCatalog.h"

using namespace Qt::StringLiterals;

namespace facet::schema::resolve {

namespace {

IndexField readOne(const Expression &e, const ResolvedModel &model)
{
    IndexField f;
    f.path = e.text;
    f.span = e.span;
    if (e.isFunction()) {
        for (const Argument &a : e.arguments().arguments) {
            if (!a.name)
                continue;
            const QString &n = a.name->name;
            if (n == u"sort" && a.value.isConstant()) {
                if (a.value.text == u"Asc")
                    f.sort = SortOrder::Asc;
                else if (a.value.text == u"Desc")
                    f.sort = SortOrder::Desc;
            } else if (n == u"length" && a.value.kind == Expression::Kind::Numeric) {
                bool ok = false;
                const int length = a.value.text.toInt(&ok);
                if (ok)
                    f.length = length;
            } else if (n == u"ops") {
                if (a.value.isFunction() && a.value.text == u"raw") {
                    if (const Argument *raw = a.value.arguments().positional(0); raw && raw->value.isString()) {
                        f.ops = raw->value.text;
                        f.opsIsRaw = true;
                    }
                } else if (a.value.isConstant()) {
                    f.ops = a.value.text;
                }
            }
        }
    }
    f.fieldIndex = model.fieldIndex(QStringView(f.path).left(f.path.indexOf(u'.'))); // the whole path without a dot
    return f;
}

} // namespace

std::vector<IndexField> readIndexFields(const Context &context, const Expression &fields, const ResolvedModel &model,
                                        QStringView what, Span attributeSpan)
{
    std::vector<IndexField> result;
    if (fields.isArray()) {
        for (const Expression &e : fields.elements()) {
            if (e.isConstant() || e.isFunction())
                result.push_back(readOne(e, model));
        }
    } else if (fields.isConstant() || fields.isFunction()) {
        result.push_back(readOne(fields, model)); // `@@index(userId)`: Prisma accepts a single field
    }
    QStringList unknown;
    for (const IndexField &f : result) {
        if (f.fieldIndex < 0)
            unknown.append(f.path);
    }
    if (unknown.isEmpty())
        return result;
    if (what == u"multi field id")
        context.report(catalog::idUnknownFields(model.name, unknown, fields.span)); // Prisma points at the list
    else
        context.report(catalog::indexUnknownFields(what, model.name, unknown, attributeSpan));
    return result;
}

} // namespace facet::schema::resolve
