/**
 * Shared tools of the adversarial battery (issue 8): script traps, deep DOM scans, global error
 * guards, console.warn capture, request counting, a fetch stub for fake-timer tests, IndexedDB
 * redirection (so these tests never touch the shared 'admin-sessions' database other test files
 * use), and the summary line printed at the end of each file.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import type { SessionEntry } from '../../src/data/entry.js';
import type { CachedViewInput } from '../../src/data/cache/entry-cache.js';
import { IdbEntryCache } from '../../src/data/cache/idb-entry-cache.js';
import { MemoryEntryCache } from '../../src/data/cache/memory-entry-cache.js';
import { rowsOf, shadowPart, tableOf } from '../helpers/msw.js';

/** The real timer functions, captured before any fake clock is installed. */
export const realSetTimeout: typeof setTimeout = window.setTimeout.bind(window);
export const sleep = (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Script-execution trap

declare global {
  interface Window {
    __xss: number;
    __xssHits: string[];
  }
}

export interface ScriptTrap {
  /** Everything that ran: `alert(…)` arguments, `__xss++` increments, `__xssHit(…)` calls. */
  readonly hits: string[];
  /** How many times a trap fired. */
  count(): number;
  restore(): void;
}

/**
 * A page-level trap: `window.__xss` starts at 0 and payloads do `__xss++`; `alert`, `confirm`,
 * `prompt`, `print` and `open` are replaced by counters that record their argument (the payload
 * number). A `securitypolicyviolation` would not be a script run, so it is not counted.
 */
export function installScriptTrap(): ScriptTrap {
  const hits: string[] = [];
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print, open: window.open };
  window.__xss = 0;
  window.__xssHits = hits;
  const record = (name: string) =>
    function (...args: unknown[]) {
      hits.push(`${name}(${args.map(String).join(',')})`);
      return name === 'confirm' ? false : null;
    };
  window.alert = record('alert') as never;
  window.confirm = record('confirm') as never;
  window.prompt = record('prompt') as never;
  window.print = record('print') as never;
  window.open = record('open') as never;
  return {
    hits,
    count: () => hits.length + window.__xss,
    restore() {
      Object.assign(window, saved);
    },
  };
}

/**
 * Resolves once the handlers of markup injected into `win`'s document before now would have run:
 * an image like the payloads' (`src=x`, which fails to load) has fired its `error`, and two frames
 * have passed (animation, toggle and autofocus events fire at frames). The positive control (the
 * payloads written as HTML into a frame) waits the same way and must see them fire.
 */
export async function injectedHandlersHadTheirChance(win: Window = window): Promise<void> {
  // Not in the document (an image loads without it), so the mutation watch does not see it.
  const canary = win.document.createElement('img');
  await new Promise<void>((resolve) => {
    canary.onerror = canary.onload = () => resolve();
    canary.src = 'x';
  });
  for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

// ---------------------------------------------------------------------------------------------
// Deep DOM

/** Every shadow root under `root`, deep (open roots: Lit's). */
export function shadowRootsOf(root: ParentNode): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) {
        roots.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    roots.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return roots;
}

/** Every element in `root`'s light tree and all shadow trees under it. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  if (root instanceof Element) out.push(root);
  out.push(...root.querySelectorAll('*'));
  for (const shadow of shadowRootsOf(root)) out.push(...shadow.querySelectorAll('*'));
  return out;
}

/** Tags that must never come from data. */
export const DANGEROUS_TAGS = [
  'script', 'img', 'svg', 'math', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form',
  'a', 'details', 'template', 'noscript', 'video', 'audio', 'source', 'frame', 'frameset', 'body', 'marquee',
];

/** Counts of dangerous tags and `on*` attributes deep in `root` (compared with a benign baseline). */
export function dangerousCensus(root: ParentNode): { tags: Record<string, number>; onAttributes: string[]; urlAttributes: string[] } {
  const tags: Record<string, number> = {};
  const onAttributes: string[] = [];
  const urlAttributes: string[] = [];
  for (const element of deepElements(root)) {
    const tag = element.localName;
    if (DANGEROUS_TAGS.includes(tag)) tags[tag] = (tags[tag] ?? 0) + 1;
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) onAttributes.push(`<${tag} ${name}>`);
      if (['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'data', 'srcset', 'background', 'poster'].includes(name)) {
        urlAttributes.push(`<${tag} ${name}="${attribute.value.slice(0, 80)}">`);
      }
    }
  }
  return { tags, onAttributes, urlAttributes };
}

