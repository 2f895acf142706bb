// SPDX-License-Identifier: MIT
#pragma once

#include "Span.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

// The syntax tree of a Prisma schema, as written: nothing is resolved or validated here.
// Shapes follow prisma-engines psl/schema-ast/src/ast/*.rs. Spans (see Span.h) are noted per member;
// where Prisma's span includes the line break (fields, enum values) Facet does the same, so a later
// validation error renders exactly like Prisma's.
namespace facet::schema {

struct Identifier {
    QString name;
    Span span;
};

struct Argument;
struct Expression;

// `(a, name: b, empty:, )` of an attribute or function call.
struct ArgumentsList {
    std::vector<Argument> arguments;         // in source order, named and unnamed
    std::vector<Identifier> emptyArguments;  // `name:` without a value (invalid, kept for completion)
    std::optional<Span> trailingComma;       // the `,` before `)`
    Span span;                               // "(" … ")"; empty when the list is absent

    [[nodiscard]] const Argument *named(QStringView name) const;
    // The index-th argument without a name (0 = Prisma's "default" argument).
    [[nodiscard]] const Argument *positional(int index = 0) const;
    // `name:` if present, else the first unnamed argument: how Prisma fills an attribute's default
    // parameter (`@@map("x")` == `@@map(name: "x")`).
    [[nodiscard]] const Argument *argument(QStringView name) const;
};

struct ExpressionParts;

struct Expression {
    enum class Kind {
        Numeric,  // text = the literal as written ("-1.5")
        String,   // text = the unescaped value; span includes the quotes
        Constant, // text = a bare identifier or dotted path (`Cascade`, `true`, `address.number`)
        Function, // text = the function path; arguments() = its argument list (`now()`, `title(length: 10)`)
        Array,    // elements()
    };
    Kind kind = Kind::Constant;
    QString text;
    Span span;     // the whole expression
    Span nameSpan; // Function: the path before "("

    Expression() = default;
    Expression(const Expression &other);
    Expression(Expression &&) noexcept = default;
    Expression &operator=(const Expression &other);
    Expression &operator=(Expression &&) noexcept = default;
    ~Expression();

    // A function's argument list; an empty list (default span) for every other kind.
    [[nodiscard]] const ArgumentsList &arguments() const;
    // An array's elements; empty for every other kind.
    [[nodiscard]] const std::vector<Expression> &elements() const;
    // For the parser: the parts, created on first use.
    ArgumentsList &mutableArguments();
    std::vector<Expression> &mutableElements();

    [[nodiscard]] bool isString() const { return kind == Kind::String; }
    [[nodiscard]] bool isConstant() const { return kind == Kind::Constant; }
    [[nodiscard]] bool isFunction() const { return kind == Kind::Function; }
    [[nodiscard]] bool isArray() const { return kind == Kind::Array; }
    [[nodiscard]] std::optional<QString> asString() const;
    [[nodiscard]] std::optional<QString> asConstant() const;

private:
    // Only function calls and arrays have arguments or elements, and most expressions of a schema are
    // names, strings and numbers: keeping both containers out of line makes an expression 64 bytes instead
    // of 160 and an argument 128 instead of 224, which is most of the AST's heap (docs/BENCHMARKS.md,
    // issue 3). Copies are deep.
    std::unique_ptr<ExpressionParts> m_parts;
};

struct Argument {
    std::optional<Identifier> name; // absent for positional arguments
    Expression value;
    Span span; // `name: value` or just the value
};

// The out-of-line part of a function call or an array expression.
struct ExpressionParts {
    ArgumentsList arguments;
    std::vector<Expression> elements;
};
// What arguments() and elements() hand out for an expression without parts (Ast.cpp).
extern const ExpressionParts noExpressionParts;

// Inline: every expression of the AST, and every temporary the parser moves from, goes through these.
inline Expression::~Expression() = default;

inline const ArgumentsList &Expression::arguments() const
{
    return m_parts ? m_parts->arguments : noExpressionParts.arguments;
}

inline const std::vector<Expression> &Expression::elements() const
{
    return m_parts ? m_parts->elements : noExpressionParts.elements;
}

// `@path(args)` on a field or enum value, `@@path(args)` on a block.
struct Attribute {
    Identifier name;         // the path without "@"/"@@": "id", "db.VarChar"; span covers the path
    ArgumentsList arguments;
    bool hasArguments = false; // `@default()` vs `@id`
    Span span;                 // from "@" to ")" or the end of the path (Prisma also counts trailing blanks/comment)

