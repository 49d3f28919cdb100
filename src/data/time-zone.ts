/**
 * Wall-clock time in a named IANA zone, through Intl only. PUQcloud speaks wall-clock times with no
 * offset in its own zone; these helpers turn them into instants and back without the browser's zone
 * leaking in (the stock page's skew).
 */
import { dateTimeFormat } from './intl-cache.js';

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Numeric parts in a 24-hour clock: what `toWallTime` reads back. */
const WALL_PARTS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
};

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  return dateTimeFormat('en-US', { ...WALL_PARTS, timeZone });
}

/**
 * True when the runtime knows the zone name. "UTC" (the `server-time-zone` default) is known to every
 * runtime (ECMA-402), so it is answered without a formatter: the first `Intl.DateTimeFormat` of a page
 * loads the ICU data (about 20 ms of main thread on a cold open), and this check runs before the
 * first page of the log is requested.
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === 'UTC') return true;
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time an instant shows in a zone. */
export function toWallTime(epochMs: number, timeZone: string): WallTime {
  const wall: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') wall[part.type] = Number(part.value);
  }
  return {
    year: wall.year!,
    month: wall.month!,
    day: wall.day!,
    hour: wall.hour! % 24,
    minute: wall.minute!,
    second: wall.second!,
  };
}

function wallAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** The instant a wall-clock time denotes in a zone (the earlier one when a DST fold repeats it). */
export function fromWallTime(wall: WallTime, timeZone: string): number {
  const naive = wallAsUtc(wall);
  // Two passes settle the offset on either side of a DST change.
  let epoch = naive - (wallAsUtc(toWallTime(naive, timeZone)) - naive);
  epoch = naive - (wallAsUtc(toWallTime(epoch, timeZone)) - epoch);
  return epoch;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `DD-MM-YYYY HH:mm:ss` in a zone: PUQcloud's `start_date`/`end_date` format. */
export function formatDmyHms(epochMs: number, timeZone: string): string {
  const w = toWallTime(epochMs, timeZone);
  return `${pad(w.day)}-${pad(w.month)}-${pad(w.year, 4)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

const SQL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;

/** Parses `YYYY-MM-DD HH:mm:ss` (no offset) as wall time in a zone; NaN when malformed. */
export function parseSqlDateTime(text: string, timeZone: string): number {
  const match = SQL_DATETIME.exec(text);
  if (!match) return Number.NaN;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number, number, number, number, number, number,
  ];
  return fromWallTime({ year, month, day, hour, minute, second }, timeZone);
}

/** The viewer's own time zone (the runtime's), from the one cached formatter. */
export function viewerTimeZone(): string {
  return dateTimeFormat(undefined).resolvedOptions().timeZone;
}
