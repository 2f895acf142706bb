// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "BrowseCommand.h"

#include "CommandTarget.h"
#include "RowPrinter.h"
#include "mapping/BrowseCursor.h"
#include "mapping/ModelTable.h"
#include "mapping/WhereFilter.h"

#include "ResolvedSchema.h"
#include "dialect/SelectWindow.h"
#include "pool/PoolRegistry.h"
#include "url/ConnectionUrl.h"
#include "value/PrismaJson.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace facet::cli {
using namespace facet::mapping;

namespace {

// Rows per window: large enough that round trips do not dominate, small enough that memory stays flat.
constexpr int WindowRows = 500;

using Failure = CommandFailure;

template <typename T>
using Step = std::expected<T, Failure>;

std::unexpected<Failure> failure(int code, const QString &line)
{
    return std::unexpected(Failure{code, line});
}

struct Arguments {
    QString model;
    QString schema;
    QString url;
    QString where;
    QStringList orderBy;
    std::optional<qint64> take;
    QString after;
    bool json = false;
};

Step<Arguments> parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption schemaOption(u"schema"_s, u"schema.prisma file or folder"_s, u"path"_s);
    const QCommandLineOption urlOption(u"url"_s, u"database URL (overrides the project's)"_s, u"url"_s);
    const QCommandLineOption whereOption(u"where"_s, u"Prisma where object as JSON (scalar filters and relation filters: some/every/none, is/isNot)"_s, u"json"_s);
    const QCommandLineOption orderOption(u"order-by"_s, u"field or field:desc; repeatable"_s, u"field"_s);
    const QCommandLineOption takeOption(u"take"_s, u"at most N rows"_s, u"n"_s);
    const QCommandLineOption afterOption(u"after"_s, u"cursor printed by an earlier run"_s, u"cursor"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"JSON Lines, one object per row"_s);
    parser.addOptions({schemaOption, urlOption, whereOption, orderOption, takeOption, afterOption, jsonOption});
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(helpOption);
    parser.addPositionalArgument(u"Model"_s, u"the Prisma model to read"_s);
    if (!parser.parse(QStringList{u"facet browse"_s} + arguments))
        return failure(ExitUsage, parser.errorText());
    if (parser.isSet(helpOption))
        return failure(ExitOk, parser.helpText() + u"  --metrics-out <file>       write Prisma's $metrics.json() of the run at exit"_s);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return failure(ExitUsage, u"name the model to browse: facet browse <Model>"_s);
    if (positional.size() > 1)
        return failure(ExitUsage, u"unexpected argument "_s + positional[1]);
    Arguments a;
    a.model = positional.front();
    a.schema = parser.value(schemaOption);
    a.url = parser.value(urlOption);
    a.where = parser.value(whereOption);
    a.orderBy = parser.values(orderOption);
    a.after = parser.value(afterOption);
    a.json = parser.isSet(jsonOption);
    if (parser.isSet(takeOption)) {
        bool ok = false;
        const qint64 take = parser.value(takeOption).toLongLong(&ok);
        if (!ok || take < 0)
            return failure(ExitUsage, u"--take: expected a whole number of rows (0 or more), got "_s + parser.value(takeOption));
        a.take = take;
    }
    return a;
}

Step<QList<db::SortKey>> sortKeys(const Arguments &args, const ModelTable &table)
{
    QList<db::SortKey> sort;
    for (const QString &spec : args.orderBy) {
        const qsizetype colon = spec.lastIndexOf(u':');
        const QString field = colon < 0 ? spec : spec.left(colon);
        const QString direction = colon < 0 ? u"asc"_s : spec.mid(colon + 1).toLower();
        if (direction != u"asc"_s && direction != u"desc"_s)
            return failure(ExitUsage, u"--order-by %1: the direction must be asc or desc"_s.arg(spec));
        const ModelColumn *column = table.byField(field);
        if (!column) {
            return failure(ExitUsage, u"--order-by %1: %2 has no field %3 (fields: %4)"_s.arg(
                                          spec, table.table.model, field, table.fieldNames().join(u", "_s)));
        }
        const db::ScalarKind kind = column->spec.type.kind;
        if (kind == db::ScalarKind::Json || column->spec.type.isList)
            return failure(ExitUsage, u"--order-by %1: Json and list fields cannot be sorted"_s.arg(spec));
        sort.append({column->spec.name, direction == u"desc"_s ? db::SortDirection::Descending : db::SortDirection::Ascending});
    }
    return sort;
}

QList<OrderKey> orderKeys(const QList<db::SortKey> &order, const ModelTable &table)
{
    QList<OrderKey> keys;
    for (const db::SortKey &k : order) {
        QString field = k.column;
        for (const ModelColumn &c : table.columns) {
            if (c.spec.name == k.column)
                field = c.field;
        }
        keys.append({field, k.direction == db::SortDirection::Descending});
    }
    return keys;
}

QString dbFailure(const db::DbError &error)
{
    return oneLine(error.summary());
}

struct Window {
    QList<QList<db::Value>> rows;
    QList<int> keyColumns;
};

