/**
 * Every user-facing string of the widget, as one typed dictionary per language.
 *
 * Why a typed dictionary rather than `@lit/localize`: three languages need no build step, no extra
 * dependency and no generated files; a missing or misspelt key in `de.ts` or `uk.ts` is a compile
 * error (`satisfies Messages`); and the language can change at run time (when `<html lang>`
 * changes) without reloading modules.
 *
 * Parametrised strings are functions. Counts go through `Intl.PluralRules` and numbers through
 * `Intl.NumberFormat` inside each dictionary (see `plural.ts`), so a caller passes plain numbers.
 *
 * To add a string: add the key here, then to `en.ts`, `de.ts` and `uk.ts` (the compiler lists
 * the ones still missing). `test/i18n/messages.test.ts` checks the same at run time.
 */
import type { RangePreset } from '../data/range-presets.js';
import type { RefreshPausedReason } from '../data/refresh/refresh-loop.js';
import type { SearchField } from '../data/adapters/adapter.js';
import type { SessionsErrorKind } from '../data/errors.js';
import type { QueryProblem, TermMeaning } from '../data/insights/query-language.js';

/** The time-range picker (`<admin-sessions-range>`). */
export interface RangeMessages {
  /** Visually hidden prefix of the trigger: "Time range: Last 24 hours". */
  readonly rangeLabel: string;
  /** Accessible name of the pop-up panel. */
  readonly dialogLabel: string;
  /** Accessible name of the group of quick-range buttons. */
  readonly presetsLabel: string;
  readonly presets: Readonly<Record<RangePreset, string>>;
  /** The trigger when neither end is set. */
  readonly anyTime: string;
  /** The trigger for an absolute range; `from` and `to` are already formatted. */
  readonly between: (from: string, to: string) => string;
  /** The trigger for an open end. */
  readonly fromUntilNow: (from: string) => string;
  /** The trigger for an open start. */
  readonly untilOnly: (to: string) => string;
  /** Label of the start input. */
  readonly start: string;
  /** Label of the end input. */
  readonly end: string;
  /** Placeholder of the (empty = open) end input. */
  readonly endPlaceholder: string;
  /** Hint under the inputs; `format` is the date pattern, e.g. `DD-MM-YYYY HH:mm`. */
  readonly formatHint: (format: string) => string;
  readonly apply: string;
  readonly cancel: string;
  readonly invalidStart: (format: string) => string;
  readonly invalidEnd: (format: string) => string;
  readonly endBeforeStart: string;
  /** In the calendar's place when its chunk could not be loaded (presets and typed dates still work). */
  readonly calendarFailed: string;
  /** The button that asks for the calendar again. */
  readonly retry: string;
}

/** Moving through time (`<admin-sessions>`: Earlier, Zoom out, Later, Go to; a chunk of its own). */
export interface NavMessages {
  readonly earlier: string;
  readonly later: string;
  /** Back to the range before the last zoom (a histogram drag, a narrower range), else the span doubled. */
  readonly zoomOut: string;
  /** Titles of Zoom out: back to the range before a zoom, or the span doubled around its centre. */
  readonly zoomBack: string;
  readonly zoomDouble: string;
  /** Label of the field that opens the log at a moment; `format` is the date pattern. */
  readonly goTo: string;
  readonly goToInvalid: (format: string) => string;
  /** The table's scroll track: the times of the rows in view (`rows`, "a – b") within the range (`range`). */
  readonly rowsInView: (rows: string, range: string) => string;
}

/** The auto-refresh control (`<admin-sessions-refresh>`). */
export interface RefreshMessages {
  /** Label of the on/off switch. */
  readonly autoRefresh: string;
  /** Label of the interval select. */
  readonly interval: string;
  /** An interval or a remaining time in seconds, short: "5 s". */
  readonly seconds: (seconds: number) => string;
  /** Accessible name of the countdown progress bar. */
  readonly countdown: string;
  readonly nextRefreshIn: (seconds: number) => string;
  /** The countdown label once it reached 0. */
  readonly refreshing: string;
  readonly refreshNow: string;
  /** `reason` is one of `reasons` (or `retryingIn`). */
  readonly paused: (reason: string) => string;
  readonly reasons: Readonly<Record<RefreshPausedReason, string>>;
  /** The paused reason after an error while a retry is scheduled. */
  readonly retryingIn: (seconds: number) => string;
}

