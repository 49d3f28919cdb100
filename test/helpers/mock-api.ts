import { createHandlers, type MockHandlers } from '../mocks/index.js';
import { useHandlers } from './msw.js';

/** The demo's mock API over a small seeded log, with a clock the test moves. */
export type MockApi = MockHandlers & { setNow(ms: number): void; nativePath: string; puqcloudPath: string };

export function mockApi(options: { count?: number; days?: number; serverTimeZone?: string; prefix?: string; selfLog?: boolean; histogram?: boolean; facets?: boolean } = {}): MockApi {
  // The element resolves relative ranges against the real clock, so the log ends at it.
  let now = Date.now();
  const prefix = options.prefix ?? `/t${Math.random().toString(36).slice(2, 8)}`;
  const handlers = createHandlers({
    count: options.count ?? 300,
    days: options.days ?? 1,
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

/** The query string of the last recorded request to a contract (empty before the first). */
export function lastParams(api: MockHandlers, contract: 'native' | 'puqcloud'): URLSearchParams {
  const last = pageRequests(api, contract).at(-1);
  return last ? new URL(last.url, location.href).searchParams : new URLSearchParams();
}

/** Requests for log pages (not the optional histogram or facets) to one contract. */
export function pageRequests(api: MockHandlers, contract: 'native' | 'puqcloud') {
  return api.requests.filter((request) => request.contract === contract && !/\/(histogram|facets)$/.test(new URL(request.url, location.href).pathname));
}
