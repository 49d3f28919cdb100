import { createHandlers, type MockHandlers } from '../mocks/index.js';
import { generateLog, type GeneratedLog } from '../mocks/log-generator.js';
import { useHandlers } from './msw.js';

/** The demo's mock API over a small seeded log, with a clock the test moves. */
export type MockApi = MockHandlers & { setNow(ms: number): void; nativePath: string; puqcloudPath: string };

export function mockApi(options: { count?: number; days?: number; serverTimeZone?: string; prefix?: string; selfLog?: boolean; histogram?: boolean; facets?: boolean } = {}): MockApi {
  // The element resolves relative ranges against the real clock, so the log ends at it.
  let now = Date.now();
  const prefix = options.prefix ?? `/t${Math.random().toString(36).slice(2, 8)}`;
  const handlers = createHandlers({
    log: anchoredLog(options.count ?? 300, options.days ?? 1, now),
    now: () => now,
    latencyMs: 0,
    live: false,
    selfLog: options.selfLog ?? false,
    histogram: options.histogram ?? false,
    facets: options.facets ?? false,
    serverTimeZone: options.serverTimeZone ?? 'UTC',
    nativePath: `${prefix}/api/admin-sessions`,
    puqcloudPath: `${prefix}/admin/api/admin_session_logs`,
  });
  useHandlers(...handlers);
  return Object.assign(handlers, {
    setNow: (ms: number) => void (now = ms),
    nativePath: `${prefix}/api/admin-sessions`,
    puqcloudPath: `${prefix}/admin/api/admin_session_logs`,
  });
}

/**
 * The instant every test log is generated at. A realistic log's newest rows depend on who works at
 * that hour (at 09:30 UTC the newest 50 are all the demo admin's; at 11:10 two admins share them),
 * so a log generated at the real time made tests pass or fail by the hour they ran. The log is
 * generated here and moved, whole seconds, to end at the real clock: the same rows, relative to now,
 * whenever a test runs. (A Monday late morning: several admins at work.)
 */
const ANCHOR = Date.UTC(2026, 11, 7, 11, 10);

function anchoredLog(count: number, days: number, now: number): GeneratedLog {
  const log = generateLog({ now: ANCHOR, count, days });
  const shift = Math.floor((now - ANCHOR) / 1000) * 1000;
  return { ...log, now: log.now + shift, records: log.records.map((record) => ({ ...record, time: record.time + shift })) };
}

/** The query string of the last recorded request to a contract (empty before the first). */
export function lastParams(api: MockHandlers, contract: 'native' | 'puqcloud'): URLSearchParams {
  const last = pageRequests(api, contract).at(-1);
  return last ? new URL(last.url, location.href).searchParams : new URLSearchParams();
}

/** Requests for log pages (not the optional histogram or facets) to one contract. */
export function pageRequests(api: MockHandlers, contract: 'native' | 'puqcloud') {
  return api.requests.filter((request) => request.contract === contract && !/\/(histogram|facets)$/.test(new URL(request.url, location.href).pathname));
}
