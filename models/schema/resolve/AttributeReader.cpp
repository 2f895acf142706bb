// SPDX-License-Identifier: MIT
#include "AttributeReader.h"
#include "TextHash.h"

#include "DiagnosticCatalog.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace facet::schema::resolve {

AttributeSet::AttributeSet(const Context &context, const std::vector<Attribute> &attributes)
    : m_context(context)
    , m_attributes(attributes)
    , m_unused(attributes.size(), true)
{
    for (const Attribute &a : attributes) {
        if (!a.name.name.isEmpty())
            m_firstChars |= uint64_t(1) << (a.name.name.front().unicode() & 63);
    }
}

const Attribute *AttributeSet::single(QStringView name)
{
    // Called several times for every field: count first, so the usual zero-or-one match allocates nothing.
    if (!mayHave(name))
        return nullptr;
    int first = -1;
    int count = 0;
    for (int i = 0; i < static_cast<int>(m_attributes.size()); ++i) {
        if (text::equal(m_attributes[static_cast<size_t>(i)].name.name, name)) {
            if (count++ == 0)
                first = i;
            m_unused.set(static_cast<size_t>(i), false);
        }
    }
    if (count == 0)
        return nullptr;
    if (count > 1) {
        for (int i = first; i < static_cast<int>(m_attributes.size()); ++i) {
            const Attribute &a = m_attributes[static_cast<size_t>(i)];
            if (text::equal(a.name.name, name))
                m_context.report(catalog::duplicateAttribute(a.name.name, a.span));
        }
        return nullptr;
    }
    return &m_attributes[static_cast<size_t>(first)];
}

std::vector<const Attribute *> AttributeSet::repeated(QStringView name)
{
    std::vector<const Attribute *> found;
    if (!mayHave(name))
        return found;
    for (int i = 0; i < static_cast<int>(m_attributes.size()); ++i) {
        if (text::equal(m_attributes[static_cast<size_t>(i)].name.name, name)) {
            m_unused.set(static_cast<size_t>(i), false);
            found.push_back(&m_attributes[static_cast<size_t>(i)]);
        }
    }
    return found;
}

const Attribute *AttributeSet::datasourceScoped()
{
    const Attribute *last = nullptr;
    for (int i = 0; i < static_cast<int>(m_attributes.size()); ++i) {
        const Attribute &a = m_attributes[static_cast<size_t>(i)];
        const qsizetype dot = a.name.name.indexOf(u'.');
        if (dot < 0)
            continue;
        m_unused.set(static_cast<size_t>(i), false);
        if (last)
            m_context.report(catalog::duplicateAttribute(a.name.name.left(dot), a.span));
        last = &a;
    }
    return last;
}

void AttributeSet::finish()
{
    for (size_t i = 0; i < m_unused.size(); ++i) {
        if (!m_unused[i])
            continue;
        const Attribute &a = m_attributes[i];
        m_context.report(catalog::attributeNotKnown(QString(u'@' + a.name.name), a.span));
        m_unused.set(i, false);
    }
}

ArgumentReader::ArgumentReader(const Context &context, const Attribute &attribute)
    : m_context(context)
    , m_attribute(attribute)
    , m_unused(attribute.arguments.arguments.size(), false)
{
    auto checkEmpty = [&](const ArgumentsList &list) {
        for (const Identifier &empty : list.emptyArguments) {
            m_context.report(catalog::argumentMissingValue(empty.name, displayName(), empty.span));
            m_usable = false;
        }
    };
    checkEmpty(attribute.arguments);
    for (const Argument &a : attribute.arguments.arguments) {
        if (a.value.isFunction())
            checkEmpty(a.value.arguments());
    }
    // Duplicate names: a linear look-back for the usual handful of arguments (no allocation), a hash set
    // only for the pathological lists a fuzzer writes.
    const std::vector<Argument> &arguments = attribute.arguments.arguments;
    const bool many = arguments.size() > 16;
    QSet<QStringView> names;
    bool unnamedSeen = false;
    for (int i = 0; i < static_cast<int>(arguments.size()); ++i) {
        const Argument &a = arguments[static_cast<size_t>(i)];
        if (a.name) {
            bool duplicate = false;
            if (many) {
                duplicate = names.contains(a.name->name);
                names.insert(a.name->name);
            } else {
                for (int j = 0; j < i && !duplicate; ++j) {
                    const Argument &earlier = arguments[static_cast<size_t>(j)];
                    duplicate = earlier.name && earlier.name->name == a.name->name;
                }
            }
            if (duplicate) {
                m_context.report(catalog::duplicateArgument(a.name->name, a.span));
                m_usable = false;
                continue;
            }
        } else if (unnamedSeen) {
            // Prisma keeps one unnamed argument per attribute; a second one is "No such argument."
            m_context.report(catalog::unusedArgument(a.span));
            continue;
        } else {
            unnamedSeen = true;
        }
        m_unused.set(static_cast<size_t>(i), true);
    }
}

