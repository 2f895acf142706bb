// SPDX-License-Identifier: MIT
// The order of parser-database's types and attributes passes (psl/parser-database/src/types.rs,
// attributes.rs), recovered from where each error points. See PassOrder.h.
#include "validate/PassOrder.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <utility>

using namespace Qt::StringLiterals;

namespace facet::schema::validate {

namespace {

// Sort key of an error of the attributes pass; `drop` when Prisma would not have visited the place.
struct AttributeKey {
    std::array<int, 5> order{2, 0, 0, 0, 0}; // unplaced errors keep their place after the placed ones
    bool drop = false;
};

bool inside(const Span &outer, const Span &inner)
{
    return outer.file == inner.file && inner.start >= outer.start && inner.start < std::max(outer.end, outer.start + 1);
}

// attributes.rs visits a scalar field's attributes in this order, a relation field's in the second,
// a composite type field's in the third and block attributes in the fourth; unknown ones come last
// (validate_visited_attributes), repeated ones first (visit_attributes reports them up front).
constexpr std::array scalarFieldOrder{u"map", u"ignore", u"relation", u"id", u"updatedAt", u"default", u"db.*", u"unique", u"shardKey"};
constexpr std::array relationFieldOrder{u"relation", u"id", u"ignore", u"default", u"map", u"unique"};
constexpr std::array compositeFieldOrder{u"db.*", u"map", u"default"};
constexpr std::array blockOrder{u"ignore", u"id", u"map", u"schema", u"index", u"unique", u"fulltext", u"shardKey"};
constexpr int unknownAttribute = 99;
constexpr int repeatedAttribute = -1;

template <size_t N>
int slotOf(const std::array<const char16_t *, N> &order, const QString &name)
{
    const QString key = name.contains(u'.') ? u"db.*"_s : name;
    for (size_t i = 0; i < N; ++i) {
        if (key == QStringView(order[i]))
            return static_cast<int>(i);
    }
    return unknownAttribute;
}

// The slot of the attribute holding `span` among `attributes` and its position among those of its name.
template <size_t N>
std::pair<int, int> attributeSlot(const std::vector<Attribute> &attributes, const Span &span,
                                  const std::array<const char16_t *, N> &order)
{
    for (const Attribute &a : attributes) {
        if (!inside(a.span, span))
            continue;
        int sameName = 0;
        int position = 0;
        for (const Attribute &other : attributes) {
            if (other.name.name != a.name.name)
                continue;
            if (&other == &a)
                position = sameName;
            ++sameName;
        }
        const int slot = slotOf(order, a.name.name);
        // Repeated single attributes are reported before the field is visited; @@index and friends repeat.
        const bool repeatable = static_cast<const void *>(&order) == static_cast<const void *>(&blockOrder)
            && (a.name.name == u"index" || a.name.name == u"unique" || a.name.name == u"fulltext");
        if (sameName > 1 && !repeatable)
            return {repeatedAttribute, position};
        return {slot, position};
    }
    return {unknownAttribute, 0};
}

AttributeKey modelKey(const ResolvedModel &model, const Model &ast, const Span &span)
{
    AttributeKey key;
    for (size_t i = 0; i < model.fields.size(); ++i) {
        const ResolvedField &field = model.fields[i];
        if (!inside(field.span, span))
            continue;
        if (field.kind == FieldKind::Unresolved) {
            key.drop = true;
            return key;
        }
        const Field &astField = ast.fields[static_cast<size_t>(field.astIndex)];
        const int index = static_cast<int>(i);
        if (model.kind == ResolvedModel::Kind::CompositeType) {
            key.order = {1, model.topIndex, 0, index, attributeSlot(astField.attributes, span, compositeFieldOrder).first};
        } else if (field.kind == FieldKind::Relation) {
            key.order = {0, model.topIndex, index, attributeSlot(astField.attributes, span, relationFieldOrder).first, 0};
        } else {
            key.order = {1, model.topIndex, 0, index, attributeSlot(astField.attributes, span, scalarFieldOrder).first};
        }
        return key;
    }
    const auto [slot, position] = attributeSlot(ast.attributes, span, blockOrder);
    if (slot != unknownAttribute || std::ranges::any_of(ast.attributes, [&](const Attribute &a) { return inside(a.span, span); }))
        key.order = {1, model.topIndex, 1, slot, position};
    else
        key.order = {1, model.topIndex, 2, 0, 0}; // model-wide checks after the block attributes (id arities)
    return key;
}

AttributeKey enumKey(const ResolvedEnum &enumeration, const Enum &ast, const Span &span)
{
    AttributeKey key;
    for (size_t i = 0; i < ast.values.size(); ++i) {
        if (inside(ast.values[i].span, span)) {
            key.order = {1, enumeration.topIndex, 0, static_cast<int>(i), 0};
            return key;
        }
    }
    key.order = {1, enumeration.topIndex, 1, attributeSlot(ast.attributes, span, blockOrder).first, 0};
    return key;
}

// Finds the block an error points into: binary search over the blocks (a broken 10 MB schema can report
// errors by the hundred thousand), then the resolved model or enum of that block.
class Locator
{
public:
    Locator(const ResolvedSchema &schema, const ParsedSchema &parsed)
        : m_parsed(parsed)
        , m_models(parsed.ast.tops.size(), nullptr)
        , m_enums(parsed.ast.tops.size(), nullptr)
    {
        for (size_t i = 0; i < parsed.ast.tops.size(); ++i) {
            const Top &top = parsed.ast.tops[i];
            Span span = std::visit([](const auto &node) { return node.span; }, top.node);
            span.file = top.file;
            m_blocks.push_back({span, static_cast<int>(i)});
        }
        std::ranges::sort(m_blocks, {}, [](const Block &b) { return std::pair(b.span.file.index, b.span.start); });
        for (const auto *blocks : {&schema.models, &schema.compositeTypes}) {
            for (const ResolvedModel &m : *blocks) {
                if (m.topIndex >= 0 && static_cast<size_t>(m.topIndex) < m_models.size())
                    m_models[static_cast<size_t>(m.topIndex)] = &m;
            }
        }
        for (const ResolvedEnum &e : schema.enums) {
            if (e.topIndex >= 0 && static_cast<size_t>(e.topIndex) < m_enums.size())
                m_enums[static_cast<size_t>(e.topIndex)] = &e;
        }
    }

