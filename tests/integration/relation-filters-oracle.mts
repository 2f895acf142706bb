// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Prisma Client runs tst_relation_filters' wheres on the same SQLite rows; prints each case as `same` or
// `DIFF` and exits 1 on a difference. Run by relation-filters-oracle.sh from inside the prisma kit.
import { PrismaClient } from './generated/client.ts';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { readFileSync } from 'node:fs';

const prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: 'file:' + process.cwd() + '/relations.db' }) });
const cases = JSON.parse(readFileSync('cases.json', 'utf8'));
// The key the test compares: the first primary key column.
const key = (model: string, row: any) => String(model === 'Edition' ? row.isbn : row.id);

async function main() {
  let differ = 0, skipped = 0;
  for (const c of cases) {
    if (JSON.stringify(c.where).includes('"mode"')) {
      skipped++; // Prisma's SQLite connector has no `mode`
      continue;
    }
    const delegate = (prisma as any)[c.model[0].toLowerCase() + c.model.slice(1)];
    const rows = await delegate.findMany({ where: c.where });
    const keys = rows.map((r: any) => key(c.model, r)).sort();
    const same = JSON.stringify(keys) === JSON.stringify(c.expected);
    if (!same) differ++;
    console.log(`${same ? 'same' : 'DIFF'}  ${c.tag}: prisma ${JSON.stringify(keys)} test ${JSON.stringify(c.expected)}`);
  }
  console.log(`${cases.length - skipped - differ} of ${cases.length - skipped} agree with Prisma Client (${skipped} skipped: mode)`);
  await prisma.$disconnect();
  process.exit(differ ? 1 : 0);
}
main();
