/**
 * The native contract's optional facets endpoint (docs/api.md):
 * `GET {endpoint}/facets?from&to&q&hide_me&limit=10`, counted over the whole range. A server without
 * it answers 404 (405, 501) and the widget counts the loaded rows instead.
 */
import { getJson, isRecord } from '../adapters/http.js';
import { subEndpointUrl, type HistogramRequest } from '../histogram/histogram-endpoint.js';
import { nativeFailure } from '../adapters/native.js';
import { SessionsError } from '../errors.js';
import { DEFAULT_TIMEOUT_MS } from '../defaults.js';
import { warnOnce } from '../warn-once.js';
import { FACET_KEYS, FACET_LIMIT, topValues, type FacetCounts, type FacetKey, type FacetValue } from './facets.js';

/** The range, keyword and Hide me of the log's query. */
export type FacetsRequest = Omit<HistogramRequest, 'buckets'>;

/** Statuses that say the server has no facets endpoint. */
const NO_FACETS_STATUSES: readonly number[] = [404, 405, 501];

/** `{endpoint}/facets` with the query's parameters; the endpoint's own query string is kept. */
export function facetsUrl(endpoint: string, request: FacetsRequest): string {
  return subEndpointUrl(endpoint, 'facets', request, { limit: String(FACET_LIMIT) });
}

/**
 * Asks the server for the facets: `null` when it has no facets endpoint (404, 405, 501). Other
 * failures, and an answer that is not a facets object, throw a `SessionsError`.
 */
export async function fetchFacets(endpoint: string, request: FacetsRequest, signal: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<FacetCounts | null> {
  const response = await getJson(facetsUrl(endpoint, request), signal, timeoutMs);
  if (NO_FACETS_STATUSES.includes(response.status)) return null;
  if (response.status !== 200) throw nativeFailure(response);
  return parseFacetsResponse(response.body);
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * Reads `{"total": 1532, "facets": {"admin": [{"value": "a@example.com", "label": "Alice", "count": 120}], …}}`.
 * A facet left out has no values; an entry without a non-empty string `value` and a whole `count`
 * ≥ 0 (or with a `label` that is not a string) is skipped, with one warning. Not an object, or
 * `facets` not an object, throws a `SessionsError` of kind `bad-response`.
 */
export function parseFacetsResponse(body: unknown): FacetCounts {
  if (!isRecord(body) || !isRecord(body.facets)) {
    const what = isRecord(body) ? '"facets" is not an object' : 'not a JSON object';
    throw new SessionsError('bad-response', `The server's facets were not in the expected shape: ${what}.`, 200, null, null, { detail: what });
  }
  const raw = body.facets;
  let skipped = 0;
  let largest = 0;
  const facets = {} as Record<FacetKey, readonly FacetValue[]>;
  for (const key of FACET_KEYS) {
    const list = raw[key];
    const values: FacetValue[] = [];
    if (list !== undefined && list !== null && !Array.isArray(list)) skipped++;
    for (const item of Array.isArray(list) ? list : []) {
      const label = isRecord(item) ? (item.label ?? item.value) : undefined;
      if (!isRecord(item) || typeof item.value !== 'string' || !item.value || !isCount(item.count) || typeof label !== 'string') {
        skipped++;
        continue;
      }
      values.push({ value: item.value, label: label || item.value, count: item.count });
    }
    facets[key] = topValues(values);
    largest = Math.max(largest, values.reduce((sum, value) => sum + value.count, 0));
  }
  if (skipped) warnOnce(`The server's facets had ${skipped} malformed ${skipped === 1 ? 'entry' : 'entries'}; skipped.`, { key: 'facets-malformed' });
  // Without a total, the largest facet's sum is the least the range holds.
  return { total: isCount(body.total) ? Math.max(body.total, largest) : largest, facets };
}
