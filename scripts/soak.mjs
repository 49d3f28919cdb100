// `npm run soak`: a shift-long session in real time, shortened. A tiny server keeps adding rows
// (2 per second, with new IPs and bursts so the unusual-activity marks fire) to a PUQcloud-contract
// and a native-contract endpoint; headless Chromium shows <admin-sessions> with every feature on
// (auto-refresh every second, max-entries="300", unusual marks, folded repeats, histogram, a row's
// details open, sync-url, a query with a term applied over the loaded rows). Every few ticks it
// forces a GC and reads JS heap, DOM nodes and listeners over CDP (Performance.getMetrics), and the
// entries held. After the cap (plus a warm-up) the slope of each is the verdict: the run fails
// (exit 1) when the heap grows by 1 KB per tick or more (least squares), or DOM nodes (less the
// badges and details, which the data decides) or listeners grow (Theil–Sen, robust to one sample
// caught mid-render).
//
// Uses the one-file build (dist/one-file/admin-sessions.js: served as one file) as built (`npm run build`, which .ci/run does before).
//
//   SOAK_SECONDS=150           seconds of refreshing per scenario (default 150: two scenarios ≈ 5½ min; at 80 s one
//                              step of ~50 KB when a burst adds marks read as 1.15 KB/tick and failed CI once)
//   SOAK_SCENARIOS=puqcloud:none,native:idb   contract:cache pairs (also puqcloud:idb, native:none)
//   SOAK_SAMPLE_TICKS=5        ticks between samples
//   SOAK_WARMUP_TICKS=20       ticks after the cap before the slope counts
//   SOAK_SNAPSHOTS=DIR         also write a heap snapshot at the first and the last sample (for diffing)
//   SOAK_BUNDLE=FILE           another build of the standalone file (e.g. an unminified one, for snapshots)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_FLAGS, chromePath } from './browsers.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = process.env.SOAK_BUNDLE ? resolve(process.env.SOAK_BUNDLE) : join(ROOT, 'dist/one-file/admin-sessions.js');
const SECONDS = Number(process.env.SOAK_SECONDS ?? 150);
const SCENARIOS = (process.env.SOAK_SCENARIOS ?? 'puqcloud:none,native:idb').split(',').map((pair) => {
  const [contract, cache] = pair.trim().split(':');
  if (!['puqcloud', 'native'].includes(contract) || !['none', 'idb'].includes(cache)) throw new Error(`soak: bad scenario "${pair}"`);
  return { contract, cache };
});
const SAMPLE_TICKS = Number(process.env.SOAK_SAMPLE_TICKS ?? 5);
const WARMUP_TICKS = Number(process.env.SOAK_WARMUP_TICKS ?? 20);
const SNAPSHOTS = process.env.SOAK_SNAPSHOTS ? resolve(process.env.SOAK_SNAPSHOTS) : null;
/**
 * V8's optimizing tiers keep compiling for a minute or two on a loaded machine (over 100 KB of code
 * between tick 30 and tick 100 in a snapshot diff): growth that stops on its own, but that a short
 * run cannot tell from a retention. The soak runs V8 without them (interpreter only, bytecode kept)
 * so the slope is what the widget holds on to. SOAK_JIT=1 measures with them.
 */
const KEEP_JIT = process.env.SOAK_JIT === '1';
const NO_JIT_FLAGS = '--no-sparkplug --no-maglev --no-turbofan --no-flush-bytecode';
const MAX_ENTRIES = 300;
const ROWS_PER_TICK = 2;
/** The verdict: least-squares slopes after the plateau. */
const MAX_HEAP_BYTES_PER_TICK = 1024;
/**
 * DOM nodes (less the badges and details the data decides) and listeners must be flat. A few nodes
 * come and go with the texts (the axis labels, the status line): ±8 over a 60-tick run reads as
 * 0.13 per tick. The leak this guards against was 1.3–1.4 per tick.
 */
const MAX_COUNT_PER_TICK = 0.25;

const log = (...a) => console.log(...a);

