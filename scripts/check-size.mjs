// Size of the self-contained build (lit, flatpickr, idb, styles, locales and ours), gzip -9.
// The target is 35 KiB; the current build is over it (see docs/benchmarks.md and the issue notes),
// so CI enforces a regression ceiling until the bundle is brought down, and prints both.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { printBreakdown } from './size-breakdown.mjs';

const TARGET = 35 * 1024;
const CEILING = 90 * 1024;
const file = 'dist/standalone/admin-sessions.js';
const size = gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`${file}: ${kib(size)} gzip; target ${kib(TARGET)} ${size <= TARGET ? 'met' : 'NOT met'}; regression ceiling ${kib(CEILING)}`);
if (size > TARGET) printBreakdown(file);
if (size > CEILING) {
  console.error(`Over the regression ceiling of ${kib(CEILING)}: something large entered the standalone build.`);
  process.exit(1);
}
