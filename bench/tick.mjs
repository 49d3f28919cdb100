// `npm run bench:tick`: one auto-refresh tick of the whole <admin-sessions> element (10 new rows)
// with 1,000, 20,000 and 100,000 rows loaded, in headless Chromium. The 1,000-row log is the
// baseline measured in the same run: a tick whose work grows with the rows loaded shows as a ratio
// far above 1. What an admin who leaves auto-refresh on for hours, scrolled far back, pays per tick.
//
//   node bench/tick.mjs [--reps=5] [--sizes=1000,20000,100000] [--ticks=10] [--no-build] [--priority=-10]
//                       [--ours-bundle=PATH] [--profile=FILE (a CPU profile of the ticks at the largest size)]
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, getPriority, loadavg, setPriority } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => {
  const [k, v] = a.replace(/^--/, '').split('=');
  return [k, v ?? 'true'];
}));
const REPS = Number(args.reps ?? 5);
const SIZES = (args.sizes ?? '1000,20000,100000').split(',').map(Number);
const TICKS = Number(args.ticks ?? 10);
const log = (...a) => console.error(...a);
if (args.priority) {
  try { setPriority(0, Number(args.priority)); log(`bench:tick: running at priority ${getPriority(0)}`); } catch (e) { log(`bench:tick: could not set priority: ${e.message}`); }
}

if (!existsSync(join(ROOT, 'node_modules/playwright-core'))) execSync('npm ci', { cwd: ROOT, stdio: 'inherit' });
const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!chrome) {
  log('bench:tick: no Chromium found; run `npm run bench` once (it installs Debian chromium) or set CHROME_PATH.');
  process.exit(1);
}
if (args['no-build'] !== 'true' || !existsSync(join(ROOT, 'dist/standalone/admin-sessions.js'))) {
  log('bench:tick: building the standalone bundle (vite build --mode standalone)…');
  execSync('npx vite build --mode standalone --logLevel warn', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench: tick</title>
<style>html,body{margin:0}body{font:16px/1.35 "DejaVu Sans",system-ui,sans-serif}#host{width:1200px;margin:16px auto}</style>
</head><body><div id="host"></div>
<script type="module" src="/lib/admin-sessions.js"></script><script type="module" src="/bench/tick/page.js"></script>
</body></html>`;
const FILES = { '/lib/admin-sessions.js': args['ours-bundle'] ? resolve(args['ours-bundle']) : join(ROOT, 'dist/standalone/admin-sessions.js') };
const TYPES = { '.js': 'text/javascript', '.html': 'text/html' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  const file = FILES[path] ?? (path.startsWith('/bench/') && join(ROOT, path).startsWith(BENCH) ? join(ROOT, path) : null);
  if (!file || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: chrome,
  headless: true,
  args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--headless=new', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
});

const results = [];
for (let rep = 0; rep < REPS; rep++) {
  // Rotate the order every repetition so no size always runs first.
  for (const n of SIZES.map((_, i) => SIZES[(i + rep) % SIZES.length])) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const profiling = args.profile && rep === REPS - 1 && n === Math.max(...SIZES);
    page.on('pageerror', (error) => log(`bench:tick: page error: ${error.message}`));
    const cdp = profiling ? await page.context().newCDPSession(page) : null;
    if (cdp) await cdp.send('Profiler.enable');
    await page.goto(`${origin}/?n=${n}&seed=${20251120 + rep}&ticks=${TICKS}`);
    if (cdp) {
      await page.waitForFunction(() => window.tickStarted === true, null, { timeout: 120_000 });
      await cdp.send('Profiler.start');
    }
    const result = await page.evaluate(() => window.tickResult);
    if (cdp) writeFileSync(args.profile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    await page.close();
    result.load = loadavg()[0];
    results.push(result);
    const m = result.ticks ? median(result.ticks) : null;
    log(`bench:tick: rep ${rep + 1} ${String(n).padStart(6)} rows: tick median ${m === null ? '—' : m.toFixed(1)} ms, tasks > 50 ms ${result.longTasks ?? '—'}${result.errors.length ? `  ! ${result.errors.join('; ')}` : ''}`);
  }
}
await browser.close();
server.close();

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const all = (n, key) => results.filter((r) => r.n === n && !r.errors.length).flatMap((r) => (Array.isArray(r[key]) ? r[key] : [r[key]]));
const base = median(all(SIZES[0], 'ticks'));
const lines = [
  `One auto-refresh tick (${10} new rows) of <admin-sessions>, ${REPS} reps × ${TICKS} ticks, Chromium ${browser.version()}, ${cpus().length} cores, load ${Math.min(...results.map((r) => r.load)).toFixed(2)}–${Math.max(...results.map((r) => r.load)).toFixed(2)}`,
  '',
  '| rows loaded | tick ms, median (min–max) | × the 1,000-row tick | tasks > 50 ms (all ticks) | longest task ms |',
  '|---|---|---|---|---|',
];
for (const n of SIZES) {
  const ticks = all(n, 'ticks');
  if (!ticks.length) { lines.push(`| ${n} | failed | | | |`); continue; }
  const m = median(ticks);
  lines.push(`| ${n.toLocaleString('en')} | ${m.toFixed(1)} (${Math.min(...ticks).toFixed(1)}–${Math.max(...ticks).toFixed(1)}) | ${(m / base).toFixed(2)} | ${all(n, 'longTasks').reduce((a, b) => a + b, 0)} | ${Math.max(...all(n, 'longestTaskMs')).toFixed(0)} |`);
}
console.log(lines.join('\n'));
