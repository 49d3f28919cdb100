import type { SessionEntry } from '../entry.js';

/**
 * Marks on loaded rows worth a second look: the first request from an IP an admin had not used
 * earlier in the loaded range, and bursts of changing requests. Computed over what is loaded, so the
 * reasons say "in the loaded range": a wider range can change them.
 */

export interface NewIpMark {
  /** In English, for logs and events; the widget words the same from the fields below. */
  readonly reason: string;
  /**
   * The IP the admin used last before this request (trimmed, lower case). Always set by
   * `findUnusualActivity`; optional so that a mark built elsewhere with only a `reason` still fits.
   */
  readonly earlierIp?: string;
  /** How many other IPs the admin had used earlier in the loaded range (set with `earlierIp`). */
  readonly otherEarlierCount?: number;
}

export interface BurstMark {
  /** In English, for logs and events; the widget words the same from `count` and `windowMs`. */
  readonly reason: string;
  /** The most changing requests by the admin in one window that contains this entry. */
  readonly count: number;
  readonly windowMs: number;
}

export interface UnusualMark {
  readonly newIp?: NewIpMark;
  readonly burst?: BurstMark;
}

/** Marks by entry id; entries with nothing unusual have no mark. */
export type UnusualMarks = ReadonlyMap<string, UnusualMark>;

export interface UnusualOptions {
  /** Changing requests by one admin within `burstWindowMs` that make a burst (default 10). */
  readonly burstCount?: number;
  /** Length of the burst window in ms (default 60,000). Requests count when less than this apart. */
  readonly burstWindowMs?: number;
  /** Methods that change something (default POST, PUT, PATCH, DELETE). */
  readonly changingMethods?: Iterable<string>;
}