    // The top-level block holding `span` (types.rs walks them in source order); unplaced ones go last.
    [[nodiscard]] int topOf(const Span &span) const
    {
        const auto after = std::ranges::upper_bound(m_blocks, std::pair(span.file.index, span.start), {},
                                                    [](const Block &b) { return std::pair(b.span.file.index, b.span.start); });
        if (after != m_blocks.begin() && inside(std::prev(after)->span, span))
            return std::prev(after)->topIndex;
        return static_cast<int>(m_parsed.ast.tops.size());
    }

    [[nodiscard]] AttributeKey attributeKey(const Span &span) const
    {
        const int top = topOf(span);
        if (static_cast<size_t>(top) >= m_parsed.ast.tops.size())
            return {};
        const Top &ast = m_parsed.ast.tops[static_cast<size_t>(top)];
        if (const ResolvedModel *m = m_models[static_cast<size_t>(top)]; m && ast.model())
            return modelKey(*m, *ast.model(), span);
        if (const ResolvedEnum *e = m_enums[static_cast<size_t>(top)]; e && ast.enumeration())
            return enumKey(*e, *ast.enumeration(), span);
        return {};
    }

private:
    struct Block {
        Span span;
        int topIndex = -1;
    };
    const ParsedSchema &m_parsed;
    std::vector<Block> m_blocks;
    std::vector<const ResolvedModel *> m_models; // by top index
    std::vector<const ResolvedEnum *> m_enums;   // by top index
};

} // namespace

Diagnostics inParserDatabaseOrder(const Diagnostics &reported, const ResolveStages &stages,
                                  const Diagnostics &typeChecks, const AttributeChecks &attributeChecks,
                                  const ResolvedSchema &schema, const ParsedSchema &parsed)
{
    const std::vector<Diagnostic> &errors = reported.errors();
    auto slice = [&](qsizetype from, qsizetype to) {
        from = std::clamp<qsizetype>(from, 0, static_cast<qsizetype>(errors.size()));
        to = std::clamp<qsizetype>(to, from, static_cast<qsizetype>(errors.size()));
        return std::vector<Diagnostic>(errors.begin() + from, errors.begin() + to);
    };

    const Locator locator(schema, parsed);
    std::vector<std::pair<int, Diagnostic>> typesPass;
    for (const Diagnostic &d : slice(stages.types, stages.attributes))
        typesPass.emplace_back(locator.topOf(d.span), d);
    for (const Diagnostic &d : typeChecks.errors())
        typesPass.emplace_back(locator.topOf(d.span), d);
    std::ranges::stable_sort(typesPass, {}, [](const auto &entry) { return entry.first; });

    std::vector<std::pair<AttributeKey, Diagnostic>> attributesPass;
    auto addAttributeErrors = [&](const std::vector<Diagnostic> &list, const std::vector<std::pair<size_t, Span>> &anchors) {
        auto anchor = anchors.begin(); // in error order
        for (size_t i = 0; i < list.size(); ++i) {
            Span visited = list[i].span;
            while (anchor != anchors.end() && anchor->first < i)
                ++anchor;
            if (anchor != anchors.end() && anchor->first == i)
                visited = anchor->second;
            AttributeKey key = locator.attributeKey(visited);
            if (!key.drop)
                attributesPass.emplace_back(key, list[i]);
        }
    };
    addAttributeErrors(slice(stages.attributes, stages.relations), {});
    addAttributeErrors(attributeChecks.diagnostics.errors(), attributeChecks.anchors);
    std::ranges::stable_sort(attributesPass, {}, [](const auto &entry) { return entry.first.order; });

    Diagnostics ordered;
    for (const Diagnostic &d : slice(0, stages.types))
        ordered.pushError(d);
    for (const auto &entry : typesPass)
        ordered.pushError(entry.second);
    for (const auto &entry : attributesPass)
        ordered.pushError(entry.second);
    // The relations pass reports only ambiguous relations, a check of Prisma's validation pipeline
    // (relation_fields.rs `ambiguity`): it runs only on an otherwise clean schema and stops the pipeline
    // at the first ambiguous field.
    const std::vector<Diagnostic> ambiguities = slice(stages.relations, static_cast<qsizetype>(errors.size()));
    if (!ordered.hasErrors() && !ambiguities.empty())
        ordered.pushError(ambiguities.front());
    for (const Diagnostics *source : {&reported, &typeChecks, &attributeChecks.diagnostics}) {
        for (const Diagnostic &w : source->warnings())
            ordered.pushWarning(w);
    }
    return ordered;
}

} // namespace facet::schema::validate
