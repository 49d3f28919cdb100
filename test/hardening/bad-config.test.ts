/**
 * Issue 8, part 5: bad configuration. Each bad attribute gets a clear console warning (once) or a
 * visible message, a sensible fallback, and never a crash or a request storm: requests are
 * counted at `fetch` over a minute of a fake clock (msw answers for real in between), with
 * auto-refresh on where it matters.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../helpers/all-parts.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import { installFakeClock, untilTicking, type FakeClock } from '../helpers/fake-clock.js';
import { rowsOf, shadowPart, startWorker, tableOf, useHandlers } from '../helpers/msw.js';
import { ADMIN_PROFILES, phpJsonEncode } from '../mocks/index.js';
import { http, HttpResponse } from 'msw';
import {
  captureWarnings,
  countRequests,
  errorText,
  guardGlobalErrors,
  installScriptTrap,
  printSummary,
  refreshControl,
  scriptedServer,
  tally,
  type ScriptTrap,
  type ScriptedServer,
} from './helpers.js';

/** Mounts with the given attributes (as written in HTML) on a fresh scripted server. */
async function mountWith(attributes: Record<string, string | null>, server: ScriptedServer | null = scriptedServer(5, 'cfg')): Promise<AdminSessions> {
  if (server) useHandlers(server.handler);
  const el = document.createElement('admin-sessions') as AdminSessions;
  const all: Record<string, string | null> = { cache: 'none', range: '30d', endpoint: server?.path ?? null, ...attributes };
  for (const [name, value] of Object.entries(all)) if (value !== null) el.setAttribute(name, value);
  return fixture<AdminSessions>(el as never);
}

/** Fake time that passes before requests are counted: any timer that would ask again has fired. */
const WINDOW_MS = 60_000;