/** Every `href`-like URL in the deep tree is http(s) (relative ones resolve to the page's origin). */
export function nonHttpLinks(root: ParentNode): string[] {
  const bad: string[] = [];
  for (const element of deepElements(root)) {
    for (const name of ['href', 'src', 'xlink:href', 'action', 'formaction']) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      let protocol = '';
      try {
        protocol = new URL(value, location.href).protocol;
      } catch {
        protocol = 'unparsable';
      }
      if (protocol !== 'http:' && protocol !== 'https:') bad.push(`<${element.localName} ${name}="${value.slice(0, 80)}">`);
    }
  }
  return bad;
}

/**
 * Watches the document and every shadow root under `roots` for elements of dangerous tags being
 * added, and for `on*` attributes being set, from now on.
 */
export function watchMutations(roots: ParentNode[]): { added: string[]; stop(): void } {
  const added: string[] = [];
  const check = (node: Node) => {
    if (!(node instanceof Element)) return;
    for (const element of [node, ...node.querySelectorAll('*')]) {
      if (DANGEROUS_TAGS.includes(element.localName)) added.push(`<${element.localName}> added`);
      for (const attribute of element.attributes) if (attribute.name.toLowerCase().startsWith('on')) added.push(`<${element.localName} ${attribute.name}> added`);
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach(check);
      else if (record.attributeName?.toLowerCase().startsWith('on')) added.push(`${record.attributeName} set on <${(record.target as Element).localName}>`);
    }
  });
  const targets = new Set<Node>([document]);
  for (const root of roots) {
    targets.add(root as Node);
    for (const shadow of shadowRootsOf(root)) targets.add(shadow);
  }
  for (const target of targets) observer.observe(target, { childList: true, subtree: true, attributes: true });
  return { added, stop: () => observer.disconnect() };
}

/** The table rows' markup must be the widget's own: `td` and `span` only (and `mark` while highlighting). */
export function foreignElementsInRows(el: AdminSessions, allowed = ['td', 'span']): string[] {
  const foreign: string[] = [];
  for (const row of rowsOf(el)) {
    for (const element of row.querySelectorAll('*')) {
      if (!allowed.includes(element.localName)) foreign.push(`<${element.localName}> in row ${row.dataset.index}`);
    }
    if (row.shadowRoot) foreign.push(`a shadow root on row ${row.dataset.index}`);
  }
  return foreign;
}

/** The exact text of one part in a row (no whitespace folding: the payloads carry whitespace on purpose). */
export function exactPart(row: Element, part: string): string | null {
  return row.querySelector(`[part~="${part}"]`)?.textContent ?? null;
}

export const scrollerOf = (el: AdminSessions) => tableOf(el).shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
export const tableElementOf = (el: AdminSessions) => tableOf(el).shadowRoot!.querySelector<HTMLElement>('table')!;
export const errorText = (el: AdminSessions) => shadowPart(el, 'error')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
export const statusText = (el: AdminSessions) => shadowPart(el, 'status')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const rowIds = (el: AdminSessions) => rowsOf(el).map((row) => row.dataset.id!);

/** What `<admin-sessions-refresh>` is told by the element. */
export function refreshControl(el: AdminSessions): HTMLElement & { enabled: boolean; interval: number; nextDueAt: number | null; pausedReason: string | null } {
  return shadowPart(el, 'refresh') as never;
}

// ---------------------------------------------------------------------------------------------
// Global error guard

/** Records window `error` and `unhandledrejection` events while installed. */
export function guardGlobalErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as { name?: string; message?: string } | undefined;
    errors.push(`unhandledrejection: ${reason?.name ?? ''} ${reason?.message ?? String(event.reason)}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// console.warn capture

export function captureWarnings(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
    original.apply(console, args as never);
  };
  return { messages, restore: () => void (console.warn = original) };
}

// ---------------------------------------------------------------------------------------------
// A scripted native-contract server over msw

export interface NativeWireEntry {
  id: unknown;
  time: unknown;
  admin: unknown;
  ip: unknown;
  url: unknown;
  type: unknown;
  method: unknown;
  user_agent: unknown;
  [extra: string]: unknown;
}

let serial = 0;
/** A plausible native entry; `n` makes it unique, larger `n` is newer. */
export function wireEntry(n: number, base = Date.now() - 3_600_000, extra: Partial<NativeWireEntry> = {}): NativeWireEntry {
  return {
    id: `row-${n}`,
    time: new Date(base + n * 1000).toISOString(),
    admin: { id: `a${n % 3}`, name: `Admin ${n % 3}`, email: `admin${n % 3}@example.com` },
    ip: `10.0.0.${n % 250}`,
    url: `https://panel.example.com/admin/clients/${n}`,
    type: n % 2 ? 'API' : 'WEB',
    method: 'GET',
    user_agent: 'Mozilla/5.0',
    ...extra,
  };
}

export type Responder = (url: URL, request: Request) => Response | undefined | Promise<Response | undefined>;