if (!existsSync(BUNDLE)) {
  console.error(`soak: ${BUNDLE} is missing; run \`npm run build\` first.`);
  process.exit(1);
}
const chrome = chromePath();
if (!chrome) {
  console.error('soak: no Chromium found; set CHROME_PATH or install Debian chromium.');
  process.exit(1);
}

// ---- The log the server keeps writing ----

const ADMINS = [
  { uuid: 'a1c0ffee-0000-4000-8000-000000000001', firstname: 'Olena', lastname: 'Kovalenko', email: 'olena@example.com' },
  { uuid: 'a1c0ffee-0000-4000-8000-000000000002', firstname: 'Seán', lastname: "O'Brien", email: 'sean@example.com' },
  { uuid: 'a1c0ffee-0000-4000-8000-000000000003', firstname: 'Jürgen', lastname: null, email: 'juergen@example.com' },
  { uuid: 'a1c0ffee-0000-4000-8000-000000000004', firstname: 'Amara', lastname: 'Diallo', email: 'amara@example.com' },
];
const AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
/**
 * The stock page's own polling of the log: DataTables sends every column's settings, so these URLs
 * are 1–2 KB (see the PUQcloud contract notes), as the rows a widget holds really are.
 */
const DATATABLES_POLL =
  '/admin/api/admin_session_logs?draw=3&' +
  ['created_at', 'admin', 'ip_address', 'url', 'action', 'method', 'user_agent', 'uuid']
    .map((name, i) => `columns[${i}][data]=${name}&columns[${i}][name]=${name}&columns[${i}][searchable]=true&columns[${i}][orderable]=${i === 0}&columns[${i}][search][value]=&columns[${i}][search][regex]=false`)
    .join('&')
    .replace(/\[/g, '%5B')
    .replace(/\]/g, '%5D') +
  '&order%5B0%5D%5Bcolumn%5D=0&order%5B0%5D%5Bdir%5D=desc&start=0&length=50&search%5Bvalue%5D=&search%5Bregex%5D=false&hide_me=0';

/** What admins do, by weight: mostly reading and the bell's polling, a few changes. */
const REQUESTS = [
  [40, 'GET', 'API', '/admin/api/my_account/bell_notification'],
  [20, 'GET', 'WEB', '/admin/clients'],
  [10, 'GET', 'WEB', '/admin/clients/5e1f?tab=invoices'],
  [15, 'GET', 'API', DATATABLES_POLL],
  [7, 'POST', 'API', '/admin/api/services/restart'],
  [5, 'PUT', 'API', '/admin/api/clients/5e1f'],
  [3, 'DELETE', 'API', '/admin/api/tickets/88'],
];
const WEIGHTS = REQUESTS.reduce((sum, [weight]) => sum + weight, 0);

/** A small deterministic PRNG, so runs are comparable. */
function prng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * The log, oldest first. The hour before the session is written at the same rate and with the same
 * mix as the rows that arrive during it, so the rows held are alike from the first tick on (as many
 * marks and badges at the cap as later): growth after the cap is the widget's, not the data's.
 */
function createLog() {
  const random = prng(18);
  const rows = [];
  let counter = 0;
  let freshIp = 0;
  const homeIp = ADMINS.map((_, i) => `77.87.125.${10 + i}`);

  function add(time) {
    counter++;
    const second = Math.floor(time / 1000);
    let admin = ADMINS[Math.floor(random() * ADMINS.length)];
    let pick = random() * WEIGHTS;
    let [, method, type, path] = REQUESTS.find(([weight]) => (pick -= weight) < 0) ?? REQUESTS[0];
    // For 15 s of every minute one admin (a different one each minute) makes a burst of changes.
    if (second % 60 < 15 && random() < 0.6) {
      admin = ADMINS[Math.floor(second / 60) % ADMINS.length];
      [method, type, path] = ['POST', 'API', `/admin/api/services/${counter % 7}/restart`];
    }
    const index = ADMINS.indexOf(admin);
    // Now and then an admin shows up from an address not seen before (a new-IP mark).
    let ip = homeIp[index];
    if (random() < 0.03) ip = `10.${(freshIp >> 16) & 255}.${(freshIp >> 8) & 255}.${freshIp++ & 255}`;
    else if (random() < 0.1) ip = `2001:db8::${index + 1}`;
    rows.push({
      id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
      time: second * 1000,
      admin: random() < 0.02 ? null : admin,
      ip,
      url: `https://panel.example.com${path}${path.includes('?') ? '&' : '?'}_=${counter}`,
      type,
      method,
      userAgent: AGENT,
    });
  }
  const now = Date.now();
  for (let t = now - 3_600_000; t < now - 1_000; t += 1000 / ROWS_PER_TICK) add(t);
  return { rows, add };
}

