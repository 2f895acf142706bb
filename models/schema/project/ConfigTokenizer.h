// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace facet::schema {

// A token of a JavaScript/TypeScript file, enough to find literal settings in prisma.config.ts without
// running it. Comments and whitespace are dropped. Template literals are one token: without `${…}` they
// are plain strings, with substitutions they are marked and their inside is skipped (nested braces,
// strings and templates included). Regular-expression literals are not recognised (a config has none
// worth reading; at worst a quote inside one ends a string early, which only hides later settings).
struct ConfigToken {
    enum class Kind {
        Identifier, // also keywords
        String, // '…' or "…": text = the cooked value
        Template, // `…`: text = the cooked value when !hasSubstitution
        Number,
        Punctuator, // text = one of `?? || ... => ?. ` or a single character
    };
    Kind kind = Kind::Punctuator;
    QString text;
    int offset = 0; // in the file's text
    int line = 1; // 1-based
    int column = 1; // 1-based, UTF-16 code units
    bool hasSubstitution = false; // Template only
    bool terminated = true; // String/Template: false when the file or line ended first

    [[nodiscard]] bool is(QStringView punctuator) const { return kind == Kind::Punctuator && text == punctuator; }
    [[nodiscard]] bool isIdentifier(QStringView name) const { return kind == Kind::Identifier && text == name; }
    [[nodiscard]] bool isStringLike() const
    {
        return kind == Kind::String || (kind == Kind::Template && !hasSubstitution);
    }
};

// Never fails: unknown characters become single-character punctuators; linear in the text size.
std::vector<ConfigToken> tokenizeConfig(QStringView text);

} // namespace facet::schema