export interface ScriptedServer {
  readonly path: string;
  /** Newest first. */
  rows: NativeWireEntry[];
  /** Answers instead of the well-behaved server while set (return `undefined` to fall through). */
  mode: Responder | null;
  /** Every log request URL seen, oldest first (the optional `/histogram` route is counted apart). */
  readonly requests: URL[];
  /** Requests to `{path}/histogram`, answered 404 (the docs: the widget then buckets loaded rows). */
  readonly histogramRequests: URL[];
  readonly handler: RequestHandler;
  /** Adds `count` entries newer than every row and returns them (newest first). */
  grow(count: number): NativeWireEntry[];
}

/** A well-behaved native server (limit, cursor as an offset, newer_than) that a test can break. */
export function scriptedServer(rowCount = 5, label = 'srv'): ScriptedServer {
  const path = `/t/hardening-${label}-${++serial}-${Math.random().toString(36).slice(2, 7)}/sessions`;
  let top = rowCount;
  const server: ScriptedServer = {
    path,
    rows: Array.from({ length: rowCount }, (_, i) => wireEntry(rowCount - 1 - i)),
    mode: null,
    requests: [],
    histogramRequests: [],
    handler: http.get(`${path}*`, async ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === `${path}/histogram`) {
        server.histogramRequests.push(url);
        return HttpResponse.json({ error: { code: 'not_found', message: 'No histogram here.' } }, { status: 404 });
      }
      if (url.pathname !== path) return undefined;
      server.requests.push(url);
      const scripted = await server.mode?.(url, request);
      if (scripted) return scripted;
      return HttpResponse.json(wellBehaved(server.rows, url));
    }),
    grow(count) {
      const added = Array.from({ length: count }, (_, i) => wireEntry(top + count - 1 - i));
      top += count;
      server.rows = [...added, ...server.rows];
      return added;
    },
  };
  return server;
}

export function wellBehaved(rows: NativeWireEntry[], url: URL): { entries: NativeWireEntry[]; next_cursor: string | null; total: number } {
  const limit = Number(url.searchParams.get('limit') ?? 50);
  const newerThan = url.searchParams.get('newer_than');
  if (newerThan) {
    const at = rows.findIndex((row) => row.id === newerThan);
    const newer = at < 0 ? [] : rows.slice(0, at);
    return { entries: newer.slice(0, limit), next_cursor: null, total: rows.length };
  }
  const start = Number(url.searchParams.get('cursor') ?? 0);
  const entries = rows.slice(start, start + limit);
  const next = start + limit < rows.length ? String(start + limit) : null;
  return { entries, next_cursor: next, total: rows.length };
}

/** Requests made to `path` while the page runs (any method), for request-storm checks. */
export function countRequests(predicate: (url: URL) => boolean): { readonly count: number; readonly urls: URL[]; stop(): void } {
  const urls: URL[] = [];
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (predicate(url)) urls.push(url);
    return realFetch(input, init);
  };
  return {
    get count() {
      return urls.length;
    },
    urls,
    stop: () => void (window.fetch = realFetch),
  };
}

// ---------------------------------------------------------------------------------------------
// A synchronous fetch stub for fake-timer tests (msw's service worker round trip is real I/O)

export interface FetchStub {
  readonly calls: URL[];
  respond: (url: URL) => Response;
  restore(): void;
}

export function stubFetch(match: (url: URL) => boolean, respond: (url: URL) => Response): FetchStub {
  const realFetch = window.fetch;
  const stub: FetchStub = {
    calls: [],
    respond,
    restore: () => void (window.fetch = realFetch),
  };
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!match(url)) return realFetch(input, init);
    stub.calls.push(url);
    if (init?.signal?.aborted) return Promise.reject(init.signal.reason);
    return Promise.resolve(stub.respond(url));
  };
  return stub;
}

/** Lets real macrotasks run (response bodies are read in tasks, not microtasks). */
export async function settle(times = 3): Promise<void> {
  for (let i = 0; i < times; i++) await new Promise<void>((resolve) => realSetTimeout(resolve, 0));
}

// ---------------------------------------------------------------------------------------------
// IndexedDB redirection

export const newDbPrefix = () => `hardening-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-`;

/**
 * Points the page's `indexedDB` at a wrapper that prefixes every database name, so the element's
 * default 'admin-sessions' database becomes a private one for this test; `open` can be overridden
 * to misbehave. Restores the global on `restore()`.
 */