// ---- The two contracts ----

const pad = (n) => String(n).padStart(2, '0');
const sqlTime = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};
const dmy = (text) => {
  const m = /^(\d\d)-(\d\d)-(\d{4}) (\d\d):(\d\d):(\d\d)$/.exec(text ?? '');
  return m ? Date.UTC(+m[3], +m[2] - 1, +m[1], +m[4], +m[5], +m[6]) : null;
};
const escapeHtml = (text) =>
  text === null ? null : String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#039;');
const keyword = (row, q, fields) => {
  if (!q) return true;
  const needle = q.toLowerCase();
  const name = row.admin ? `${row.admin.firstname} ${row.admin.lastname ?? ''}` : '';
  const values = { name, email: row.admin?.email ?? '', ip: row.ip ?? '', url: row.url, method: row.method, type: row.type };
  return fields.some((field) => values[field].toLowerCase().includes(needle));
};

function puqcloud(data, params) {
  const from = dmy(params.get('start_date')) ?? -Infinity;
  const to = dmy(params.get('end_date')) ?? Infinity;
  const q = params.get('search[value]') ?? '';
  const dir = params.get('order[0][dir]') === 'asc' ? 1 : -1;
  const start = Number(params.get('start') ?? 0);
  const length = Number(params.get('length') ?? 50);
  let rows = data.rows.filter((row) => row.time >= from && row.time <= to + 999 && keyword(row, q, ['name', 'email', 'ip']));
  rows = dir < 0 ? rows.reverse() : rows;
  const pageRows = rows.slice(start, start + length).map((row) => ({
    uuid: row.id,
    admin_uuid: row.admin?.uuid ?? null,
    action: row.type.toLowerCase(),
    ip_address: row.ip,
    session_id: 'never-shown',
    url: escapeHtml(row.url),
    method: row.method,
    user_agent: escapeHtml(row.userAgent),
    created_at: sqlTime(row.time),
    updated_at: sqlTime(row.time),
    admin: row.admin && {
      uuid: row.admin.uuid,
      email: escapeHtml(row.admin.email),
      firstname: escapeHtml(row.admin.firstname),
      lastname: escapeHtml(row.admin.lastname),
      admin_notes: null,
    },
  }));
  const original = { draw: Number(params.get('draw')), recordsTotal: rows.length, recordsFiltered: rows.length, data: pageRows };
  return { message: null, errors: [], data: { headers: [], original, exception: null }, status: 'success' };
}

const iso = (ms) => new Date(ms).toISOString();
const newestFirst = (a, b) => b.time - a.time || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

function native(data, params) {
  const from = params.get('from') ? Date.parse(params.get('from')) : -Infinity;
  const to = params.get('to') ? Date.parse(params.get('to')) : Infinity;
  const q = params.get('q') ?? '';
  const limit = Number(params.get('limit') ?? 50);
  const start = Number(params.get('cursor') ?? 0);
  let rows = data.rows.filter((row) => row.time >= from && row.time <= to && keyword(row, q, ['name', 'email', 'ip', 'url', 'method', 'type'])).sort(newestFirst);
  const newerThan = params.get('newer_than');
  if (newerThan) {
    const anchor = data.rows.find((row) => row.id === newerThan);
    if (anchor) rows = rows.filter((row) => newestFirst(row, anchor) < 0);
  }
  const page = rows.slice(start, start + limit);
  return {
    entries: page.map((row) => ({
      id: row.id,
      time: iso(row.time),
      admin: row.admin && { id: row.admin.uuid, name: `${row.admin.firstname} ${row.admin.lastname ?? ''}`.trim(), email: row.admin.email },
      ip: row.ip,
      url: row.url,
      type: row.type,
      method: row.method,
      user_agent: row.userAgent,
    })),
    next_cursor: start + limit < rows.length ? String(start + limit) : null,
    total: newerThan ? null : rows.length,
  };
}

