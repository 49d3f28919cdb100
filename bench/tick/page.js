// One auto-refresh tick of the whole <admin-sessions> element with `n` rows loaded: the time from
// `refresh()` until the frame that shows the new rows, and the main-thread tasks over 50 ms it
// took. The backend is the page's own `fetchPage` (no network), so only the widget is measured:
// merging the new rows, re-deriving the view (Hide me, unusual activity, histogram) and rendering.
import { generate, newer } from '../page/generate.js';

const params = new URLSearchParams(location.search);
const N = Number(params.get('n') ?? 1000);
const SEED = Number(params.get('seed') ?? 1);
const TICKS = Number(params.get('ticks') ?? 10);
const PER_TICK = 10;

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

/** Resolves in a task posted from the next frame's rAF callback (after that frame's rendering). */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now());
  channel.port2.postMessage(0);
}));

async function untilPainted(t0, cond, timeout = 60_000) {
  for (;;) {
    const before = cond();
    const now = await nextFrame();
    if (before || cond()) return now - t0;
    if (now - t0 > timeout) return null;
  }
}

async function run() {
  const { rows: generated, admins } = generate(N, SEED);
  // Times as the generator writes them, moved so the newest row is a second old: a 30-day range holds them all.
  const shift = Date.now() - 1000 - generated[0].time;
  const rows = generated.map((row) => ({ ...row, time: row.time + shift }));
  let pending = [];
  let newest = rows[0].time;

  await customElements.whenDefined('admin-sessions');
  const el = document.createElement('admin-sessions');
  el.setAttribute('range', '30d');
  el.setAttribute('cache', 'none');
  el.setAttribute('locale', 'en');
  el.setAttribute('time-zone', 'utc');
  el.setAttribute('current-admin', admins[0].email);
  el.setAttribute('hide-me', '');
  el.style.cssText = '--admin-sessions-table-height: 600px';
  el.fetchPage = async (request) => {
    if (request.newerThan) {
      const page = pending;
      pending = [];
      return { entries: page, total: null, nextCursor: null };
    }
    return { entries: rows, total: rows.length, nextCursor: null };
  };
  document.getElementById('host').append(el);
  const table = () => el.shadowRoot?.querySelector('admin-sessions-table');
  const shows = (id) => Boolean(table()?.shadowRoot?.querySelector(`tr[data-id="${id}"]`));
  const firstPaint = await untilPainted(performance.now(), () => shows(rows.find((row) => row.admin?.email !== admins[0].email).id));
  if (firstPaint === null) return { n: N, errors: ['the rows never showed'] };
  await new Promise((resolve) => setTimeout(resolve, 300));
  // The runner may start a CPU profile here (--profile): give it a moment to begin.
  window.tickStarted = true;
  await new Promise((resolve) => setTimeout(resolve, 300));

  const ticks = [];
  const windows = [];
  for (let tick = 0; tick < TICKS; tick++) {
    const fresh = newer(PER_TICK, newest, SEED + tick + 1, admins).map((row, i) => ({ ...row, id: `t${tick}-${i}`, time: newest + (PER_TICK - i) * 10, admin: admins[1 + (i % 5)] }));
    newest = fresh[0].time;
    pending = fresh;
    const t0 = performance.now();
    await el.refresh();
    const ms = await untilPainted(t0, () => shows(fresh[0].id));
    if (ms === null) return { n: N, errors: [`tick ${tick}: the new rows never showed`] };
    ticks.push(ms);
    windows.push([t0, t0 + ms]);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // Long-task entries are delivered after the task: collect them once every tick is done.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const longTaskMs = longTasks.filter((task) => windows.some(([from, to]) => task.startTime < to && task.startTime + task.duration > from)).map((task) => task.duration);
  return { n: N, firstPaintMs: firstPaint, ticks, longTasks: longTaskMs.length, longestTaskMs: Math.max(0, ...longTaskMs), errors: [] };
}

window.tickResult = run().catch((error) => ({ n: N, errors: [String(error?.stack ?? error)] }));
