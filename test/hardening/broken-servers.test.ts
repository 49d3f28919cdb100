/**
 * Issue 8, part 2: broken servers. Each case starts from a good page (so there are "last good
 * rows"), breaks the server, and checks the visible state: a clear message in part="error"
 * (role="alert"), the last good rows kept, no uncaught error or unhandled rejection, and recovery
 * once the server heals. Retry-After is checked under fake timers (with a synchronous fetch stub,
 * since msw's service-worker round trip is real I/O the fake clock cannot step).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import '../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../helpers/all-parts.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import { installFakeClock, untilTicking, type FakeClock } from '../helpers/fake-clock.js';
import { answersHandled, deferred, rowsOf, shadowPart, startWorker, until, useHandlers, watchFetches } from '../helpers/msw.js';
import { ADMIN_PROFILES, htmlspecialchars, phpJsonEncode } from '../mocks/index.js';
import {
  countRequests,
  errorText,
  guardGlobalErrors,
  printSummary,
  refreshControl,
  rowIds,
  scriptedServer,
  settle,
  statusText,
  stubFetch,
  tally,
  wellBehaved,
  wireEntry,
  type NativeWireEntry,
  type Responder,
  type ScriptedServer,
} from './helpers.js';

const LOGIN = 'https://panel.example.com/admin/login?next=%2Fadmin%2Fsessions';

async function mountNative(server: ScriptedServer, extra: { pageSize?: number; timeout?: number; autoRefresh?: boolean } = {}): Promise<AdminSessions> {
  useHandlers(server.handler);
  const el = await fixture<AdminSessions>(html`<admin-sessions
    endpoint=${server.path}
    cache="none"
    range="30d"
    page-size=${extra.pageSize ?? 50}
    timeout=${extra.timeout ?? 15000}
    style="--admin-sessions-table-height: 600px"
  ></admin-sessions>`);
  if (extra.autoRefresh) {
    el.refreshInterval = 1;
    el.autoRefresh = true;
  }
  return el;
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => HttpResponse.json(body as never, { status, headers });
const nativeError = (status: number, message: string, extra: Record<string, string> = {}) => json({ error: { code: 'x', message, ...extra } }, status);

/** Mounts on a good server, waits for its rows, breaks it with `responder`, refreshes, and checks the error. */
async function goodThenBroken(
  server: ScriptedServer,
  responder: Responder,
  message: RegExp,
  options: { pageSize?: number; timeout?: number; autoRefresh?: boolean } = {},
): Promise<{ el: AdminSessions; kept: string[] }> {
  const el = await mountNative(server, options);
  await until(() => rowsOf(el).length === server.rows.length, 'the good page did not show');
  const kept = rowIds(el);
  server.mode = responder;
  await el.refresh();
  await until(() => shadowPart(el, 'error'), `no error shown (expected ${message})`, 8000);
  expect(errorText(el)).to.match(message);
  expect(shadowPart(el, 'error')!.getAttribute('role')).to.equal('alert');
  expect(rowIds(el), 'the last good rows stay').to.deep.equal(kept);
  expect(shadowPart(el, 'empty')).to.equal(null);
  return { el, kept };
}

/** Heals the server, adds two rows, refreshes: the error goes and the new rows come on top. */
async function heals(el: AdminSessions, server: ScriptedServer): Promise<void> {
  server.mode = null;
  const added = server.grow(2);
  await el.refresh();
  await until(() => shadowPart(el, 'error') === null && rowIds(el)[0] === added[0]!.id, 'did not recover once the server healed', 8000);
  expect(rowIds(el).slice(0, 2)).to.deep.equal(added.map((row) => row.id));
}

// ---------------------------------------------------------------------------------------------
// PUQcloud answers

interface PuqRow {
  id: string;
  time: number;
}

function puqRow({ id, time }: PuqRow): Record<string, unknown> {
  const created = new Date(Math.floor(time / 1000) * 1000).toISOString().slice(0, 19).replace('T', ' ');
  const admin = ADMIN_PROFILES[0]!.record;
  return {
    uuid: id,
    admin_uuid: admin.uuid,
    action: 'web',
    ip_address: '10.0.0.1',
    session_id: 'secret',
    url: `https://panel.example.com/admin/clients/${id}`,
    method: 'GET',
    user_agent: 'Mozilla/5.0',
    created_at: created,
    updated_at: created,
    admin: { ...admin },
  };
}

