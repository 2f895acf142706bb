// SPDX-License-Identifier: MIT
#include "Parser.h"
#include "StringLiteral.h"

#include "DiagnosticCatalog.h"


#include <iterator>
#include <limits>

using namespace Qt::StringLiterals;

namespace facet::schema {

Parser::Parser(const SourceFile &file, FileId fileId, Diagnostics &diagnostics)
    : m_file(file)
    , m_fileId(fileId)
    , m_diagnostics(diagnostics)
    , m_lexer(file.text())
{
}

Identifier Parser::identifier(Range range) const
{
    return Identifier{slice(range), span(range)};
}

QString Parser::slice(Range range) const
{
    return interned(m_lexer.text().mid(range.start, range.end - range.start));
}

QString Parser::interned(QStringView text) const
{
    return m_strings.get(text);
}

QString Parser::stringValue(Range content, bool escaped, Diagnostics &diagnostics) const
{
    const QStringView text = m_lexer.text().mid(content.start, content.end - content.start);
    if (!escaped)
        return interned(text);
    return unescapeStringLiteral(text, m_fileId, content.start, diagnostics);
}

QString Parser::docText(QStringView content)
{
    // Prisma trims the start of a `///` line (Rust trim_start) and keeps its end.
    qsizetype i = 0;
    while (i < content.size() && content[i].isSpace())
        ++i;
    return content.mid(i).toString();
}

QString Parser::blockCommentText(QStringView pairText)
{
    // Prisma: `text[2..text.len() - 2].trim()`, on the text of the whole rule (leading blanks included).
    return pairText.mid(2, std::max<qsizetype>(0, pairText.size() - 4)).trimmed().toString();
}

bool Parser::eatAnyComment(int pairStart, std::optional<QString> &doc)
{
    // Tried at the end of every line and before every item: most are not comments.
    if (m_lexer.peek() != u'/')
        return false;
    Range content;
    bool isDoc = false;
    if (m_lexer.eatComment(content, isDoc)) {
        doc = isDoc ? std::optional<QString>(docText(m_lexer.text().mid(content.start, content.end - content.start)))
                    : std::nullopt;
        return true;
    }
    Range whole;
    if (m_lexer.eatBlockComment(whole)) {
        doc = blockCommentText(m_lexer.text().mid(pairStart, whole.end - pairStart));
        return true;
    }
    return false;
}

std::vector<Top> Parser::parse()
{
    return parseChunk(0, std::numeric_limits<int>::max()).tops;
}

Parser::Chunk Parser::parseChunk(int start, int stop)
{
    m_lexer.reset(start);
    std::vector<Top> tops;
    // Documentation of a comment block that directly precedes the next item. Anything else in
    // between (a blank line, an invalid line) makes it a free-floating comment, as in Prisma.
    std::optional<QString> pendingDoc;
    while (true) {
        if (m_lexer.pos() >= stop)
            break;
        m_lexer.skipWhitespace();
        if (m_lexer.atEnd())
            break;
        std::optional<QString> doc = std::exchange(pendingDoc, std::nullopt);
        if (parseModel(doc, tops) || parseEnum(doc, tops) || parseConfigBlock(doc, tops) || parseTypeAlias(tops)
            || parseArbitraryBlock())
            continue;
        if (parseCommentBlock(pendingDoc))
            continue;
        if (m_lexer.eatNewline())
            continue;
        m_diagnostics.push(catalog::invalidTopLevelLine(catchAllLine()));
    }
    return Chunk{std::move(tops), m_lexer.pos(), pendingDoc.has_value()};
}

Span Parser::catchAllLine()
{
    // CATCH_ALL = (!NEWLINE ~ ANY)+ ~ NEWLINE?  — the span keeps the line break, like Prisma's.
    const int start = m_lexer.pos();
    m_lexer.skipToLineEnd();
    m_lexer.eatNewline();
    return span(start, m_lexer.pos());
}

bool Parser::parseBlockHeader(std::initializer_list<QStringView> keywords, QStringView &keyword, Range &name,
                              int &braceEnd)
{
    const int start = m_lexer.pos();
    bool matched = false;
    for (QStringView candidate : keywords) {
        if (m_lexer.eat(candidate)) {
            keyword = candidate;
            matched = true;
            break;
        }
    }
    if (matched) {
        m_lexer.skipWhitespace();
        if (m_lexer.eatIdentifier(name)) {
            m_lexer.skipWhitespace();
            if (m_lexer.eat(u'{')) {
                braceEnd = m_lexer.pos();
                // BLOCK_OPEN swallows the rest of the "{" line (e.g. a comment after the brace).
                m_lexer.skipToLineEnd();
                if (m_lexer.eatNewline() || m_lexer.atEnd())
                    return true;
            }
        }
    }
    m_lexer.reset(start);
    return false;
}

bool Parser::atBlockEnd(bool &closed)
{
    m_lexer.skipWhitespace();
    if (m_lexer.atEnd()) {
        closed = false;
        return true;
    }
    if (m_lexer.eat(u'}')) {
        closed = true;
        return true;
    }
    return false;
}

void Parser::reportUnclosed(QStringView keyword, const Identifier &name, int start, int braceEnd)
{
    QStringView word = keyword;
    if (keyword == u"type")
        word = u"composite type";
    m_diagnostics.push(catalog::unclosedBlock(word, name.name, span(start, braceEnd)));
}

bool Parser::parseModel(std::optional<QString> &doc, std::vector<Top> &out)
{
    const int start = m_lexer.pos();
    QStringView keyword;
    Range name;
    int braceEnd = 0;
    if (!parseBlockHeader({u"model", u"type", u"view"}, keyword, name, braceEnd))
        return false;

    Model model;
    model.kind = keyword == u"model" ? Model::Kind::Model
                 : keyword == u"view" ? Model::Kind::View
                                      : Model::Kind::CompositeType;
    model.name = identifier(name);
    model.documentation = std::move(doc);
    const int innerStart = m_lexer.pos();

    std::optional<QString> pendingFieldDoc; // Prisma hands the last comment block to the next field
    bool closed = false;
    int innerEnd = innerStart;
    while (true) {
        if (atBlockEnd(closed)) {
            innerEnd = closed ? m_lexer.pos() - 1 : m_lexer.pos();
            break;
        }
        if (parseFieldLine(pendingFieldDoc, model))
            continue;
        Diagnostics attributeDiagnostics;
        if (parseBlockAttributeLine(m_blockAttributes, attributeDiagnostics)) {
            m_diagnostics.append(attributeDiagnostics);
            if (model.kind == Model::Kind::CompositeType) {
                const Attribute &attribute = m_blockAttributes.back();
                m_diagnostics.push(catalog::compositeTypeBlockAttribute(attribute.name.name, attribute.span));
            }
            continue;
        }
        std::optional<QString> commentDoc;
        if (parseCommentBlock(commentDoc)) {
            pendingFieldDoc = std::move(commentDoc);
            continue;
        }
        if (m_lexer.eatNewline())
            continue;
        m_diagnostics.push(catalog::invalidModelLine(catchAllLine()));
    }

    model.fields.reserve(m_modelFields.size());
    std::move(m_modelFields.begin(), m_modelFields.end(), std::back_inserter(model.fields));
    m_modelFields.clear();
    model.attributes = takeExactly(m_blockAttributes);
    model.span = span(start, m_lexer.pos());
    model.innerSpan = span(innerStart, std::max(innerStart, innerEnd));
    model.closed = closed;
    if (!closed)
        reportUnclosed(keyword, model.name, start, braceEnd);
    out.push_back(Top{m_fileId, std::move(model)});
    return true;
}

bool Parser::parseEnum(std::optional<QString> &doc, std::vector<Top> &out)
{
    const int start = m_lexer.pos();
    QStringView keyword;
    Range name;
    int braceEnd = 0;
    if (!parseBlockHeader({u"enum"}, keyword, name, braceEnd))
        return false;

    Enum enumeration;
    enumeration.name = identifier(name);
    enumeration.documentation = std::move(doc);
    const int innerStart = m_lexer.pos();
    std::optional<QString> pendingValueDoc;
    bool closed = false;
    int innerEnd = innerStart;
    while (true) {
        if (atBlockEnd(closed)) {
            innerEnd = closed ? m_lexer.pos() - 1 : m_lexer.pos();
            break;
        }
        if (auto value = parseEnumValueLine(pendingValueDoc)) {
            pendingValueDoc.reset();
            enumeration.values.push_back(std::move(*value));
            continue;
        }
        Diagnostics attributeDiagnostics;
        if (parseBlockAttributeLine(enumeration.attributes, attributeDiagnostics)) {
            m_diagnostics.append(attributeDiagnostics);
            continue;
        }
        std::optional<QString> commentDoc;
        if (parseCommentBlock(commentDoc)) {
            pendingValueDoc = std::move(commentDoc);
            continue;
        }
        if (m_lexer.eatNewline())
            continue;
        m_diagnostics.push(catalog::invalidEnumLine(catchAllLine()));
    }

    enumeration.span = span(start, m_lexer.pos());
    enumeration.innerSpan = span(innerStart, std::max(innerStart, innerEnd));
    enumeration.closed = closed;
    if (!closed)
        reportUnclosed(keyword, enumeration.name, start, braceEnd);
    out.push_back(Top{m_fileId, std::move(enumeration)});
    return true;
}

bool Parser::parseConfigBlock(std::optional<QString> &doc, std::vector<Top> &out)
{
    const int start = m_lexer.pos();
    QStringView keyword;
    Range name;
    int braceEnd = 0;
    if (!parseBlockHeader({u"datasource", u"generator"}, keyword, name, braceEnd))
        return false;

    ConfigBlock block;
    block.kind = keyword == u"datasource" ? ConfigBlock::Kind::Datasource : ConfigBlock::Kind::Generator;
    block.name = identifier(name);
    block.documentation = std::move(doc);
    const int innerStart = m_lexer.pos();
    bool closed = false;
    int innerEnd = innerStart;
    while (true) {
        if (atBlockEnd(closed)) {
            innerEnd = closed ? m_lexer.pos() - 1 : m_lexer.pos();
            break;
        }
        Diagnostics valueDiagnostics;
        if (auto property = parseKeyValueLine(valueDiagnostics)) {
            m_diagnostics.append(valueDiagnostics);
            block.properties.push_back(std::move(*property));
            continue;
        }
        std::optional<QString> ignoredDoc;
        if (parseCommentBlock(ignoredDoc) || m_lexer.eatNewline())
            continue;
        m_diagnostics.push(catalog::invalidConfigLine(keyword, catchAllLine()));
    }

    block.span = span(start, m_lexer.pos());
    block.innerSpan = span(innerStart, std::max(innerStart, innerEnd));
    block.closed = closed;
    if (!closed)
        reportUnclosed(keyword, block.name, start, braceEnd);
    out.push_back(Top{m_fileId, std::move(block)});
    return true;
}

bool Parser::parseTypeAlias(std::vector<Top> &out)
{
    // type_alias = TYPE_KEYWORD ~ identifier ~ "=" ~ base_type ~ field_attribute*
    const int start = m_lexer.pos();
    Range name;
    if (!m_lexer.eat(u"type"))
        return false;
    m_lexer.skipWhitespace();
    TypeAlias alias;
    Diagnostics ignored; // Prisma reports the alias itself and never looks inside it
    if (!m_lexer.eatIdentifier(name) || (m_lexer.skipWhitespace(), !m_lexer.eat(u'='))
        || (m_lexer.skipWhitespace(), !parseBaseType(alias.base, ignored))) {
        m_lexer.reset(start);
        return false;
    }
    int end = m_lexer.pos();
    while (true) {
        const int save = m_lexer.pos();
        m_lexer.skipWhitespace();
        if (m_lexer.peek() != u'@') {
            m_lexer.reset(save);
            break;
        }
        Attribute &attribute = alias.attributes.emplace_back();
        if (!parseAttribute(attribute, false, ignored)) {
            alias.attributes.pop_back();
            m_lexer.reset(save);
            break;
        }
        end = m_lexer.pos();
    }
    alias.name = identifier(name);
    alias.span = span(start, end);
    m_diagnostics.push(catalog::typeAlias(alias.span));
    out.push_back(Top{m_fileId, std::move(alias)});
    return true;
}

bool Parser::parseArbitraryBlock()
{
    // arbitrary_block = identifier ~ BLOCK_OPEN ~ ((!BLOCK_CLOSE ~ ANY) | NEWLINE)* ~ BLOCK_CLOSE
    const int start = m_lexer.pos();
    Range name;
    if (m_lexer.eatIdentifier(name)) {
        m_lexer.skipWhitespace();
        if (m_lexer.eat(u'{')) {
            m_lexer.skipToLineEnd();
            if (m_lexer.eatNewline()) {
                const qsizetype close = m_lexer.text().indexOf(u'}', m_lexer.pos());
                if (close >= 0) {
                    m_lexer.reset(static_cast<int>(close) + 1);
                    m_diagnostics.push(catalog::arbitraryBlock(span(start, m_lexer.pos())));
                    return true;
                }
            }
        }
    }
    m_lexer.reset(start);
    return false;
}

bool Parser::parseCommentBlock(std::optional<QString> &doc)
{
    // comment_block = ${ ((doc_comment | multi_line_comment | comment) ~ NEWLINE?)+ };
    // `///` and `/* */` comments are documentation, `//` ones are not.
    // The lines are joined as they come: most blocks are one `///` line, which then costs no list and no join.
    std::optional<QString> text;
    bool matched = false;
    while (true) {
        const int save = m_lexer.pos();
        m_lexer.skipWhitespace();
        std::optional<QString> line;
        if (!eatAnyComment(save, line)) {
            m_lexer.reset(save);
            break;
        }
        matched = true;
        if (line) {
            if (text)
                *text += u'\n' + *line;
            else
                text = std::move(line);
        }
        m_lexer.eatNewline();
    }
    if (matched)
        doc = std::move(text);
    return matched;
}

} // namespace facet::schema
