// SPDX-License-Identifier: MIT
#pragma once

#include "ResolveContext.h"

#include <vector>

// Prisma's attribute state machine (psl/parser-database/src/context.rs, visit_attributes & co.), so
// repeated attributes, unknown attributes and unknown or duplicate arguments are reported the same way
// whatever the attribute.
namespace facet::schema::resolve {

// The attributes of one field, block or enum value. Every attribute must be taken by one of the
// visit functions; finish() reports the rest as unknown.
class AttributeSet
{
public:
    AttributeSet(const Context &context, const std::vector<Attribute> &attributes);

    // An attribute allowed at most once; when repeated each occurrence is reported and nullptr returned.
    const Attribute *single(QStringView name);
    // An attribute that may repeat (`@@index`), in source order.
    std::vector<const Attribute *> repeated(QStringView name);
    // A `<datasource>.<Type>` attribute (native type); the last one wins, each extra one is reported.
    const Attribute *datasourceScoped();
    // Reports every attribute no visit function took.
    void finish();

private:
    const Context &m_context;
    const std::vector<Attribute> &m_attributes;
    // One flag per attribute rather than a QSet: every field builds one of these, and the hash set's
    // allocations were a large share of resolve time (docs/BENCHMARKS.md, issue 3). Index order also
    // gives finish() its source-order report without sorting.
    std::vector<bool> m_unused;
};

// The arguments of one attribute. Reports duplicate and value-less arguments on construction
// (usable() is then false), missing required ones when asked and unused ones in finish().
class ArgumentReader
{
public:
    ArgumentReader(const Context &context, const Attribute &attribute);

    [[nodiscard]] bool usable() const { return m_usable; }
    [[nodiscard]] const Attribute &attribute() const { return m_attribute; }
    [[nodiscard]] QString displayName() const { return u'@' + m_attribute.name.name; }
    // `name:` or the unnamed argument; reports a missing one when `required`.
    const Expression *defaultArgument(QStringView name, bool required = true);
    const Expression *optional(QStringView name);
    // A string argument: reports a type mismatch for anything else.
    std::optional<QString> stringValue(const Expression *value);
    void finish();

private:
    const Context &m_context;
    const Attribute &m_attribute;
    std::vector<bool> m_unused; // per argument, as in AttributeSet
    bool m_usable = true;
};

// "numeric", "string", "literal", "functional", "array": how Prisma describes a value in type errors.
QString describeValueType(const Expression &expression);
// The expression as Prisma prints it back (`"x"` with quotes, `f(…)`, `[a, b]`).
QString expressionText(const Expression &expression);

} // namespace facet::schema::resolve
