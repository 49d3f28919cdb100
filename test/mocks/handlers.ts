/**
 * msw handlers serving one shared, live-growing mock log through both contracts: the native one
 * (docs/api.md) and PUQcloud's admin_session_logs. Used by the demo (through a service worker)
 * and by tests (through `createHandlers({ latencyMs: 0, now: () => FIXED })`).
 */
import { delay, http, type HttpHandler, HttpResponse } from 'msw';
import { ADMIN_PROFILES, CURRENT_ADMIN_ID, PANEL_ORIGIN, loggedUrl } from './fixtures.js';
import { type GeneratedLog, type LiveActor, type LogRecord, generateLog } from './log-generator.js';
import { MockLogStore } from './log-store.js';
import type { MockResponse } from './mock-response.js';
import { handleNativeFacets, handleNativeHistogram, handleNativeRequest, nativeError } from './native-api.js';
import { handlePuqcloudRequest, phpJsonEncode, puqcloudError } from './puqcloud-api.js';
import { sessionId, randomFor } from './random.js';
import { ServerClock } from './server-time.js';

export type Contract = 'native' | 'puqcloud';

export interface MockApiOptions {
  /** Native contract endpoint (default `/api/admin-sessions`). */
  readonly nativePath?: string;
  /** PUQcloud endpoint (default `/admin/api/admin_session_logs`). */
  readonly puqcloudPath?: string;
  /** The server's clock (default `Date.now`); the log grows up to it on every request. */
  readonly now?: () => number;
  /** Mean response delay in ms, jittered ±40 % (default 80; use 0 in tests). */
  readonly latencyMs?: number;
  /** The logged-in admin: what hide_me drops and whom PUQcloud's self-logged rows belong to. */
  readonly currentAdminId?: string;
  /** Laravel's app.timezone: PUQcloud's wall-clock dates and the native offsets (default 'UTC'). */
  readonly serverTimeZone?: string;
  /** A log to serve (a generated one or a store shared with other handlers); else one is generated. */
  readonly log?: GeneratedLog | MockLogStore;
  /** For the generated log: entries, days and seed (defaults 50 000, 30, fixed seed). */
  readonly count?: number;
  readonly days?: number;
  readonly seed?: number;
  /** Grow the log with live entries (bells, clicks) as `now()` advances (default true). */
  readonly live?: boolean;
  /** PUQcloud with APP_DEBUG=true: answers also carry `queries` and `input`. */
  readonly debug?: boolean;
  /** PUQcloud logs each request to itself, as the real server does (default true). */
  readonly selfLog?: boolean;
  /** PUQcloud answers an empty page with `data: null` (a quirk of the real server; default false). */
  readonly nullDataWhenEmpty?: boolean;
  /** Where the 401 bodies send people (default https://panel.example.com/admin/login). */
  readonly loginUrl?: string;
  /** The native contract's optional histogram endpoint answers (default false: 404, as a server without it). */
  readonly histogram?: boolean;
  /** The native contract's optional facets endpoint answers (default false: 404). */
  readonly facets?: boolean;
}

export interface FailOptions {
  /** How many requests fail (default 1). */
  readonly times?: number;
  /** Only requests to this contract fail (default: whichever comes next). */
  readonly contract?: Contract;
  /** Seconds for a `Retry-After` header (429/503). */
  readonly retryAfter?: number;
}

export interface RecordedRequest {
  readonly contract: Contract;
  readonly url: string;
  readonly status: number;
}

export interface MockApiControls {
  /** The shared log; `store.insert()` adds rows, `store.newestFirst()` reads them. */
  readonly store: MockLogStore;
  readonly clock: ServerClock;
  /** Makes the next request(s) fail with `status` and the contract's own error body. */
  failNext(status: number, options?: FailOptions): void;
  /** Changes the mean response delay. */
  setLatency(ms: number): void;
  /** Requests served so far, oldest first (the last 500). */
  readonly requests: readonly RecordedRequest[];
}

/** The handlers (spread them into `setupWorker`/`setupServer`) with the controls attached. */
export type MockHandlers = HttpHandler[] & MockApiControls;

export const DEFAULT_NATIVE_PATH = '/api/admin-sessions';
export const DEFAULT_PUQCLOUD_PATH = '/admin/api/admin_session_logs';
const MAX_RECORDED = 500;

