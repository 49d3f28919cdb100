// Where the test browsers are: CHROME_PATH / FIREFOX_PATH, else Debian's packages.
import { existsSync } from 'node:fs';

const first = (...paths) => paths.find((p) => p && existsSync(p)) ?? null;

export function chromePath() {
  return first(process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome');
}

export function firefoxPath() {
  return first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox');
}

export const CHROME_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