function nativeHistogram(data, params) {
  const to = params.get('to') ? Date.parse(params.get('to')) : Date.now();
  const from = params.get('from') ? Date.parse(params.get('from')) : (data.rows[0]?.time ?? to);
  const wanted = Number(params.get('buckets') ?? 60);
  const size = [60_000, 300_000, 900_000, 1_800_000, 3_600_000].find((s) => Math.ceil((to - Math.floor(from / s) * s) / s) <= wanted) ?? 3_600_000;
  const start = Math.floor(from / size) * size;
  const q = params.get('q') ?? '';
  const buckets = new Map();
  for (const row of data.rows) {
    if (row.time < from || row.time > to || !keyword(row, q, ['name', 'email', 'ip', 'url', 'method', 'type'])) continue;
    const at = start + Math.floor((row.time - start) / size) * size;
    const bucket = buckets.get(at) ?? { start: iso(at), web: 0, api: 0 };
    bucket[row.type === 'API' ? 'api' : 'web']++;
    buckets.set(at, bucket);
  }
  return { bucket_ms: size, from: iso(start), to: iso(to), buckets: [...buckets.values()] };
}

// ---- One scenario: server, page, browser, samples ----

const PUQ_ENDPOINT = '/admin/api/admin_session_logs';
const NATIVE_ENDPOINT = '/api/sessions';
/** A term the server cannot do (the URL), applied over the loaded rows on both contracts. */
const QUERY = '-url:bell_notification';

