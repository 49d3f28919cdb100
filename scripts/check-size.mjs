// The size budgets (minified, gzip -9, per file as a browser downloads it), enforced: CI fails when
// one is exceeded. `node scripts/check-size.mjs` after `npm run build`.
//   standalone entry         dist/standalone/admin-sessions.js and the chunks it imports statically
//                            (what a page downloads before the first row)
//   English, all opened      the entry plus every chunk but other languages' dictionaries and calendars
//   all standalone files     everything in dist/standalone (no maps)
//   one-file build           dist/one-file/admin-sessions.js
//   table-only app           a consumer app importing only `admin-sessions/table` (built by
//                            scripts/check-consumer.mjs into tmp/consumer/; skipped here when absent)
//   investigation tools      the chunks of issue 17's tools (`investigate-…`, `facets-…`), loaded after the
//                            first rows: moving through time, relative times, suggestions and shortcuts,
//                            saved views and watches, columns, facets
// Issue 15 set the English, all-files and one-file budgets for the widget it had; issue 17 added eight
// tools, on demand, that cost 14.5 KiB gzip (their English included) after 1.7 KiB of savings elsewhere (its features in
// docs/benchmarks.md). So those three hold issue 15's widget to issue 15's numbers (the investigation
// chunks left out), the investigation chunks have a budget of their own, and the totals with them
// are the sum of the two (one-file: 90 + 15 KiB).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { printBreakdown } from './size-breakdown.mjs';

const KiB = 1024;
/** The budgets of issue 15. */
const BUDGETS = { entry: 35 * KiB, english: 85 * KiB, all: 97 * KiB, oneFile: 90 * KiB, table: 20 * KiB, investigate: 15 * KiB };
const STANDALONE = 'dist/standalone';
const ENTRY = join(STANDALONE, 'admin-sessions.js');
const ONE_FILE = 'dist/one-file/admin-sessions.js';
const TABLE_APP = 'tmp/consumer/size/table';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
const jsFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(dir, name));

/** The files `file` imports statically (`import … from "./x.js"`, `import "./x.js"`), transitively. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["'](\.[^"']+)["']/g)) {
    staticClosure(join(dirname(file), match[1]), seen);
  }
  return seen;
}

/** A chunk that only another language needs: our dictionaries and flatpickr's calendar locales (`de-….js`). */
const otherLanguage = (file) => /^(?!en-)[a-z]{2}-[\w-]+\.js$/.test(file.split('/').pop());
/** A chunk of issue 17's investigation tools. */
const investigation = (file) => /^(investigate|facets)-[\w-]+\.js$/.test(file.split('/').pop());

const all = jsFiles(STANDALONE);
const sizes = new Map(all.map((file) => [file, gz(file)]));
const sum = (files) => [...files].reduce((total, file) => total + (sizes.get(file) ?? gz(file)), 0);
const entryFiles = staticClosure(ENTRY);
const englishFiles = all.filter((file) => !otherLanguage(file));
const investigationFiles = all.filter(investigation);

console.log('Standalone files (gzip -9):');
for (const file of [...all].sort((a, b) => sizes.get(b) - sizes.get(a))) {
  const tag = entryFiles.has(file) ? ' [entry]' : otherLanguage(file) ? ' [other language]' : investigation(file) ? ' [investigation]' : '';
  console.log(`  ${kib(sizes.get(file)).padStart(9)}  ${relative(STANDALONE, file)}${tag}`);
}

const withoutInvestigation = (files) => files.filter((file) => !investigation(file));
const results = [
  ['standalone entry (before the first row)', sum(entryFiles), BUDGETS.entry],
  ["English page, issue 15's features opened", sum(withoutInvestigation(englishFiles)), BUDGETS.english],
  ['investigation tools (issue 17, on demand)', sum(investigationFiles), BUDGETS.investigate],
  ['English page, every feature opened', sum(englishFiles), BUDGETS.english + BUDGETS.investigate],
  ['standalone files but the investigation tools', sum(withoutInvestigation(all)), BUDGETS.all],
  ['all standalone files', sum(all), BUDGETS.all + BUDGETS.investigate],
  ['one-file build', gz(ONE_FILE), BUDGETS.oneFile + BUDGETS.investigate],
];
if (existsSync(join(TABLE_APP, 'entry.txt'))) {
  const entry = join(TABLE_APP, readFileSync(join(TABLE_APP, 'entry.txt'), 'utf8').trim());
  results.push(['app importing only the table (its entry and static imports)', sum(staticClosure(entry)), BUDGETS.table]);
}
else console.log(`(${TABLE_APP} not built: run scripts/check-consumer.mjs for the table-only budget)`);

let failed = false;
console.log('\nBudgets:');
for (const [name, size, budget] of results) {
  const ok = size <= budget;
  failed ||= !ok;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${name}: ${kib(size)} of ${kib(budget)}${ok ? '' : `, ${kib(size - budget)} over`}`);
}
if (failed) {
  console.error('\nA size budget is exceeded. What the one-file build is made of:');
  printBreakdown(ONE_FILE);
  process.exit(1);
}
