// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "bus/SqlFingerprint.h"

#include <QList>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace facet::db {
namespace {

enum class Tok {
    Keyword,     // known SQL keyword, upper-cased
    Word,        // unquoted identifier or function name, kept as written
    Quoted,      // "ident" or `ident`, kept exactly
    Value,       // a literal or placeholder, written as ?
    Open,        // (
    Close,       // )
    OpenBracket, // [
    CloseBracket,// ]
    Comma,
    Dot,
    Cast,        // ::
    Semicolon,
    Operator,    // anything else
};

struct Token {
    Tok type;
    QString text;
};

// Sorted for binary search. Structural words only: function names stay as written, so `count(*)` keeps its
// call form.
constexpr std::array kKeywords = {
    u"ALL", u"ALTER", u"ANALYZE", u"AND", u"ANY", u"ARRAY", u"AS", u"ASC", u"BEGIN", u"BETWEEN", u"BY",
    u"CASCADE", u"CASE", u"CAST", u"CHECK", u"COLLATE", u"COMMIT", u"COMMITTED", u"CONFLICT", u"CONSTRAINT",
    u"CREATE", u"CROSS", u"DEFAULT", u"DELETE", u"DESC", u"DISTINCT", u"DO", u"DROP", u"DUPLICATE", u"ELSE",
    u"END", u"ESCAPE", u"EXCEPT", u"EXISTS", u"EXPLAIN", u"FETCH", u"FIRST", u"FOR", u"FOREIGN", u"FROM", u"FULL",
    u"GROUP", u"HAVING", u"IF", u"IGNORE", u"ILIKE", u"IN", u"INDEX", u"INNER", u"INSERT", u"INTERSECT",
    u"INTERVAL", u"INTO", u"IS", u"ISOLATION", u"JOIN", u"KEY", u"LAST", u"LATERAL", u"LEFT", u"LEVEL", u"LIKE",
    u"LIMIT", u"LOCKED", u"NEXT", u"NOT", u"NOTHING", u"NOWAIT", u"NULL", u"NULLS", u"OFFSET", u"ON", u"ONLY",
    u"OR", u"ORDER", u"OUTER", u"OVER", u"PARTITION", u"PRAGMA", u"PRIMARY", u"READ", u"REFERENCES", u"RELEASE",
    u"REPEATABLE", u"REPLACE", u"RETURNING", u"RIGHT", u"ROLLBACK", u"ROW", u"ROWS", u"SAVEPOINT", u"SELECT",
    u"SERIALIZABLE", u"SET", u"SHARE", u"SKIP", u"SOME", u"START", u"TABLE", u"THEN", u"TO", u"TRANSACTION",
    u"UNCOMMITTED", u"UNION", u"UNIQUE", u"UPDATE", u"USING", u"VALUES", u"WHEN", u"WHERE", u"WINDOW", u"WITH",
    u"WORK", u"WRITE",
};

bool isKeyword(const QString &upper)
{
    Q_ASSERT(std::is_sorted(kKeywords.begin(), kKeywords.end()));
    return std::binary_search(kKeywords.begin(), kKeywords.end(), QStringView(upper),
                              [](QStringView a, QStringView b) { return a.compare(b) < 0; });
}

bool isWordStart(QChar c) { return c.isLetter() || c == u'_'; }
bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'$'; }
bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isOperatorChar(QChar c) { return QStringView(u"+-*/<>=~!@#%^&|?").contains(c); }

// An operand ends here, so a following sign is binary (`a - 1`), not part of a number (`= -1`).
bool endsOperand(const QList<Token> &out)
{
    if (out.isEmpty())
        return false;
    switch (out.back().type) {
    case Tok::Word:
    case Tok::Quoted:
    case Tok::Value:
    case Tok::Close:
    case Tok::CloseBracket: return true;
    default: return false;
    }
}

class Tokenizer {
public:
    Tokenizer(QStringView sql, bool backslashEscapes)
        : m_s(sql)
        , m_backslash(backslashEscapes)
    {
    }