function pageHtml({ contract, cache }) {
  const attributes = [
    `endpoint="${contract === 'puqcloud' ? PUQ_ENDPOINT : NATIVE_ENDPOINT}"`,
    `adapter="${contract}"`,
    'auto-refresh refresh-interval="1"',
    `max-entries="${MAX_ENTRIES}"`,
    // The first page fills the cap: every row loaded at the start is let go within 150 ticks, so
    // anything still holding one (as the load task's value did) shows in a short run.
    `page-size="${MAX_ENTRIES}"`,
    `cache="${cache}"`,
    cache === 'idb' ? `current-admin="${ADMINS[0].uuid}"` : '',
    'collapse-repeats sync-url time-zone="utc"',
    `query="${QUERY}"`,
  ].join(' ');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>soak</title>
<style>body{margin:0;font:16px/1.35 system-ui,sans-serif}#host{width:1200px;margin:16px auto}</style></head>
<body><div id="host"><admin-sessions ${attributes}></admin-sessions></div>
<script type="module" src="/admin-sessions.js"></script></body></html>`;
}

async function serve(scenario, data, counters) {
  const bundle = readFileSync(BUNDLE);
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://soak');
    const json = (body) => res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
    if (url.pathname === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(pageHtml(scenario));
    if (url.pathname === '/admin-sessions.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    if (url.pathname === PUQ_ENDPOINT) {
      counters.requests++;
      return json(puqcloud(data, url.searchParams));
    }
    if (url.pathname === NATIVE_ENDPOINT) {
      counters.requests++;
      return json(native(data, url.searchParams));
    }
    if (url.pathname === `${NATIVE_ENDPOINT}/histogram`) return json(nativeHistogram(data, url.searchParams));
    res.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

/**
 * Theil–Sen slope (the median of the slopes between every two samples): DOM nodes and listeners
 * are whole numbers that jump for a sample caught mid-render or mid-request, which one outlier
 * must not turn into a trend.
 */
function medianSlope(points) {
  const slopes = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) if (points[j].x !== points[i].x) slopes.push((points[j].y - points[i].y) / (points[j].x - points[i].x));
  }
  if (!slopes.length) return 0;
  slopes.sort((a, b) => a - b);
  const middle = slopes.length >> 1;
  return slopes.length % 2 ? slopes[middle] : (slopes[middle - 1] + slopes[middle]) / 2;
}

/** Least-squares slope of y over x. */
function slope(points) {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return den ? num / den : 0;
}

async function writeSnapshot(cdp, file) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  writeFileSync(file, chunks.join(''));
}

async function runScenario(chromium, scenario) {
  const name = `${scenario.contract}, cache="${scenario.cache}"`;
  const data = createLog();
  const counters = { requests: 0 };
  const server = await serve(scenario, data, counters);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chrome, args: [...CHROME_FLAGS, ...(KEEP_JIT ? [] : [`--js-flags=${NO_JIT_FLAGS}`])], headless: true });
  const samples = [];
  let writer = null;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    await page.goto(origin);
    await page.waitForFunction(() => document.querySelector('admin-sessions')?.shadowRoot?.querySelector('admin-sessions-table')?.shadowRoot?.querySelector('tr.row'));
    // The server writes 2 rows a second from now on; the widget asks for them every second.
    writer = setInterval(() => {
      for (let i = 0; i < ROWS_PER_TICK; i++) data.add(Date.now());
    }, 1000);
    const startRequests = counters.requests;
    const started = Date.now();
    let capAt = null;
    log(`\nsoak: ${name}: ${SECONDS} s at refresh-interval="1", max-entries="${MAX_ENTRIES}", query "${QUERY}", ${ROWS_PER_TICK} new rows a second`);
    log('| t (s) | tick | JS heap (KB) | DOM nodes | DOM nodes without badges and details | listeners | entries held | marks | details open |');
    log('|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    let nextTick = 0;
    while (Date.now() - started < SECONDS * 1000) {
      const tick = counters.requests - startRequests;
      if (tick < nextTick) {
        await new Promise((done) => setTimeout(done, 200));
        continue;
      }
      nextTick = tick + SAMPLE_TICKS;
      // Keep a row's details open: the one open falls off the bottom after max-entries rows. Always
      // a row of the same kind (a page view with one query parameter), so the panel's size does not
      // jump with the row's URL (a DataTables poll lists some 50 parameters).
      await page.evaluate(() => {
        const root = document.querySelector('admin-sessions').shadowRoot;
        if (root.querySelector('admin-sessions-details')) return;
        const rows = [...(root.querySelector('admin-sessions-table')?.shadowRoot?.querySelectorAll('tr.row') ?? [])];
        (rows.find((row) => /\/admin\/clients\?_=/.test(row.querySelector('[title]')?.getAttribute('title') ?? '')) ?? rows[0])?.click();
      });
      // Two readings a moment apart, after a forced GC each, keeping the lower heap: a reading taken
      // while a response or an IndexedDB write is being handled holds its transient objects.
      const read = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const state = await page.evaluate(() => {
          const root = document.querySelector('admin-sessions').shadowRoot;
          const table = root.querySelector('admin-sessions-table');
          const details = root.querySelector('admin-sessions-details');
          const count = (node) => {
            let n = 1;
            if (node.shadowRoot) n += count(node.shadowRoot);
            for (let child = node.firstChild; child; child = child.nextSibling) n += count(child);
            return n;
          };
          // What the data decides rather than the time: badges on the rows in view (bursts come and
          // go every minute) and the open details (their reasons and query parameters).
          let content = details ? count(details) : 0;
          for (const badges of table?.shadowRoot?.querySelectorAll('.badges') ?? []) content += count(badges);
          return {
            entries: root.querySelector('admin-sessions-histogram')?.loadedCount ?? -1,
            marks: table?.marks?.size ?? -1,
            details: Boolean(details),
            content,
          };
        });
    const { metrics } = await cdp.send('Performance.getMetrics');
        const metric = (key) => metrics.find((m) => m.name === key)?.value ?? NaN;
        return { state, metric };
      };
      const first = await read();
      await new Promise((done) => setTimeout(done, 300));
      const second = await read();
      const { state, metric } = second.metric('JSHeapUsedSize') < first.metric('JSHeapUsedSize') ? second : first;
      const sample = {
        t: Math.round((Date.now() - started) / 1000),
        tick,
        heap: metric('JSHeapUsedSize'),
        nodes: metric('Nodes'),
        listeners: metric('JSEventListeners'),
        ...state,
      };
      sample.structure = sample.nodes - sample.content;
      samples.push(sample);
      if (capAt === null && sample.entries >= MAX_ENTRIES) capAt = tick;
      if (SNAPSHOTS && capAt !== null && tick >= capAt + WARMUP_TICKS && !samples.snapshotted) {
        samples.snapshotted = true;
        mkdirSync(SNAPSHOTS, { recursive: true });
        await writeSnapshot(cdp, join(SNAPSHOTS, `${scenario.contract}-${scenario.cache}-first.heapsnapshot`));
      }
      log(`| ${sample.t} | ${tick} | ${(sample.heap / 1024).toFixed(0)} | ${sample.nodes} | ${sample.structure} | ${sample.listeners} | ${sample.entries} | ${sample.marks} | ${sample.details ? 'yes' : 'no'} |`);
    }
    if (SNAPSHOTS) await writeSnapshot(cdp, join(SNAPSHOTS, `${scenario.contract}-${scenario.cache}-last.heapsnapshot`));
    const ticks = counters.requests - startRequests;
    if (errors.length) log(`soak: page errors: ${errors.slice(0, 3).join(' | ')}`);
    return verdict(name, samples, capAt, ticks, SECONDS);
  } finally {
    if (writer) clearInterval(writer);
    await browser.close();
    server.close();
  }
}

function verdict(name, samples, capAt, ticks, seconds) {
  const problems = [];
  if (capAt === null) problems.push(`entries never reached max-entries (${MAX_ENTRIES})`);
  const after = capAt === null ? [] : samples.filter((s) => s.tick >= capAt + WARMUP_TICKS);
  if (capAt !== null && after.length < 4) problems.push(`only ${after.length} samples after the cap and warm-up: run longer (SOAK_SECONDS)`);
  const points = (key) => after.map((s) => ({ x: s.tick, y: s[key] }));
  const heap = slope(points('heap'));
  const nodes = medianSlope(points('structure'));
  const listeners = medianSlope(points('listeners'));
  if (after.length >= 4) {
    if (heap >= MAX_HEAP_BYTES_PER_TICK) problems.push(`JS heap grows ${(heap / 1024).toFixed(2)} KB per tick (limit < 1 KB)`);
    if (nodes > MAX_COUNT_PER_TICK) problems.push(`DOM nodes (without badges and details) grow ${nodes.toFixed(2)} per tick`);
    if (listeners > MAX_COUNT_PER_TICK) problems.push(`listeners grow ${listeners.toFixed(2)} per tick`);
  }
  const span = after.length ? `ticks ${after[0].tick}–${after.at(-1).tick} (${after.length} samples)` : 'no samples';
  log(
    `soak: ${name}: ${ticks} ticks in ${seconds} s; cap reached at tick ${capAt ?? '—'}; slope over ${span}: ` +
      `heap ${(heap / 1024).toFixed(3)} KB/tick (least squares), nodes without badges and details ${nodes.toFixed(3)}/tick, ` +
      `listeners ${listeners.toFixed(3)}/tick (Theil–Sen)`,
  );
  log(problems.length ? `soak: ${name}: FAIL — ${problems.join('; ')}` : `soak: ${name}: ok (flat after the cap)`);
  return problems.length === 0;
}

const { chromium } = await import('playwright-core');
let ok = true;
for (const scenario of SCENARIOS) ok = (await runScenario(chromium, scenario)) && ok;
log(ok ? '\nsoak: all scenarios flat' : '\nsoak: growth found');
process.exit(ok ? 0 : 1);
