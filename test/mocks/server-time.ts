/**
 * Wall-clock times in the mock server's zone (Laravel's `app.timezone`). Written independently of
 * src/data/time-zone.ts on purpose: a mock that shared the widget's own conversion code would hide
 * exactly the bugs it is there to catch.
 */

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number) => String(n).padStart(4, '0');

const DAY_MS = 24 * 60 * 60 * 1000;
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => pad2(n));

/** Offsets are looked up per quarter hour: every real zone changes offset on such a boundary. */
const BUCKET_MS = 15 * 60 * 1000;

/** Converts instants to and from wall-clock text in one zone, caching the zone's offsets. */
export class ServerClock {
  readonly timeZone: string;
  readonly #utc: boolean;
  readonly #formatter: Intl.DateTimeFormat | null;
  readonly #offsets = new Map<number, number>();
  /** `YYYY-MM-DD ` by wall-clock day number. */
  readonly #days = new Map<number, string>();

  /** Throws a RangeError for a zone name the runtime does not know. */
  constructor(timeZone = 'UTC') {
    this.timeZone = timeZone;
    this.#utc = timeZone === 'UTC' || timeZone === 'Etc/UTC';
    this.#formatter = this.#utc
      ? null
      : new Intl.DateTimeFormat('en-US', {
          timeZone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        });
  }

  /** Milliseconds to add to an instant to get its wall-clock time read as UTC. */
  offsetAt(epochMs: number): number {
    if (!this.#formatter) return 0;
    const bucket = Math.floor(epochMs / BUCKET_MS);
    let offset = this.#offsets.get(bucket);
    if (offset === undefined) {
      const start = bucket * BUCKET_MS;
      const wall: Record<string, number> = {};
      for (const part of this.#formatter.formatToParts(new Date(start))) {
        if (part.type !== 'literal') wall[part.type] = Number(part.value);
      }
      const asUtc = Date.UTC(wall.year!, wall.month! - 1, wall.day!, wall.hour! % 24, wall.minute!, wall.second!);
      offset = asUtc - start;
      this.#offsets.set(bucket, offset);
    }
    return offset;
  }

  /**
   * `YYYY-MM-DD HH:mm:ss`: how PUQcloud writes `created_at`. Arithmetic on the wall time with the
   * date part cached per day, because keyword searches format every row in the range.
   */
  formatSql(epochMs: number): string {
    const wall = epochMs + this.offsetAt(epochMs);
    const day = Math.floor(wall / DAY_MS);
    let date = this.#days.get(day);
    if (date === undefined) {
      const d = new Date(day * DAY_MS);
      date = `${pad4(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} `;
      this.#days.set(day, date);
    }
    const seconds = Math.floor((wall - day * DAY_MS) / 1000);
    return `${date}${TWO_DIGITS[Math.floor(seconds / 3600)]}:${TWO_DIGITS[Math.floor(seconds / 60) % 60]}:${TWO_DIGITS[seconds % 60]}`;
  }

  /** ISO 8601 with this zone's offset (`2025-12-15T14:03:22.000+01:00`): the native contract's `time`. */
  formatIso(epochMs: number): string {
    const offset = this.offsetAt(epochMs);
    const d = new Date(epochMs + offset);
    const sign = offset < 0 ? '-' : '+';
    const minutes = Math.abs(offset) / 60000;
    const date = `${pad4(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
    const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}`;
    return `${date}T${time}${sign}${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
  }

  /**
   * The instant a wall-clock time denotes here: the earlier one when a DST fold repeats it, and
   * one shifted forward by the gap when a DST gap skips it (as PHP does).
   */
  fromWall(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
    const naive = Date.UTC(year, month - 1, day, hour, minute, second);
    // The offsets half a day either side cover any single transition near this time.
    const before = naive - this.offsetAt(naive - 12 * 3600000);
    const after = naive - this.offsetAt(naive + 12 * 3600000);
    const valid = [before, after].filter((t) => t + this.offsetAt(t) === naive);
    return valid.length ? Math.min(...valid) : before;
  }

  /**
   * Parses PUQcloud's `DD-MM-YYYY HH:mm:ss` (`start_date`, `end_date`). NaN when malformed, which the
   * real server answers with a 500. Out-of-range parts are refused rather than rolled over.
   */
  parseDmy(text: string): number {
    const match = /^(\d{1,2})-(\d{1,2})-(\d{4}) (\d{1,2}):(\d{2}):(\d{2})$/.exec(text.trim());
    if (!match) return Number.NaN;
    const [day, month, year, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
      return Number.NaN;
    }
    return this.fromWall(year, month, day, hour, minute, second);
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
