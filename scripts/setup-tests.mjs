// First step of `npm test`: installs the npm packages if this is a fresh clone, then makes sure
// Chromium and Firefox are there (see ensure-browsers.mjs).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../node_modules/.bin/wtr', import.meta.url))) {
  console.log('Installing npm packages (npm ci)…');
  execSync(existsSync(new URL('../package-lock.json', import.meta.url)) ? 'npm ci' : 'npm install', { stdio: 'inherit' });
}
await import('./ensure-browsers.mjs');
