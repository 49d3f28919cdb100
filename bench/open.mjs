// The "open" scenarios of `npm run bench` (`--scenario=open` runs only these): how long an admin
// waits, from navigation start, until the first row of the session log is painted.
//
//   cold: a fresh browser context (no HTTP cache, no IndexedDB), a plain HTML page that loads the
//         standalone build (`<script type="module" src=…/admin-sessions.js>`, the whole
//         dist/standalone/ folder served, so an entry with a chunk folder works too) and holds one
//         <admin-sessions> for the native contract; the server answers the first page in ≤ 10 ms.
//   warm: the same page opened once (IndexedDB cache filled: cache="idb" with current-admin as the
//         README requires), then opened again in the same context with the log API answering after
//         500 ms: the rows the admin sees first come from the cache.
//
// Against the floor: a hand-written page that fetches the same JSON from the same server and
// renders it in a plain <table>, in the same run, interleaved.
//
// Nothing leaves the machine: the browser is launched with OPEN_BROWSER_ARGS, a proxy that refuses
// every connection but loopback ones. Not Playwright's request routing: it pauses every request of
// the page until the runner answers it (the runner's event loop is also the server's), which made a
// ≤ 10 ms answer take 30–70 ms whenever the page asked for chunks beside it (docs/benchmarks.md).
//
// Server (node:http on 127.0.0.1, random port): the HTML pages and every file of the standalone
// folder, gzip-compressed once at start (Content-Encoding: gzip, as a production server or CDN
// would send them); the log API answers with a pre-serialized, pre-gzipped page (its handling time
// is recorded and printed: ≤ 10 ms is the requirement), `/histogram` answers 404 (the contract
// allows a server without it). Static files may be cached by the browser (`max-age=3600`, as a
// deploy with cache headers would serve a vendor file), pages and API answers are `no-store`.
//
// "First row painted": an init script (Playwright addInitScript, run before any page script) checks
// in every requestAnimationFrame callback whether a `tr[data-id]` with text is in the viewport —
// in the document (floor) or in <admin-sessions>' table's shadow root (ours) — and, once it is,
// takes performance.now() (ms since navigation start) in a task posted from that callback, i.e.
// after that frame's style, layout and paint. The same rule as the table scenarios; resolution one
// frame (16.7 ms). Both pages carry the same probe, so its cost (a few querySelector calls per
// frame) is the same for both.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, dirname, extname, join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generate } from './page/generate.js';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.json': 'application/json' };
/** Chromium flags of the open scenarios: only loopback is reachable (loopback bypasses the proxy). */
export const OPEN_BROWSER_ARGS = ['--proxy-server=http://127.0.0.1:9'];
/** The log API's delay in the warm scenario (a slow database, a busy server). */
export const SLOW_API_MS = 500;
const ADMIN = 'adm-bench';

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path).map((p) => `${name}/${p}`));
    else out.push(name);
  }
  return out;
}

/** One native-contract entry (docs/api.md) from the bench's seeded generator, moved to `shift` ms later. */
function nativeEntry(row, shift) {
  return {
    id: row.id,
    time: new Date(row.time + shift).toISOString(),
    admin: row.admin,
    ip: row.ip,
    url: row.url,
    type: row.type,
    method: row.method,
    user_agent: row.userAgent,
  };
}