    QList<Token> run()
    {
        QList<Token> out;
        while (m_i < m_s.size()) {
            const QChar c = m_s[m_i];
            if (c.isSpace()) {
                ++m_i;
            } else if (c == u'-' && peek(1) == u'-') {
                while (m_i < m_s.size() && m_s[m_i] != u'\n')
                    ++m_i;
            } else if (c == u'/' && peek(1) == u'*') {
                skipBlockComment();
            } else if (c == u'\'') {
                skipString(m_backslash);
                out.append({Tok::Value, u"?"_s});
            } else if (c == u'"' || c == u'`') {
                out.append({Tok::Quoted, quotedIdentifier(c)});
            } else if (c == u'$' && isDigit(peek(1))) {
                m_i += 1;
                while (m_i < m_s.size() && isDigit(m_s[m_i]))
                    ++m_i;
                out.append({Tok::Value, u"?"_s});
            } else if (c == u'$' && skipDollarQuoted()) {
                out.append({Tok::Value, u"?"_s});
            } else if (isDigit(c) || (c == u'.' && isDigit(peek(1)))) {
                skipNumber();
                out.append({Tok::Value, u"?"_s});
            } else if (isWordStart(c)) {
                word(out);
            } else if (c == u':' && peek(1) == u':') {
                m_i += 2;
                out.append({Tok::Cast, u"::"_s});
            } else if (c == u':' && isWordStart(peek(1))) {
                // :name placeholder (named parameters)
                ++m_i;
                while (m_i < m_s.size() && isWordChar(m_s[m_i]))
                    ++m_i;
                out.append({Tok::Value, u"?"_s});
            } else if (c == u'@' && isWordStart(peek(1))) {
                // @p1 / @name placeholder; @@system variables stay words via the branch below
                ++m_i;
                while (m_i < m_s.size() && isWordChar(m_s[m_i]))
                    ++m_i;
                out.append({Tok::Value, u"?"_s});
            } else if (c == u'(' || c == u')' || c == u'[' || c == u']' || c == u',' || c == u'.'
                       || c == u';') {
                ++m_i;
                out.append({punctuation(c), QString(c)});
            } else if (isOperatorChar(c)) {
                operatorRun(out);
            } else {
                ++m_i;
                out.append({Tok::Operator, QString(c)});
            }
        }
        return out;
    }

private:
    QChar peek(qsizetype ahead) const
    {
        return m_i + ahead < m_s.size() ? m_s[m_i + ahead] : QChar();
    }

    static Tok punctuation(QChar c)
    {
        switch (c.unicode()) {
        case u'(': return Tok::Open;
        case u')': return Tok::Close;
        case u'[': return Tok::OpenBracket;
        case u']': return Tok::CloseBracket;
        case u',': return Tok::Comma;
        case u'.': return Tok::Dot;
        default: return Tok::Semicolon;
        }
    }

    void skipBlockComment()
    {
        int depth = 0;
        while (m_i < m_s.size()) {
            if (m_s[m_i] == u'/' && peek(1) == u'*') {
                ++depth;
                m_i += 2;
            } else if (m_s[m_i] == u'*' && peek(1) == u'/') {
                m_i += 2;
                if (--depth == 0)
                    return;
            } else {
                ++m_i;
            }
        }
    }

    // At the opening quote. '' is an escaped quote in every dialect; backslash escapes only where enabled.
    void skipString(bool backslash)
    {
        ++m_i;
        while (m_i < m_s.size()) {
            const QChar c = m_s[m_i];
            if (backslash && c == u'\\') {
                m_i += 2;
            } else if (c == u'\'') {
                if (peek(1) == u'\'') {
                    m_i += 2;
                } else {
                    ++m_i;
                    return;
                }
            } else {
                ++m_i;
            }
        }
    }

    QString quotedIdentifier(QChar quote)
    {
        const qsizetype start = m_i++;
        while (m_i < m_s.size()) {
            if (m_s[m_i] == quote) {
                if (peek(1) == quote) {
                    m_i += 2;
                    continue;
                }
                ++m_i;
                break;
            }
            ++m_i;
        }
        return m_s.mid(start, m_i - start).toString();
    }