function escapeDeep(value: unknown): unknown {
  if (typeof value === 'string') return htmlspecialchars(value);
  if (Array.isArray(value)) return value.map(escapeDeep);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeDeep(v)]));
  return value;
}

function puqPage(rows: PuqRow[], draw: number, recordsFiltered = rows.length): Response {
  const body = {
    message: null,
    errors: null,
    data: { headers: [], original: { draw, recordsTotal: recordsFiltered, recordsFiltered, data: rows.map(puqRow) }, exception: null },
    status: 'success',
  };
  return new HttpResponse(phpJsonEncode(escapeDeep(body)), { headers: { 'Content-Type': 'application/json' } });
}

const puqRows = (count: number, base = Date.now() - 3_600_000) =>
  Array.from({ length: count }, (_, i) => ({ id: `p${count - 1 - i}`, time: base + (count - 1 - i) * 1000 }));

const drawOf = (url: URL) => Number(url.searchParams.get('draw'));

let pathSerial = 0;
const uniquePath = (label: string) => `/t/hardening-${label}-${++pathSerial}/admin/api/admin_session_logs`;

async function mountPuq(path: string, pageSize = 50): Promise<AdminSessions> {
  return fixture<AdminSessions>(html`<admin-sessions
    adapter="puqcloud"
    endpoint=${path}
    cache="none"
    range="30d"
    page-size=${pageSize}
    style="--admin-sessions-table-height: 600px"
  ></admin-sessions>`);
}

// ---------------------------------------------------------------------------------------------

const summary = { cases: 0 };

