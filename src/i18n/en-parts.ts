import { en, type EnPartSection } from './en.js';
import { formatCount, plural, type PluralForms } from './format.js';
import type { Messages } from './messages.js';

const n = (value: number) => formatCount('en', value);
const p = (value: number, forms: PluralForms<'one'>) => plural('en', value, forms);

/**
 * English for the parts loaded on demand (the range picker, the refresh control, the histogram):
 * each of them imports this module, which completes `en` (see en.ts) before it renders.
 */
const parts: Pick<Messages, EnPartSection> = {
  range: {
    rangeLabel: 'Time range',
    dialogLabel: 'Choose a time range',
    presetsLabel: 'Quick ranges',
    presets: {
      '15m': 'Last 15 minutes',
      '1h': 'Last hour',
      '24h': 'Last 24 hours',
      '7d': 'Last 7 days',
      '30d': 'Last 30 days',
      stock: 'Default (±24 hours)',
    },
    anyTime: 'Any time',
    between: (from, to) => `${from} – ${to}`,
    fromUntilNow: (from) => `${from} – now`,
    untilOnly: (to) => `Until ${to}`,
    start: 'Start',
    end: 'End',
    endPlaceholder: 'now',
    formatHint: (format) => `Format: ${format}. Leave End empty for “until now”.`,
    apply: 'Apply',
    cancel: 'Cancel',
    invalidStart: (format) => `The start is not a date in the format ${format}.`,
    invalidEnd: (format) => `The end is not a date in the format ${format}.`,
    endBeforeStart: 'The end is before the start.',
    calendarFailed: 'The calendar could not be loaded.',
    retry: 'Retry',
  },
  refresh: {
    autoRefresh: 'Auto-refresh',
    interval: 'Interval',
    seconds: (seconds) => `${n(seconds)} s`,
    countdown: 'Time until the next refresh',
    nextRefreshIn: (seconds) => `Next refresh in ${n(seconds)} s`,
    refreshing: 'Refreshing…',
    refreshNow: 'Refresh now',
    paused: (reason) => `Paused: ${reason}`,
    reasons: {
      off: 'off',
      hidden: 'tab hidden',
      error: 'error',
      unauthorized: 'session expired',
      'scrolled-away': 'scrolled away',
    },
    retryingIn: (seconds) => `error — retrying in ${n(seconds)} s`,
  },
  columns: {
    menu: 'Columns',
    reset: 'Reset columns',
    resize: (column) => `Resize ${column}`,
  },
  histogram: {
    web: 'WEB',
    api: 'API',
    legend: 'Request types',
    empty: 'No requests in this range',
    failed: 'No counts: the log did not load',
    loadedSpan: (span, range) => `Loaded: the last ${span}${range ? ` of ${range}` : ''}`,
    loadMore: 'Load more',
    computedFrom: (rows) => `Computed from the ${n(rows)} loaded ${p(rows, { one: 'row', other: 'rows' })}`,
    bucket: (range, web, api) => `${range} · ${n(web)} WEB, ${n(api)} API`,
    bucketSize: {
      day: (count) => (count === 1 ? 'day' : `${n(count)} days`),
      hour: (count) => (count === 1 ? 'hour' : `${n(count)} hours`),
      minute: (count) => (count === 1 ? 'minute' : `${n(count)} minutes`),
      second: (count) => (count === 1 ? 'second' : `${n(count)} seconds`),
      millisecond: (count) => (count === 1 ? 'millisecond' : `${n(count)} milliseconds`),
    },
    summary: (per, first, last, total, web, api) =>
      `Requests per ${per} from ${first} to ${last}: ${n(total)} in total, ${n(web)} WEB and ${n(api)} API.`,
    peak: (peak, at) => ` Peak ${n(peak)} at ${at}.`,
    loadedOnly: (rows) => ` Computed from ${n(rows)} loaded ${p(rows, { one: 'row', other: 'rows' })} only.`,
    keys: ' Left and Right arrows move between buckets, Enter zooms in; drag across the chart to zoom.',
    noBucket: 'No bucket chosen',
  },
};

Object.assign(en, parts);
