// SPDX-License-Identifier: MIT
#include "ParallelParse.h"

#include "ParallelFor.h"
#include "Parser.h"
#include "TopLevelSplitter.h"

#include <QThread>

#include <algorithm>
#include <iterator>
#include <limits>

namespace facet::schema {

namespace {

// Below this many characters in all, threads cost more than they save (a thread start is tens of
// microseconds; the parser reads roughly 100 characters per microsecond).
constexpr qsizetype minParallelSize = 64 * 1024;
// Stretches smaller than this are not worth a parser of their own (each interns its own names).
constexpr int minStretchSize = 32 * 1024;
// A few stretches per thread, so that one slow stretch does not leave the other threads idle.
constexpr int stretchesPerThread = 4;
constexpr int maxThreads = 16;
constexpr int toEnd = std::numeric_limits<int>::max();

// One stretch of one file and, once parsed, what the parser made of it.
struct Stretch {
    FileId file;
    int start = 0;
    int stop = toEnd;
    Parser::Chunk chunk;
    Diagnostics diagnostics;

    void parse(const SourceSet &sources)
    {
        Parser parser(sources.file(file), file, diagnostics);
        chunk = parser.parseChunk(start, stop);
    }
    // The parser stopped exactly where the next stretch starts, between two items, with no doc comment
    // waiting for the next item: so the next stretch's parser starts in the whole-file parser's state.
    [[nodiscard]] bool endsCleanly() const { return stop == toEnd || (chunk.end == stop && !chunk.docPending); }
};

std::vector<Stretch> cutIntoStretches(const SourceSet &sources, int targetSize)
{
    std::vector<Stretch> stretches;
    for (int i = 0; i < sources.size(); ++i) {
        const FileId file{i};
        const QString &text = sources.file(file).text();
        std::vector<int> cuts;
        if (text.size() >= 2 * qsizetype(targetSize))
            cuts = topLevelCuts(text, targetSize);
        int start = 0;
        for (int cut : cuts) {
            stretches.push_back(Stretch{file, start, cut, {}, {}});
            start = cut;
        }
        stretches.push_back(Stretch{file, start, toEnd, {}, {}});
    }
    return stretches;
}

void parseWhole(const SourceSet &sources, FileId file, SchemaAst &ast, Diagnostics &diagnostics)
{
    Parser parser(sources.file(file), file, diagnostics);
    std::vector<Top> tops = parser.parse();
    ast.tops.insert(ast.tops.end(), std::make_move_iterator(tops.begin()), std::make_move_iterator(tops.end()));
}

} // namespace

int parseThreadCount(int requested)
{
    if (requested <= 0) {
        bool set = false;
        requested = qEnvironmentVariableIntValue("FACET_SCHEMA_THREADS", &set);
        if (!set || requested <= 0)
            requested = QThread::idealThreadCount();
    }
    return std::clamp(requested, 1, maxThreads);
}

void parseFilesInParallel(const SourceSet &sources, int threads, SchemaAst &ast, Diagnostics &diagnostics)
{
    qsizetype total = 0;
    for (const SourceFile &file : sources.files())
        total += file.text().size();
    if (threads <= 1 || total < minParallelSize) {
        for (int i = 0; i < sources.size(); ++i)
            parseWhole(sources, FileId{i}, ast, diagnostics);
        return;
    }

    const int targetSize = int(std::max<qsizetype>(minStretchSize, total / (qsizetype(threads) * stretchesPerThread)));
    std::vector<Stretch> stretches = cutIntoStretches(sources, targetSize);
    if (stretches.size() < 2) {
        parseWhole(sources, FileId{0}, ast, diagnostics);
        return;
    }
    parallelFor(stretches.size(), threads, [&](size_t i) { stretches[i].parse(sources); });

    // Room for every item at once, rather than growing (and moving every item so far) stretch by stretch.
    size_t items = ast.tops.size();
    for (const Stretch &stretch : stretches)
        items += stretch.chunk.tops.size();
    ast.tops.reserve(items);
    // Join in source order, file by file; a file with an unconfirmed cut is parsed again in one piece.
    for (auto first = stretches.begin(); first != stretches.end();) {
        const auto last = std::find_if(first, stretches.end(), [&](const Stretch &s) { return s.file != first->file; });
        if (std::all_of(first, last, [](const Stretch &s) { return s.endsCleanly(); })) {
            for (auto s = first; s != last; ++s) {
                ast.tops.insert(ast.tops.end(), std::make_move_iterator(s->chunk.tops.begin()),
                                std::make_move_iterator(s->chunk.tops.end()));
                diagnostics.append(s->diagnostics);
            }
        } else {
            parseWhole(sources, first->file, ast, diagnostics);
        }
        first = last;
    }
}

} // namespace facet::schema
