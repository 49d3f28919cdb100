// In-page scenario runner: the same steps, timed the same way, for every contender.
// "Painted" = the condition held in a requestAnimationFrame callback (so the frame about to be
// produced contains it) and the time is taken in a task posted from that callback, i.e. after the
// frame's style/layout/paint. If the condition only turns true after the frame (e.g. the widget
// renders from its own rAF or a ResizeObserver), the next frame counts. Resolution: one frame.
import { generate, newer, KEYWORD } from './generate.js';
import { searchKey, CELL_CSS, ROW_HEIGHT } from './shared.js';

const params = new URLSearchParams(location.search);
const N = Number(params.get('n') ?? 1000);
const SEED = Number(params.get('seed') ?? 1);
const JUMPS = 50;
const TIMEOUT = 60000;

const longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e); })
  .observe({ type: 'longtask', buffered: true });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resolves after the next frame with `cond()` as checked in its rAF callback (and after it). */
function frame(cond) {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      let before = false;
      try { before = !!cond(); } catch { before = false; }
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        let after = before;
        if (!before) { try { after = !!cond(); } catch { after = false; } }
        resolve({ now: performance.now(), before, after });
      };
      ch.port2.postMessage(0);
    });
  });
}

/** ms from t0 until a frame containing cond() was produced; null on timeout. */
async function untilPainted(t0, cond) {
  for (;;) {
    const f = await frame(cond);
    if (f.before) return f.now - t0;
    if (f.after) { const g = await frame(() => true); return g.now - t0; }
    if (performance.now() - t0 > TIMEOUT) return null;
  }
}

async function settle(ms = 250) {
  await sleep(ms);
  await frame(() => true);
  await frame(() => true);
}

