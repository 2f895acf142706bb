// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// studio-grid-bench.mjs: the data fetch of Prisma Studio's table grid, timed without a browser.
//
//   node tests/bench/studio-grid-bench.mjs --kit KIT --studio http://127.0.0.1:PORT --provider postgresql|sqlite
//          --table grid_bench [--runs 3] [--page-size 25] [--log FILE]
//
// Studio's frontend builds its SQL in the browser with @prisma/studio-core's database adapter and sends it to the
// `prisma studio` server as POST /bff (procedure "query"); the server runs it and answers with JSON rows. This
// script loads that same adapter and BFF client from the kit's node_modules (the version `prisma studio` bundles,
// checked below), so the HTTP requests are the ones Studio's grid issues, byte for byte; it only replaces the
// browser. Each step is timed from its first request until the whole last response has arrived and been decoded
// by the adapter (per-request times go to --log). Rendering is excluded: the numbers are a lower bound of what a
// Studio user waits.
//
// Steps, as a user does them: open Studio (introspection), open the table (page 0, Studio's default 25 rows,
// natural order, empty filter), type the page at 50% into "Page number", then the last page. Studio's page query
// carries the table's full row count (`__ps_count__`), so every page request counts the whole table.
// Prints `RESULT key value` lines like facet_bench_grid.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
    if (fallback === undefined) throw new Error(`studio-grid-bench: --${name} is required`);
    return fallback;
};
const kit = arg('kit');
const studio = arg('studio');
const provider = arg('provider');
const tableName = arg('table');
const runs = Number(arg('runs', '3'));
const pageSize = Number(arg('page-size', '25'));
const logFile = arg('log', '');

const require = createRequire(`${kit}/package.json`);
const bundled = require('prisma/package.json').dependencies['@prisma/studio-core'];
const installed = JSON.parse(readFileSync(`${kit}/node_modules/@prisma/studio-core/package.json`, 'utf8')).version;
if (bundled !== installed) {
    // A different adapter would build different SQL: the replay would no longer be Studio's.
    console.error(`studio-grid-bench: prisma bundles @prisma/studio-core ${bundled}, the kit has ${installed}`);
    process.exit(2);
}
const { createStudioBFFClient } = require('@prisma/studio-core/data/bff');
const createAdapter = provider === 'sqlite'
    ? require('@prisma/studio-core/data/sqlite-core').createSQLiteAdapter
    : require('@prisma/studio-core/data/postgres-core').createPostgresAdapter;

// Every POST the adapter makes, timed until the full body is read, with its body kept for the log.
const requests = [];
const timedFetch = async (url, init) => {
    const start = performance.now();
    const response = await fetch(url, init);
    const body = await response.arrayBuffer();
    const ms = performance.now() - start;
    requests.push({ url: String(url), request: JSON.parse(init.body), ms, status: response.status, bytes: body.byteLength });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
};
// The frontend's own wiring: createStudioBFFClient({ url: "/bff" }) handed to the provider's adapter.
const adapter = createAdapter({ executor: createStudioBFFClient({ url: `${studio}/bff`, fetch: timedFetch }) });

const emptyFilter = () => ({ kind: 'FilterGroup', filters: [], after: 'and', id: 'bench' });

async function step(name, fn) {
    // Wall time, not the sum of the requests: introspection sends its queries concurrently.
    const start = performance.now();
    const [error, result] = await fn();
    const ms = performance.now() - start;
    if (error) throw new Error(`studio-grid-bench: ${name}: ${error.message ?? error}`);
    return { result, ms };
}

const [introError, introspection] = await adapter.introspect({});
if (introError) throw new Error(`studio-grid-bench: introspection: ${introError.message}`);
const schemaName = adapter.defaultSchema ?? Object.keys(introspection.schemas)[0];
const table = introspection.schemas[schemaName]?.tables?.[tableName];
if (!table) throw new Error(`studio-grid-bench: table ${tableName} not found in schema ${schemaName}`);
requests.length = 0; // the first introspection only found the table; each run below repeats it, timed

const page = (pageIndex) => () => adapter.query(
    { pageIndex, pageSize, sortOrder: [], table, filter: emptyFilter(), fullTableSearchTerm: undefined }, {});

const samples = { open_introspect: [], first_page: [], jump_50: [], jump_end: [] };
let rowCount = 0;
for (let run = 0; run < runs; run++) {
    samples.open_introspect.push((await step('introspection', () => adapter.introspect({}))).ms);
    const first = await step('first page', page(0));
    rowCount = Number(first.result.filteredRowCount);
    if (first.result.rows.length !== Math.min(pageSize, rowCount)) throw new Error('studio-grid-bench: short first page');
    samples.first_page.push(first.ms);
    const middle = Math.floor(rowCount / 2 / pageSize);
    const last = Math.max(0, Math.ceil(rowCount / pageSize) - 1);
    const mid = await step('page at 50%', page(middle));
    if (mid.result.rows.length !== pageSize) throw new Error('studio-grid-bench: short page at 50%');
    samples.jump_50.push(mid.ms);
    const end = await step('last page', page(last));
    if (end.result.rows.length === 0) throw new Error('studio-grid-bench: empty last page');
    samples.jump_end.push(end.ms);
}

const fmt = (v) => v.toFixed(1);
console.log(`RESULT studio_rows ${rowCount}`);
console.log(`RESULT studio_page_size ${pageSize}`);
for (const [key, values] of Object.entries(samples)) {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(`RESULT studio_${key}_ms ${values.map(fmt).join(' ')} (median ${fmt(sorted[Math.floor(sorted.length / 2)])})`);
}
if (logFile) writeFileSync(logFile, JSON.stringify(requests, null, 2));