/** Saved views and watches (`<admin-sessions-views>`); copy and cancel are `sessions`' words. */
export interface ViewsMessages {
  /** The menu button, and the accessible name of its count (new rows in watched views). */
  readonly views: string;
  readonly newInViews: (count: number) => string;
  readonly name: string;
  readonly save: string;
  readonly nameEmpty: string;
  readonly nameTaken: string;
  readonly none: string;
  /** Said when views last only for this page view (no `current-admin` or `cache-key`). */
  readonly notKept: string;
  readonly rename: string;
  readonly done: string;
  readonly delete: string;
  readonly deleted: (name: string) => string;
  readonly undo: string;
  readonly watch: string;
  /** New rows matching a watch since it was last seen. */
  readonly newRows: (count: number) => string;
  /** A stored view that no longer parses (its search's problem is said with `sessions.queryProblem`). */
  readonly broken: string;
  readonly watchMarks: string;
  readonly watchNewIp: string;
  readonly watchBurst: string;
  readonly notify: string;
  readonly notifyDenied: string;
  /** The desktop notification's title. */
  readonly notification: string;
}

/** The table (`<admin-sessions-table>`). */
export interface TableMessages {
  /** Accessible name of the scroll region. */
  readonly label: string;
  /** Its description: how to reach and open the rows from the keyboard. */
  readonly keys: string;
  /** Column header buttons. */
  readonly date: string;
  readonly ip: string;
  readonly admin: string;
  readonly url: string;
  readonly type: string;
  readonly method: string;
  /** Shown instead of the name of an admin who no longer exists. */
  readonly deletedAdmin: string;
  /** Shown instead of a missing IP address. */
  readonly noIp: string;
  /** After a header sorted over the loaded rows only. */
  readonly sortedLocally: string;
  /** Badge on a request from an IP new for its admin. */
  readonly newIp: string;
  /** Badge on a request inside a burst of changing requests. */
  readonly burst: string;
  /** Badge on a folded row: how many identical requests it stands for, and its tooltip. */
  readonly repeats: (count: number) => string;
  readonly repeatsTitle: (count: number) => string;
}

/** The whole widget (`<admin-sessions>`). */
export interface SessionsMessages {
  readonly loading: string;
  readonly empty: string;
  /** The link offered after a 401. */
  readonly logIn: string;
  readonly loadingMore: string;
  /** The empty state when the server found nothing for the search text. */
  readonly noMatches: string;
  /** The empty state when filters over the loaded rows (not the server) left none of `loaded` rows. */
  readonly noLoadedMatches: (loaded: number) => string;
  /** Loads further pages to filter when the ones loaded on their own did not fill a page. */
  readonly searchOlder: string;
  /** A part of the widget loaded on demand (`range`, `refresh`, `histogram`, `details`, `facets`, `views`) is taking long. */
  readonly partSlow: (part: 'range' | 'refresh' | 'histogram' | 'details' | 'facets' | 'views') => string;
  /** A part of the widget could not be loaded (its file did not arrive). */
  readonly partFailed: (part: 'range' | 'refresh' | 'histogram' | 'details' | 'facets' | 'views') => string;
  /** The button that asks for a part again. */
  readonly retry: string;
  /** Accessible name of the search box. */
  readonly search: string;
  readonly searchPlaceholder: string;
  /** The disclosure a narrow toolbar folds Hide me, time zone, Fold repeats, export and links into. */
  readonly filters: string;
  /** The toggle that shows the facets panel. */
  readonly facets: string;
  readonly hideMe: string;
  /** Label of the time-zone select, and its options. */
  readonly timeZone: string;
  readonly local: string;
  readonly utc: string;
  readonly server: (zone: string) => string;
  /** The notice while cached rows are revalidated; `ageMs` is how old they are (ms). */
  readonly cached: (ageMs: number) => string;
  /** "50 requests", or "50 of 1,234 requests" when the total is known. */
  readonly shown: (count: number, total: number | null) => string;
  /**
   * Which fields were matched over the loaded rows only. `fields` is already a localized list
   * (`LocalizeController.formatList(names.map((n) => msg.sessions.fieldNames[n]))`).
   */
  readonly localMatch: (fields: string, loaded: number) => string;
  /** The pill shown when rows arrived while the admin was scrolled away. */
  readonly newEntries: (count: number) => string;
  /** Announced to screen readers when new rows arrive. */
  readonly announced: (count: number) => string;
  /** Names of the searchable fields (`View.localSearchFields`), lower-case where the language allows. */
  readonly fieldNames: Readonly<Record<SearchField, string>>;
  /**
   * The query-language terms applied over the loaded rows: `description` is their `localTerm`s,
   * already in this language (`src/i18n/local-terms.ts` builds it).
   */
  readonly localTerms: (description: string) => string;
  /** One term applied over the loaded rows, in words; its `value` arrives clipped for display. */
  readonly localTerm: (term: TermMeaning) => string;
  /** The "fold repeats" checkbox. */
  readonly collapse: string;
  readonly exportCsv: string;
  readonly exportJson: string;
  readonly exporting: (count: number, cap: number) => string;
  readonly exported: (count: number, capped: boolean, cap: number) => string;
  readonly exportCancelled: string;
  /** An export that stopped on an error; `reason` is the error's sentence (`msg.errors`). */
  readonly exportFailed: (reason: string) => string;
  readonly cancel: string;
  readonly copyLink: string;
  readonly copyFixedLink: string;
  readonly linkCopied: string;
  /** Label of the field offering the link when the browser refused the clipboard. */
  readonly linkNotCopied: string;
  /** What is wrong with the search text (shown under the search box). */
  readonly queryProblem: (problem: QueryProblem) => string;
}