describe('hardening 5: bad configuration', function () {
  this.timeout(20_000);
  let warnings: ReturnType<typeof captureWarnings>;
  let guard: ReturnType<typeof guardGlobalErrors>;
  let trap: ScriptTrap;
  let clock: FakeClock;
  let fetches: ReturnType<typeof countRequests>;
  /** Log pages asked for at `fetch` (the moment they are asked, not when the worker answers). */
  const pageFetches = () => fetches.urls.filter((url) => url.pathname.startsWith('/t/') && !url.pathname.endsWith('/histogram'));
  /** Waits on the fake clock, which only moves when the test moves it, while msw answers for real. */
  const waitFor = (predicate: () => unknown, message: string) => untilTicking(clock, predicate, message);

  before(startWorker);
  beforeEach(() => {
    warnings = captureWarnings();
    guard = guardGlobalErrors();
    trap = installScriptTrap();
    clock = installFakeClock(Date.now());
    fetches = countRequests(() => true);
  });
  afterEach(() => {
    fetches.stop();
    clock.restore();
    warnings.restore();
    guard.stop();
    trap.restore();
  });
  after(function () {
    const t = tally(this.test!.parent!);
    printSummary('bad-config', `${t.total} bad configurations tried, ${t.passed} handled, ${t.failed} failed.`, t);
  });

  /** Exactly one warning matching `pattern`, however often the element rendered. */
  function warnedOnce(pattern: RegExp): void {
    const matching = warnings.messages.filter((message) => pattern.test(message));
    expect(matching, `warnings:\n${warnings.messages.join('\n')}`).to.have.length(1);
    expect(matching[0]).to.match(/^<admin-sessions> /);
  }
  const noCrash = () => {
    expect(guard.errors, guard.errors.join('\n')).to.deep.equal([]);
    expect(trap.count(), 'scripts run').to.equal(0);
  };

  describe('endpoint', () => {
    for (const [label, endpoint, message] of [
      ['missing', null, /set the endpoint attribute/i],
      ['blank', '   ', /set the endpoint attribute/i],
      ['javascript:', 'javascript:alert(1)', /not an http\(s\) URL/i],
      ['data:', 'data:application/json,{"entries":[]}', /not an http\(s\) URL/i],
      ['unparsable', 'http://[::1', /not a valid URL/i],
    ] as const) {
      it(`${label}: a visible message, no request at all`, async () => {
        const requests = countRequests(() => true);
        try {
          const el = await mountWith({ endpoint, 'auto-refresh': '', 'refresh-interval': '1' }, null);
          await waitFor(() => shadowPart(el, 'error'), 'no message shown');
          expect(errorText(el)).to.match(message);
          expect(shadowPart(el, 'error')!.getAttribute('role')).to.equal('alert');
          await clock.tickAsync(WINDOW_MS); // 60 refresh intervals
          expect(requests.count, requests.urls.join('\n')).to.equal(0);
          expect(shadowPart(el, 'loading'), 'not stuck "loading"').to.equal(null);
          noCrash();
        } finally {
          requests.stop();
        }
      });
    }
  });

  it('unknown adapter: warns once, speaks the native contract, one request', async () => {
    const server = scriptedServer(5, 'adapter');
    const el = await mountWith({ adapter: 'graphql' }, server);
    await waitFor(() => rowsOf(el).length === 5, 'no rows');
    await clock.tickAsync(WINDOW_MS);
    warnedOnce(/adapter="graphql" is not one of native, puqcloud; using "native"/);
    expect(pageFetches().length).to.equal(1);
    expect(server.requests[0]!.searchParams.has('limit')).to.equal(true);
    noCrash();
  });

  for (const [value, limit, pattern] of [
    ['0', '50', /page-size="0" is not a positive number; using 50/],
    ['-5', '50', /page-size="-5" is not a positive number; using 50/],
    ['abc', '50', /page-size="abc" is not a positive number; using 50/],
    ['10000000', '1000', /page-size="10000000" is more than 1000; using 1000/],
  ] as const) {
    it(`page-size="${value}": warns once, asks for ${limit}, one request`, async () => {
      const server = scriptedServer(5, 'pagesize');
      const el = await mountWith({ 'page-size': value }, server);
      await waitFor(() => rowsOf(el).length === 5, 'no rows');
      await clock.tickAsync(WINDOW_MS);
      warnedOnce(pattern);
      expect(pageFetches().map((url) => url.searchParams.get('limit'))).to.deep.equal([limit]);
      noCrash();
    });
  }

  for (const value of ['0', 'abc', '-1', '0.0001', '99999']) {
    it(`refresh-interval="${value}" with auto-refresh: warns once, uses 5 s, no request storm`, async () => {
      const server = scriptedServer(5, 'interval');
      const el = await mountWith({ 'auto-refresh': '', 'refresh-interval': value }, server);
      await waitFor(() => rowsOf(el).length === 5, 'no rows');
      // The refresh loop (its code comes after the first rows) is there.
      await partsSettled(el);
      // Nothing more until 5 s have passed, then exactly one refresh.
      await clock.tickAsync(4_999);
      expect(pageFetches().length, 'requests in the first 4.999 s').to.equal(1);
      await clock.tickAsync(1);
      expect(pageFetches().length, 'requests at 5 s: one refresh').to.equal(2);
      warnedOnce(new RegExp(`refresh-interval="${value.replace('.', '\\.')}" is not a number of seconds between 1 and 3600; using 5`));
      expect(refreshControl(el).interval, 'interval shown').to.equal(5);
      expect(refreshControl(el).enabled).to.equal(true);
      expect(fetches.urls.filter((url) => url.pathname.endsWith('/histogram')).length, 'histogram requests in 5 s').to.be.at.most(1);
      noCrash();
    });
  }

  it('unknown server-time-zone (PUQcloud): warns once, reads and sends times in UTC, labels it', async () => {
    const path = '/t/hardening-cfg-zone/admin/api/admin_session_logs';
    const requests: URL[] = [];
    const admin = ADMIN_PROFILES[0]!.record;
    useHandlers(
      http.get(path, ({ request }) => {
        const url = new URL(request.url);
        requests.push(url);
        const data = [{ uuid: 'z1', admin_uuid: admin.uuid, action: 'web', ip_address: '10.0.0.1', session_id: 's', url: 'https://panel.example.com/admin', method: 'GET', user_agent: null, created_at: '2025-12-15 14:03:22', updated_at: '2025-12-15 14:03:22', admin }];
        return new HttpResponse(phpJsonEncode({ message: null, errors: null, data: { headers: [], original: { draw: Number(url.searchParams.get('draw')), recordsTotal: 1, recordsFiltered: 1, data } }, status: 'success' }), { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const el = await mountWith({ adapter: 'puqcloud', endpoint: path, 'server-time-zone': 'Mars/Olympus_Mons', range: null, from: '2025-12-15T12:00:00Z', to: '2025-12-15T18:00:00Z', 'time-zone': 'utc' }, null);
    await waitFor(() => rowsOf(el).length === 1, 'no rows');
    await clock.tickAsync(WINDOW_MS);
    warnedOnce(/server-time-zone="Mars\/Olympus_Mons" is not a time zone this browser knows; using UTC/);
    expect(pageFetches().length).to.equal(1);
    expect(requests[0]!.searchParams.get('start_date')).to.equal('15-12-2025 12:00:00');
    expect(requests[0]!.searchParams.get('end_date')).to.equal('15-12-2025 18:00:00');
    expect(rowsOf(el)[0]!.querySelector('[part~="date"]')!.textContent).to.include('14:03:22');
    expect(shadowPart(el, 'time-zone')!.textContent).to.include('Server (UTC)');
    noCrash();
  });

  it('unknown time-zone: warns once, shows times in the viewer\'s zone and says which', async () => {
    const server = scriptedServer(5, 'tz');
    const el = await mountWith({ 'time-zone': 'Narnia/Cair_Paravel' }, server);
    await waitFor(() => rowsOf(el).length === 5, 'no rows');
    await clock.tickAsync(WINDOW_MS);
    warnedOnce(/time-zone="Narnia\/Cair_Paravel" is not a time zone this browser knows/);
    const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(tableOf(el).shadowRoot!.querySelector('th .zone')!.textContent).to.equal(`(${local})`);
    const first = el.entries[0]!;
    const want = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(first.time);
    expect(rowsOf(el)[0]!.querySelector('[part~="date"]')!.textContent).to.equal(want);
    expect(pageFetches().length).to.equal(1);
    noCrash();
  });

  it('from after to: warns once, shows the last 24 hours, one request', async () => {
    const server = scriptedServer(5, 'fromto');
    const el = await mountWith({ range: null, from: '2025-12-16T00:00:00Z', to: '2025-12-15T00:00:00Z' }, server);
    await waitFor(() => rowsOf(el).length === 5, 'no rows');
    await clock.tickAsync(WINDOW_MS);
    warnedOnce(/from="2025-12-16T00:00:00Z" is after to="2025-12-15T00:00:00Z"; showing the last 24 hours/);
    expect(pageFetches().length).to.equal(1);
    const from = Date.parse(server.requests[0]!.searchParams.get('from')!);
    expect(Math.abs(Date.now() - 24 * 3_600_000 - from), 'from ≈ 24 h ago').to.be.lessThan(5 * 60_000);
    expect(server.requests[0]!.searchParams.has('to')).to.equal(false);
    noCrash();
  });

  it('from that is not a date: warns once and ignores it, one request', async () => {
    const server = scriptedServer(5, 'badfrom');
    const el = await mountWith({ range: null, from: 'yesterday' }, server);
    await waitFor(() => rowsOf(el).length === 5, 'no rows');
    await clock.tickAsync(WINDOW_MS);
    warnedOnce(/from="yesterday" is not an ISO 8601 date-time; ignoring it/);
    expect(pageFetches().length).to.equal(1);
    noCrash();
  });

  it('unknown range: warns once, uses 24h, one request', async () => {
    const server = scriptedServer(5, 'range');
    const el = await mountWith({ range: 'forever' }, server);
    await waitFor(() => rowsOf(el).length === 5, 'no rows');
    await clock.tickAsync(WINDOW_MS);
    warnedOnce(/range="forever" is not one of 15m, 1h, 24h, 7d, 30d, stock; using 24h/);
    expect(pageFetches().length).to.equal(1);
    noCrash();
  });

  it('unknown cache kind: warns once, falls back, one request', async () => {
    const server = scriptedServer(5, 'cachekind');
    const el = await mountWith({ cache: 'cloud' }, server);
    await waitFor(() => rowsOf(el).length === 5, 'no rows');
    await clock.tickAsync(WINDOW_MS);
    warnedOnce(/cache="cloud" is not one of idb, memory, none/);
    expect(pageFetches().length).to.equal(1);
    noCrash();
  });

  it('bad numbers in timeout, cache-max-entries, cache-max-age, max-entries: each warns once and falls back', async () => {
    const server = scriptedServer(5, 'numbers');
    const el = await mountWith({ timeout: '-1', 'cache-max-entries': 'lots', 'cache-max-age': '0', 'max-entries': 'all', cache: 'memory' }, server);
    await waitFor(() => rowsOf(el).length === 5, 'no rows: the fallbacks work');
    await clock.tickAsync(WINDOW_MS);
    expect(pageFetches().length).to.equal(1);
    noCrash();
    const about = (attribute: string) => warnings.messages.filter((message) => message.includes(`${attribute}=`));
    expect(
      {
        timeout: about('timeout').length,
        'cache-max-entries': about('cache-max-entries').length,
        'cache-max-age': about('cache-max-age').length,
        'max-entries': warnings.messages.filter((message) => message.startsWith('max-entries=') || message.includes(' max-entries=')).length,
      },
      `warnings:\n${warnings.messages.join('\n')}`,
    ).to.deep.equal({ timeout: 1, 'cache-max-entries': 1, 'cache-max-age': 1, 'max-entries': 1 });
  });
});
