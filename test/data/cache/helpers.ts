import { deleteDB } from 'idb';
import type { SessionEntry } from '../../../src/data/entry.js';

let counter = 0;

/** A database name no other test (or earlier run sharing the page) uses. */
export function uniqueDbName(label: string): string {
  counter += 1;
  return `cache-test-${label}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export const BASE_TIME = Date.UTC(2025, 11, 15, 12, 0, 0);

/** Entry `n`, one minute newer than entry `n - 1`. */
export function makeEntry(n: number, scopeLabel = 'a'): SessionEntry {
  return {
    id: `${scopeLabel}-${n}`,
    time: BASE_TIME + n * 60_000,
    admin: { id: `admin-${scopeLabel}`, name: `Admin ${scopeLabel.toUpperCase()}`, email: `${scopeLabel}@example.com` },
    ip: `10.0.0.${n % 250}`,
    url: `https://panel.example.com/admin/page/${n}`,
    type: n % 2 ? 'API' : 'WEB',
    method: 'GET',
    userAgent: 'Mozilla/5.0',
  };
}

/** Entries `from`…`to - 1`, newest first (display order). */
export function makeEntries(from: number, to: number, scopeLabel = 'a'): SessionEntry[] {
  const entries: SessionEntry[] = [];
  for (let n = to - 1; n >= from; n--) entries.push(makeEntry(n, scopeLabel));
  return entries;
}

export function viewOf(entries: SessionEntry[], total: number | null = entries.length, nextCursor: string | null = null) {
  return { entries, total, nextCursor };
}

/** A warn function that records what it was told. */
export function recordWarnings(): { warn: (message: string) => void; messages: string[] } {
  const messages: string[] = [];
  return { warn: (message: string) => void messages.push(message), messages };
}

/** A settable clock. */
export function manualClock(start = BASE_TIME) {
  const clock = { now: start, read: () => clock.now };
  return clock;
}

/** Deletes a test database; fails the test (rather than hanging) when something still holds it open. */
export async function removeDatabase(name: string): Promise<void> {
  let blocked = false;
  const deletion = deleteDB(name, { blocked: () => void (blocked = true) });
  await withinMs(deletion, 5000, `deleting ${name}`);
  if (blocked) throw new Error(`deleting ${name} was blocked by a connection left open`);
}

/** `promise`, or a rejection after `ms`: a hang becomes a clear failure. */
export function withinMs<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: still pending after ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

export async function databaseExists(name: string): Promise<boolean> {
  const databases = await indexedDB.databases();
  return databases.some((database) => database.name === name);
}

/** Puts `get` in place of the page's `indexedDB` getter (a sandboxed iframe, a broken browser); returns the undo. */
export function replaceIndexedDB(get: () => unknown): () => void {
  const owner = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB') ? globalThis : Object.getPrototypeOf(globalThis);
  const original = Object.getOwnPropertyDescriptor(owner, 'indexedDB')!;
  Object.defineProperty(globalThis, 'indexedDB', { configurable: true, get });
  return () => {
    if (owner === globalThis) Object.defineProperty(globalThis, 'indexedDB', original);
    else delete (globalThis as { indexedDB?: unknown }).indexedDB;
  };
}