    // At '$': $$…$$ or $tag$…$tag$. False (nothing consumed) when this is not a dollar quote.
    bool skipDollarQuoted()
    {
        qsizetype j = m_i + 1;
        if (j < m_s.size() && isWordStart(m_s[j])) {
            while (j < m_s.size() && (m_s[j].isLetterOrNumber() || m_s[j] == u'_'))
                ++j;
        }
        if (j >= m_s.size() || m_s[j] != u'$')
            return false;
        const QStringView delimiter = m_s.mid(m_i, j - m_i + 1);
        const qsizetype end = m_s.indexOf(delimiter, j + 1);
        m_i = end < 0 ? m_s.size() : end + delimiter.size();
        return true;
    }

    void skipNumber()
    {
        if (m_s[m_i] == u'0' && (peek(1) == u'x' || peek(1) == u'X')) {
            m_i += 2;
            while (m_i < m_s.size() && isxdigit(m_s[m_i].toLatin1()))
                ++m_i;
            return;
        }
        while (m_i < m_s.size() && (isDigit(m_s[m_i]) || m_s[m_i] == u'_'))
            ++m_i;
        if (m_i < m_s.size() && m_s[m_i] == u'.' && peek(1) != u'.') {
            ++m_i;
            while (m_i < m_s.size() && isDigit(m_s[m_i]))
                ++m_i;
        }
        if (m_i < m_s.size() && (m_s[m_i] == u'e' || m_s[m_i] == u'E')) {
            const QChar next = peek(1);
            if (isDigit(next) || ((next == u'+' || next == u'-') && isDigit(peek(2)))) {
                m_i += 2;
                while (m_i < m_s.size() && isDigit(m_s[m_i]))
                    ++m_i;
            }
        }
    }

    void word(QList<Token> &out)
    {
        const qsizetype start = m_i;
        while (m_i < m_s.size() && isWordChar(m_s[m_i]))
            ++m_i;
        const QStringView text = m_s.mid(start, m_i - start);
        // E'…' (backslash escapes), N'…', X'…', B'…': a prefixed string literal.
        if (text.size() == 1 && m_i < m_s.size() && m_s[m_i] == u'\''
            && QStringView(u"EeNnXxBb").contains(text.front())) {
            skipString(m_backslash || text.front().toUpper() == u'E');
            out.append({Tok::Value, u"?"_s});
            return;
        }
        const QString upper = text.toString().toUpper();
        if (upper == u"TRUE"_s || upper == u"FALSE"_s)
            out.append({Tok::Value, u"?"_s});
        else if (isKeyword(upper))
            out.append({Tok::Keyword, upper});
        else
            out.append({Tok::Word, text.toString()});
    }

    void operatorRun(QList<Token> &out)
    {
        const qsizetype start = m_i;
        while (m_i < m_s.size() && isOperatorChar(m_s[m_i])) {
            // A comment starts inside the run: `a=-- x` is `a =` then a comment.
            if ((m_s[m_i] == u'-' && peek(1) == u'-') || (m_s[m_i] == u'/' && peek(1) == u'*'))
                break;
            ++m_i;
        }
        QStringView op = m_s.mid(start, m_i - start);
        // A trailing sign glued to a number with an operand-less left side is the number's sign: `=-1`, `(-1`.
        const QChar last = op.back();
        const bool signed_ = (last == u'-' || last == u'+')
            && m_i < m_s.size() && (isDigit(m_s[m_i]) || (m_s[m_i] == u'.' && isDigit(peek(1))));
        if (signed_ && (op.size() > 1 || !endsOperand(out))) {
            if (op.size() > 1)
                out.append({Tok::Operator, op.chopped(1).toString()});
            skipNumber();
            out.append({Tok::Value, u"?"_s});
            return;
        }
        out.append({Tok::Operator, op.toString()});
    }

    QStringView m_s;
    bool m_backslash;
    qsizetype m_i = 0;
};

// From `open` (an Open or OpenBracket token), the index of its matching close, or -1.
qsizetype matching(const QList<Token> &t, qsizetype open)
{
    const Tok o = t[open].type;
    const Tok c = o == Tok::Open ? Tok::Close : Tok::CloseBracket;
    int depth = 0;
    for (qsizetype i = open; i < t.size(); ++i) {
        if (t[i].type == o)
            ++depth;
        else if (t[i].type == c && --depth == 0)
            return i;
    }
    return -1;
}

