// Fails when custom-elements.json is not what the analyzer produces from the sources, or when a
// public element lacks a summary.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'cem-'));
execSync(`npx cem analyze --outdir ${out}`, { stdio: 'ignore' });
const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
const committed = readFileSync('custom-elements.json', 'utf8');
if (fresh !== committed) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
const manifest = JSON.parse(fresh);
const missing = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && !declaration.summary)
  .map((declaration) => declaration.tagName);
if (missing.length) {
  console.error(`Elements without a @summary: ${missing.join(', ')}`);
  process.exit(1);
}
console.log('custom-elements.json is up to date; every element has a summary.');