export function redirectIndexedDB(
  options: { prefix?: string; open?: (real: IDBFactory, name: string, version?: number) => IDBOpenDBRequest; databases?: () => Promise<IDBDatabaseInfo[]> } = {},
): { prefix: string; real: IDBFactory; realName(name?: string): string; opens: { name: string; version?: number }[]; restore(): Promise<void> } {
  const real = indexedDB;
  const prefix = options.prefix ?? newDbPrefix();
  const opens: { name: string; version?: number }[] = [];
  const factory = {
    open(name: string, version?: number) {
      opens.push({ name, version });
      if (options.open) return options.open(real, prefix + name, version);
      return version === undefined ? real.open(prefix + name) : real.open(prefix + name, version);
    },
    deleteDatabase: (name: string) => real.deleteDatabase(prefix + name),
    cmp: (a: unknown, b: unknown) => real.cmp(a, b),
    // The page's databases as the widget would see them without the redirect: its own, by their names.
    databases: options.databases ?? (async () => (await real.databases()).filter(({ name }) => name?.startsWith(prefix)).map((db) => ({ ...db, name: db.name!.slice(prefix.length) }))),
  } as unknown as IDBFactory;
  const owner = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB') ? globalThis : Object.getPrototypeOf(globalThis);
  const original = Object.getOwnPropertyDescriptor(owner, 'indexedDB')!;
  Object.defineProperty(globalThis, 'indexedDB', { configurable: true, get: () => factory });
  return {
    prefix,
    real,
    realName: (name = 'admin-sessions') => prefix + name,
    opens,
    async restore() {
      if (owner === globalThis) Object.defineProperty(globalThis, 'indexedDB', original);
      else delete (globalThis as { indexedDB?: unknown }).indexedDB;
      // Best effort: a connection still held open would block this, which must not hang the suite.
      await Promise.race([
        new Promise<void>((resolve) => {
          const request = real.deleteDatabase(prefix + 'admin-sessions');
          request.onsuccess = request.onerror = request.onblocked = () => resolve();
        }),
        sleep(1000),
      ]);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Cache calls

export interface WatchedCacheCall {
  readonly kind: 'read' | 'write';
  /** The newest entry written (writes only). */
  readonly newestId: string | null;
  readonly done: Promise<unknown>;
}

/**
 * Records the reads and writes that reach the IndexedDB and memory caches (under the element's
 * fallback wrapper), each with its promise. The element writes fire-and-forget: a test waits for
 * the write it expects, then for every call to end, instead of a fixed pause.
 */
export function watchCacheCalls(): { readonly calls: WatchedCacheCall[]; settled(): Promise<void>; restore(): void } {
  const calls: WatchedCacheCall[] = [];
  const saved: [object, 'read' | 'write', unknown][] = [];
  for (const prototype of [IdbEntryCache.prototype, MemoryEntryCache.prototype] as Record<'read' | 'write', (...args: unknown[]) => Promise<unknown>>[]) {
    for (const kind of ['read', 'write'] as const) {
      const real = prototype[kind];
      saved.push([prototype, kind, real]);
      prototype[kind] = function (this: unknown, ...args: unknown[]) {
        const done = real.apply(this, args);
        const input = args[2] as CachedViewInput | undefined;
        calls.push({ kind, newestId: kind === 'write' ? input?.entries[0]?.id ?? null : null, done: done.catch(() => undefined) });
        return done;
      };
    }
  }
  return {
    calls,
    async settled() {
      // Calls made while earlier ones end (a failed IndexedDB write falls back to memory) are awaited too.
      for (let seen = -1; seen !== calls.length; ) {
        seen = calls.length;
        await Promise.all(calls.map((call) => call.done));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    },
    restore() {
      for (const [prototype, kind, real] of saved.reverse()) (prototype as Record<string, unknown>)[kind] = real;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Summary

export interface SuiteTally {
  passed: number;
  failed: number;
  total: number;
}

/** Passed / failed / total tests under a mocha suite, for the summary line. */
export function tally(suite: Mocha.Suite): SuiteTally {
  const all: Mocha.Test[] = [];
  const visit = (s: Mocha.Suite) => {
    all.push(...s.tests);
    s.suites.forEach(visit);
  };
  visit(suite);
  return {
    passed: all.filter((t) => t.state === 'passed').length,
    failed: all.filter((t) => t.state === 'failed').length,
    total: all.length,
  };
}

/** One machine-readable line per file; test/hardening-reporter.mjs sums them up across files. */
export function printSummary(part: string, text: string, data: object): void {
  console.log(`HARDENING[${part}]: ${text} ${JSON.stringify(data)}`);
}

/** One bell-notification poll of a long session (the PUQcloud bell writes ~17,000 of these a day per tab); `prefix` keeps two runs' ids apart. */
export function bellEntry(prefix: string, n: number, time: number): SessionEntry {
  return {
    id: `${prefix}${String(n).padStart(9, '0')}`,
    time,
    admin: { id: 'a1', name: 'Alice Admin', email: 'alice@example.com' },
    ip: '10.0.0.1',
    url: `https://panel.example.com/admin/api/my_account/bell_notification?n=${n}`,
    type: 'API',
    method: 'GET',
    userAgent: 'Mozilla/5.0',
  };
}
