/**
 * Times for the histogram's axis, tooltip and summary, through Intl in the element's language.
 * The words around them are in the dictionaries (`msg.histogram`). Pure: no DOM.
 */
import type { HistogramUnit } from '../../i18n/messages.js';
import { dateTimeFormat, numberFormat } from '../../data/intl-cache.js';
import { DAY, bucketCountOf, zoneOffset, type HistogramData } from '../../data/histogram/buckets.js';

const MINUTE = 60_000;

export interface HistogramLabeller {
  /** `14:05–14:06` (seconds when buckets are shorter than a minute; the date when the chart spans days). */
  bucketRange(index: number): string;
  /** The time at the start of a bucket, for the axis. */
  tick(index: number): string;
  /** The time a bucket ends (its last day for day buckets), as `bucketRange` writes it. */
  end(index: number): string;
  /** What one bucket is (`{count: 5, unit: 'minute'}`), for `msg.histogram.bucketSize`. */
  readonly bucketSize: BucketSize;
}

export interface BucketSize {
  readonly count: number;
  readonly unit: HistogramUnit;
}

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const DAY_OF_MONTH: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };
const LABEL_FORMATS: Readonly<Record<'seconds' | 'minutes' | 'day' | 'day-minutes', Intl.DateTimeFormatOptions>> = {
  seconds: { ...TIME, second: '2-digit' },
  minutes: TIME,
  day: DAY_OF_MONTH,
  'day-minutes': { ...DAY_OF_MONTH, ...TIME },
};

function format(locale: string | undefined, timeZone: string | undefined, kind: keyof typeof LABEL_FORMATS): Intl.DateTimeFormat {
  return dateTimeFormat(locale, { timeZone, ...LABEL_FORMATS[kind] });
}

/** One bucket size in the largest unit that divides it: 5 minutes, 3 hours, 1 day. */
function bucketSizeOf(size: number): BucketSize {
  const units: [number, HistogramUnit][] = [
    [DAY, 'day'],
    [60 * MINUTE, 'hour'],
    [MINUTE, 'minute'],
    [1000, 'second'],
  ];
  for (const [length, unit] of units) {
    if (size % length === 0) return { count: size / length, unit };
  }
  return { count: size, unit: 'millisecond' };
}

/**
 * Labels for one histogram in a locale and zone. Throws a `RangeError` for a zone the runtime does
 * not know (as `Intl.DateTimeFormat` does); the element checks the zone first.
 */
export function histogramLabeller(data: HistogramData, locale: string | undefined, timeZone: string | undefined): HistogramLabeller {
  const { start, size } = data;
  const spansDays = bucketCountOf(data) * size > DAY;
  const endFormat = format(locale, timeZone, size < MINUTE ? 'seconds' : 'minutes');
  const startFormat = size >= DAY ? format(locale, timeZone, 'day') : spansDays ? format(locale, timeZone, 'day-minutes') : endFormat;
  const dayFormat = format(locale, timeZone, 'day');
  return {
    bucketRange(index) {
      const from = start + index * size;
      const to = from + size;
      if (size >= DAY) return size === DAY ? dayFormat.format(from) : `${dayFormat.format(from)}–${dayFormat.format(to - 1)}`;
      return `${startFormat.format(from)}–${endFormat.format(to)}`;
    },
    tick(index) {
      return startFormat.format(start + index * size);
    },
    end(index) {
      const to = start + (index + 1) * size;
      // Over more than a day the end needs its date too ("from Nov 19, 09:00 to Nov 26, 12:00").
      return size >= DAY ? dayFormat.format(to - 1) : startFormat.format(to);
    },
    bucketSize: bucketSizeOf(size),
  };
}

const SECOND = 1000;
const HOUR = 60 * MINUTE;
/** Spacings tried between axis labels, smallest first: each lands on round wall-clock times. */
const TICK_SPACINGS = [
  SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND,
  MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
  HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR,
  DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY, 56 * DAY, 91 * DAY, 182 * DAY, 364 * DAY,
];
/** A label this close to the end would be moved well off its time to stay inside the chart. */
const LAST_TICK_POSITION = 0.92;

/**
 * Indices of the buckets whose start gets an axis label: at most `maxTicks`, on round wall-clock
 * times (every 15 minutes, every 3 hours…) when the bucket size allows, else evenly spaced.
 */
export function axisTicks(data: HistogramData, timeZone: string | undefined, maxTicks = 5): number[] {
  const count = bucketCountOf(data);
  if (count === 0) return [];
  const { start, size } = data;
  const offset = zoneOffset(start, timeZone);
  const fits = (index: number) => index === 0 || index / count <= LAST_TICK_POSITION;
  for (const spacing of TICK_SPACINGS) {
    if (spacing % size !== 0) continue;
    const step = spacing / size;
    // Multi-day spacings count from the first midnight shown, not from the epoch.
    const alignTo = Math.min(spacing, DAY);
    const phase = (((start + offset) % alignTo) + alignTo) % alignTo;
    const first = ((alignTo - phase) % alignTo) / size;
    if (!Number.isInteger(first)) continue;
    const ticks: number[] = [];
    for (let index = first; index < count; index += step) if (fits(index)) ticks.push(index);
    if (ticks.length <= maxTicks && ticks.length >= Math.min(2, count)) return ticks;
  }
  const step = Math.max(1, Math.ceil(count / maxTicks));
  const ticks: number[] = [];
  for (let index = 0; index < count; index += step) if (fits(index)) ticks.push(index);
  return ticks;
}

/**
 * Where axis labels go on a chart `width` px wide: each label's start, in px from the chart's start
 * side, or `null` when two of them would come closer than `gap`. A label is centred under its
 * bucket's start (the one at bucket 0 starts flush with the chart), then moved inside the chart if
 * it would reach past an edge. A label wider than the chart is taken as the chart's width (the
 * element clips it). `labelWidths[i]` is the width of label `indices[i]`.
 */
export function placeTicks(indices: readonly number[], count: number, width: number, labelWidths: readonly number[], gap: number): number[] | null {
  const starts: number[] = [];
  let previousEnd = -Infinity;
  for (let i = 0; i < indices.length; i++) {
    const index = indices[i]!;
    const labelWidth = Math.min(labelWidths[i]!, width);
    const centred = index === 0 ? 0 : (index / count) * width - labelWidth / 2;
    const start = Math.max(0, Math.min(width - labelWidth, centred));
    if (start < previousEnd + gap) return null;
    starts.push(start);
    previousEnd = start + labelWidth;
  }
  return starts;
}

const DURATION_UNITS = [
  [DAY, 'day'],
  [HOUR, 'hour'],
  [MINUTE, 'minute'],
  [SECOND, 'second'],
] as const;

/**
 * A length of time in its largest whole unit, to a tenth and never rounded up, through `Intl`
 * (`3.3 hr`, `2 days`, `46 sec`; `3,3 Std.`): how much of the range the loaded rows cover.
 */
export function duration(ms: number, locale: string | undefined): string {
  const [size, unit] = DURATION_UNITS.find(([size]) => ms >= size) ?? DURATION_UNITS[3];
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1, roundingMode: 'trunc' }).format(ms / size);
}
