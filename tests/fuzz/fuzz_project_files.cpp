// SPDX-License-Identifier: MIT
// libFuzzer target for the readers of files around the schema: the same bytes are read as a .env file
// (parsed, loaded with `${}` expansion into an environment), as prisma.config.ts (tokenized, extracted and
// every setting evaluated against that environment) and as a URL to mask.
#include "project/DotEnv.h"
#include "project/PrismaConfig.h"
#include "project/UrlMasking.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace facet::schema;

namespace {

void evaluate(const std::optional<ConfigSetting> &setting, const Environment &environment, const QString &path)
{
    if (!setting)
        return;
    const auto result = evaluateSetting(*setting, environment, path, u"datasource.url", u"pass --url");
    if (!result && result.error().line <= 0 && setting->isEvaluable())
        std::abort(); // every evaluation error names a place
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const DotEnvFile file(u"/fuzz/.env"_s, text);
    Environment environment(QHash<QString, QString> { { u"DATABASE_URL"_s, u"postgresql://u:p@h/db"_s } });
    ProjectDiagnostics diagnostics;
    environment.loadDotEnv(file, true, diagnostics);
    for (const DotEnvEntry &entry : file.entries()) {
        if (entry.line <= 0 || entry.column <= 0 || !environment.contains(entry.key))
            std::abort();
    }

    const PrismaConfig config = parsePrismaConfig(u"/fuzz/prisma.config.ts"_s, text);
    for (const auto *setting :
        { &config.schema, &config.migrationsPath, &config.url, &config.directUrl, &config.shadowDatabaseUrl })
        evaluate(*setting, environment, config.path);

    const QString masked = maskUrlPassword(text);
    return masked.isNull() && !text.isNull() ? 1 : 0;
}
