// Makes sure Chromium and Firefox exist before the tests run: installs Debian's packages when it
// can (root + apt-get), otherwise says in one line what to install or which variable to set.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromePath, firefoxPath } from './browsers.mjs';

const missing = [];
if (!chromePath()) missing.push('chromium');
if (!firefoxPath()) missing.push('firefox-esr');
if (missing.length === 0) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(
    `Test browsers missing: install ${missing.join(' and ')} (e.g. sudo apt-get install -y ${missing.join(' ')}) ` +
      'or set CHROME_PATH / FIREFOX_PATH to their executables.',
  );
  process.exit(1);
}
console.log(`Installing ${missing.join(' and ')} with apt-get (one time, about a minute)…`);
try {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq', { stdio: 'inherit', env });
  execSync(`apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`, { stdio: 'inherit', env });
} catch {
  console.error(`apt-get could not install ${missing.join(' ')}; install them by hand or set CHROME_PATH / FIREFOX_PATH.`);
  process.exit(1);
}
