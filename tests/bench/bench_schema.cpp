// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// facet_bench_schema: the Facet side of docs/BENCHMARKS.md "Schema language (issue 3)".
//
//   facet_bench_schema [--iterations N] [--warmup W] [--cold] <file.prisma | folder>
//
// Times, over N warm iterations after W untimed ones:
//   - load:     loadSchemaPath (file reads + UTF-8 decoding), reported apart because Prisma's wasm is handed
//               the text and does no I/O;
//   - validate: validateSchema(SourceSet) = parse + resolve + validate, the whole pipeline behind the studio
//               and `facet inspect`, including freeing the result (Prisma's wasm frees its own too);
//   - parse:    parseSchema alone, so a regression can be placed without a profiler.
// --cold runs one load and one validate in this fresh process (the shell script times the process).
// Output is `RESULT key value` lines, times in milliseconds (median, nearest-rank p95, min). The schema must
// be valid: a benchmark of a schema that stops at the first error would measure the wrong thing, so errors are
// printed and the exit code is 1.
#include "ParsedSchema.h"
#include "ResolvedSchema.h"
#include "SchemaLoader.h"
#include "DiagnosticRenderer.h"

#include <QString>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace facet::schema;

namespace {

using Clock = std::chrono::steady_clock;

double elapsedMs(Clock::time_point from)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - from).count();
}

struct Stats {
    double median = 0;
    double p95 = 0;
    double min = 0;
};

Stats statsOf(std::vector<double> samples)
{
    std::ranges::sort(samples);
    const size_t n = samples.size();
    Stats s;
    s.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    // Nearest-rank, the same definition bench-schema-oracle.js uses.
    const auto rank = static_cast<size_t>(std::ceil(0.95 * static_cast<double>(n)));
    s.p95 = samples[std::clamp<size_t>(rank, 1, n) - 1];
    s.min = samples.front();
    return s;
}

void printStats(const char *key, const std::vector<double> &samples)
{
    const Stats s = statsOf(samples);
    std::printf("RESULT %s_median_ms %.3f\nRESULT %s_p95_ms %.3f\nRESULT %s_min_ms %.3f\n", key, s.median, key, s.p95,
                key, s.min);
}

// Keeps the optimiser from discarding a result it can see is unused.
volatile size_t g_sink = 0;

int usage(const char *message)
{
    std::fprintf(stderr, "facet_bench_schema: %s\nusage: facet_bench_schema [--iterations N] [--warmup W] [--cold] <file|folder>\n",
                 message);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    int iterations = 20;
    int warmup = 3;
    bool cold = false;
    QString input;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--iterations" || arg == "--warmup") && i + 1 < argc) {
            (arg == "--iterations" ? iterations : warmup) = std::atoi(argv[++i]);
        } else if (arg == "--cold") {
            cold = true;
        } else if (arg.starts_with("--")) {
            return usage("unknown option");
        } else if (input.isEmpty()) {
            input = QString::fromLocal8Bit(argv[i]);
        } else {
            return usage("one schema path only");
        }
    }
    if (input.isEmpty())
        return usage("no schema given");
    if (iterations < 1 || warmup < 0)
        return usage("bad --iterations/--warmup");

    auto firstLoadStart = Clock::now();
    auto loaded = loadSchemaPath(input);
    const double firstLoadMs = elapsedMs(firstLoadStart);
    if (!loaded) {
        std::fprintf(stderr, "facet_bench_schema: %s\n", qPrintable(loaded.error().message));
        return 2;
    }
    const SourceSet sources = std::move(*loaded);

    // One untimed (or, with --cold, the only) run that also proves the work is real.
    const auto firstStart = Clock::now();
    const ValidatedSchema first = validateSchema(sources);
    const double firstValidateMs = elapsedMs(firstStart);
    if (first.hasErrors()) {
        std::fprintf(stderr, "facet_bench_schema: %s is not valid; benchmarks need a valid schema:\n%s", qPrintable(input),
                     qPrintable(renderDiagnostics(first.diagnostics, sources)));
        return 1;
    }
    qsizetype bytes = 0;
    for (const SourceFile &file : sources.files())
        bytes += file.text().toUtf8().size();
    size_t fields = 0;
    for (const ResolvedModel &model : first.resolved.models)
        fields += model.fields.size();

    std::printf("INPUT %s\n", qPrintable(input));
    std::printf("RESULT files %d\nRESULT bytes %lld\nRESULT models %zu\nRESULT fields %zu\nRESULT enums %zu\n"
                "RESULT relations %zu\nRESULT warnings %zu\n",
                sources.size(), static_cast<long long>(bytes), first.resolved.models.size(), fields,
                first.resolved.enums.size(), first.resolved.relations.size(), first.diagnostics.warnings().size());
    if (cold) {
        std::printf("RESULT cold_first_load_ms %.3f\nRESULT cold_first_validate_ms %.3f\n", firstLoadMs, firstValidateMs);
        return 0;
    }

    for (int i = 0; i < warmup; ++i) {
        g_sink = g_sink + validateSchema(sources).resolved.models.size();
        g_sink = g_sink + loadSchemaPath(input)->size();
    }

    std::vector<double> load, validate, parse;
    load.reserve(static_cast<size_t>(iterations));
    validate.reserve(static_cast<size_t>(iterations));
    parse.reserve(static_cast<size_t>(iterations));
    for (int i = 0; i < iterations; ++i) {
        auto start = Clock::now();
        {
            auto again = loadSchemaPath(input);
            g_sink = g_sink + again->size();
        }
        load.push_back(elapsedMs(start));

        start = Clock::now();
        {
            // The result is destroyed inside the timed scope: freeing it is part of the cost.
            const ValidatedSchema validated = validateSchema(sources);
            g_sink = g_sink + validated.resolved.models.size() + validated.diagnostics.errors().size();
        }
        validate.push_back(elapsedMs(start));

        start = Clock::now();
        {
            const ParsedSchema parsed = parseSchema(sources);
            g_sink = g_sink + parsed.ast.tops.size();
        }
        parse.push_back(elapsedMs(start));
    }
    printStats("facet_load", load);
    printStats("facet_validate", validate);
    printStats("facet_parse", parse);
    std::printf("RESULT iterations %d\n", iterations);
    return 0;
}