    [[nodiscard]] const Argument *argument(QStringView name) const { return arguments.argument(name); }
    // A string given as `name:` or as the first unnamed argument.
    [[nodiscard]] std::optional<QString> stringArgument(QStringView name) const;
};

enum class FieldArity { Required, Optional, List };

struct FieldType {
    enum class Kind { Supported, Unsupported };
    Kind kind = Kind::Supported;
    QString name; // Supported: the type name; Unsupported: the unescaped database type text
    Span span;    // Supported: the identifier; Unsupported: the string literal (as Prisma)
};

struct Field {
    Identifier name;
    FieldType type;
    FieldArity arity = FieldArity::Required;
    Span typeSpan; // the type with its `?`/`[]`, `Unsupported("…")` included
    std::vector<Attribute> attributes;
    std::optional<QString> documentation; // `///` lines above plus a trailing `///`, joined by "\n"
    Span span;                            // from the name through the line break (Prisma's field span)

    [[nodiscard]] const Attribute *attribute(QStringView name) const;
    [[nodiscard]] bool isOptional() const { return arity == FieldArity::Optional; }
    [[nodiscard]] bool isList() const { return arity == FieldArity::List; }
};

// `model`, `view` and `type` blocks share one grammar rule in Prisma, so they share this node.
struct Model {
    enum class Kind { Model, View, CompositeType };
    Kind kind = Kind::Model;
    Identifier name;
    std::vector<Field> fields;
    // Block attributes (`@@…`). For composite types Prisma rejects them while parsing: the parser has
    // already reported each one, they are kept only so tools can show them.
    std::vector<Attribute> attributes;
    std::optional<QString> documentation;
    Span span;      // keyword … "}"
    Span innerSpan; // after the "{" line … before "}"
    bool closed = true; // false when the file ended before "}" (already reported)

    [[nodiscard]] const Field *field(QStringView name) const;
    [[nodiscard]] const Attribute *blockAttribute(QStringView name) const;
    [[nodiscard]] std::vector<const Attribute *> blockAttributes(QStringView name) const;
    // The `@@map` name, if any.
    [[nodiscard]] std::optional<QString> mappedName() const;
};

struct EnumValue {
    Identifier name;
    std::vector<Attribute> attributes;
    std::optional<QString> documentation;
    Span span; // from the name through the line break

    [[nodiscard]] const Attribute *attribute(QStringView name) const;
};

struct Enum {
    Identifier name;
    std::vector<EnumValue> values;
    std::vector<Attribute> attributes; // `@@map`, `@@schema`
    std::optional<QString> documentation;
    Span span;
    Span innerSpan;
    bool closed = true;

    [[nodiscard]] const EnumValue *value(QStringView name) const;
    [[nodiscard]] const Attribute *blockAttribute(QStringView name) const;
    [[nodiscard]] std::optional<QString> mappedName() const;
};

struct ConfigProperty {
    Identifier name;
    std::optional<Expression> value; // `key =` without a value parses (Prisma reports it later)
    Span span;                       // from the key to the end of the value
};

// `datasource` and `generator` blocks.
struct ConfigBlock {
    enum class Kind { Datasource, Generator };
    Kind kind = Kind::Datasource;
    Identifier name;
    std::vector<ConfigProperty> properties;
    std::optional<QString> documentation; // `///` lines right above the block
    Span span;
    Span innerSpan;
    bool closed = true;

    [[nodiscard]] const ConfigProperty *property(QStringView name) const;
};

// Legacy `type Alias = Base @attr`: parsed only so tools can show it; always reported as an error.
struct TypeAlias {
    Identifier name;
    FieldType base;
    std::vector<Attribute> attributes;
    Span span;
};

// A top-level item and the file it came from.
struct Top {
    FileId file;
    std::variant<Model, Enum, ConfigBlock, TypeAlias> node;

    [[nodiscard]] const Model *model() const { return std::get_if<Model>(&node); }
    [[nodiscard]] const Enum *enumeration() const { return std::get_if<Enum>(&node); }
    [[nodiscard]] const ConfigBlock *config() const { return std::get_if<ConfigBlock>(&node); }
    [[nodiscard]] const TypeAlias *typeAlias() const { return std::get_if<TypeAlias>(&node); }
};

struct SchemaAst {
    std::vector<Top> tops; // files in SourceSet order, items in source order

    [[nodiscard]] std::vector<const Model *> models() const; // `model` blocks only
    [[nodiscard]] std::vector<const Model *> views() const;
    [[nodiscard]] std::vector<const Model *> compositeTypes() const;
    [[nodiscard]] std::vector<const Enum *> enums() const;
    [[nodiscard]] std::vector<const ConfigBlock *> datasources() const;
    [[nodiscard]] std::vector<const ConfigBlock *> generators() const;
    [[nodiscard]] std::vector<const TypeAlias *> typeAliases() const;
    // First `model`, `view` or `type` block with that name.
    [[nodiscard]] const Model *findModel(QStringView name) const;
    [[nodiscard]] const Enum *findEnum(QStringView name) const;
};

} // namespace facet::schema
