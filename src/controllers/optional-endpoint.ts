/**
 * A native server's optional endpoint (`{endpoint}/histogram`, `{endpoint}/facets`), asked until it
 * answers once: a 404 (405, 501; the fetch resolves `null`) is remembered for the page (every
 * widget on it) and, in `sessionStorage`, for the tab, so later ranges, searches and reloads ask
 * nothing (and the browser's console shows no failed request for each). The first request is not
 * aborted when its query is superseded (its answer says whether the endpoint exists); queries
 * started meanwhile wait for it. Other failures are not remembered.
 */
export interface OptionalEndpoint<Request, Data> {
  /** The answer for `request`, or `null` when the server has no such endpoint. */
  ask(endpoint: string, request: Request, signal: AbortSignal): Promise<Data | null>;
  /** Forgets which endpoints are missing (this page and the tab's sessionStorage): for tests. */
  forget(): void;
}

/** At most this many endpoints are remembered per kind (a page has one or two). */
const MISSING_LIMIT = 20;

/** `storageKey` names the tab's list of endpoints without it; `fetch` resolves `null` for a missing endpoint. */
export function optionalEndpoint<Request, Data>(
  storageKey: string,
  fetch: (endpoint: string, request: Request, signal: AbortSignal) => Promise<Data | null>,
): OptionalEndpoint<Request, Data> {
  /** Endpoints (absolute URLs) whose server answered that it has none, this page and this tab. */
  let missing: Set<string> | null = null;
  /** Endpoints whose server answered: asked per query, aborted when superseded. */
  const known = new Set<string>();
  /** The first request to an endpoint whose answer is not known yet: later ones wait for it. */
  const firstAsks = new Map<string, Promise<unknown>>();

  const missingEndpoints = (): Set<string> => {
    if (missing) return missing;
    missing = new Set();
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? '[]');
      if (Array.isArray(stored)) for (const endpoint of stored) if (typeof endpoint === 'string') missing.add(endpoint);
    } catch {
      // No storage (blocked, private mode) or an unreadable entry: remember for this page only.
    }
    return missing;
  };

  const rememberMissing = (endpoint: string): void => {
    const endpoints = missingEndpoints();
    endpoints.add(endpoint);
    try {
      sessionStorage.setItem(storageKey, JSON.stringify([...endpoints].slice(-MISSING_LIMIT)));
    } catch {
      // As above: the page still remembers.
    }
  };

  return {
    async ask(endpoint, request, signal) {
      const key = new URL(endpoint, globalThis.location?.href).href;
      for (let pending = firstAsks.get(key); pending; pending = firstAsks.get(key)) {
        await pending.catch(() => undefined);
        signal.throwIfAborted();
      }
      if (missingEndpoints().has(key)) return null;
      if (known.has(key)) return fetch(endpoint, request, signal);
      const first = fetch(endpoint, request, new AbortController().signal);
      firstAsks.set(key, first);
      try {
        const data = await first;
        if (data === null) rememberMissing(key);
        else known.add(key);
        signal.throwIfAborted();
        return data;
      } finally {
        firstAsks.delete(key);
      }
    },
    forget() {
      missing = null;
      known.clear();
      firstAsks.clear();
      try {
        sessionStorage.removeItem(storageKey);
      } catch {
        // nothing stored
      }
    },
  };
}
