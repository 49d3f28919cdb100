// The self-contained build (lit, flatpickr, idb, styles and ours) must stay within 35 KiB gzip.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 35 * 1024;
const file = 'dist/standalone/admin-sessions.js';
const size = gzipSync(readFileSync(file), { level: 9 }).length;
const line = `${file}: ${(size / 1024).toFixed(1)} KiB gzip (budget ${BUDGET / 1024} KiB)`;
if (size > BUDGET) {
  console.error(`${line}: over budget`);
  process.exit(1);
}
console.log(line);
