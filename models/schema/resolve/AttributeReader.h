// SPDX-License-Identifier: MIT
#pragma once

#include "ResolveContext.h"

#include <cstdint>
#include <vector>

// Prisma's attribute state machine (psl/parser-database/src/context.rs, visit_attributes & co.), so
// repeated attributes, unknown attributes and unknown or duplicate arguments are reported the same way
// whatever the attribute.
namespace facet::schema::resolve {

// std::vector<bool>'s part that AttributeSet and ArgumentReader use, with up to 64 flags kept inline: one is
// built for every attribute list and every attribute of a schema, and the vector's allocation was a visible
// share of resolve time on large schemas (docs/BENCHMARKS.md, issue 3).
class FlagVector
{
public:
    FlagVector(size_t size, bool value)
        : m_size(size)
    {
        if (size <= 64)
            m_bits = value ? (size == 64 ? ~uint64_t(0) : (uint64_t(1) << size) - 1) : 0;
        else
            m_many.assign(size, value);
    }
    [[nodiscard]] size_t size() const { return m_size; }
    [[nodiscard]] bool operator[](size_t i) const { return m_size <= 64 ? (m_bits >> i) & 1 : bool(m_many[i]); }
    void set(size_t i, bool value)
    {
        if (m_size > 64)
            m_many[i] = value;
        else if (value)
            m_bits |= uint64_t(1) << i;
        else
            m_bits &= ~(uint64_t(1) << i);
    }

private:
    size_t m_size;
    uint64_t m_bits = 0;
    std::vector<bool> m_many;
};

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
    FlagVector m_unused;
    // One bit per first character (mod 64) of the attribute names present: most single() calls ask for an
    // attribute the field does not have (eight questions per field), and this answers them without a scan.
    uint64_t m_firstChars = 0;
    [[nodiscard]] bool mayHave(QStringView name) const
    {
        return !name.isEmpty() && ((m_firstChars >> (name.front().unicode() & 63)) & 1);
    }
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
    FlagVector m_unused; // per argument, as in AttributeSet
    bool m_usable = true;
};

// "numeric", "string", "literal", "functional", "array": how Prisma describes a value in type errors.
QString describeValueType(const Expression &expression);
// The expression as Prisma prints it back (`"x"` with quotes, `f(…)`, `[a, b]`).
QString expressionText(const Expression &expression);

} // namespace facet::schema::resolve
