#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
'use strict';
// bench-schema-oracle.js: the Prisma side of docs/BENCHMARKS.md "Schema language (issue 3)". Times exactly
// the wasm calls ../shared/prisma-kit/schema-oracle.js makes for a valid schema — psl.validate, then
// psl.get_dmmf — in one warm node process, so node start-up and wasm compilation are not in the numbers
// (they are reported apart: a user of `prisma validate` pays them, the studio's comparison does not).
//
//   node tests/bench/bench-schema-oracle.js [--iterations N] [--warmup W] [--psl auto|6|npm] <file|folder>
//   node tests/bench/bench-schema-oracle.js --cold <file|folder>     # one call in a fresh process
//
// Output: `RESULT key value` lines (the same format as facet_bench_schema), times in milliseconds.
// The kit is $PRISMA_KIT_HOME (default ~/.cache/prisma-kit), installed by packaging/prisma-kit.sh.
const { performance } = require('perf_hooks');
const tStart = performance.now(); // ms since the process began: what node start-up cost before this line
const fs = require('fs');
const os = require('os');
const path = require('path');

function usage(msg) {
  if (msg) process.stderr.write(`bench-schema-oracle: ${msg}\n`);
  process.stderr.write('usage: node bench-schema-oracle.js [--iterations N] [--warmup W] [--psl auto|6|npm] [--cold] <file|folder>\n');
  process.exit(2);
}

// Same file selection and order as schema-oracle.js (collectFiles), so both tools see the same schema.
function collectFiles(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return [p];
  const out = [];
  for (const e of fs.readdirSync(p, { withFileTypes: true })) {
    const full = path.join(p, e.name);
    if (e.isDirectory()) { if (e.name !== 'migrations' && e.name !== 'node_modules') out.push(...collectFiles(full)); }
    else if (e.name.endsWith('.prisma')) out.push(full);
  }
  return out.sort();
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  // Nearest-rank percentiles, the same definition facet_bench_schema uses.
  const rank = (q) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median, p95: rank(0.95), min: s[0] };
}

const fmt = (v) => v.toFixed(3);

function main(argv) {
  const opts = { iterations: 20, warmup: 3, psl: 'auto', cold: false };
  let input = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--iterations') opts.iterations = Number(argv[++i]);
    else if (a === '--warmup') opts.warmup = Number(argv[++i]);
    else if (a === '--psl') opts.psl = argv[++i];
    else if (a === '--cold') opts.cold = true;
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else if (input === null) input = a;
    else usage('one schema path only');
  }
  if (input === null) usage('no schema given');
  if (!(opts.iterations >= 1) || !(opts.warmup >= 0)) usage('bad --iterations/--warmup');

  const kit = process.env.PRISMA_KIT_HOME || path.join(os.homedir(), '.cache', 'prisma-kit');
  if (!fs.existsSync(path.join(kit, 'lib', 'psl-wasm.js')) || !fs.existsSync(path.join(kit, 'node_modules')))
    usage(`prisma kit not installed at ${kit} (packaging/prisma-kit.sh installs it)`);

  const files = collectFiles(input).map((p) => [p, fs.readFileSync(p, 'utf8')]);
  if (!files.length) usage('no .prisma files found');
  const bytes = files.reduce((n, [, src]) => n + Buffer.byteLength(src), 0);

  // The oracle's `--psl auto` rule, verbatim: Prisma 6.19 when a datasource keeps a URL (Prisma 7 rejects it).
  let which = opts.psl;
  if (which === 'auto') {
    const keepsUrl = files.some(([, src]) => /datasource\s+\w+\s*\{[^}]*^\s*(url|directUrl|shadowDatabaseUrl)\s*=/m.test(src));
    which = keepsUrl ? '6' : 'npm';
  }
  const tRequire0 = performance.now();
  const { psl } = require(path.join(kit, 'lib', 'psl-wasm.js')).loadPsl(which);
  const requireMs = performance.now() - tRequire0; // loads and instantiates the wasm (synchronously)
  const version = require(path.join(kit, 'node_modules', which === '6' ? 'prisma-schema-wasm-6' : '@prisma/prisma-schema-wasm', 'package.json')).version;

  // What schema-oracle.js passes: the same JSON request, built once (building it is not Prisma's work).
  const params = JSON.stringify({ prismaSchema: files, noColor: true });
  let validateMs = 0, dmmfMs = 0, dmmfChars = 0;
  const once = () => {
    const t0 = performance.now();
    psl.validate(params); // throws on an invalid schema: the benchmark is for valid ones
    const t1 = performance.now();
    const dmmf = psl.get_dmmf(params);
    const t2 = performance.now();
    validateMs = t1 - t0; dmmfMs = t2 - t1; dmmfChars = dmmf.length;
    return dmmf;
  };

  console.log(`INPUT ${input}`);
  console.log(`RESULT psl ${which === '6' ? 'prisma-6' : 'prisma-7'}@${version}`);
  console.log(`RESULT files ${files.length}`);
  console.log(`RESULT bytes ${bytes}`);

  if (opts.cold) {
    // One call in a fresh process: what `node schema-oracle.js`-style tools pay before any answer.
    const dmmf = once();
    const end = performance.now();
    console.log(`RESULT models ${JSON.parse(dmmf).datamodel.models.length}`);
    console.log(`RESULT cold_node_startup_ms ${fmt(tStart)}`);
    console.log(`RESULT cold_wasm_load_ms ${fmt(requireMs)}`);
    console.log(`RESULT cold_first_validate_ms ${fmt(validateMs)}`);
    console.log(`RESULT cold_first_dmmf_ms ${fmt(dmmfMs)}`);
    console.log(`RESULT cold_total_ms ${fmt(end)}`);
    return 0;
  }

  // Proof that the work is real, and the size of what get_dmmf hands back (not timed).
  const dm = JSON.parse(once()).datamodel;
  const fields = dm.models.reduce((n, m) => n + m.fields.length, 0);
  console.log(`RESULT models ${dm.models.length}`);
  console.log(`RESULT fields ${fields}`);
  console.log(`RESULT enums ${dm.enums.length}`);
  console.log(`RESULT dmmf_chars ${dmmfChars}`);

  for (let i = 0; i < opts.warmup; i++) once();
  const total = [], validate = [], dmmf = [];
  for (let i = 0; i < opts.iterations; i++) {
    const t0 = performance.now();
    once();
    total.push(performance.now() - t0);
    validate.push(validateMs);
    dmmf.push(dmmfMs);
  }
  for (const [key, samples] of [['prisma_validate_dmmf', total], ['prisma_validate', validate], ['prisma_get_dmmf', dmmf]]) {
    const s = stats(samples);
    console.log(`RESULT ${key}_median_ms ${fmt(s.median)}`);
    console.log(`RESULT ${key}_p95_ms ${fmt(s.p95)}`);
    console.log(`RESULT ${key}_min_ms ${fmt(s.min)}`);
  }
  console.log(`RESULT iterations ${opts.iterations}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