export function createHandlers(options: MockApiOptions = {}): MockHandlers {
  const now = options.now ?? Date.now;
  const currentAdminId = options.currentAdminId ?? CURRENT_ADMIN_ID;
  const clock = new ServerClock(options.serverTimeZone ?? 'UTC');
  const store = toStore(options, now(), currentAdminId);
  const loginUrl = options.loginUrl ?? `${PANEL_ORIGIN}/admin/login`;
  const failures: Array<{ status: number; contract: Contract | null; retryAfter: number | null }> = [];
  const requests: RecordedRequest[] = [];
  let latencyMs = options.latencyMs ?? 80;

  /** Takes the next planned failure for this contract, if any. */
  const takeFailure = (contract: Contract) => {
    const index = failures.findIndex((f) => f.contract === null || f.contract === contract);
    return index === -1 ? null : failures.splice(index, 1)[0]!;
  };

  const respond = async (contract: Contract, request: Request, answer: MockResponse): Promise<Response> => {
    requests.push({ contract, url: request.url, status: answer.status });
    if (requests.length > MAX_RECORDED) requests.shift();
    if (latencyMs > 0) await delay(Math.round(latencyMs * (0.6 + 0.8 * Math.random())));
    const text = contract === 'puqcloud' ? phpJsonEncode(answer.body) : JSON.stringify(answer.body);
    return new HttpResponse(text, {
      status: answer.status,
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', ...answer.headers },
    });
  };

  const native = http.get(options.nativePath ?? DEFAULT_NATIVE_PATH, ({ request }) => {
    store.advanceTo(now());
    const failure = takeFailure('native');
    const answer = failure
      ? withRetryAfter(nativeFailure(failure.status, loginUrl), failure.retryAfter)
      : handleNativeRequest(new URL(request.url), { store, clock, currentAdminId });
    return respond('native', request, answer);
  });

  // The native histogram is optional; without it, answering 404 keeps a dev server's HTML fallback out of it.
  const histogram = http.get(`${options.nativePath ?? DEFAULT_NATIVE_PATH}/histogram`, ({ request }) => {
    if (!options.histogram) return respond('native', request, nativeError(404, 'not_found', 'No histogram on this server.'));
    store.advanceTo(now());
    return respond('native', request, handleNativeHistogram(new URL(request.url), { store, clock, currentAdminId }));
  });

  const facets = http.get(`${options.nativePath ?? DEFAULT_NATIVE_PATH}/facets`, ({ request }) => {
    if (!options.facets) return respond('native', request, nativeError(404, 'not_found', 'No facets on this server.'));
    store.advanceTo(now());
    return respond('native', request, handleNativeFacets(new URL(request.url), { store, clock, currentAdminId }));
  });

  const actor = options.selfLog === false ? null : currentActor(store, currentAdminId);
  const puqcloud = http.get(options.puqcloudPath ?? DEFAULT_PUQCLOUD_PATH, ({ request }) => {
    const time = now();
    store.advanceTo(time);
    const failure = takeFailure('puqcloud');
    // The real server logs every authenticated request, its own polls and refused ones included.
    if (actor && failure?.status !== 401) store.insert(selfLogRow(store, actor, request.url, time));
    const answer = failure
      ? withRetryAfter(puqcloudError(failure.status, loginUrl), failure.retryAfter)
      : handlePuqcloudRequest(
          new URL(request.url),
          { store, clock, currentAdminId, debug: options.debug ?? false, nullDataWhenEmpty: options.nullDataWhenEmpty ?? false },
          loginUrl,
        );
    return respond('puqcloud', request, answer);
  });

  const controls: MockApiControls = {
    store,
    clock,
    requests,
    failNext(status, fail = {}) {
      for (let i = 0; i < (fail.times ?? 1); i++) {
        failures.push({ status, contract: fail.contract ?? null, retryAfter: fail.retryAfter ?? null });
      }
    },
    setLatency(ms) {
      latencyMs = Math.max(0, ms);
    },
  };
  // The histogram and facets routes are more specific, so they go before the log route.
  return Object.assign([histogram, facets, native, puqcloud], controls);
}

function toStore(options: MockApiOptions, now: number, currentAdminId: string): MockLogStore {
  if (options.log instanceof MockLogStore) return options.log;
  const log =
    options.log ??
    generateLog({
      now,
      count: options.count,
      days: options.days,
      seed: options.seed,
      currentAdminId: ADMIN_PROFILES.some((p) => p.record.uuid === currentAdminId) ? currentAdminId : undefined,
    });
  return new MockLogStore(log, { live: options.live ?? true });
}

const NATIVE_FAILURES: Record<number, [string, string]> = {
  400: ['bad_request', 'Bad request'],
  401: ['unauthorized', 'Session expired'],
  403: ['forbidden', 'You lack the admin-session-log-view permission'],
  404: ['not_found', 'Not found'],
  429: ['rate_limited', 'Too many requests'],
  503: ['unavailable', 'Service unavailable'],
};

function nativeFailure(status: number, loginUrl: string): MockResponse {
  const [code, message] = NATIVE_FAILURES[status] ?? ['server_error', 'Internal server error'];
  return nativeError(status, code, message, status === 401 ? { login_url: loginUrl } : {});
}

function withRetryAfter(answer: MockResponse, seconds: number | null): MockResponse {
  return seconds === null ? answer : { ...answer, headers: { ...answer.headers, 'Retry-After': String(seconds) } };
}

/** Whose session the widget's requests come from: the live tab when it is theirs. */
function currentActor(store: MockLogStore, adminId: string): LiveActor | null {
  const live = store.liveContext;
  if (live?.current.profile.record.uuid === adminId) return live.current;
  const profile = ADMIN_PROFILES.find((p) => p.record.uuid === adminId && p.deletedDaysAgo === null);
  if (!profile) return null;
  return { profile, device: profile.devices[0]!, sessionId: sessionId(randomFor(0x5e55, 0xacc0)), phaseMs: 0 };
}

/** The row the PUQcloud server writes for a request to itself. */
function selfLogRow(store: MockLogStore, actor: LiveActor, requestUrl: string, now: number): LogRecord {
  return {
    id: store.newId(),
    time: Math.floor(now / 1000) * 1000,
    adminUuid: actor.profile.record.uuid,
    admin: actor.profile.record,
    ip: actor.device.ip,
    url: loggedUrl(requestUrl),
    type: 'API',
    method: 'GET',
    userAgent: actor.device.userAgent,
    sessionId: actor.sessionId,
  };
}