// True when t[from, to) is `?` (`, ?`)* — a plain list of values.
bool isValueList(const QList<Token> &t, qsizetype from, qsizetype to)
{
    if (from >= to)
        return false;
    for (qsizetype i = from; i < to; ++i) {
        const bool wantValue = (i - from) % 2 == 0;
        if (wantValue ? t[i].type != Tok::Value : t[i].type != Tok::Comma)
            return false;
    }
    return (to - from) % 2 == 1;
}

bool sameTokens(const QList<Token> &t, qsizetype a, qsizetype b, qsizetype length)
{
    for (qsizetype k = 0; k < length; ++k) {
        if (t[a + k].type != t[b + k].type || t[a + k].text != t[b + k].text)
            return false;
    }
    return true;
}

QList<Token> collapseLists(const QList<Token> &in)
{
    QList<Token> out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const Token &tok = in[i];
        out.append(tok);
        const bool inList = tok.type == Tok::Keyword && tok.text == u"IN"_s;
        const bool arrayList = tok.type == Tok::Keyword && tok.text == u"ARRAY"_s;
        if ((inList || arrayList) && i + 1 < in.size()
            && in[i + 1].type == (inList ? Tok::Open : Tok::OpenBracket)) {
            const qsizetype close = matching(in, i + 1);
            if (close > 0 && isValueList(in, i + 2, close)) {
                out.append(in[i + 1]);
                out.append({Tok::Value, u"?+"_s});
                out.append(in[close]);
                i = close;
            }
        } else if (tok.type == Tok::Keyword && tok.text == u"VALUES"_s && i + 1 < in.size()
                   && in[i + 1].type == Tok::Open) {
            // Copy the first row, then swallow identical rows that follow: `(?, ?), (?, ?)` → `(?, ?)+`.
            const qsizetype firstClose = matching(in, i + 1);
            if (firstClose < 0)
                continue;
            const qsizetype rowLength = firstClose - i;
            for (qsizetype k = i + 1; k <= firstClose; ++k)
                out.append(in[k]);
            qsizetype next = firstClose + 1;
            bool repeated = false;
            while (next < in.size() && in[next].type == Tok::Comma && next + 1 + rowLength <= in.size()
                   && sameTokens(in, i + 1, next + 1, rowLength)) {
                repeated = true;
                next += rowLength + 1;
            }
            if (repeated)
                out.append({Tok::Operator, u"+"_s});
            i = next - 1;
        }
    }
    return out;
}

bool spaceBetween(const Token &prev, const Token &cur)
{
    switch (prev.type) {
    case Tok::Open:
    case Tok::OpenBracket:
    case Tok::Dot:
    case Tok::Cast: return false;
    default: break;
    }
    switch (cur.type) {
    case Tok::Close:
    case Tok::CloseBracket:
    case Tok::Comma:
    case Tok::Dot:
    case Tok::Cast:
    case Tok::Semicolon: return false;
    case Tok::Open: return prev.type != Tok::Word; // f(x), t(a, b); but IN (…), VALUES (…), "T" (…)
    case Tok::OpenBracket: return prev.type == Tok::Keyword && prev.text != u"ARRAY"_s;
    case Tok::Operator: return !(cur.text == u"+"_s && prev.type == Tok::Close); // the VALUES row marker
    default: return true;
    }
}

} // namespace

QString sqlFingerprint(QStringView sql, bool backslashEscapes)
{
    QList<Token> tokens = collapseLists(Tokenizer(sql, backslashEscapes).run());
    while (!tokens.isEmpty() && tokens.back().type == Tok::Semicolon)
        tokens.removeLast();
    QString out;
    out.reserve(sql.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i > 0 && spaceBetween(tokens[i - 1], tokens[i]))
            out += u' ';
        out += tokens[i].text;
    }
    return out;
}

quint64 fingerprintId(QStringView fingerprint)
{
    quint64 hash = 14695981039346656037ull;
    for (const QChar c : fingerprint) {
        hash ^= c.unicode();
        hash *= 1099511628211ull;
    }
    return hash;
}

} // namespace facet::db