/** A unit of the histogram's bucket size (`BUCKET_SIZES`; milliseconds only for odd server data). */
export type HistogramUnit = 'day' | 'hour' | 'minute' | 'second' | 'millisecond';

/**
 * The histogram (`<admin-sessions-histogram>`). Times and ranges arrive already formatted by
 * `Intl` in the element's language; counts arrive as numbers.
 */
/** The Columns menu (in Filters). */
export interface ColumnsMessages {
  /** The menu's button. */
  readonly menu: string;
  /** Puts every column back, shown and at its own width. */
  readonly reset: string;
  /** Accessible name of a column's resize handle; `column` is its header's name. */
  readonly resize: (column: string) => string;
}

export interface HistogramMessages {
  /** Legend entries: the request types as the table shows them. */
  readonly web: string;
  readonly api: string;
  /** Accessible name of the legend. */
  readonly legend: string;
  readonly empty: string;
  /** Said instead of bars when the log did not load (there are no counts, not zero). */
  readonly failed: string;
  /**
   * How much of the range the loaded rows cover (its newest part), when not all of it: `span` and
   * `range` are durations (`3 hr 20 min`), `range` `null` for a range open at its start. `toNow`:
   * the range ends in the future, and the chart ends now (nothing is logged yet after it).
   */
  readonly loadedSpan: (span: string, range: string | null, toNow: boolean) => string;
  /** The button that loads more of the range. */
  readonly loadMore: string;
  /** The label when the data was computed from the loaded rows. */
  readonly computedFrom: (rows: number) => string;
  /** Tooltip and live announcement of one bucket: `14:05–14:06 · 12 WEB, 40 API`. */
  readonly bucket: (range: string, web: number, api: number) => string;
  /**
   * What one bucket is, per unit, as it reads after `summary`'s "per": `minute` for 1, `5 minutes`
   * (with the case the language needs there).
   */
  readonly bucketSize: Readonly<Record<HistogramUnit, (count: number) => string>>;
  /** The chart's accessible name starts with this; `per` is a `bucketSize`, `first`/`last` are times. */
  readonly summary: (per: string, first: string, last: string, total: number, web: number, api: number) => string;
  /** Appended to `summary` when there is a peak; `at` is a bucket range. */
  readonly peak: (peak: number, at: string) => string;
  /** Appended when the data was computed from the loaded rows. */
  readonly loadedOnly: (rows: number) => string;
  /** Appended last: how to use the chart from the keyboard and the mouse. */
  readonly keys: string;
  /** The chart's value (it is a slider over the buckets) before the arrow keys chose a bucket. */
  readonly noBucket: string;
}

/** The search box's suggestions and the keyboard shortcuts (`?` lists them). */
export interface KeyboardMessages {
  /** Accessible name of the search box's list of suggestions. */
  readonly suggestions: string;
  /** Title of the list of shortcuts. */
  readonly shortcutsTitle: string;
  /** Its close button. */
  readonly close: string;
  /** What each shortcut does, by its name in the registry (`ShortcutsController`). */
  readonly shortcuts: {
    readonly focusSearch: string;
    readonly earlier: string;
    readonly later: string;
    readonly zoomOut: string;
    readonly showShortcuts: string;
  };
}

/** One filter action of the details panel, for one kind of value. */
export interface FilterLabels {
  /** "Only this admin". */
  readonly only: string;
  /** "Exclude this admin". */
  readonly exclude: string;
}

