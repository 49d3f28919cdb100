/**
 * Every default the elements use, in one table: attribute defaults (what an element does when the
 * attribute is absent or unusable) and the limits and timings behind them. Plain data, so the data
 * layer (cache, export), the attribute readers (`config.ts`) and the elements share the same numbers.
 */
import type { RangePreset } from './range-presets.js';

// ---- <admin-sessions> attributes ----

/** `page-size`: entries per request. */
export const DEFAULT_PAGE_SIZE = 50;
/** The largest `page-size` asked of a server. */
export const MAX_PAGE_SIZE = 1000;
/** `timeout`: ms to wait for an answer (the log, the histogram). */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** `max-entries`: rows kept in memory. */
export const DEFAULT_MAX_ENTRIES = 100_000;
/** `cache-max-entries`: rows kept in the cache per scope. */
export const DEFAULT_CACHE_MAX_ENTRIES = 20_000;
/** `cache-max-age`, in hours: how old a cached view may be to be shown. */
export const DEFAULT_CACHE_MAX_AGE_HOURS = 24;
/** The same, in ms, as the cache takes it. */
export const DEFAULT_CACHE_MAX_AGE_MS = DEFAULT_CACHE_MAX_AGE_HOURS * 3_600_000;
/** `range` (and the range a bad `from`/`to` falls back to). */
export const DEFAULT_RANGE: RangePreset = '24h';
/** `density`: row height, `comfortable` (the default) or `compact`. */
export type Density = 'comfortable' | 'compact';
/** `export-cap`: rows one export may hold. */
export const DEFAULT_EXPORT_CAP = 100_000;

// ---- Auto-refresh (`<admin-sessions>` and `<admin-sessions-refresh>`) ----

/** `refresh-interval`, in seconds. */
export const DEFAULT_REFRESH_INTERVAL = 5;
/** The longest `refresh-interval`, in seconds. */
export const MAX_REFRESH_INTERVAL = 3600;
/** The intervals the refresh control offers, in seconds. */
export const REFRESH_INTERVALS: readonly number[] = Object.freeze([2, 5, 10, 30, 60]);

// ---- Timings and limits inside <admin-sessions> ----

/** How long typing in the search box settles before a query runs. */
export const SEARCH_DEBOUNCE_MS = 300;
/** How long a search stays unchanged before it counts as settled (`sync-url`: the next search gets its own history entry). */
export const SEARCH_SETTLE_MS = 1_000;
/** How long the table's "near the end" settles before the next page is asked for. */
export const NEAR_END_DEBOUNCE_MS = 200;
/**
 * Pages loaded on their own, per query, while filters over the loaded rows leave fewer matches than
 * a page: enough to find sparse matches, bounded so a filter matching nothing does not pull the
 * whole log. "Search older requests" allows as many again.
 */
export const FILL_PAGES = 10;
/** The same on PUQcloud, where every request the widget makes is logged as a new row of the log it reads. */
export const PUQCLOUD_FILL_PAGES = 3;
/** How long "Link copied." stays next to the buttons. */
export const LINK_COPIED_MS = 4_000;
/** How long a finished or cancelled export's status stays in the status line. */
export const EXPORT_STATUS_MS = 8_000;
/** Entries per request while exporting. */
export const EXPORT_PAGE_SIZE = 500;

// ---- <admin-sessions-histogram> ----

/** Bars asked of the server's histogram and drawn from loaded rows. */
export const DEFAULT_BUCKET_COUNT = 60;

// ---- Parts loaded on demand ----

/** How long a part loaded on demand (the range picker, the histogram…) may take before the widget says it is loading. */
export const SLOW_PART_MS = 3_000;
/**
 * Longest the parts and tools wait for the first rows to be painted before their chunks are asked
 * for anyway (a slow server); see `FirstRowsController`.
 */
export const FIRST_ROWS_WAIT_MS = 500;
/**
 * Longest the first render waits for the first page (a placeholder keeps the widget's place
 * meanwhile) before it shows the skeleton rows; see `FirstRowsController`.
 */
export const FIRST_RENDER_HOLD_MS = 100;
