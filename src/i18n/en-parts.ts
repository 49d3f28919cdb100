import { en, type EnPartSection, type EnSessionsPart } from './en.js';
import { formatCount, plural, type PluralForms } from './format.js';
import type { Messages } from './messages.js';

const n = (value: number) => formatCount('en', value);
const p = (value: number, forms: PluralForms<'one'>) => plural('en', value, forms);

/**
 * English for the parts loaded on demand (the range picker, the refresh control, the histogram, the details,
 * the export, `sync-url`'s copied links, the unusual-activity reasons): each of them imports this module,
 * which completes `en` (see en.ts) before it renders.
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
  histogram: {
    web: 'WEB',
    api: 'API',
    legend: 'Request types',
    empty: 'No requests in this range',
    failed: 'No counts: the log did not load',
    loadedSpan: (span, range, toNow) => `Loaded: the last ${span}${range ? ` of ${range}` : ''}${toNow ? '; the chart ends now' : ''}`,
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

const details: Messages['details'] = {
    title: 'Request details',
    close: 'Close details',
    url: 'URL',
    query: 'Query string',
    noQuery: 'none',
    admin: 'Admin',
    deletedAdmin: 'Deleted admin',
    ip: 'IP address',
    noIp: 'unknown',
    time: 'Time',
    utc: 'UTC',
    local: 'Local',
    userAgent: 'User agent',
    unknownAgent: 'Unknown',
    unusual: 'Unusual activity',
    copy: 'Copy',
    copied: 'Copied',
    notCopied: 'The browser did not allow copying. Copy it here:',
    clipped: (shown, total) => `First ${n(shown)} of ${n(total)} characters shown; Copy copies all of them.`,
    thisPath: { only: 'Only this URL path', exclude: 'Exclude this URL path' },
    thisAdmin: { only: 'Only this admin', exclude: 'Exclude this admin' },
    thisIp: { only: 'Only this IP', exclude: 'Exclude this IP' },
    thisMethod: { only: 'Only this method', exclude: 'Exclude this method' },
    // Also the table's badges' tooltips (unusual-reasons.ts, which imports this module).
    newIpReason: (ip, admin, earlier, others) =>
      `First request from ${ip} for ${admin} in the loaded range (earlier: ${earlier}${
        others ? ` and ${n(others)} other ${p(others, { one: 'IP', other: 'IPs' })}` : ''
      })`,
    burstReason: (count, admin, window) =>
      `${n(count)} changing ${p(count, { one: 'request', other: 'requests' })} by ${admin} within ${window}`,
    burstWindow: { second: (value) => `${n(value)} s`, minute: (value) => `${n(value)} min` },
};

const sessions: Pick<Messages['sessions'], EnSessionsPart> = {
  exporting: (count, cap) => `Exporting ${n(count)} rows (at most ${n(cap)})…`,
  exported: (count, capped, cap) => (capped ? `Exported the first ${n(count)} rows: the cap of ${n(cap)} was reached.` : `Exported ${n(count)} rows.`),
  exportCancelled: 'Export cancelled.',
  exportFailed: (reason) => `Export failed: ${reason}`,
  linkCopied: 'Link copied.',
  linkNotCopied: 'The browser did not allow copying. Copy the link here:',
};

Object.assign(en, parts);
Object.assign(en.details, details);
Object.assign(en.sessions, sessions);