const ours = (entry) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench: cold open, admin-sessions</title>
<script type="module" src="/standalone/${entry}"></script>
<style>html,body{margin:0}body{font:16px/1.35 "DejaVu Sans",system-ui,sans-serif;color:#1d2127}main{width:1200px;margin:16px auto}</style>
</head><body><main>
<admin-sessions endpoint="/api/sessions" current-admin="${ADMIN}" cache="idb" time-zone="utc" locale="en"></admin-sessions>
</main></body></html>
`;

// The floor: what a developer would write by hand for the same first screen — fetch the first
// page, build a plain <table> of its rows with the DOM API (text only), same columns and formats.
const floor = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench: cold open, floor</title>
<style>html,body{margin:0}body{font:16px/1.35 "DejaVu Sans",system-ui,sans-serif;color:#1d2127}main{width:1200px;margin:16px auto}
table{width:100%;border-collapse:separate;border-spacing:0;table-layout:fixed}th{text-align:start;padding:.5rem .75rem;background:#f6f7f9;border-bottom:1px solid #e3e6ea}
th.date{width:13rem}th.admin{width:30%}td{height:52px;box-sizing:border-box;padding:0 .75rem;border-bottom:1px solid #e3e6ea;overflow:hidden}
.l{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.s{color:#5f6b7a;font-size:.85em}
.b{display:inline-block;font-size:.72em;font-weight:700;padding:.05rem .35rem;margin-inline-end:.3rem;border-radius:.25rem;border:1px solid currentColor}</style>
</head><body><main>
<table><thead><tr><th class="date">Date (UTC)</th><th class="admin">Admin</th><th>Type / Method / URL</th></tr></thead><tbody></tbody></table>
<script type="module">
const format = new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'medium' });
const span = (parent, cls, text) => { const s = document.createElement('span'); s.className = cls; s.textContent = text; parent.append(s); return s; };
const path = (url) => { try { const u = new URL(url); return u.pathname + (u.search ? '?…' : ''); } catch { return url; } };
const response = await fetch('/api/sessions?limit=50', { headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin' });
const page = await response.json();
const rows = page.entries.map((e) => {
  const tr = document.createElement('tr');
  tr.dataset.id = e.id;
  const date = document.createElement('td');
  span(date, 'l', format.format(new Date(e.time)));
  span(date, 'l s', e.ip ?? 'no IP');
  const admin = document.createElement('td');
  span(admin, 'l', e.admin ? e.admin.name : 'Deleted admin');
  if (e.admin) span(admin, 'l s', e.admin.email);
  const url = document.createElement('td');
  const line = span(url, 'l', '');
  line.title = e.url;
  span(line, 'b', e.type);
  span(line, 'b', e.method);
  line.append(path(e.url));
  tr.append(date, admin, url);
  return tr;
});
document.querySelector('tbody').append(...rows);
</script>
</main></body></html>
`;

/** The probe of every page: see the file comment. */
function probe() {
  const row = () => {
    const direct = document.querySelector('tr[data-id]');
    if (direct) return direct;
    const table = document.querySelector('admin-sessions')?.shadowRoot?.querySelector('admin-sessions-table');
    return table?.shadowRoot?.querySelector('tr[data-id]') ?? null;
  };
  const shown = () => {
    const r = row();
    if (!r || !r.textContent.trim()) return false;
    const box = r.getBoundingClientRect();
    return box.height > 0 && box.bottom > 0 && box.top < innerHeight;
  };
  const tick = () => {
    if (!shown()) { requestAnimationFrame(tick); return; }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      // The mark ties the trace's clock to performance.now() (see mainThreadCpu).
      window.__firstRowMs = performance.mark('bench-first-row').startTime;
    };
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(tick);
  customElements.whenDefined('admin-sessions').then(() => { window.__definedMs = performance.now(); });
}

/**
 * Starts the server for the open scenarios. `bundle`: the standalone entry file; its whole folder
 * is served under /standalone/.
 */
export async function startOpenServer({ bundle, rows = 1000, seed = 20251120 }) {
  const folder = dirname(bundle);
  const entry = basename(bundle);
  const files = new Map();
  for (const path of filesUnder(folder)) {
    const body = readFileSync(join(folder, path));
    files.set(`/standalone/${path.split(sep).join('/')}`, { type: TYPES[extname(path)] ?? 'application/octet-stream', gz: gzipSync(body, { level: 9 }), cache: 'public, max-age=3600' });
  }
  files.set('/ours.html', { type: TYPES['.html'], gz: gzipSync(ours(entry)), cache: 'no-store' });
  files.set('/floor.html', { type: TYPES['.html'], gz: gzipSync(floor), cache: 'no-store' });

  // The log: seeded rows, the newest a minute before the server started (inside the default 24 h).
  const { rows: generated } = generate(rows, seed);
  const shift = Date.now() - 60_000 - generated[0].time;
  const entries = generated.map((row) => nativeEntry(row, shift));
  const pages = new Map();
  /** The first page for `limit`, serialized and gzipped once (the answer itself is ready to send). */
  const firstPage = (limit) => {
    if (!pages.has(limit)) {
      const json = JSON.stringify({ entries: entries.slice(0, limit), next_cursor: limit < entries.length ? `c${limit}` : null, total: entries.length });
      pages.set(limit, gzipSync(json));
    }
    return pages.get(limit);
  };
  firstPage(50);

  const state = { apiDelayMs: 0, apiHandlingMs: [] };
  const server = createServer((req, res) => {
    const started = performance.now();
    const url = new URL(req.url, 'http://x');
    // Every browser sends Accept-Encoding: gzip; this server only keeps the compressed bodies.
    if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) { res.writeHead(406).end('this bench server sends gzip only'); return; }
    const send = (status, type, gz, cache) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': cache, vary: 'accept-encoding', 'content-encoding': 'gzip', 'content-length': gz.length }).end(gz);
    };
    if (url.pathname === '/api/sessions' || url.pathname.startsWith('/api/sessions/')) {
      const answer = () => {
        const handlingFrom = state.apiDelayMs > 0 ? performance.now() : started;
        if (url.pathname === '/api/sessions/histogram') res.writeHead(404, { 'cache-control': 'no-store' }).end();
        else {
          const limit = Math.max(1, Math.min(1000, Number(url.searchParams.get('limit') ?? 50) || 50));
          send(200, 'application/json', firstPage(limit), 'no-store');
          state.apiHandlingMs.push(performance.now() - handlingFrom);
        }
      };
      if (state.apiDelayMs > 0) setTimeout(answer, state.apiDelayMs);
      else answer();
      return;
    }
    const file = files.get(url.pathname);
    if (!file) { res.writeHead(404).end(); return; }
    send(200, file.type, file.gz, file.cache);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    state,
    bundleGzipBytes: [...files].filter(([p]) => p.startsWith('/standalone/') && p.endsWith('.js')).reduce((sum, [, f]) => sum + f.gz.length, 0),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Main-thread CPU time (thread time of the renderer main thread's outermost tasks, prorated at the
 * edges) from navigation start to the first row, from a light trace ('toplevel' tasks). Unlike the
 * wall-clock time, other processes on the machine do not inflate it: it is the work each page does.
 */
const TOP_LEVEL_TASKS = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'RunTask']);