/** The expanded-row details panel (`<admin-sessions-details>`). */
export interface DetailsMessages {
  /** Accessible name of the panel. */
  readonly title: string;
  /** The close button. */
  readonly close: string;
  /** Row labels. */
  readonly url: string;
  readonly query: string;
  /** Shown when the URL has no query string. */
  readonly noQuery: string;
  readonly admin: string;
  readonly deletedAdmin: string;
  readonly ip: string;
  /** Shown instead of a missing IP address. */
  readonly noIp: string;
  readonly time: string;
  /** Prefixes of the two times: "UTC: …", "Local: …". */
  readonly utc: string;
  readonly local: string;
  readonly userAgent: string;
  /** A browser or operating system the user agent does not name. */
  readonly unknownAgent: string;
  readonly unusual: string;
  /** The copy button, and its text right after copying. */
  readonly copy: string;
  readonly copied: string;
  /** Label of the field offering a value when the browser refused the clipboard. */
  readonly notCopied: string;
  /** Next to a value too long to lay out (100 KB URLs happen): how much is shown; Copy gives all. */
  readonly clipped: (shown: number, total: number) => string;
  /** The filter buttons under the URL, admin, IP and method. */
  readonly thisPath: FilterLabels;
  readonly thisAdmin: FilterLabels;
  readonly thisIp: FilterLabels;
  readonly thisMethod: FilterLabels;
  /**
   * Why a request is marked "new IP": `earlier` is the IP the admin used before, `others` how many
   * more IPs they had used in the loaded range.
   */
  readonly newIpReason: (ip: string, admin: string, earlier: string, others: number) => string;
  /** Why a request is marked "burst"; `window` is a `burstWindow` (`60 s`, `5 min`). */
  readonly burstReason: (count: number, admin: string, window: string) => string;
  /** The burst window, short, in seconds (may be fractional) or whole minutes. */
  readonly burstWindow: Readonly<Record<'second' | 'minute', (value: number) => string>>;
}

/** What an error message may mention. */
export interface ErrorInfo {
  /** HTTP status when there was a response; 0 otherwise. */
  readonly status: number;
  /** Seconds the server asked us to wait (429 `Retry-After`), if it said. */
  readonly retryAfter: number | null;
  /** The request time-out in seconds, for `timeout`. */
  readonly timeoutSeconds: number | null;
  /**
   * The server's own words (or a technical detail such as `no "entries" array`), shown as is,
   * untranslated, in parentheses. Each message decides where.
   */
  readonly detail: string | null;
}

/**
 * Error messages: one per `SessionsErrorKind` (so `msg.errors[error.code](info)` always has a
 * text), plus the specific configuration problems that `config.ts` tells apart.
 */
export interface ErrorMessages extends Readonly<Record<SessionsErrorKind, (info: ErrorInfo) => string>> {
  /** `config`: no `endpoint` attribute (and no `fetchPage`). */
  readonly endpointMissing: string;
  /** `config`: the endpoint is a URL but not http(s). */
  readonly endpointNotHttp: (endpoint: string) => string;
  /** `config`: the endpoint is not a URL at all. */
  readonly endpointInvalid: (endpoint: string) => string;
}

/** The facets panel (`<admin-sessions-facets>`). Counts arrive as numbers, shares already formatted (`12%`). */
export interface FacetsMessages {
  /** The panel's heading. */
  readonly title: string;
  /** Each facet's heading. */
  readonly names: Readonly<Record<'admin' | 'ip' | 'path' | 'method' | 'type', string>>;
  /** A value's count and share of the rows counted: `120 · 12%`. */
  readonly count: (count: number, share: string) => string;
  /** The exclude button's accessible name: "Exclude admin Alice", "Exclude path /admin/clients/:id". */
  readonly exclude: (facet: 'admin' | 'ip' | 'path' | 'method' | 'type', value: string) => string;
  /** A facet without values. */
  readonly none: string;
  /** Counted from loaded rows: how many, of the server's total (`null` when it gives none). */
  readonly fromLoaded: (loaded: number, total: number | null) => string;
  /** The server's facets failed: the loaded rows were counted instead. */
  readonly failed: string;
  readonly loadMore: string;
  readonly cancel: string;
}

export interface Messages {
  readonly range: RangeMessages;
  readonly nav: NavMessages;
  readonly refresh: RefreshMessages;
  readonly views: ViewsMessages;
  readonly table: TableMessages;
  readonly sessions: SessionsMessages;
  readonly histogram: HistogramMessages;
  readonly facets: FacetsMessages;
  readonly keyboard: KeyboardMessages;
  readonly columns: ColumnsMessages;
  readonly details: DetailsMessages;
  readonly errors: ErrorMessages;
}
