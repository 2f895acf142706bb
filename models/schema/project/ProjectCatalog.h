// SPDX-License-Identifier: MIT
#pragma once

#include "project/ProjectDiagnostic.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// Every message of project and datasource discovery (the counterpart of DiagnosticCatalog.h for files
// around the schema). Wording follows the Prisma CLI (packages/internals getSchema.ts, tryLoadEnvs.ts,
// packages/config env()) and prisma-engines' P1012 datasource errors; messages Prisma does not have are
// marked "Facet:" in ProjectCatalog.cpp. No message ever contains a URL that has not been masked.
namespace facet::schema::catalog::project {

struct Place {
    QString file;
    int line = 0;
    int column = 0;
};

// Schema discovery.
ProjectDiagnostic schemaArgumentNotFound(QStringView relativePath, bool wrongType);
ProjectDiagnostic configSchemaNotFound(QStringView path, QStringView configName, bool wrongType, Place where);
ProjectDiagnostic packageJsonSchemaNotFound(QStringView path, QStringView packageJson, bool wrongType);
ProjectDiagnostic packageJsonSchemaNotString(QStringView packageJson);
// `tried`: one "path: file not found" line per default location, as Prisma prints them.
ProjectDiagnostic schemaNotFound(const QStringList &tried);

// prisma.config.ts.
ProjectDiagnostic configUnreadable(QStringView path, QStringView reason);
ProjectDiagnostic configNoDefaultExport(QStringView path);
ProjectDiagnostic configCannotEvaluate(QStringView key, QStringView hint, Place where);
ProjectDiagnostic configUnterminated(QStringView what, Place where);

// .env files.
ProjectDiagnostic envFileUnreadable(QStringView path, QStringView reason);
ProjectDiagnostic envConflict(QStringView rootEnv, QStringView schemaEnv, const QStringList &keys);
ProjectDiagnostic envShadowed(QStringView rootEnv, QStringView schemaEnv, const QStringList &keys);
ProjectDiagnostic envExpansionCycle(QStringView key, Place where);
ProjectDiagnostic envExpansionTooLarge(QStringView key, Place where);

// The datasource URL.
ProjectDiagnostic envVarNotFound(QStringView name, Place where); // P1012, schema env()
ProjectDiagnostic configEnvVarNotFound(QStringView name, Place where); // prisma/config env()
ProjectDiagnostic emptyUrl(QStringView datasource, QStringView envVar, Place where);
ProjectDiagnostic noDatasource();
ProjectDiagnostic noUrl(QStringView datasource, QStringView key, bool hasConfig);
ProjectDiagnostic urlNotString(QStringView datasource, QStringView key, Place where);

} // namespace facet::schema::catalog::project
