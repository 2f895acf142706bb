// SPDX-License-Identifier: MIT
#include "ParsedSchema.h"

#include "ParallelParse.h"
#include "Parser.h"

namespace facet::schema {

void parseSourceFile(const SourceSet &sources, FileId file, SchemaAst &ast, Diagnostics &diagnostics)
{
    Parser parser(sources.file(file), file, diagnostics);
    std::vector<Top> tops = parser.parse();
    ast.tops.insert(ast.tops.end(), std::make_move_iterator(tops.begin()), std::make_move_iterator(tops.end()));
}

ParsedSchema parseSchema(const SourceSet &sources)
{
    return parseSchema(sources, ParseOptions{});
}

ParsedSchema parseSchema(const SourceSet &sources, ParseOptions options)
{
    ParsedSchema result;
    result.sources = sources;
    parseFilesInParallel(result.sources, parseThreadCount(options.threads), result.ast, result.diagnostics);
    return result;
}

ParsedSchema parseSchemaText(const QString &text, const QString &path)
{
    SourceSet sources;
    sources.add(path, text);
    return parseSchema(sources);
}

} // namespace facet::schema