/** The element at a viewport point, looking into open shadow roots. */
function deepHit(x, y) {
  let el = document.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

/** Id of the row shown at a viewport point (rows carry data-id), or null. */
function rowIdAt(x, y) {
  let el = deepHit(x, y);
  while (el) {
    const row = el.closest?.('[data-id]');
    if (row) return row.getAttribute('data-id');
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** data-id of every rendered row (shadow roots included). */
function renderedIds(root = document, out = new Set()) {
  for (const el of root.querySelectorAll('*')) {
    const id = el.getAttribute('data-id');
    if (id !== null) out.add(id);
    if (el.shadowRoot) renderedIds(el.shadowRoot, out);
  }
  return out;
}

/** All elements in the document, shadow roots included. */
function countElements(root = document) {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += countElements(el.shadowRoot) ;
  }
  return n;
}

/**
 * Every DOM node in the document and in every shadow root: elements, text nodes and comments
 * (Lit's part markers are comments), the document and shadow roots themselves not counted.
 */
function countNodes(root = document) {
  let n = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    n++;
    if (node.shadowRoot) n += countNodes(node.shadowRoot);
  }
  return n;
}

function heap() {
  return performance.memory ? performance.memory.usedJSHeapSize : null;
}

async function gcHeap() {
  if (window.gc) { window.gc(); await sleep(50); window.gc(); }
  return heap();
}

function percentile(values, p) {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function runBench(adapter) {
  const style = document.createElement('style');
  style.textContent = CELL_CSS + (adapter.css ?? '');
  document.head.append(style);
  const host = document.getElementById('host');
  const result = { contender: adapter.name, n: N, seed: SEED, errors: [] };
  // Windows (performance.now() ms) of each timed step, for the main-thread CPU time the runner
  // reads from a Chromium trace; the mark ties the trace clock to performance.now().
  const windows = (result.windows = {});
  const win = (name, start, ms) => { if (ms !== null) (windows[name] ??= []).push([start, start + ms]); };
  performance.mark('bench-sync');
  result.syncNow = performance.getEntriesByName('bench-sync')[0].startTime;

  // Data: generated and indexed before the clock starts ("rows available").
  const { rows, admins } = generate(N, SEED);
  let current = rows;
  let keys = rows.map(searchKey);
  const byId = new Map(rows.map((r, i) => [r.id, i]));
  const ctx = {
    keyword: KEYWORD,
    /** Precomputed lower-case keys + Array.filter (what <admin-sessions> does for the table). */
    filterRows: (kw) => { const k = kw.toLowerCase(); return current.filter((_, i) => keys[i].includes(k)); },
  };
  await settle(100);
  const heapBefore = await gcHeap();

  window.benchPhase = 'paint';
  // 1. rows available → first rows painted
  const probeX = () => host.getBoundingClientRect().left + 100;
  let t0 = performance.now();
  await adapter.mount(host, rows, ctx);
  const sc0 = () => adapter.scroller().getBoundingClientRect();
  result.paintMs = await untilPainted(t0, () => rowIdAt(probeX(), sc0().top + sc0().height / 2) !== null);
  win('paint', t0, result.paintMs);
  if (result.paintMs === null) result.errors.push('paint: timeout');

  // 2. heap and DOM after render
  await settle(500);
  const heapAfter = await gcHeap();
  result.heapMB = heapAfter / 2 ** 20;
  result.heapDeltaMB = (heapAfter - heapBefore) / 2 ** 20;
  result.domNodes = countNodes();
  result.domElements = countElements();

  // 3. 50 scroll jumps top → bottom
  const scroller = adapter.scroller();
  const rect = scroller.getBoundingClientRect();
  const midY = rect.top + rect.height / 2;
  const max = scroller.scrollHeight - scroller.clientHeight;
  const jumpMs = [];
  let previous = byId.get(rowIdAt(probeX(), midY)) ?? 0;
  let timeouts = 0;
  const scrollStart = performance.now();
  for (let i = 1; i <= JUMPS; i++) {
    const target = Math.round((i / JUMPS) * max);
    // Every jump moves ≥ 20 rows, so the row shown mid-viewport afterwards must lie at least 10
    // rows below the one shown there before (a blank or stale viewport does not count; the
    // mapping of scrollTop to rows is the widget's own, e.g. DataTables' Scroller is not linear).
    const t = performance.now();
    scroller.scrollTop = target;
    const ms = await untilPainted(t, () => {
      const id = rowIdAt(probeX(), midY);
      // (The last jump only has to reach the end: some widgets' row estimates overshoot before it.)
      return id !== null && (byId.get(id) >= previous + 10 || (i === JUMPS && byId.get(id) >= N - 30));
    });
    previous = byId.get(rowIdAt(probeX(), midY)) ?? previous;
    (result.scrollProbe ??= []).push(ms === null ? `timeout@${previous}` : previous);
    window.benchPhase = `scroll ${i}/${JUMPS}`;
    if (ms === null && ++timeouts >= 3) { result.errors.push('scroll: gave up after 3 timed-out jumps'); break; }
    jumpMs.push(ms);
    win('scroll', t, ms);
  }
  const scrollEnd = performance.now();
  result.scrollP95Ms = percentile(jumpMs, 95);
  result.scrollMedianMs = percentile(jumpMs, 50);
  result.scrollMaxMs = percentile(jumpMs, 100);
  result.scrollTimeouts = timeouts;
  if (timeouts) result.errors.push(`scroll: ${timeouts} jumps never showed the expected rows`);
  result.scrollLongTasks = longTasks.filter((e) => e.startTime >= scrollStart && e.startTime <= scrollEnd).length;

  window.benchPhase = 'prepend';
  // 4. prepend 20 while viewing row 300
  await adapter.scrollToIndex(300);
  await settle(300);
  const viewedId = rows[300].id;
  const before = adapter.rowElement(viewedId)?.getBoundingClientRect().top ?? null;
  const fresh = newer(20, rows[0].time, SEED, admins);
  const freshKeys = fresh.map(searchKey);
  t0 = performance.now();
  current = [...fresh, ...rows];
  await adapter.prepend(fresh, current);
  result.prependMs = await untilPainted(t0, () => true);
  win('prepend', t0, result.prependMs);
  keys = [...freshKeys, ...keys];
  // Where the viewed row is now; when the widget no longer renders it (it left the view), estimate
  // from which row now sits where it was: k rows further down = k × row height.
  const indexAfter = new Map(current.map((r, i) => [r.id, i]));
  const where = () => {
    const top = adapter.rowElement(viewedId)?.getBoundingClientRect().top;
    if (top !== undefined) return { top, gone: false };
    if (before === null) return { top: null, gone: true };
    const there = rowIdAt(probeX(), before + ROW_HEIGHT / 2);
    const i = there === null ? undefined : indexAfter.get(there);
    return { top: i === undefined ? null : before + (indexAfter.get(viewedId) - i) * ROW_HEIGHT, gone: true };
  };
  const atPaint = where();
  await settle(300);
  const afterSettle = where();
  const moved = (a) => (before === null || a.top === null ? null : Math.round((a.top - before) * 10) / 10);
  result.viewedRowTop = before;
  result.prependMovedPx = moved(atPaint);
  result.prependMovedSettledPx = moved(afterSettle);
  result.viewedRowGone = atPaint.gone || afterSettle.gone;
  if (before === null) result.errors.push('prepend: row 300 not rendered after scrollToIndex(300)');

  window.benchPhase = 'filter';
  // 5. keyword filter → first match painted
  await adapter.scrollToIndex(0);
  await settle(300);
  const matching = new Set(ctx.filterRows(KEYWORD).map((r) => r.id));
  result.matches = matching.size;
  const idBefore = rowIdAt(probeX(), midY);
  t0 = performance.now();
  await adapter.filter(KEYWORD, ctx);
  result.filterMs = await untilPainted(t0, () => {
    const id = rowIdAt(probeX(), midY);
    return id !== null && id !== idBefore && matching.has(id);
  });
  if (result.filterMs === null) result.errors.push('filter: timeout');
  win('filter', t0, result.filterMs);
  result.version = adapter.version ?? '';
  return result;
}

export function start(adapter) {
  window.benchAdapter = adapter;
  if (params.has('manual')) {
    // Debugging: mount only; drive window.benchAdapter by hand.
    const { rows, admins } = generate(N, SEED);
    window.bench = { rows, admins, newer, ctx: { filterRows: (kw) => rows.filter((r) => searchKey(r).includes(kw)) }, rowIdAt };
    const style = document.createElement('style');
    style.textContent = CELL_CSS + (adapter.css ?? '');
    document.head.append(style);
    window.benchMounted = params.get('manual') === 'nomount' ? Promise.resolve(true)
      : Promise.resolve(adapter.mount(document.getElementById('host'), rows, window.bench.ctx)).then(() => true);
    return;
  }
  window.benchResult = runBench(adapter).catch((e) => ({ contender: adapter.name, n: N, errors: [String(e?.stack ?? e)] }));
}
