/**
 * Relative time ranges ("the last 24 hours") as pure data: no DOM, no flatpickr. A preset stays
 * relative; whoever holds one resolves it again against the clock each time it queries.
 */
import { toWallTime } from './time-zone.js';

/** A relative range: the last 15 minutes … 30 days, or `stock` (the current hour −24 h … +24 h). */
export type RangePreset = '15m' | '1h' | '24h' | '7d' | '30d' | 'stock';

/** Every preset, in the order the picker offers them. */
export const RANGE_PRESETS: readonly RangePreset[] = Object.freeze(['15m', '1h', '24h', '7d', '30d', 'stock']);

export interface ResolvedRange {
  /** Start, ms since the epoch. */
  readonly from: number;
  /** End, ms since the epoch. */
  readonly to: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How far back each "last …" preset reaches from now. */
const LOOKBACK: Readonly<Record<Exclude<RangePreset, 'stock'>, number>> = {
  '15m': 15 * MINUTE,
  '1h': HOUR,
  '24h': DAY,
  '7d': 7 * DAY,
  '30d': 30 * DAY,
};

export function isRangePreset(value: unknown): value is RangePreset {
  return typeof value === 'string' && (RANGE_PRESETS as readonly string[]).includes(value);
}

/**
 * The instants a preset denotes at `now` (ms since the epoch). `stock` starts from the beginning of
 * the current hour on the wall clock of `timeZone` (the browser's when omitted): that differs from
 * the UTC hour in zones such as Asia/Kolkata (+05:30).
 */
export function resolvePreset(preset: RangePreset, now: number, timeZone?: string): ResolvedRange {
  if (preset === 'stock') {
    const hourStart = startOfHour(now, timeZone);
    return { from: hourStart - DAY, to: hourStart + DAY };
  }
  return { from: now - LOOKBACK[preset], to: now };
}

function startOfHour(epochMs: number, timeZone: string | undefined): number {
  // Subtracting the wall clock's minutes and seconds (rather than rebuilding the wall time) keeps the
  // right instant inside a DST fold, where the same wall-clock hour happens twice.
  const millis = ((epochMs % 1000) + 1000) % 1000;
  if (!timeZone) {
    const date = new Date(epochMs);
    return epochMs - (date.getMinutes() * MINUTE + date.getSeconds() * 1000 + millis);
  }
  const wall = toWallTime(epochMs, timeZone);
  return epochMs - (wall.minute * MINUTE + wall.second * 1000 + millis);
}
