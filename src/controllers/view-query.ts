import type { SessionQuery, SortColumn, SortOrder } from '../data/query.js';
import { RANGE_PRESETS, isRangePreset, resolvePreset, type RangePreset } from '../data/range-presets.js';
import { DEFAULT_RANGE } from '../data/defaults.js';
import { viewerTimeZone } from '../data/time-zone.js';
import { warnOnce } from '../data/warn-once.js';
import { readInstant, readTimeZone } from './config.js';

const SORT_COLUMNS: readonly SortColumn[] = ['time', 'admin', 'ip', 'url', 'type', 'method'];

/** The attributes that make up what the admin asked to see. */
export interface QueryAttributes {
  readonly range: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly query: string;
  readonly hideMe: boolean;
  readonly sort: SortColumn;
  readonly order: SortOrder;
  readonly timeZone: string;
  readonly serverTimeZone: string;
}

/**
 * The zone times are shown in: `undefined` for the viewer's own, else an IANA name. `server` is
 * the server's zone; an unknown name warns once and falls back to the viewer's.
 */
export function displayZone({ timeZone, serverTimeZone }: Pick<QueryAttributes, 'timeZone' | 'serverTimeZone'>): string | undefined {
  const zone = timeZone.trim();
  const lower = zone.toLowerCase();
  if (!zone || lower === 'local') return undefined;
  if (lower === 'utc') return 'UTC';
  if (lower === 'server') return readTimeZone(serverTimeZone, 'server-time-zone', 'UTC');
  return readTimeZone(zone, 'time-zone', viewerTimeZone());
}

/**
 * The admin's whole query from the attributes, a relative range resolved against `now`. Bad
 * values warn once and fall back: an unknown range or a start after the end shows the last 24 hours.
 */
export function resolveQuery(attributes: QueryAttributes, now: number = Date.now()): SessionQuery {
  const from = readInstant(attributes.from, 'from');
  const to = readInstant(attributes.to, 'to');
  const zone = displayZone(attributes);
  const relative = (preset: RangePreset): Pick<SessionQuery, 'from' | 'to' | 'relative'> => {
    const resolved = resolvePreset(preset, now, zone);
    // "Last …" ranges stay open-ended so new requests keep arriving; `stock` ends in the future anyway.
    return { from: resolved.from, to: preset === 'stock' ? resolved.to : null, relative: preset };
  };
  let range: Pick<SessionQuery, 'from' | 'to' | 'relative'>;
  if (from !== null || to !== null) {
    const reversed = from !== null && to !== null && from > to;
    if (reversed) warnOnce(`from="${attributes.from}" is after to="${attributes.to}"; showing the last 24 hours.`);
    range = reversed ? relative(DEFAULT_RANGE) : { from, to, relative: null };
  } else {
    if (!isRangePreset(attributes.range)) warnOnce(`range="${attributes.range}" is not one of ${RANGE_PRESETS.join(", ")}; using ${DEFAULT_RANGE}.`);
    range = relative(isRangePreset(attributes.range) ? attributes.range : DEFAULT_RANGE);
  }
  const sort = SORT_COLUMNS.includes(attributes.sort) ? attributes.sort : 'time';
  return { ...range, q: attributes.query.trim(), hideMe: attributes.hideMe, sort, order: attributes.order === 'asc' ? 'asc' : 'desc' };
}