const DEFAULT_BURST_COUNT = 10;
const DEFAULT_BURST_WINDOW_MS = 60_000;
const DEFAULT_CHANGING_METHODS: readonly string[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** Who an entry belongs to for these marks; `null` for a deleted admin, which cannot be followed. */
function adminKey(entry: SessionEntry): string | null {
  const admin = entry.admin;
  if (!admin) return null;
  if (admin.id) return `id:${admin.id}`;
  if (admin.email) return `email:${admin.email.toLowerCase()}`;
  return admin.name ? `name:${admin.name}` : null;
}

function adminName(entry: SessionEntry): string {
  return entry.admin?.name || entry.admin?.email || entry.admin?.id || 'an unknown admin';
}

const oldestFirst = (a: SessionEntry, b: SessionEntry): number => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The entries oldest first; loaded rows usually arrive newest first, which only needs a reverse. */
function inTimeOrder(entries: readonly SessionEntry[]): readonly SessionEntry[] {
  let ascending = true;
  let descending = true;
  for (let i = 1; i < entries.length && (ascending || descending); i++) {
    const order = oldestFirst(entries[i - 1]!, entries[i]!);
    if (order > 0) ascending = false;
    if (order < 0) descending = false;
  }
  if (ascending) return entries;
  if (descending) return [...entries].reverse();
  return [...entries].sort(oldestFirst);
}

export function formatWindow(ms: number): string {
  if (ms >= 120_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${Math.round(ms / 100) / 10} s`;
}

function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

interface AdminState {
  /** IPs used at times strictly before `time`. */
  readonly seen: Set<string>;
  /** IPs first used at `time` (entries in the same second are not "earlier" than each other). */
  readonly current: Set<string>;
  time: number;
  /** The IP of the latest request before `time`, and of the latest one at `time`. */
  previousIp: string | null;
  currentIp: string | null;
  readonly changing: SessionEntry[];
}

/**
 * New-IP and burst marks over loaded entries, in O(n log n) (O(n) when the entries are already in
 * time order, as loaded rows are). Invalid options fall back to the defaults rather than throwing.
 */
export function findUnusualActivity(entries: readonly SessionEntry[], options: UnusualOptions = {}): Map<string, UnusualMark> {
  const tracker = new UnusualTracker(options);
  tracker.reset(entries);
  return tracker.marks;
}

/**
 * The same marks, kept up to date while rows arrive on top (auto-refresh) without going over every
 * loaded row again: `add` costs the new rows plus the burst window before them.
 *
 * Rows that fall off the bottom (the `max-entries` cap) lose their marks but still count as the
 * admin's earlier IPs, so a mark never appears or flips on a row just because older rows were let
 * go. `reset` judges a list afresh (a new query, older rows appended below).
 *
 * `marks` is one map, updated in place by `add` and replaced by `reset`.
 */
export class UnusualTracker {
  readonly #burstCount: number;
  readonly #windowMs: number;
  readonly #changingMethods: ReadonlySet<string>;
  #admins = new Map<string, AdminState>();
  #marks = new Map<string, UnusualMark>();
  /** The newest time scanned; `add` only continues the scan with rows at least as new. */
  #newest = -Infinity;

  constructor(options: UnusualOptions = {}) {
    this.#burstCount = Math.ceil(positiveOr(options.burstCount, DEFAULT_BURST_COUNT));
    this.#windowMs = positiveOr(options.burstWindowMs, DEFAULT_BURST_WINDOW_MS);
    this.#changingMethods = new Set([...(options.changingMethods ?? DEFAULT_CHANGING_METHODS)].map((m) => m.toUpperCase()));
  }

  get marks(): Map<string, UnusualMark> {
    return this.#marks;
  }

  /** Every mark anew over `entries`, in any order. */
  reset(entries: readonly SessionEntry[]): void {
    this.#admins = new Map();
    this.#marks = new Map();
    this.#newest = -Infinity;
    const touched = this.#scan(inTimeOrder(entries));
    for (const state of touched) markBursts(state.changing, this.#burstCount, this.#windowMs, this.#marks, -Infinity);
    this.#forgetOldChanges();
  }

  /**
   * Adds rows newer than (or as new as) every row so far, in any order, and forgets the marks of
   * `dropped` rows. Returns false, changing nothing, when a new row is older than what was scanned:
   * the caller then `reset`s.
   */
  add(fresh: readonly SessionEntry[], dropped: readonly SessionEntry[] = []): boolean {
    if (fresh.some((entry) => entry.time < this.#newest)) return false;
    for (const entry of dropped) this.#marks.delete(entry.id);
    if (!fresh.length) return true;
    const ordered = [...fresh].sort(oldestFirst);
    const firstNew = ordered[0]!.time;
    // Only requests less than a window before the first new one can share a window with it; the
    // windows around those reach back one more window.
    for (const state of this.#scan(ordered)) {
      const changing = state.changing;
      let from = changing.length;
      while (from > 0 && changing[from - 1]!.time > firstNew - 2 * this.#windowMs) from--;
      markBursts(from ? changing.slice(from) : changing, this.#burstCount, this.#windowMs, this.#marks, firstNew - this.#windowMs);
    }
    this.#forgetOldChanges();
    return true;
  }

  /** Continues the new-IP scan over rows in time order; returns the admins with new changing requests. */
  #scan(ordered: readonly SessionEntry[]): Set<AdminState> {
    const touched = new Set<AdminState>();
    for (const entry of ordered) {
      if (entry.time > this.#newest) this.#newest = entry.time;
      const key = adminKey(entry);
      if (key === null) continue;
      let state = this.#admins.get(key);
      if (!state) {
        state = { seen: new Set(), current: new Set(), time: entry.time, previousIp: null, currentIp: null, changing: [] };
        this.#admins.set(key, state);
      }
      if (this.#changingMethods.has(entry.method.toUpperCase())) {
        state.changing.push(entry);
        touched.add(state);
      }
      const ip = entry.ip?.trim().toLowerCase();
      if (!ip) continue;
      if (entry.time > state.time) {
        for (const earlier of state.current) state.seen.add(earlier);
        state.current.clear();
        if (state.currentIp !== null) state.previousIp = state.currentIp;
        state.time = entry.time;
      }
      if (!state.seen.has(ip) && !state.current.has(ip)) {
        // Only an admin already seen elsewhere earlier in the range has a "new" IP.
        if (state.seen.size > 0 && state.previousIp !== null) {
          const others = state.seen.size - 1;
          const earlier = others ? `${state.previousIp} and ${others} other IP${others === 1 ? '' : 's'}` : state.previousIp;
          const reason = `First request from ${entry.ip?.trim()} for ${adminName(entry)} in the loaded range (earlier: ${earlier})`;
          this.#marks.set(entry.id, { ...this.#marks.get(entry.id), newIp: { reason, earlierIp: state.previousIp, otherEarlierCount: others } });
        }
        state.current.add(ip);
      }
      state.currentIp = ip;
    }
    return touched;
  }

  /** Changing requests two windows older than the newest row can never join a later window. */
  #forgetOldChanges(): void {
    const horizon = this.#newest - 2 * this.#windowMs;
    for (const state of this.#admins.values()) {
      const changing = state.changing;
      let keep = 0;
      while (keep < changing.length && changing[keep]!.time <= horizon) keep++;
      if (keep) changing.splice(0, keep);
    }
  }
}

/**
 * Marks every entry newer than `after` that lies in some window of `windowMs` holding at least
 * `burstCount` entries.
 * `start[r]` is where the longest window ending at r begins; entry i lies in the windows ending at
 * r = i … last(i), both ends moving only forward, so a monotonic queue gives each entry's best count.
 */
function markBursts(changing: readonly SessionEntry[], burstCount: number, windowMs: number, marks: Map<string, UnusualMark>, after: number): void {
  const n = changing.length;
  if (n < burstCount) return;
  const start = new Int32Array(n);
  for (let r = 0, l = 0; r < n; r++) {
    while (changing[r]!.time - changing[l]!.time >= windowMs) l++;
    start[r] = l;
  }
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  let next = 0;
  for (let i = 0; i < n; i++) {
    while (next < n && start[next]! <= i) {
      const size = next - start[next]! + 1;
      while (tail > head && queue[tail - 1]! - start[queue[tail - 1]!]! + 1 <= size) tail--;
      queue[tail++] = next++;
    }
    while (queue[head]! < i) head++;
    const best = queue[head]!;
    const count = best - start[best]! + 1;
    const entry = changing[i]!;
    if (count < burstCount || entry.time <= after) continue;
    const reason = `${count} changing requests by ${adminName(entry)} within ${formatWindow(windowMs)}`;
    marks.set(entry.id, { ...marks.get(entry.id), burst: { reason, count, windowMs } });
  }
}