const Expression *ArgumentReader::defaultArgument(QStringView name, bool required)
{
    int named = -1;
    int unnamed = -1;
    for (int i = 0; i < static_cast<int>(m_unused.size()); ++i) {
        if (!m_unused[static_cast<size_t>(i)])
            continue;
        const Argument &a = m_attribute.arguments.arguments[static_cast<size_t>(i)];
        if (a.name && text::equal(a.name->name, name))
            named = i;
        else if (!a.name)
            unnamed = i;
    }
    if (named >= 0 && unnamed >= 0) {
        m_unused.set(static_cast<size_t>(named), false);
        m_unused.set(static_cast<size_t>(unnamed), false);
        m_context.report(catalog::duplicateDefaultArgument(name, m_attribute.arguments.arguments[static_cast<size_t>(named)].span));
        return nullptr;
    }
    const int chosen = named >= 0 ? named : unnamed;
    if (chosen < 0) {
        if (required)
            m_context.report(catalog::argumentNotFound(name, m_attribute.span));
        return nullptr;
    }
    m_unused.set(static_cast<size_t>(chosen), false);
    return &m_attribute.arguments.arguments[static_cast<size_t>(chosen)].value;
}

const Expression *ArgumentReader::optional(QStringView name)
{
    for (size_t i = 0; i < m_unused.size(); ++i) {
        const Argument &a = m_attribute.arguments.arguments[i];
        if (m_unused[i] && a.name && text::equal(a.name->name, name)) {
            m_unused.set(i, false);
            return &a.value;
        }
    }
    return nullptr;
}

std::optional<QString> ArgumentReader::stringValue(const Expression *value)
{
    if (!value)
        return std::nullopt;
    if (value->isString())
        return value->text;
    m_context.report(catalog::typeMismatch(u"string", describeValueType(*value), expressionText(*value), value->span));
    return std::nullopt;
}

void ArgumentReader::finish()
{
    for (size_t i = 0; i < m_unused.size(); ++i) {
        if (!m_unused[i])
            continue;
        m_context.report(catalog::unusedArgument(m_attribute.arguments.arguments[i].span));
        m_unused.set(i, false);
    }
}

QString describeValueType(const Expression &expression)
{
    switch (expression.kind) {
    case Expression::Kind::Numeric: return u"numeric"_s;
    case Expression::Kind::String: return u"string"_s;
    case Expression::Kind::Constant: return u"literal"_s;
    case Expression::Kind::Function: return u"functional"_s;
    case Expression::Kind::Array: return u"array"_s;
    }
    return {};
}

QString expressionText(const Expression &expression)
{
    switch (expression.kind) {
    case Expression::Kind::Numeric:
    case Expression::Kind::Constant:
        return expression.text;
    case Expression::Kind::String:
        return u'"' + expression.text + u'"';
    case Expression::Kind::Function: {
        QStringList args;
        for (const Argument &a : expression.arguments().arguments)
            args.append((a.name ? a.name->name + u": "_s : QString()) + expressionText(a.value));
        return expression.text + u'(' + args.join(u", "_s) + u')';
    }
    case Expression::Kind::Array: {
        QStringList items;
        for (const Expression &e : expression.elements())
            items.append(expressionText(e));
        return u'[' + items.join(u", "_s) + u']';
    }
    }
    return {};
}

} // namespace facet::schema::resolve
