/**
 * The native contract's optional histogram endpoint (docs/api.md):
 * `GET {endpoint}/histogram?from&to&q&hide_me&buckets=60`. A server without it answers 404 (405, 501) and the
 * widget falls back to `bucketize` over the loaded rows.
 */
import { getJson, buildUrl, isRecord } from '../adapters/http.js';
import { nativeFailure } from '../adapters/native.js';
import { SessionsError } from '../errors.js';
import { DEFAULT_BUCKET_COUNT, DEFAULT_TIMEOUT_MS } from '../defaults.js';
import { MAX_BUCKET_COUNT, type HistogramData } from './buckets.js';

export interface HistogramRequest {
  /** Inclusive start, ms; `null` = open. */
  readonly from: number | null;
  /** Inclusive end, ms; `null` = until now. */
  readonly to: number | null;
  readonly q?: string;
  readonly hideMe?: boolean;
  /** The most buckets wanted (default 60). */
  readonly buckets?: number;
}


/**
 * `{endpoint}/{name}` with a query's range, keyword and Hide me (`from`, `to`, `q`, `hide_me`) and
 * `extra`; the endpoint's own query string is kept. The optional endpoints' (histogram, facets) URL.
 */
export function subEndpointUrl(endpoint: string, name: string, request: Omit<HistogramRequest, 'buckets'>, extra: Record<string, string>): string {
  const url = new URL(endpoint, globalThis.location?.href);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${name}`;
  const params = new URLSearchParams();
  if (request.from !== null) params.set('from', new Date(request.from).toISOString());
  if (request.to !== null) params.set('to', new Date(request.to).toISOString());
  const q = request.q?.trim();
  if (q) params.set('q', q);
  if (request.hideMe) params.set('hide_me', '1');
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return buildUrl(url.href, params);
}

/** `{endpoint}/histogram` with the query's parameters; the endpoint's own query string is kept. */
export function histogramUrl(endpoint: string, request: HistogramRequest): string {
  return subEndpointUrl(endpoint, 'histogram', request, { buckets: String(request.buckets ?? DEFAULT_BUCKET_COUNT) });
}

/** Statuses that say the server has no histogram endpoint (not found, method not allowed, not implemented). */
export const NO_HISTOGRAM_STATUSES: readonly number[] = Object.freeze([404, 405, 501]);

/**
 * Asks the server for the histogram. `null` when the server has no histogram endpoint (404, 405 or
 * 501): compute it from the loaded rows instead. Other failures throw a `SessionsError`; an abort
 * through `signal` rejects with an `AbortError`.
 */
export async function fetchHistogram(
  endpoint: string,
  request: HistogramRequest,
  signal: AbortSignal,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<HistogramData | null> {
  const response = await getJson(histogramUrl(endpoint, request), signal, timeoutMs);
  if (NO_HISTOGRAM_STATUSES.includes(response.status)) return null;
  const { body } = response;
  if (response.status !== 200) throw nativeFailure(response);
  if (body === undefined) throw badHistogram('not JSON');
  return parseHistogramResponse(body);
}

/** ISO 8601 with a `Z` or `±hh:mm` offset: a bare local time would be read in the browser's zone. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

function isoTime(value: unknown, what: string): number {
  const time = typeof value === 'string' && ISO_WITH_OFFSET.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw badHistogram(`${what} is not an ISO 8601 time with an offset`);
  return time;
}

function count(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw badHistogram(`${what} is not a whole number ≥ 0`);
  }
  return value;
}

/**
 * Reads a histogram answer:
 * `{"bucket_ms": 60000, "from": ISO, "to"?: ISO, "buckets": [{"start": ISO, "web": 12, "api": 40}]}`.
 * Buckets are oldest first, each `start` a whole number of `bucket_ms` after `from`; empty buckets
 * may be left out (they count 0). The chart spans `from` to `to` when given, else to the end of the
 * last bucket listed. Any other shape throws a `SessionsError` of kind `bad-response` naming what
 * is wrong.
 */
export function parseHistogramResponse(body: unknown): HistogramData {
  if (!isRecord(body)) throw badHistogram('not a JSON object');
  const size = body.bucket_ms;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) {
    throw badHistogram('"bucket_ms" is not a whole number of milliseconds ≥ 1');
  }
  const start = isoTime(body.from, '"from"');
  if (!Array.isArray(body.buckets)) throw badHistogram('"buckets" is not an array');

  let length = 0;
  let until: number | undefined;
  if (body.to !== undefined && body.to !== null) {
    const to = (until = isoTime(body.to, '"to"'));
    if (to < start) throw badHistogram('"to" is before "from"');
    length = Math.max(1, Math.ceil((to - start) / size));
    if (length > MAX_BUCKET_COUNT) throw badHistogram(`more than ${MAX_BUCKET_COUNT} buckets`);
  }

  const listed: { index: number; web: number; api: number }[] = [];
  let previous = -1;
  body.buckets.forEach((raw: unknown, position: number) => {
    const what = `bucket ${position}`;
    if (!isRecord(raw)) throw badHistogram(`${what} is not an object`);
    const offset = isoTime(raw.start, `${what}: "start"`) - start;
    const index = offset / size;
    if (!Number.isInteger(index) || index < 0) {
      throw badHistogram(`${what}: "start" is not a whole number of "bucket_ms" after "from"`);
    }
    if (index <= previous) throw badHistogram(`${what}: buckets are not in time order`);
    if (index >= MAX_BUCKET_COUNT) throw badHistogram(`more than ${MAX_BUCKET_COUNT} buckets`);
    previous = index;
    listed.push({ index, web: count(raw.web, `${what}: "web"`), api: count(raw.api, `${what}: "api"`) });
  });

  if (length && previous >= length) throw badHistogram('a bucket starts after "to"');
  length ||= previous + 1;
  const web = new Array<number>(length).fill(0);
  const api = new Array<number>(length).fill(0);
  for (const bucket of listed) {
    web[bucket.index] = bucket.web;
    api[bucket.index] = bucket.api;
  }
  return until === undefined ? { start, size, web, api } : { start, size, web, api, until };
}

function badHistogram(what: string): SessionsError {
  return new SessionsError('bad-response', `The server's histogram was not in the expected shape: ${what}.`, 200, null, null, { detail: what });
}