int browse(const Arguments &args, Io &io)
{
    auto target = findCommandTarget(args.schema, args.url, io);
    if (!target)
        return io.err << "facet browse: " << target.error().line << "\n", target.error().code;
    const schema::ResolvedSchema &resolved = target->validated.resolved;
    const schema::ResolvedModel *model = resolved.findModel(args.model);
    if (!model) {
        QStringList names;
        for (const schema::ResolvedModel &m : resolved.models)
            names.append(m.name);
        io.err << "facet browse: unknown model \"" << args.model << "\"; the schema has: "
               << (names.isEmpty() ? u"no models"_s : names.join(u", "_s)) << "\n";
        return ExitUsage;
    }
    auto table = modelTable(resolved, *model, target->provider);
    if (!table)
        return io.err << "facet browse: " << table.error() << "\n", ExitInvalidInput;

    db::WindowRequest request;
    if (!args.where.isEmpty()) {
        auto filter = parseWhere(args.where, *table, &resolved);
        if (!filter)
            return io.err << "facet browse: " << filter.error().render() << "\n", ExitUsage;
        request.filter = std::move(*filter);
    }
    auto sort = sortKeys(args, *table);
    if (!sort)
        return io.err << "facet browse: " << sort.error().line << "\n", sort.error().code;
    request.sort = *sort;
    auto effective = db::effectiveOrder(table->table, request.sort);
    if (!effective)
        return io.err << "facet browse: " << dbFailure(effective.error()) << "\n", ExitUsage;
    const QList<OrderKey> order = orderKeys(*effective, *table);
    if (!args.after.isEmpty()) {
        auto cursor = decodeCursor(args.after, order, *table);
        if (!cursor)
            return io.err << "facet browse: " << cursor.error() << "\n", ExitUsage;
        request.cursor = std::move(*cursor);
    }

    const QString display = target->url.displayUrl();
    const auto parsedUrl = db::ConnectionUrl::parse(target->url.url);
    if (!parsedUrl) {
        // The parser's messages never hold the password; the display form is masked.
        io.err << "facet browse: " << oneLine(parsedUrl.error().toDbError().summary()) << " (" << display << ")\n";
        return args.url.isEmpty() ? ExitInvalidInput : ExitUsage;
    }
    const bool providerMatches = (parsedUrl->provider() == db::UrlProvider::PostgreSql) == (target->provider == db::Provider::PostgreSQL)
                                 && (parsedUrl->provider() == db::UrlProvider::MySql) == (target->provider == db::Provider::MySQL);
    if (!providerMatches) {
        io.err << "facet browse: the URL " << display << " does not match the datasource provider \""
               << db::providerName(target->provider) << "\"\n";
        return args.url.isEmpty() ? ExitInvalidInput : ExitUsage;
    }
    if (!args.json)
        io.err << "facet browse: " << model->name << " from " << display << " (" << target->url.description << ")\n";
    io.err.flush(); // before the rows, so a terminal shows where they come from first

    db::ConnectOptions connect;
    connect.readOnly = true; // browsing never writes, whatever the filter text holds
    connect.applicationName = u"facet browse"_s;
    auto pool = db::PoolRegistry::shared().pool(target->url.url, connect);
    if (!pool)
        return io.err << "facet browse: " << dbFailure(pool.error()) << "\n", ExitDatabase;

    RowPrinter printer(io.out, args.json ? RowPrinter::Format::Json : RowPrinter::Format::Text, table->fieldNames());
    const QString action = u"browse "_s + model->name;
    std::optional<qint64> remaining = args.take;
    QList<db::Value> lastKey;
    bool more = true;
    while (more && (!remaining || *remaining > 0)) {
        const int wanted = remaining ? int(std::min<qint64>(*remaining, WindowRows)) : WindowRows;
        // One row beyond what is printed tells whether a next page exists, so the last window of a --take
        // run does not hand out a cursor that leads nowhere.
        request.limit = wanted + 1;
        auto window = (*pool)->runBlocking(db::QueryOrigin::Cli, action, [&](db::Connection &c) -> db::Result<Window> {
            const db::Dialect dialect = db::Dialect::forServer(c.provider(), c.serverVersion());
            auto statement = db::buildWindow(dialect, table->table, request);
            if (!statement)
                return std::unexpected(statement.error());
            statement->statement.origin = db::QueryOrigin::Cli;
            statement->statement.model = model->name;
            statement->statement.action = action;
            auto result = c.execute(statement->statement);
            if (!result)
                return std::unexpected(result.error());
            return Window{std::move(result->rows), statement->keyColumns};
        });
        if (!window) {
            io.out.flush();
            io.err << "facet browse: " << dbFailure(window.error()) << "\n";
            return ExitDatabase;
        }
        more = window->rows.size() > wanted;
        if (more)
            window->rows.resize(wanted);
        if (!window->rows.isEmpty()) {
            QList<db::Value> key;
            for (int column : std::as_const(window->keyColumns))
                key.append(window->rows.back().value(column));
            lastKey = key;
            request.cursor = key;
        }
        for (QList<db::Value> &row : window->rows) {
            for (qsizetype i = 0; i < row.size() && i < table->columns.size(); ++i)
                row[i] = presentedValue(table->columns[i], row[i]);
        }
        printer.write(window->rows);
        if (remaining)
            *remaining -= window->rows.size();
    }
    printer.finish();

    const QString next = more && !lastKey.isEmpty() ? encodeCursor(order, lastKey) : QString();
    if (args.json) {
        io.err << "{\"rows\":" << printer.rowsWritten() << ",\"nextCursor\":"
               << (next.isEmpty() ? u"null"_s : QString::fromUtf8(db::jsonQuote(next))) << "}\n";
    } else {
        io.out << "(" << printer.rowsWritten() << (printer.rowsWritten() == 1 ? " row)\n" : " rows)\n");
        io.out << "next cursor: " << (next.isEmpty() ? u"none"_s : next) << "\n";
    }
    return ExitOk;
}

} // namespace

int runBrowse(const QStringList &arguments, Io &io)
{
    auto args = parseArguments(arguments);
    if (!args && args.error().code == ExitOk) {
        io.out << args.error().line << "\n";
        return ExitOk;
    }
    if (!args) {
        io.err << "facet browse: " << args.error().line << "\n";
        return args.error().code;
    }
    return browse(*args, io);
}

} // namespace facet::cli
