// Runs what the builds produced, in headless Chromium, as a page would: the standalone entry with
// its chunks, the one-file build, and the consumer apps of scripts/check-consumer.mjs (run it
// first). Each page must show its element with rows (or its controls), define the parts it loads
// on demand, and log no error. `node scripts/smoke-builds.mjs` after `npm run build`.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, chromePath } from './browsers.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const APPS = join(ROOT, 'tmp/consumer/size');
const now = Date.now();
const ENTRIES = Array.from({ length: 12 }, (_, i) => ({
  id: `e${i}`,
  time: now - i * 60_000,
  admin: { id: String(i % 3), name: `Admin ${i % 3}`, email: `admin${i % 3}@example.com` },
  ip: `203.0.113.${i + 1}`,
  url: `/admin/clients/${i}`,
  type: i % 4 ? 'WEB' : 'API',
  method: i % 2 ? 'GET' : 'POST',
  userAgent: null,
}));

/** Sets `fetchPage` on every `<admin-sessions>` and entries on a lone table, once they are defined. */
const FEED = `<script type="module">
  const entries = ${JSON.stringify(ENTRIES)};
  customElements.whenDefined('admin-sessions').then(() => {
    for (const el of document.querySelectorAll('admin-sessions')) el.fetchPage = async () => ({ entries, total: entries.length, nextCursor: null });
  });
  customElements.whenDefined('admin-sessions-table').then(() => {
    for (const el of document.querySelectorAll('body > admin-sessions-table')) el.entries = entries;
  });
</script>`;

const widget = '<admin-sessions cache="none"></admin-sessions>';
const appEntry = (name) => (existsSync(join(APPS, name, 'entry.txt')) ? `/apps/${name}/${readFileSync(join(APPS, name, 'entry.txt'), 'utf8').trim()}` : null);
const PAGES = [
  { name: 'standalone (entry + chunks)', script: '/standalone/admin-sessions.js', body: widget, parts: ['admin-sessions-range', 'admin-sessions-refresh', 'admin-sessions-histogram'] },
  { name: 'one-file', script: '/one-file/admin-sessions.js', body: widget, parts: ['admin-sessions-range', 'admin-sessions-refresh', 'admin-sessions-histogram'] },
  { name: 'app: admin-sessions/widget', script: appEntry('widget'), body: widget, parts: ['admin-sessions-range', 'admin-sessions-refresh', 'admin-sessions-histogram'] },
  { name: 'app: admin-sessions', script: appEntry('main'), body: widget, parts: ['admin-sessions-range'] },
  { name: 'app: admin-sessions/table', script: appEntry('table'), body: '<admin-sessions-table></admin-sessions-table>', parts: [] },
  { name: 'app: admin-sessions/range', script: appEntry('range'), body: '<admin-sessions-range></admin-sessions-range>', parts: [] },
  { name: 'app: admin-sessions/refresh', script: appEntry('refresh'), body: '<admin-sessions-refresh></admin-sessions-refresh>', parts: [] },
].filter((page) => page.script);

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  const page = PAGES.find((_, i) => path === `/page-${i}.html`);
  if (page) return response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>${page.body}<script type="module" src="${page.script}"></script>${FEED}</body></html>`);
  const file = path.startsWith('/apps/') ? join(APPS, path.slice(6)) : join(ROOT, 'dist', path);
  if (!file.startsWith(ROOT) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS, headless: true });
let failed = false;
try {
  for (const [i, page] of PAGES.entries()) {
    const tab = await browser.newPage();
    const problems = [];
    tab.on('pageerror', (error) => problems.push(`error: ${error.message}`));
    tab.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    tab.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
    await tab.goto(`${origin}/page-${i}.html`);
    const shown = await tab
      .waitForFunction(
        (parts) => {
          const root = document.body.firstElementChild;
          const table = root?.localName === 'admin-sessions' ? root.shadowRoot?.querySelector('admin-sessions-table') : root?.localName === 'admin-sessions-table' ? root : null;
          const ready = table ? (table.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) >= 12 : (root?.shadowRoot?.childElementCount ?? 0) > 0;
          return ready && parts.every((tag) => customElements.get(tag) && root.shadowRoot.querySelector(tag)?.shadowRoot?.childElementCount);
        },
        page.parts,
        { timeout: 15_000 },
      )
      .then(() => true, () => false);
    if (!shown) problems.push('the element did not show its rows/controls and parts within 15 s');
    failed ||= problems.length > 0;
    console.log(`  ${problems.length ? 'FAIL' : 'ok  '} ${page.name}${problems.length ? `: ${problems.join('; ')}` : ''}`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failed) process.exit(1);