describe('hardening 2: broken servers', function () {
  this.timeout(30_000);
  let guard: ReturnType<typeof guardGlobalErrors>;

  before(startWorker);
  beforeEach(() => {
    summary.cases++;
    guard = guardGlobalErrors();
  });
  afterEach(() => guard.stop());
  after(function () {
    const t = tally(this.test!.parent!);
    printSummary('broken-servers', `${t.total} server cases tried, ${t.passed} survived, ${t.failed} failed.`, t);
  });

  /** Every test ends with this: nothing escaped as an uncaught error or unhandled rejection. */
  const noUncaught = () => expect(guard.errors, guard.errors.join('\n')).to.deep.equal([]);

  it('401 with a login URL: explains, links to log in (http(s)), stops auto-refresh, keeps rows, recovers', async () => {
    const server = scriptedServer(5, '401');
    // On a fake clock (msw still answers for real): the 1 s refresh interval passes when the test says.
    const clock = installFakeClock(Date.now());
    const fetches = countRequests((url) => url.pathname === server.path);
    let el: AdminSessions;
    try {
      el = await mountNative(server, { autoRefresh: true });
      await untilTicking(clock, () => rowsOf(el).length === 5, 'the good page did not show');
      // The refresh loop (its code comes after the first rows) is there.
      await partsSettled(el);
      // The loop runs on this clock: one interval, one refresh.
      const before = fetches.count;
      await clock.tickAsync(1000);
      expect(fetches.count, 'a refresh one interval later').to.equal(before + 1);
      await untilTicking(clock, () => !el.shadowRoot!.querySelector('[part~="base"][aria-busy="true"]'), 'the refresh did not end');
      server.mode = () => nativeError(401, 'Session expired', { login_url: LOGIN });
      await clock.tickAsync(1000);
      await untilTicking(clock, () => shadowPart(el, 'error'), 'no error shown for the 401');
      expect(errorText(el)).to.match(/session has expired/i);
      expect(shadowPart(el, 'login-link')!.getAttribute('href')).to.equal(LOGIN);
      await untilTicking(clock, () => refreshControl(el).pausedReason === 'unauthorized', 'auto-refresh did not stop');
      expect(refreshControl(el).shadowRoot!.querySelector('[part~="paused"]')!.textContent).to.match(/session expired/i);
      // Ten intervals: a stopped loop asks nothing.
      const requests = fetches.count;
      await clock.tickAsync(10_000);
      expect(fetches.count, 'requests in ten intervals after the 401').to.equal(requests);
    } finally {
      fetches.stop();
      clock.restore();
    }
    await heals(el, server);
    expect(shadowPart(el, 'login-link')).to.equal(null);
    noUncaught();
  });

  it('401 without a login URL: explains, offers no link, keeps rows, recovers', async () => {
    const server = scriptedServer(5, '401b');
    const { el } = await goodThenBroken(server, () => nativeError(401, 'Session expired'), /session has expired/i);
    expect(shadowPart(el, 'login-link')).to.equal(null);
    await heals(el, server);
    noUncaught();
  });

  it('401 with hostile login URLs (javascript:, data:, vbscript:, mixed case, entities): never offers a non-http(s) link', async () => {
    const hostile = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'javascript&colon;alert(1)'];
    for (const loginUrl of hostile) {
      const server = scriptedServer(3, '401h');
      const { el } = await goodThenBroken(server, () => nativeError(401, 'x', { login_url: loginUrl }), /session has expired/i);
      const link = shadowPart(el, 'login-link');
      if (link) expect(new URL(link.getAttribute('href')!, location.href).protocol, loginUrl).to.match(/^https?:$/);
      el.remove();
    }
    noUncaught();
  });

  it('PUQcloud 401: the login link is the redirect decoded once (the server escapes every string)', async () => {
    const path = uniquePath('puq401');
    const rows = puqRows(4);
    let broken = false;
    const redirect = 'https://panel.example.com/admin/login?return=%2Fadmin%2Fsessions&lang=en';
    useHandlers(
      http.get(path, ({ request }) => {
        const url = new URL(request.url);
        if (broken) return new HttpResponse(phpJsonEncode(escapeDeep({ status: 'error', errors: ['Unauthorized'], redirect })), { status: 401, headers: { 'Content-Type': 'application/json' } });
        return puqPage(rows, drawOf(url));
      }),
    );
    const el = await mountPuq(path);
    await until(() => rowsOf(el).length === 4);
    broken = true;
    await el.refresh();
    await until(() => shadowPart(el, 'login-link'), 'no login link');
    expect(rowsOf(el).length).to.equal(4);
    expect(shadowPart(el, 'login-link')!.getAttribute('href'), 'href carries the decoded "&", not "&amp;"').to.equal(redirect);
    noUncaught();
  });

  it('403: says permission is missing, shows the server words as text only, keeps rows, recovers', async () => {
    const server = scriptedServer(5, '403');
    const { el } = await goodThenBroken(server, () => nativeError(403, '<img src=x onerror=alert(403)>'), /do not have permission/i);
    expect(errorText(el)).to.include('<img src=x onerror=alert(403)>');
    expect(shadowPart(el, 'error')!.querySelector('img')).to.equal(null);
    await heals(el, server);
    noUncaught();
  });

  it('404: says the endpoint was not found, keeps rows, recovers', async () => {
    const server = scriptedServer(5, '404');
    const { el } = await goodThenBroken(server, () => nativeError(404, 'Not found'), /not found/i);
    await heals(el, server);
    noUncaught();
  });

  it('500: says the server failed (HTTP 500), keeps rows, recovers', async () => {
    const server = scriptedServer(5, '500');
    const { el } = await goodThenBroken(server, () => nativeError(500, 'Internal server error'), /server failed.*HTTP 500/i);
    await heals(el, server);
    noUncaught();
  });

  it('502 with an HTML body: says HTTP 502, shows none of the HTML, keeps rows, recovers', async () => {
    const server = scriptedServer(5, '502');
    const body = '<html><body><h1>502 Bad Gateway</h1><script>alert(502)</script></body></html>';
    const { el } = await goodThenBroken(server, () => new HttpResponse(body, { status: 502, headers: { 'Content-Type': 'text/html' } }), /HTTP 502/);
    expect(errorText(el)).not.to.match(/<|Bad Gateway/);
    await heals(el, server);
    noUncaught();
  });

  it('network error: says the server could not be reached, keeps rows, recovers', async () => {
    const server = scriptedServer(5, 'neterr');
    const { el } = await goodThenBroken(server, () => HttpResponse.error(), /could not be reached/i);
    await heals(el, server);
    noUncaught();
  });

  it('a response that never ends: gives up after `timeout` ms with a clear message, keeps rows, recovers', async () => {
    const server = scriptedServer(5, 'hang');
    // The adapter's time-out is AbortSignal.timeout (a fake clock cannot step it): the hung request
    // must end by that time-out, whatever the machine's load made of the wall time.
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('newer_than') && init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    let el: AdminSessions;
    try {
      ({ el } = await goodThenBroken(
        server,
        async (url) => (url.searchParams.has('newer_than') ? (await delay('infinite'), undefined) : undefined),
        /did not answer within 1 s/i,
        { timeout: 1000 },
      ));
    } finally {
      window.fetch = realFetch;
    }
    expect(signals.length, 'the hung refresh').to.equal(1);
    expect((signals[0]!.reason as DOMException | undefined)?.name, 'ended by the 1 s time-out').to.equal('TimeoutError');
    expect(shadowPart(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    await heals(el, server);
    noUncaught();
  });

  it('truncated JSON: says the answer is not a session log page, keeps rows, recovers', async () => {
    const server = scriptedServer(5, 'trunc');
    const { el } = await goodThenBroken(
      server,
      (url) => {
        const text = JSON.stringify(wellBehaved(server.rows, url));
        return new HttpResponse(text.slice(0, Math.floor(text.length / 2)) || '{"entries":[{"id":', { headers: { 'Content-Type': 'application/json' } });
      },
      /not a session log page/i,
    );
    await heals(el, server);
    noUncaught();
  });

  it('JSON of the wrong shape (no entries, entries not an array, an array, null, a string): not a session log page each time', async () => {
    const server = scriptedServer(5, 'shape');
    const bodies: unknown[] = [{ data: { rows: [] } }, { entries: { 0: {} } }, [{ id: 'x' }], null, 'entries', { entries: 'x' }];
    const { el, kept } = await goodThenBroken(server, () => json(bodies[0]), /not a session log page/i);
    for (const body of bodies.slice(1)) {
      server.mode = null;
      await el.refresh(); // clears the previous error
      await until(() => shadowPart(el, 'error') === null);
      server.mode = () => new HttpResponse(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
      await el.refresh();
      await until(() => shadowPart(el, 'error'), `no error for ${JSON.stringify(body)}`);
      expect(errorText(el), JSON.stringify(body)).to.match(/not a session log page/i);
      expect(rowIds(el)).to.deep.equal(kept);
    }
    await heals(el, server);
    noUncaught();
  });

  it('a 200 HTML page (login portal or proxy page): not a session log page, no markup shown, keeps rows, recovers', async () => {
    const server = scriptedServer(5, 'html200');
    const { el } = await goodThenBroken(server, () => new HttpResponse('<!doctype html><form action="/login"><input name=password></form>', { headers: { 'Content-Type': 'text/html' } }), /not a session log page/i);
    expect(shadowPart(el, 'error')!.querySelector('form, input[name="password"]')).to.equal(null);
    await heals(el, server);
    noUncaught();
  });

  it('entries the server cannot vouch for (no id, unreadable time, not objects) are skipped, the rest shown', async () => {
    const server = scriptedServer(0, 'junk');
    server.rows = [wireEntry(3), { ...wireEntry(2), id: '' }, { ...wireEntry(1), time: 'yesterday' }, null as never, 7 as never, wireEntry(0)];
    const el = await mountNative(server);
    await until(() => rowsOf(el).length === 2, `saw ${rowsOf(el).length} rows`);
    expect(rowIds(el)).to.deep.equal(['row-3', 'row-0']);
    expect(shadowPart(el, 'error')).to.equal(null);
    noUncaught();
  });

  it('total lying (less than real): the status never claims fewer requests than it shows', async () => {
    const server = scriptedServer(5, 'lessTotal');
    server.mode = (url) => json({ ...wellBehaved(server.rows, url), total: 2 });
    const el = await mountNative(server);
    await until(() => rowsOf(el).length === 5);
    await until(() => /requests/.test(statusText(el)));
    const match = /([\d,]+) of ([\d,]+) requests/.exec(statusText(el));
    if (match) {
      const [shown, total] = [Number(match[1]!.replace(/,/g, '')), Number(match[2]!.replace(/,/g, ''))];
      expect(total, `status says "${statusText(el)}"`).to.be.at.least(shown);
    }
    expect(shadowPart(el, 'error')).to.equal(null);
    noUncaught();
  });

  it('total lying (more than real): native stops at next_cursor null, PUQcloud at the first empty page; no request storm', async () => {
    const server = scriptedServer(5, 'moreTotal');
    server.mode = (url) => json({ ...wellBehaved(server.rows, url), next_cursor: null, total: 1_000_000 });
    // On a fake clock (msw still answers for real): a minute passes once the page shows, so any
    // timer that would ask for more (the near-end debounce, a retry) has fired before the count.
    let clock = installFakeClock(Date.now());
    let fetches = countRequests((url) => url.pathname === server.path);
    try {
      const el = await mountNative(server, { pageSize: 5 });
      await untilTicking(clock, () => rowsOf(el).length === 5, 'the page did not show', { stepMs: 50 });
      await clock.tickAsync(60_000);
      expect(fetches.count, 'native requests').to.equal(1);
      el.remove();
    } finally {
      fetches.stop();
      clock.restore();
    }

    const path = uniquePath('puqMore');
    const rows = puqRows(10);
    const requests: URL[] = [];
    useHandlers(
      http.get(path, ({ request }) => {
        const url = new URL(request.url);
        requests.push(url);
        const start = Number(url.searchParams.get('start'));
        const length = Number(url.searchParams.get('length'));
        return puqPage(rows.slice(start, start + length), drawOf(url), 1_000_000);
      }),
    );
    clock = installFakeClock(Date.now());
    fetches = countRequests((url) => url.pathname === path);
    let puq: AdminSessions;
    try {
      puq = await mountPuq(path, 5);
      // The near-end loads are debounced: the clock moves in 50 ms steps while the pages come.
      await untilTicking(clock, () => rowsOf(puq).length === 10 && fetches.count === 3 && requests.length === 3, `saw ${rowsOf(puq).length} rows`, { stepMs: 50 });
      await clock.tickAsync(60_000);
      expect(fetches.count, 'PUQcloud requests a minute later').to.equal(3);
    } finally {
      fetches.stop();
      clock.restore();
    }
    expect(requests.map((url) => url.searchParams.get('start')), 'PUQcloud pages asked').to.deep.equal(['0', '5', '10']);
    expect(rowsOf(puq).length).to.equal(10);
    expect(shadowPart(puq, 'error')).to.equal(null);
    noUncaught();
  });

  it('duplicated ids across pages: each entry is shown once, in first-seen order', async () => {
    const server = scriptedServer(0, 'dupes');
    const e = (n: number) => wireEntry(n);
    const pages: Record<string, { entries: NativeWireEntry[]; next_cursor: string | null }> = {
      '': { entries: [e(9), e(8), e(7)], next_cursor: 'p2' },
      p2: { entries: [e(7), e(6), e(9)], next_cursor: 'p3' },
      p3: { entries: [e(6), e(5), e(4)], next_cursor: null },
    };
    server.mode = (url) => json({ ...pages[url.searchParams.get('cursor') ?? '']!, total: 6 });
    const watched = watchFetches((url) => url.pathname === server.path);
    try {
      const el = await mountNative(server, { pageSize: 3 });
      await until(() => rowsOf(el).length === 6, `saw ${rowIds(el).join(',')}`);
      // The last page said there is no next one: every answer is in and rendered, none asked after it.
      await answersHandled(watched.calls, el);
      expect(watched.calls.map((call) => call.url.searchParams.get('cursor')), 'pages asked').to.deep.equal([null, 'p2', 'p3']);
      expect(rowIds(el)).to.deep.equal(['row-9', 'row-8', 'row-7', 'row-6', 'row-5', 'row-4']);
    } finally {
      watched.restore();
    }
    noUncaught();
  });

  it('entries out of time order: shown newest first, as the Date column says', async () => {
    const server = scriptedServer(0, 'order');
    server.mode = () => json({ entries: [wireEntry(3), wireEntry(1), wireEntry(5), wireEntry(2), wireEntry(4)], next_cursor: null, total: 5 });
    const el = await mountNative(server);
    await until(() => rowsOf(el).length === 5);
    const times = el.entries.map((entry) => entry.time);
    expect(rowIds(el), 'rows on screen').to.deep.equal(['row-5', 'row-4', 'row-3', 'row-2', 'row-1']);
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    noUncaught();
  });

  it('answers arriving out of order (a superseded query answers last): the latest query wins', async () => {
    const server = scriptedServer(0, 'ooo');
    const slow = deferred();
    server.mode = async (url) => {
      if (url.searchParams.get('q') === 'first') {
        await slow.promise;
        return json({ entries: [{ ...wireEntry(1), id: 'stale' }], next_cursor: null, total: 1 });
      }
      return json({ entries: [wireEntry(7)], next_cursor: null, total: 1 });
    };
    useHandlers(server.handler);
    const watched = watchFetches((url) => url.pathname === server.path && url.searchParams.get('q') === 'first');
    const el = await fixture<AdminSessions>(html`<admin-sessions endpoint=${server.path} cache="none" range="30d" query="first"></admin-sessions>`);
    await until(() => server.requests.length === 1);
    el.query = 'second';
    await until(() => rowIds(el).join() === 'row-7');
    slow.resolve();
    // The superseded query's answer has reached the widget (or its request was aborted).
    await answersHandled(watched.calls, el);
    watched.restore();
    expect(watched.calls, 'the superseded request').to.have.length(1);
    expect(rowIds(el)).to.deep.equal(['row-7']);
    expect(shadowPart(el, 'error')).to.equal(null);
    noUncaught();
  });

  it('a refresh answered after the query changed is not merged into the new query', async () => {
    const server = scriptedServer(3, 'lateRefresh');
    const hold = deferred();
    const el = await mountNative(server);
    await until(() => rowsOf(el).length === 3);
    server.mode = async (url) => {
      if (url.searchParams.has('newer_than')) {
        await hold.promise;
        return json({ entries: [{ ...wireEntry(99), id: 'late-refresh-row' }], next_cursor: null });
      }
      if (url.searchParams.get('q') === 'other') return json({ entries: [{ ...wireEntry(50), id: 'other-row' }], next_cursor: null, total: 1 });
      return undefined;
    };
    const watched = watchFetches((url) => url.pathname === server.path && url.searchParams.has('newer_than'));
    void el.refresh();
    await until(() => server.requests.some((url) => url.searchParams.has('newer_than')));
    el.query = 'other';
    await until(() => rowIds(el).join() === 'other-row');
    hold.resolve();
    // The late refresh's answer has reached the widget (or its request was aborted).
    await answersHandled(watched.calls, el);
    watched.restore();
    expect(watched.calls, 'the refresh request').to.have.length(1);
    expect(rowIds(el)).to.deep.equal(['other-row']);
    noUncaught();
  });

  it('the same page answered twice (refresh ignores newer_than, next page ignores the cursor): no duplicates, no storm', async () => {
    const server = scriptedServer(3, 'twice');
    server.mode = (url) => json({ entries: server.rows.slice(0, 3), next_cursor: 'again', total: 3 });
    const watched = watchFetches((url) => url.pathname === server.path);
    const el = await mountNative(server, { pageSize: 3 });
    await until(() => rowsOf(el).length === 3);
    // Three rows do not fill the table: it asks for the "next" page (the same one again) on its own.
    await until(() => watched.calls.some((call) => call.url.searchParams.get('cursor') === 'again'), 'the next page was never asked for');
    await answersHandled(watched.calls, el);
    const announced = el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent;
    await el.refresh();
    await el.refresh();
    await answersHandled(watched.calls, el);
    watched.restore();
    expect(rowIds(el)).to.deep.equal(['row-2', 'row-1', 'row-0']);
    expect(el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent, 'nothing announced as new').to.equal(announced);
    expect(server.requests.length, 'first page, one repeated next page, two refreshes').to.be.at.most(4);
    noUncaught();
  });

  it('PUQcloud answering with a draw it was never sent: a visible error, not a silently blank widget', async () => {
    const path = uniquePath('puqDraw');
    useHandlers(http.get(path, ({ request }) => puqPage(puqRows(3), drawOf(new URL(request.url)) + 1000)));
    const watched = watchFetches((url) => url.pathname === path);
    const el = await mountPuq(path);
    // Whatever the widget does with the answer, it has it in hand and has rendered since.
    await until(() => watched.calls.length > 0, 'nothing was asked');
    await answersHandled(watched.calls, el);
    watched.restore();
    const visible = {
      rows: rowsOf(el).length,
      error: errorText(el),
      loading: shadowPart(el, 'loading') !== null,
      empty: shadowPart(el, 'empty') !== null,
    };
    expect(visible.error, `what the admin sees: ${JSON.stringify(visible)}`).to.be.a('string');
    noUncaught();
  });

  it('PUQcloud `data: null` on a refresh: an empty page, rows kept, no error', async () => {
    const path = uniquePath('puqNull');
    let nullData = false;
    useHandlers(
      http.get(path, ({ request }) =>
        nullData ? json({ message: null, errors: null, data: null, status: 'success' }) : puqPage(puqRows(4), drawOf(new URL(request.url))),
      ),
    );
    const el = await mountPuq(path);
    await until(() => rowsOf(el).length === 4);
    nullData = true;
    const watched = watchFetches((url) => url.pathname === path);
    await el.refresh();
    await until(() => watched.calls.length > 0, 'the refresh asked nothing');
    await answersHandled(watched.calls, el);
    watched.restore();
    expect(rowsOf(el).length).to.equal(4);
    expect(shadowPart(el, 'error')).to.equal(null);
    noUncaught();
  });

  describe('Retry-After under fake timers', () => {
    const PATH = '/t/hardening-retry/sessions';
    let clock: FakeClock;
    let stub: ReturnType<typeof stubFetch>;
    let el: AdminSessions;
    let rows: NativeWireEntry[];

    const ok = (url: URL) => new Response(JSON.stringify(wellBehaved(rows, url)), { headers: { 'Content-Type': 'application/json' } });

    /** Steps the fake clock by 0 and lets real tasks run (fetch bodies are read in tasks) until `predicate`. */
    async function drive(predicate: () => unknown, what: string): Promise<void> {
      for (let i = 0; i < 300; i++) {
        if (predicate()) return;
        await settle(1);
        await clock.tickAsync(0);
      }
      throw new Error(`never happened: ${what}`);
    }

    async function tick(ms: number): Promise<void> {
      await clock.tickAsync(ms);
      await settle(5);
      await clock.tickAsync(0);
    }

    beforeEach(async () => {
      clock = installFakeClock();
      rows = Array.from({ length: 5 }, (_, i) => wireEntry(4 - i, Date.now() - 60_000));
      stub = stubFetch((url) => url.pathname === PATH, ok);
      el = document.createElement('admin-sessions') as AdminSessions;
      el.setAttribute('endpoint', PATH);
      el.setAttribute('cache', 'none');
      el.setAttribute('range', '30d');
      el.setAttribute('auto-refresh', '');
      el.setAttribute('refresh-interval', '2');
      document.body.append(el);
      await drive(() => el.shadowRoot?.querySelector('admin-sessions-table')?.shadowRoot && rowsOf(el).length === 5, 'first page');
    });
    afterEach(() => {
      el.remove();
      stub.restore();
      clock.restore();
    });

    for (const [label, status, header] of [
      ['429 with Retry-After: 7 (seconds)', 429, () => '7'],
      ['429 with Retry-After as an HTTP date 7 s ahead', 429, () => new Date(Date.now() + 7000).toUTCString()],
      ['503 with Retry-After: 7', 503, () => '7'],
    ] as const) {
      it(`${label}: no retry before it elapses, then exactly one; the countdown says so; recovers`, async () => {
        stub.respond = () => new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'Too many requests' } }), {
          status,
          headers: { 'Content-Type': 'application/json', 'Retry-After': header() },
        });
        const kept = rowIds(el);
        await tick(2000); // the first auto-refresh tick meets the failure
        await drive(() => shadowPart(el, 'error'), 'error shown');
        const failedAt = stub.calls.length;
        expect(errorText(el)).to.match(status === 429 ? /too many requests/i : /HTTP 503/);
        if (status === 429) expect(errorText(el)).to.match(/retrying in 7 s/i);
        expect(shadowPart(el, 'error')!.getAttribute('role')).to.equal('alert');
        expect(rowIds(el)).to.deep.equal(kept);
        await tick(6000);
        expect(stub.calls.length, 'requests within the Retry-After window').to.equal(failedAt);
        await tick(990);
        expect(stub.calls.length, 'requests within the Retry-After window').to.equal(failedAt);
        stub.respond = ok;
        await tick(10);
        expect(stub.calls.length, 'exactly one retry once Retry-After elapsed').to.equal(failedAt + 1);
        await drive(() => shadowPart(el, 'error') === null, 'error cleared');
        await tick(2000);
        expect(stub.calls.length, 'the 2 s rhythm resumes').to.equal(failedAt + 2);
        noUncaught();
      });
    }
  });
});