function mainThreadCpu(traceBuffer, firstRowMs) {
  const events = JSON.parse(traceBuffer.toString('utf8')).traceEvents;
  const mark = events.find((e) => e.name === 'bench-first-row' && e.cat?.includes('blink.user_timing'));
  if (!mark) return null;
  const origin = mark.ts - firstRowMs * 1000;
  // Every kind of top-level task: the microtask checkpoint that follows a network answer (the page's
  // JSON, rendering, layout) runs after the scheduler's task, not inside it. Counting scheduler tasks
  // alone left out ~60 ms of ours (and less of the floor) until 2026-12-07. Outermost first.
  const all = events.filter((e) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && TOP_LEVEL_TASKS.has(e.name) && e.dur > 0 && e.tdur >= 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let us = 0;
  let end = -Infinity;
  for (const task of all) {
    if (task.ts < end) continue; // nested in the previous one
    end = task.ts + task.dur;
    const overlap = Math.min(mark.ts, end) - Math.max(origin, task.ts);
    if (overlap > 0) us += task.tdur * (overlap / task.dur);
  }
  return us / 1000;
}

/** Opens `page` at `url` and returns its timings (ms since navigation start). */
async function openOnce(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__firstRowMs !== undefined
    && performance.getEntriesByType('resource').some((r) => r.name.includes('/api/sessions?') && r.responseEnd > 0), null, { polling: 50, timeout: 60000 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource');
    const api = resources.find((r) => r.name.includes('/api/sessions?'));
    const script = resources.find((r) => r.name.includes('/standalone/') && r.name.endsWith('.js'));
    return {
      firstRowMs: window.__firstRowMs,
      htmlResponseEndMs: nav.responseEnd,
      scriptResponseEndMs: script ? script.responseEnd : null,
      scriptFromCache: script ? script.transferSize === 0 : null,
      definedMs: window.__definedMs ?? null,
      apiStartMs: api.startTime,
      apiResponseEndMs: api.responseEnd,
    };
  });
}

/**
 * Runs `reps` × {cold, warm} × {ours, floor}, interleaved (the order alternates every repetition),
 * each in a fresh browser context. Returns the per-run results.
 */
export async function runOpen({ browser, server, reps, log = () => {} }) {
  const results = [];
  const newContext = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await context.addInitScript(probe);
    return context;
  };
  for (let rep = 0; rep < reps; rep++) {
    const order = rep % 2 ? ['floor', 'ours'] : ['ours', 'floor'];
    for (const scenario of ['cold', 'warm']) {
      for (const contender of order) {
        const context = await newContext();
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        const url = `${server.origin}/${contender}.html`;
        let result;
        try {
          server.state.apiDelayMs = 0;
          if (scenario === 'warm') {
            // The first visit fills the cache; give its write (after the rows are shown) time to finish.
            await openOnce(page, url);
            await page.waitForTimeout(1000);
            server.state.apiDelayMs = SLOW_API_MS;
          }
          await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
          try {
            result = await openOnce(page, url);
          } finally {
            const trace = await browser.stopTracing();
            if (result) result.cpuMs = mainThreadCpu(trace, result.firstRowMs);
          }
          // Served from the cache: the first row was painted before the log API had answered.
          result.rowBeforeApi = result.firstRowMs < result.apiResponseEndMs;
        } catch (e) {
          result = { error: String(e.message ?? e).split('\n')[0] };
        } finally {
          server.state.apiDelayMs = 0;
          await context.close();
        }
        Object.assign(result, { contender, scenario, rep, errors });
        results.push(result);
        const f = (v) => (typeof v === 'number' ? Math.round(v) : '—');
        log(`bench: open rep ${rep + 1}/${reps} ${scenario} ${contender.padEnd(5)} first row ${f(result.firstRowMs)} ms (script ${f(result.scriptResponseEndMs)}${result.scriptFromCache ? ' cached' : ''}, defined ${f(result.definedMs)}, API ${f(result.apiStartMs)}→${f(result.apiResponseEndMs)} ms)${result.error ? `  ! ${result.error}` : ''}${errors.length ? `  ! ${errors.join('; ')}` : ''}`);
      }
    }
  }
  return results;
}

