/**
 * The mock server's table: the log kept oldest first, ordered by (time, id), so every range and
 * cursor lookup is a binary search and new rows are (nearly always) a push at the end.
 */
import { type GeneratedLog, type LiveContext, type LogRecord, liveEntries } from './log-generator.js';
import { hash32, mulberry32, type Random, uuid } from './random.js';

/** (time, id) order: the native contract's tie-break, ascending. */
export function compareAsc(a: Pick<LogRecord, 'time' | 'id'>, b: Pick<LogRecord, 'time' | 'id'>): number {
  return a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export class MockLogStore {
  /** Oldest first, by (time, id). */
  readonly #rows: LogRecord[];
  /** Built on the first lookup by id: most sessions never need it. */
  #byId: Map<string, LogRecord> | null = null;
  #now: number;
  #version = 0;
  /** Who is online; set even when growth is off, for the rows the server writes itself. */
  readonly liveContext: LiveContext;
  readonly #grows: boolean;
  /** Ids for rows the server writes itself (its own polls); separate from the generator's streams. */
  readonly #idRandom: Random;

  /** `live: false` freezes the log: it then grows only by the rows `insert()` adds. */
  constructor(log: GeneratedLog, options: { live?: boolean } = {}) {
    this.#rows = log.records.slice().reverse();
    this.#now = log.now;
    this.liveContext = log.live;
    this.#grows = options.live !== false;
    this.#idRandom = mulberry32(hash32(log.live.seed, 0x10c));
  }

  get size(): number {
    return this.#rows.length;
  }

  /** Bumped on every change, for anyone caching query results. */
  get version(): number {
    return this.#version;
  }

  /** The log holds everything up to this instant. */
  get now(): number {
    return this.#now;
  }

  /** The row at an index, oldest first. */
  at(index: number): LogRecord {
    const row = this.#rows[index];
    if (!row) throw new RangeError(`No log row at ${index}`);
    return row;
  }

  /** A copy, newest first (for tests and debugging; the handlers never copy the log). */
  newestFirst(): LogRecord[] {
    return this.#rows.slice().reverse();
  }

  /** Adds what happened between the log's end and `now` (the live growth). Returns how many rows. */
  advanceTo(now: number): number {
    if (now <= this.#now) return 0;
    const added = this.#grows ? liveEntries(this.liveContext, this.#now, now) : [];
    this.#now = now;
    // `liveEntries` is newest first; inserting oldest first keeps each insert a push.
    for (let i = added.length - 1; i >= 0; i--) this.insert(added[i]!);
    return added.length;
  }

  /** Inserts a row in (time, id) order; new rows land at or next to the end, so this is cheap. */
  insert(row: LogRecord): void {
    const rows = this.#rows;
    let index = rows.length;
    while (index > 0 && compareAsc(rows[index - 1]!, row) > 0) index--;
    if (index === rows.length) rows.push(row);
    else rows.splice(index, 0, row);
    this.#byId?.set(row.id, row);
    this.#version++;
  }

  /** A fresh id for a row the server writes itself. */
  newId(): string {
    return uuid(this.#idRandom);
  }

  findById(id: string): LogRecord | undefined {
    if (!this.#byId) {
      this.#byId = new Map();
      for (const row of this.#rows) this.#byId.set(row.id, row);
    }
    return this.#byId.get(id);
  }

  /** First index whose time is ≥ `time`. */
  lowerBound(time: number): number {
    return this.#search((row) => row.time >= time);
  }

  /** First index whose time is > `time`. */
  upperBound(time: number): number {
    return this.#search((row) => row.time > time);
  }

  /** First index whose (time, id) is ≥ the given one. */
  positionOf(key: Pick<LogRecord, 'time' | 'id'>): number {
    return this.#search((row) => compareAsc(row, key) >= 0);
  }

  /** First index whose (time, id) is > the given one. */
  positionAfter(key: Pick<LogRecord, 'time' | 'id'>): number {
    return this.#search((row) => compareAsc(row, key) > 0);
  }

  /** Binary search for the first index where `isAtOrAfter` turns true (it must be monotonic). */
  #search(isAtOrAfter: (row: LogRecord) => boolean): number {
    let lo = 0;
    let hi = this.#rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (isAtOrAfter(this.#rows[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
