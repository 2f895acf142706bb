// SPDX-License-Identifier: MIT
#pragma once

#include "Ast.h"
#include "Diagnostic.h"
#include "Lexer.h"
#include "SourceFile.h"
#include "StringPool.h"

#include <optional>
#include <vector>

namespace facet::schema {

// Recursive-descent parser for one file, mirroring prisma-engines' datamodel.pest rule by rule,
// recovery rules included:
// - a line that fits no rule at the top level becomes CATCH_ALL ("This line is invalid…");
// - inside a block it becomes BLOCK_LEVEL_CATCH_ALL (one error for that line, parsing goes on);
// - `name { … }` without a keyword is an arbitrary block, skipped up to the next "}" with one error;
// - whitespace between tokens is implicit (spaces, tabs, Unicode space separators, never newlines),
//   keywords are plain prefixes (`models {` is model "s", as in Prisma).
// Every rule either consumes its text or leaves the cursor where it was, so each loop iteration
// consumes at least one character and the parser terminates on any input.
// One intentional difference: a block whose file ends before "}" is kept (marked !closed) and reported
// once, where Prisma backtracks and reports each of its lines as invalid.
class Parser
{
public:
    Parser(const SourceFile &file, FileId fileId, Diagnostics &diagnostics);

    std::vector<Top> parse();

    // One stretch of the file, for the parallel parse (ParallelParse.cpp): parses top-level items from
    // `start` like parse() does from 0, and stops at the first top-level step at or after `stop`.
    // The text before `start` and after `stop` stays visible (look-ahead is unchanged).
    struct Chunk {
        std::vector<Top> tops;
        int end = 0;             // where it stopped: the result equals the whole-file parse's only if
        bool docPending = false; // a chunk ends exactly at the next chunk's start with no comment pending
    };
    Chunk parseChunk(int start, int stop);

private:
    using Range = Lexer::Range;

    enum class TypeForm { Required, Optional, List, OptionalList, LegacyRequired, LegacyList };

    [[nodiscard]] Span span(int start, int end) const { return Span{m_fileId, start, end}; }
    [[nodiscard]] Span span(Range range) const { return span(range.start, range.end); }
    [[nodiscard]] Identifier identifier(Range range) const;
    [[nodiscard]] QString slice(Range range) const;
    // The one shared copy of this text of the file (see StringPool.h).
    [[nodiscard]] QString interned(QStringView text) const;
    // A string literal's value: unescaped, with the escape diagnostics, or the interned text when it has none.
    QString stringValue(Range content, bool escaped, Diagnostics &diagnostics) const;

    // Top level (Parser.cpp).
    bool parseModel(std::optional<QString> &doc, std::vector<Top> &out);
    bool parseEnum(std::optional<QString> &doc, std::vector<Top> &out);
    bool parseConfigBlock(std::optional<QString> &doc, std::vector<Top> &out);
    bool parseTypeAlias(std::vector<Top> &out);
    bool parseArbitraryBlock();
    bool parseCommentBlock(std::optional<QString> &doc);
    Span catchAllLine();
    // keyword ~ identifier ~ BLOCK_OPEN. Leaves the cursor after the "{" line.
    bool parseBlockHeader(std::initializer_list<QStringView> keywords, QStringView &keyword, Range &name,
                          int &braceEnd);
    // Consumes blanks; true at "}" (consumed) or at the end of the file (closed = false).
    bool atBlockEnd(bool &closed);
    void reportUnclosed(QStringView keyword, const Identifier &name, int start, int braceEnd);

    // Lines (ParserLines.cpp).
    // A field line, built in place at the end of m_modelFields (no per-line temporaries: they were the largest
    // self cost of the parse, docs/BENCHMARKS.md issue 3). True when the line matched, whether or not the
    // field was kept (a legacy form or a missing type drops it with an error); `pendingDoc` is taken then.
    bool parseFieldLine(std::optional<QString> &pendingDoc, const Model &owner);
    std::optional<EnumValue> parseEnumValueLine(std::optional<QString> doc);
    // Appends the attribute to `into` when the whole line matches.
    bool parseBlockAttributeLine(std::vector<Attribute> &into, Diagnostics &diagnostics);
    std::optional<ConfigProperty> parseKeyValueLine(Diagnostics &diagnostics);
    std::optional<QString> parseTrailingComment();

    // Terms (ParserTerms.cpp). Each fills a default-constructed `out` and leaves it default-constructed (and
    // the cursor where it was) when it does not match, so callers can build in place in their containers.
    bool parseFieldType(FieldType &base, TypeForm &form, Span &typeSpan, Diagnostics &diagnostics);
    bool parseBaseType(FieldType &out, Diagnostics &diagnostics);
    bool parseAttribute(Attribute &out, bool block, Diagnostics &diagnostics);
    bool parseArgumentsList(ArgumentsList &out, Diagnostics &diagnostics);
    bool parseArgument(ArgumentsList &out, Diagnostics &diagnostics);
    bool parseExpression(Expression &out, Diagnostics &diagnostics);
    // `@a @b(…)` after a field's type or an enum value's name, appended to m_fieldAttributes (cleared first).
    void parseFieldAttributes(Diagnostics &diagnostics);
    // The buffer's attributes moved into a vector of the exact size; the buffer is left empty.
    static std::vector<Attribute> takeExactly(std::vector<Attribute> &buffer);

    static QString docText(QStringView content);
    // Documentation of a "/* … */" comment. `pairText` starts where Prisma's rule starts: at "/*" for
    // the first comment of a block, at the line's leading blanks for the next ones.
    static QString blockCommentText(QStringView pairText);
    // One `//`, `///` or `/* */` comment; `doc` receives its documentation text, if any.
    bool eatAnyComment(int pairStart, std::optional<QString> &doc);

    // Expressions nest (arrays, function arguments); Prisma's grammar recurses without a bound and a
    // hostile `[[[[…` overflows its stack. Facet stops at this depth: deeper text does not match the
    // expression rule, so its line is reported as invalid like any other unparseable line.
    static constexpr int maxExpressionDepth = 128;

    const SourceFile &m_file;
    FileId m_fileId;
    Diagnostics &m_diagnostics;
    Lexer m_lexer;
    int m_expressionDepth = 0;
    // Each distinct identifier and literal text of the file, once (see StringPool.h).
    mutable StringPool m_strings;
    // A line's attributes before they are moved into a vector of the exact size (ParserLines.cpp).
    std::vector<Attribute> m_fieldAttributes;
    // parseModel's fields and block attributes, likewise: moved into vectors of the exact size when the block
    // ends (Parser.cpp).
    std::vector<Field> m_modelFields;
    std::vector<Attribute> m_blockAttributes;
};

} // namespace facet::schema