const median = (values) => {
  const s = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const percentile = (values, p) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null;
};

/** The report: medians (min–max) per scenario, ours beside the floor, and the ratio. */
export function reportOpen(results, { reps, server }) {
  const pick = (scenario, contender, key) => results.filter((r) => r.scenario === scenario && r.contender === contender && !r.error).map((r) => r[key]);
  const fmt = (v) => {
    const s = v.filter((x) => typeof x === 'number');
    return s.length ? `${Math.round(median(s))} (${Math.round(Math.min(...s))}–${Math.round(Math.max(...s))})` : 'n/a';
  };
  const ratio = (a, b) => (a !== null && b ? (a / b).toFixed(2) : 'n/a');
  const rows = [];
  const ratios = {};
  for (const scenario of ['cold', 'warm']) {
    const o = median(pick(scenario, 'ours', 'firstRowMs'));
    const f = median(pick(scenario, 'floor', 'firstRowMs'));
    ratios[scenario] = o !== null && f ? o / f : null;
    rows.push([`${scenario}: first row painted ms`, fmt(pick(scenario, 'ours', 'firstRowMs')), fmt(pick(scenario, 'floor', 'firstRowMs')), ratios[scenario]?.toFixed(2) ?? 'n/a']);
    rows.push([`${scenario}: main-thread CPU until then ms`, fmt(pick(scenario, 'ours', 'cpuMs')), fmt(pick(scenario, 'floor', 'cpuMs')), ratio(median(pick(scenario, 'ours', 'cpuMs')), median(pick(scenario, 'floor', 'cpuMs')))]);
    rows.push([`${scenario}: script loaded ms`, fmt(pick(scenario, 'ours', 'scriptResponseEndMs')), '(inline)', '']);
    rows.push([`${scenario}: element defined ms`, fmt(pick(scenario, 'ours', 'definedMs')), '—', '']);
    rows.push([`${scenario}: log request sent ms`, fmt(pick(scenario, 'ours', 'apiStartMs')), fmt(pick(scenario, 'floor', 'apiStartMs')), '']);
    rows.push([`${scenario}: log answer received ms`, fmt(pick(scenario, 'ours', 'apiResponseEndMs')), fmt(pick(scenario, 'floor', 'apiResponseEndMs')), '']);
  }
  const warmFromCache = results.filter((r) => r.scenario === 'warm' && r.contender === 'ours' && r.rowBeforeApi).length;
  const warmRuns = results.filter((r) => r.scenario === 'warm' && r.contender === 'ours').length;
  const headers = ['metric (ms since navigation start)', 'admin-sessions', 'floor (hand-written)', 'ours/floor'];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  const handling = server.state.apiHandlingMs;
  const out = [
    `\n### Cold and warm open — median (min–max) over ${reps} runs each, interleaved, fresh browser context per run\n`,
    `cold: empty HTTP cache and IndexedDB, log API answering at once; warm: second visit in the same context (cache filled), log API answering after ${SLOW_API_MS} ms. All responses gzip (standalone JS ${(server.bundleGzipBytes / 1024).toFixed(1)} KiB gzip -9).\n`,
    [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'),
    '',
    `warm runs of ours whose first row came from the cache (painted before the log API answered): ${warmFromCache} of ${warmRuns}`,
    `log API handling time (request in, or the end of the warm delay → answer written): median ${median(handling)?.toFixed(2)} ms, p95 ${percentile(handling, 95)?.toFixed(2)} ms, max ${Math.max(...handling).toFixed(2)} ms over ${handling.length} answers (the runner shares the machine with the browser)`,
    `${ratios.cold === null ? 'N/A ' : ratios.cold <= 1.5 ? 'PASS' : 'FAIL'}  cold open: ours ≤ 1.5 × floor (first row painted, ratio of the medians ${ratios.cold?.toFixed(2) ?? 'n/a'}; main-thread CPU ${ratio(median(pick('cold', 'ours', 'cpuMs')), median(pick('cold', 'floor', 'cpuMs')))})`,
  ];
  return { text: out.join('\n'), ratios };
}
