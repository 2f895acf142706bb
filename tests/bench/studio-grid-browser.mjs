// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// studio-grid-browser.mjs: Prisma Studio's grid as its user sees it, in headless Chromium (Debian's `chromium`
// package, driven by the kit's playwright-core), timed until the rows are on screen.
//
//   node tests/bench/studio-grid-browser.mjs --kit KIT --studio http://127.0.0.1:PORT --schema main|public
//          --table grid_bench --rows N [--runs 3] [--chromium /usr/bin/chromium]
//
// Steps: load Studio on the table's URL (page 0, 25 rows) until the cell "title 1" is rendered; type the page at
// 50% into "Page number" and press Enter until the first row of that page ("title <id>") is rendered; the same for
// the last page. The bench table's ids run 1..N with title 'title ' || id, so the expected cell is known.
// Every non-loopback request (Studio's telemetry) is aborted, as in the kit's studio-shot.js.
//
// Not part of `make bench-grid`: the build root has no browser (Debian's `chromium` would have to join
// packaging/root-packages.txt). Run on a host with `apt-get install chromium` against a `prisma studio` there.
// State (2026-11-26, docs/BENCHMARKS.md): the first page renders; on the 1M-row SQLite table the jump to page 20,001
// has not finished on any try: the Studio server kept a core busy and stopped answering, so this probe waits up to
// its 120 s timeout and fails there.
import { createRequire } from 'node:module';

const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
    if (fallback === undefined) throw new Error(`studio-grid-browser: --${name} is required`);
    return fallback;
};
const kit = arg('kit');
const studio = arg('studio');
const schema = arg('schema');
const table = arg('table');
const rows = Number(arg('rows'));
const runs = Number(arg('runs', '3'));
const chromiumPath = arg('chromium', '/usr/bin/chromium');
const pageSize = 25; // Studio's default "Rows per page"

const { chromium } = createRequire(`${kit}/package.json`)('playwright-core');
const browser = await chromium.launch({
    executablePath: chromiumPath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});

const cell = (page, id) => page.locator('td', { hasText: new RegExp(`^title ${id}$`) }).first();
const samples = { first_page: [], jump_50: [], jump_end: [] };
for (let run = 0; run < runs; run++) {
    // A fresh context per run: no cached pages from the previous run (Studio caches pages it has shown).
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
    const page = await context.newPage();
    page.setDefaultTimeout(120000);

    let start = performance.now();
    await page.goto(`${studio}/#schema=${schema}&table=${table}&view=table`);
    await cell(page, 1).waitFor();
    samples.first_page.push(performance.now() - start);

    for (const [key, pageIndex] of [['jump_50', Math.floor(rows / 2 / pageSize)], ['jump_end', Math.ceil(rows / pageSize) - 1]]) {
        const input = page.locator('input[aria-label="Page number"]');
        await input.fill(String(pageIndex + 1));
        start = performance.now();
        await input.press('Enter');
        await cell(page, pageIndex * pageSize + 1).waitFor();
        samples[key].push(performance.now() - start);
    }
    await context.close();
}
await browser.close();

const fmt = (v) => v.toFixed(0);
for (const [key, values] of Object.entries(samples)) {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(`RESULT studio_browser_${key}_ms ${values.map(fmt).join(' ')} (median ${fmt(sorted[Math.floor(sorted.length / 2)])})`);
}
