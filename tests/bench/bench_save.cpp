// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// docs/BENCHMARKS.md "Save (issue 5)": 10,000 staged edits saved in one guarded transaction on PostgreSQL,
// through the studio's own path (ChangeSet → saveChanges: planSave, executeBatch pipeline, RETURNING).
//
//     facet_bench_save postgresql://user:pw@127.0.0.1:port/db [edits=10000] [runs=5]
//
// Each run re-creates the table "BenchSave" (id, title, version) with `edits` rows, reads every row (the
// snapshots the grid would hold), stages one title edit per row (timed: staging) and saves (timed: save).
// Prints one line per run and `RESULT save_ms <median>`. BREAKDOWN=1 also times planning and the bare pipeline
// (on a batch rolled back before the timed save). GROUPED=0 saves one statement per row (no set-based UPDATE).
#include "core/Connection.h"
#include "edit/ChangeSaver.h"
#include "edit/ChangeSet.h"
#include "edit/ClientDefaults.h"
#include "edit/SavePlan.h"
#include "url/ConnectionUrl.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace facet;

namespace {

const QString SchemaText = uR"(datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}
model BenchSave {
  id      Int    @id
  title   String
  version Int    @default(0)
}
)"_s;

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "facet_bench_save: %s\n", qPrintable(what));
    std::exit(1);
}

void run(db::Connection &c, const QString &sql)
{
    if (auto r = c.execute(db::Statement(sql)); !r)
        die(sql + u": "_s + r.error().summary());
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        die(u"usage: facet_bench_save URL [edits] [runs]"_s);
    const int edits = args.size() > 2 ? args[2].toInt() : 10000;
    const int runs = args.size() > 3 ? args[3].toInt() : 5;
    auto url = db::ConnectionUrl::parse(args[1]);
    if (!url)
        die(url.error().message);
    auto connection = db::openConnection(*url);
    if (!connection)
        die(connection.error().summary());
    db::Connection &c = **connection;
    auto validated = schema::validateSchemaText(SchemaText);
    const auto schema = std::make_shared<const edit::EditSchema>(std::move(validated.resolved), db::Provider::PostgreSQL);
    const edit::EditSchema::Model &model = **schema->model(u"BenchSave");

    QList<double> saveMs, stageMs;
    for (int round = 1; round <= runs; ++round) {
        run(c, u"DROP TABLE IF EXISTS \"BenchSave\""_s);
        run(c, u"CREATE TABLE \"BenchSave\" (id integer PRIMARY KEY, title text NOT NULL, version integer NOT NULL DEFAULT 0)"_s);
        run(c, u"INSERT INTO \"BenchSave\" (id, title) SELECT g, 'title ' || g FROM generate_series(1, %1) g"_s.arg(edits));
        run(c, u"VACUUM ANALYZE \"BenchSave\""_s);
        auto rows = c.execute(db::Statement(u"SELECT id, title, version FROM \"BenchSave\" ORDER BY id"_s));
        if (!rows)
            die(rows.error().summary());

        edit::ChangeSet changes(schema);
        QElapsedTimer timer;
        timer.start();
        for (const QList<db::Value> &row : std::as_const(rows->rows)) {
            edit::RowSnapshot snapshot;
            snapshot.values = {{u"id"_s, row[0]}, {u"title"_s, row[1]}, {u"version"_s, row[2]}};
            const db::RowKey key{{u"id"_s, row[0]}};
            if (auto r = changes.stageUpdate(u"BenchSave"_s, key, u"title"_s, db::Value::fromString(u"edited %1"_s.arg(row[0].toInt())), snapshot); !r)
                die(r.error());
        }
        stageMs.append(double(timer.nsecsElapsed()) / 1e6);

        const QList<edit::StagedRow> staged = changes.rows();
        if (qEnvironmentVariableIntValue("BREAKDOWN") == 1) {
        // Where the time goes (planning vs the pipeline alone), on a batch that is rolled back.
        timer.restart();
        const db::Dialect dialect = db::Dialect::forServer(c.provider(), c.serverVersion());
        auto plan = edit::planSave(*schema, dialect, staged, edit::currentDateTime());
        const double planMs = double(timer.nsecsElapsed()) / 1e6;
        if (!plan)
            die(plan.error().summary());
        QList<db::Statement> statements;
        for (const edit::PlannedWrite &w : *plan)
            statements.append(w.statement);
        timer.restart();
        if (auto b = c.begin(); !b)
            die(b.error().summary());
        auto batch = c.executeBatch(statements);
        const double batchMs = double(timer.nsecsElapsed()) / 1e6;
        if (!batch)
            die(batch.error().summary());
        (void)c.rollback();
        std::printf("  plan %.1f ms, executeBatch alone %.1f ms\n", planMs, batchMs);
        }
        timer.restart();
        edit::SaveOptions options;
        options.groupUpdates = qEnvironmentVariable("GROUPED", u"1"_s) != u"0"_s; // GROUPED=0: one statement per row
        const edit::SaveOutcome outcome = edit::saveChanges(c, *schema, staged, options);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (outcome.status != edit::SaveOutcome::Status::Saved)
            die(outcome.failure ? outcome.failure->describe() : u"conflict"_s);
        saveMs.append(ms);
        auto check = c.execute(db::Statement(u"SELECT count(*) FROM \"BenchSave\" WHERE version = 1 AND title LIKE 'edited %'"_s));
        if (!check || check->rows[0][0].toBigInt() != edits)
            die(u"the save did not write every row"_s);
        std::printf("run %d: staged %d edits in %.1f ms, saved in %.1f ms (%d statements, %lld rows re-read by RETURNING)\n", round,
                    edits, stageMs.last(), ms, outcome.statements, static_cast<long long>(outcome.savedRows.size()));
        Q_UNUSED(model);
    }
    std::printf("RESULT stage_ms %.1f\nRESULT save_ms %.1f\n", median(stageMs), median(saveMs));
    return 0;
}
