import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AdapterName, FetchPage } from '../../data/adapters/index.js';
import type { EntryCacheKind } from '../../data/cache/index.js';
import type { RangePreset } from '../../data/range-presets.js';
import type { SessionEntry } from '../../data/entry.js';
import type { SessionsError } from '../../data/errors.js';
import type { SortColumn, SortOrder } from '../../data/query.js';
import { readRefreshPreference } from '../../data/refresh/refresh-preference.js';
import { readPageSize, readPositive, readRefreshInterval } from '../../controllers/config.js';
import { DebounceController } from '../../controllers/debounce-controller.js';
import { DetailsController } from '../../controllers/details-controller.js';
import { FirstRowsController } from '../../controllers/first-rows-controller.js';
import { RefreshController } from '../../controllers/refresh-controller.js';
import { SessionLogController } from '../../controllers/session-log-controller.js';
import { SourceController } from '../../controllers/source-controller.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import { displayZone, resolveQuery } from '../../controllers/view-query.js';
import { DEFAULT_CACHE_MAX_AGE_HOURS, DEFAULT_CACHE_MAX_ENTRIES, DEFAULT_EXPORT_CAP, DEFAULT_MAX_ENTRIES, DEFAULT_PAGE_SIZE, DEFAULT_RANGE, DEFAULT_REFRESH_INTERVAL, DEFAULT_TIMEOUT_MS, SEARCH_DEBOUNCE_MS, type Density } from '../../data/defaults.js';
import { AdminSessionsErrorEvent, AdminSessionsLoadEvent } from '../../events/events.js';
import type { AdminSessionsViewportEvent } from '../../events/table-events.js';
import { errorText } from '../../i18n/error-text.js';
import { LocalizeController } from '../../i18n/localize.js';
import { setCustomState } from '../../internal/custom-state.js';
import { PartsController } from '../../controllers/parts-controller.js';
import '../admin-sessions-table/admin-sessions-table.js';
import { lazyColumns, lazyExport, lazyFacets, lazyHistogram, lazyKeyboard, lazyRelativeTimes, lazySharedLink, lazyTimeNav, lazyViews, PARTS } from './parts.js';
import { facetsPanel } from './facets-region.js';
import styles from './admin-sessions.styles.js';
import { details, errorMessage, histogram, statusLine, table, toolbar, type Shell } from './regions.js';
import { define } from '../../internal/define.js';

/** Events between the widget's own parts: handled inside, never seen by the page. */
const INNER_EVENTS = [
  'admin-sessions-range-change', 'admin-sessions-refresh-change', 'admin-sessions-refresh-now', 'admin-sessions-sort',
  'admin-sessions-near-end', 'admin-sessions-viewport', 'admin-sessions-row-toggle', 'admin-sessions-filter',
  'admin-sessions-details-close', 'admin-sessions-histogram-zoom',
];

/**
 * Shows an admin panel's session log — who did what, when, from where — and lets an admin audit it:
 * a date-time range, keyword search, sorting, "Hide me", time zones and auto-refresh. Rows are
 * cached in IndexedDB (scoped to the endpoint and the viewing admin) and paint at once on return.
 *
 * Light and dark follow the `color-scheme` around the element, as the browser's own form controls
 * do: on a page with `color-scheme: light dark` the admin's system setting decides, `dark` is dark,
 * and a page that declares none is light. Set `color-scheme` on the element to choose for it alone.
 *
 * The activity histogram asks a native server's optional `{endpoint}/histogram` (docs/api.md); a
 * server without it (404, 405, 501) is asked once per page and tab (remembered in `sessionStorage`),
 * and the bars are counted from the loaded rows, over the span they cover, with "Load more". The PUQcloud adapter never asks.
 *
 * @summary The admin session log: date, admin, IP, URL, type and method of every admin request.
 * @tag admin-sessions
 *
 * @fires {AdminSessionsLoadEvent} admin-sessions-load - Rows were loaded and shown; detail `{entries, total}`.
 * @fires {AdminSessionsErrorEvent} admin-sessions-error - Loading failed; detail `{status, kind, message, text, loginUrl, retryAfter, detail, timeoutSeconds}` (`message` in English for logs, `text` as the widget shows it). The last good rows stay.
 *
 * @slot toolbar - Extra controls at the end of the toolbar.
 *
 * @csspart base - The element's frame.
 * @csspart toolbar - The row of controls above the table.
 * @csspart filters - The `<details>` that, in a toolbar narrower than 42rem, folds the refresh interval and "Refresh now", Hide me, time zone, Fold repeats, Facets, Views, the time buttons, export, the links and the `toolbar` slot behind "Filters" (wider, laid out inline).
 * @csspart search - The keyword search box: a combobox whose list (`suggestions`, each option `suggestion`) offers the search's keys, then values seen in the facets (the server's counts over the range, when shown) and the loaded rows.
 * @csspart shortcuts - The `<dialog>` that `?` opens, listing the keyboard shortcuts (`/` goes to the search box, `[` `]` `-` Earlier, Later, Zoom out); none acts in a field or an open dialog; `no-shortcuts` turns them off.
 * @csspart hide-me - The "Hide me" checkbox label.
 * @csspart time-zone - The time zone select.
 * @csspart status - The line under the toolbar, with room kept for it: row count, search message, notes, export progress and outcome, "Link copied.", the new-entries pill.
 * @csspart search-note - Says which fields were matched over loaded rows only.
 * @csspart search-older - "Search older requests": when filters over the loaded rows found fewer than a page of matches in the pages loaded on their own, loads and filters more.
 * @csspart cached - The notice shown while rows come from the cache.
 * @csspart new-entries-pill - "N new entries": shown when rows arrived while the admin was scrolled away.
 * @csspart loading - The loading state shown before the first rows (from the first render); `skeleton-row` each of its row shapes.
 * @csspart empty - The empty state ("No requests in this range").
 * @csspart error - The error message.
 * @csspart login-link - The link to log in again after a 401.
 * @csspart search-error - What is wrong with the search text (unknown key, unterminated quote…).
 * @csspart collapse - The "Fold repeats" checkbox label.
 * @csspart export - Each export button; `export-progress` the progress bar, `export-cancel` its cancel button, `export-status` the result.
 * @csspart views - The `<admin-sessions-views>` "Views" menu: saved views, their links, and watches (a count on the button and in the page title while auto-refresh brings matching rows).
 * @csspart copy-link - The "Copy link" buttons (with `sync-url`).
 * @csspart copy-status - "Link copied.", for a few seconds after a copy.
 * @csspart copy-fallback - When the browser refuses the clipboard (plain http, no permission): the link, selected in a read-only field to copy by hand (Escape closes it).
 * @csspart histogram - The `<admin-sessions-histogram>` above the table.
 * @csspart facets - The `<admin-sessions-facets>` panel above the table (`facets`); its parts `facet`, `facet-value` and `facet-exclude` are exported, and `note`, `load-more` and `cancel` as `facets-note`, `facets-load-more` and `facets-cancel`.
 * @csspart facets-toggle - The "Facets" checkbox label in Filters.
 * @csspart details - The `<admin-sessions-details>` panel of the expanded row; its parts `detail-panel`, `detail-actions`, `detail-action`, `detail-clipped` and `detail-copy-fallback` are exported too.
 * @csspart range - The `<admin-sessions-range>` picker.
 * @csspart zoom-out - "Zoom out": back to the range before the last zoom (histogram drag, narrower range), else the span doubled around its middle (its title says which; key `-`).
 * @csspart earlier - "Earlier": the range half a span earlier (key `[`); `later` "Later" (key `]`), disabled while the range ends now. The keys act while the focus is in the widget and not in a field, unless `no-shortcuts` is set.
 * @csspart scroll-track - A thin track over the table scroller's inline-end edge; its `scroll-span` marks the time the rows in view cover within the range (in the table's order), named "Rows in view: … of …" (`role="img"`); shown when sorted by time, wider than 42rem.
 * @csspart go-to - The field that opens the log at a moment typed in the widget's date format (the range, as long as before, ends there).
 * @csspart refresh - The `<admin-sessions-refresh>` control.
 * @csspart columns-menu - The Columns menu (a `<details>` in Filters): a checkbox per column (Date always shown) and `columns-reset`, "Reset columns". Widths given on the headers' `resize-handle`s (keyboard or drag) and hidden columns are remembered per viewer in `localStorage`, like the cache's scope; the narrow cards ignore the widths.
 * @csspart refresh-settings - Its `settings-only` copy in Filters (interval, countdown, "Refresh now"), shown in a toolbar narrower than 42rem.
 * @csspart scroller - The table's scroll region. All parts of `<admin-sessions-table>` are exported too: `table`, `header-cell`, `sort-button`, `row`, `cell`, `date`, `ip`, `admin-name`, `admin-email`, `url`, `type`, `type-web`, `type-api`, `method`, `method-get` … `method-other`, `match`, `resize-handle`.
 *
 * @cssproperty [--admin-sessions-facets-height=14rem] - The facets panel's height (kept while its code loads; it scrolls inside).
 * @cssproperty [--admin-sessions-font-family=system-ui, sans-serif] - Font of the whole widget.
 * @cssproperty [--admin-sessions-font-size=0.875rem] - Base font size.
 * @cssproperty [--admin-sessions-color=light-dark(#1f2328, #e6e8eb)] - Text colour.
 * @cssproperty [--admin-sessions-background=light-dark(#ffffff, #14171b)] - Background.
 * @cssproperty [--admin-sessions-border-color=light-dark(#e3e6ea, #2f353d)] - Borders.
 * @cssproperty [--admin-sessions-radius=0.5rem] - Corner radius of the frame.
 * @cssproperty [--admin-sessions-muted-color=light-dark(#5f6b7a, #9aa5b1)] - Secondary text.
 * @cssproperty [--admin-sessions-danger-color=light-dark(#b42318, #ff8a80)] - Error text and border.
 * @cssproperty [--admin-sessions-accent-color=light-dark(#1b6ef3, #6ea8ff)] - Links, the pill and active controls.
 * @cssproperty [--admin-sessions-accent-contrast=light-dark(#ffffff, #0f172a)] - Text on the accent colour (the pill; the range picker's selected days).
 *
 * @cssstate loading - The first page of the current query is on its way.
 * @cssstate cached - The rows shown come from the cache and are being revalidated.
 * @cssstate error - The last request failed (the last good rows stay).
 * @cssstate empty - The range has no requests.
 * @cssstate paused - Auto-refresh is on but paused (hidden tab, error, expired session).
 */
export class AdminSessions extends LitElement {
  static override styles = styles;

  /** URL of the session log API, e.g. `/admin/api/admin_session_logs`. */
  @property() endpoint = '';
  /** Which server contract to speak: `native` (default, see docs/api.md) or `puqcloud`. */
  @property() adapter: AdapterName = 'native';
  /** Entries per request (1–1000). */
  @property({ attribute: 'page-size' }) pageSize: number | string = DEFAULT_PAGE_SIZE;
  /** IANA zone the server writes its times in (PUQcloud's `app.timezone`). */
  @property({ attribute: 'server-time-zone' }) serverTimeZone = 'UTC';
  /** Milliseconds to wait for an answer before giving up (default 15,000). */
  @property() timeout: number | string = DEFAULT_TIMEOUT_MS;
  /** Plug in any backend instead of an adapter: called with `{query, cursor, newerThan, limit, signal}`, resolves to `{entries, total, nextCursor}`. */
  @property({ attribute: false }) fetchPage: FetchPage | null = null;

  /** A relative range: `15m`, `1h`, `24h` (default), `7d`, `30d` or `stock` (this hour −24 h … +24 h). Ignored when `from` is set. */
  @property() range: RangePreset = DEFAULT_RANGE;
  /** Absolute range start (ISO 8601). */
  @property() from: string | null = null;
  /** Absolute range end (ISO 8601); empty = until now. */
  @property() to: string | null = null;
  /** Keyword to search for. */
  @property() query = '';
  /** Leave out the viewing admin's own requests. */
  @property({ type: Boolean, attribute: 'hide-me' }) hideMe = false;
  /** Column to sort by: `time` (default), `admin`, `ip`, `url`, `type`, `method`. */
  @property() sort: SortColumn = 'time';
  /** `desc` (default) or `asc`. */
  @property() order: SortOrder = 'desc';
  /** Refresh automatically. When the page does not set it, the admin's last choice on this page is used. */
  @property({ type: Boolean, attribute: 'auto-refresh' }) autoRefresh = false;
  /** Seconds between automatic refreshes (default 5). */
  @property({ attribute: 'refresh-interval' }) refreshInterval: number | string = DEFAULT_REFRESH_INTERVAL;
  /** Zone the times are shown in: `local` (default, the viewer's), `utc`, `server`, or an IANA name. */
  @property({ attribute: 'time-zone' }) timeZone = 'local';
  /** The viewing admin's id or email: scopes the cache and lets "Hide me" act on loaded rows at once. */
  @property({ attribute: 'current-admin' }) currentAdmin: string | null = null;
  /** An opaque identity for the cache scope when `current-admin` is not given. */
  @property({ attribute: 'cache-key' }) cacheKey: string | null = null;
  /**
   * Where pages are cached: `idb` (IndexedDB), `memory` or `none`. Unset: IndexedDB when `current-admin`
   * or `cache-key` says whose log it is, else memory (quietly; `idb` set without either warns once).
   */
  @property() cache: EntryCacheKind | null = null;
  /** Most entries kept in the cache (default 20,000). */
  @property({ attribute: 'cache-max-entries' }) cacheMaxEntries: number | string = DEFAULT_CACHE_MAX_ENTRIES;
  /** Oldest cached page kept, in hours (default 24). */
  @property({ attribute: 'cache-max-age' }) cacheMaxAge: number | string = DEFAULT_CACHE_MAX_AGE_HOURS;
  /** Most entries held in memory while scrolling and refreshing (default 100,000); beyond it the oldest are let go. Lower it for tabs left open for days on small machines. */
  @property({ attribute: 'max-entries' }) maxEntries: number | string = DEFAULT_MAX_ENTRIES;
  /** Fold consecutive identical requests (same admin, IP, method and path) into one row with a count. */
  @property({ type: Boolean, attribute: 'collapse-repeats' }) collapseRepeats = false;
  /** Keep range, query, Hide me, sort and zone in the page URL (`?as.range=24h&as.q=…`) and restore them on load. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Show the facets panel (top admins, IPs, paths, methods, types; the "Facets" toggle in Filters sets it). */
  @property({ type: Boolean }) facets = false;
  /** Hide the activity histogram (and ask nothing of the server's optional `{endpoint}/histogram`). */
  @property({ type: Boolean, attribute: 'no-histogram' }) noHistogram = false;
  /** Most rows an export writes (default 100,000). */
  @property({ type: Number, attribute: 'export-cap' }) exportCap = DEFAULT_EXPORT_CAP;
  /** `comfortable` (default) or `compact` rows. */
  @property({ reflect: true }) density: Density = 'comfortable';
  /** `relative`: times as "3 min ago" (the date on hover and in the details), kept current each minute; else dates. */
  @property({ attribute: 'time-format' }) timeFormat = 'absolute';
  /** BCP 47 locale for dates and numbers; the page's `<html lang>` by default. */
  @property() locale: string | null = null;
  /** Turn off the keyboard shortcuts (`/` search, `[` `]` `-` time, `?` their list), for a page that owns the keyboard. */
  @property({ type: Boolean, attribute: 'no-shortcuts' }) noShortcuts = false;

  /** What the live region last said (rows arrived, an error). */
  #announcement = '';
  /** Rows that arrived while the admin was scrolled away from the top. */
  #pendingNew = 0;
  #atTop = true;
  #refreshSetByPage = false;
  /** Whether "Search older requests" had the keyboard focus before this render. */
  #olderFocused = false;

  readonly #internals = this.attachInternals();
  readonly #i18n = new LocalizeController(this, () => this.locale);
  /** Renders once its language's dictionary is there (English needs no wait). */
  protected override scheduleUpdate(): void | Promise<unknown> { return this.#i18n.whenReady(() => super.scheduleUpdate()); }
  readonly #search = new DebounceController(this, SEARCH_DEBOUNCE_MS);
  readonly #details = new DetailsController(this);
  /** The first full render waits a moment for the first page; the parts, tools and query language until it is painted. */
  readonly #gate = new FirstRowsController(this, () => this.#sessions.log.entries.length > 0 || this.#sessions.error !== null || this.#sessions.empty);
  readonly #parts = new PartsController(this, PARTS, this.#gate);
  readonly #url = lazySharedLink(this);
  readonly #source = new SourceController(this, this.#gate.opened);
  readonly #sessions = new SessionLogController(this, {
    source: this.#source,
    query: () => resolveQuery(this),
    pageSize: () => readPageSize(this.pageSize),
    maxEntries: () => Math.floor(readPositive(this.maxEntries, 'max-entries', DEFAULT_MAX_ENTRIES)),
    currentAdmin: () => this.currentAdmin,
    ready: () => !this.syncUrl || this.#url.value !== null,
    collapseRepeats: () => this.collapseRepeats,
    onLoad: () => this.dispatchEvent(new AdminSessionsLoadEvent({ entries: this.#sessions.view.entries, total: this.#sessions.log.total })),
    onError: (error) => this.#reportError(error),
    onArrived: (count) => {
      if (!this.#atTop) this.#pendingNew += count;
      this.#announcement = this.#i18n.msg.sessions.announced(count);
    },
    onQueryStart: () => this.#refresh.abort(),
    gate: this.#gate,
  });
  readonly #refresh = new RefreshController(this, {
    refresh: (signal) => this.#sessions.refresh(signal),
    initial: () => this.#initialRefresh(),
    // The countdown re-renders itself; the shell only keeps its :state(paused) in step.
    onState: ({ enabled, pausedReason }) => setCustomState(this.#internals, 'paused', enabled && pausedReason !== null),
    gate: this.#gate,
  });
  readonly #zoom = new ZoomController(this, () => this.#sessions.query);
  readonly #relativeTimes = lazyRelativeTimes(this, () => this.renderRoot.querySelector('admin-sessions-table')?.retime());
  readonly #nav = lazyTimeNav(this, { zoom: this.#zoom, query: () => this.#sessions.query }, this.#gate);
  /** Saved views and watches (of the rows refreshes add), kept per viewer as the cache is. */
  readonly #views = lazyViews(this, { scope: () => this.#source.scope, i18n: this.#i18n, rows: this.#sessions }, this.#gate);
  readonly #columns = lazyColumns(this, () => this.#source.scope, this.#i18n, this.#gate);
  readonly #histogram = lazyHistogram(this, {
    // Nothing is asked for a widget taken off the page (its code may arrive after it left).
    endpoint: () => (this.isConnected && this.#source.isNative && !this.noHistogram ? this.#source.endpointUrl : null),
    serverQuery: () => this.#sessions.serverQuery,
  }, this.#gate);
  readonly #facets = lazyFacets(this, { endpoint: () => (this.#source.isNative ? this.#source.endpointUrl : null), serverQuery: () => this.#sessions.serverQuery, sessions: this.#sessions });
  readonly #export = lazyExport(this, {
    source: this.#source,
    query: () => this.#sessions.query,
    marks: () => this.#sessions.view.marks,
    currentAdmin: () => this.currentAdmin,
    cap: () => this.exportCap,
  });
  readonly #keyboard = lazyKeyboard(this, {
    entries: () => this.#sessions.log.entries,
    facets: () => (this.facets ? (this.#facets.value?.serverCounts() ?? null) : null),
    i18n: this.#i18n,
    disabled: () => this.noShortcuts,
    nav: this.#nav,
  }, this.#gate);

  /** The rows loaded so far, in display order (after local search, sort and Hide me). */
  get entries(): readonly SessionEntry[] {
    return this.#sessions.view.entries;
  }

  /** Forgets every cached page of this element's scope (for logout flows). */
  async clearCache(): Promise<void> {
    await this.#source.clear();
  }

  /** Fetches new entries now. */
  refresh(): Promise<void> {
    return this.#refresh.refreshNow();
  }

  /** Resolves once the widget is drawn: after the first full render, not the placeholder that may come before it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#gate.shown;
    return super.getUpdateComplete();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    for (const type of INNER_EVENTS) root.addEventListener(type, (event) => event.stopPropagation());
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('autoRefresh') || changed.has('refreshInterval'))) {
      this.#refreshSetByPage = true;
      this.#refresh.setEnabled(this.autoRefresh);
      this.#refresh.setInterval(readRefreshInterval(this.refreshInterval));
    }
    (this.syncUrl ? this.#url.want() : this.#url.value)?.update(changed.has('syncUrl'));
    this.#olderFocused = this.shadowRoot?.activeElement?.getAttribute('part') === 'search-older';
  }

  protected override updated(): void {
    // "Search older requests" went away while focused (a page of matches, or the log's end): keep
    // the keyboard in the widget, on the table, rather than on <body>.
    if (this.#olderFocused && !this.renderRoot.querySelector('[part~="search-older"]')) {
      this.#olderFocused = false;
      this.renderRoot.querySelector('admin-sessions-table')?.shadowRoot?.querySelector<HTMLElement>('[part~="scroller"]')?.focus();
    }
  }

  /** The page's `auto-refresh` / `refresh-interval` when it set them, else the admin's last choice on this page. */
  #initialRefresh(): { enabled: boolean; interval: number } {
    this.#refreshSetByPage ||= this.hasAttribute('auto-refresh') || this.hasAttribute('refresh-interval');
    const remembered = this.#refreshSetByPage ? null : readRefreshPreference();
    return { enabled: remembered?.enabled ?? this.autoRefresh, interval: remembered?.interval ?? readRefreshInterval(this.refreshInterval) };
  }

  #reportError(failure: SessionsError): void {
    const text = errorText(failure.code, failure, this.#i18n);
    this.#announcement = text;
    this.requestUpdate();
    const { status, kind, message, loginUrl, retryAfter } = failure;
    const extra = { detail: failure.detail ?? null, timeoutSeconds: failure.timeoutSeconds ?? null };
    this.dispatchEvent(new AdminSessionsErrorEvent({ status, kind, message, text, loginUrl, retryAfter, ...extra }));
  }

  #onViewport = (event: AdminSessionsViewportEvent): void => {
    this.#atTop = event.detail.atTop;
    if (this.#atTop && this.#pendingNew) this.#clearPendingNew();
  };

  #clearPendingNew(): void {
    (this.#pendingNew = 0), this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const { log, error } = this.#sessions;
    const states = { loading: log.loading, cached: log.cachedAt !== null, error: error !== null, empty: this.#sessions.empty };
    for (const [name, on] of Object.entries(states)) setCustomState(this.#internals, name, on);
    // A first page answered soon is painted with the widget in one frame: until then, a placeholder
    // as tall as the widget while loading (the README's `:not(:defined)` table) keeps the place.
    if (this.#gate.holds(log.loading && log.entries.length === 0 && error === null)) return html`<div part="base" class=${this.noHistogram ? 'held no-histogram' : 'held'} aria-busy="true"><div></div></div>`;
    const zone = displayZone(this);
    const shell: Shell = {
      host: this,
      i18n: this.#i18n,
      sessions: this.#sessions,
      refresh: this.#refresh,
      exporter: this.#export,
      details: this.#details,
      search: this.#search,
      parts: this.#parts,
      url: this.#url,
      zoom: this.#zoom,
      nav: this.#nav,
      timeText: this.timeFormat === 'relative' ? (this.#relativeTimes.want()?.text(this.#i18n.lang) ?? null) : null,
      views: this.#views,
      columns: this.#columns,
      zone,
      serverZone: this.#source.serverTimeZone,
      locale: this.locale ?? this.#i18n.requestedTag ?? undefined,
      pendingNew: this.#pendingNew,
      onViewport: this.#onViewport,
      onJumpToNew: () => (this.renderRoot.querySelector('admin-sessions-table')?.scrollToTop(), this.#clearPendingNew()),
    };
    const bars = this.noHistogram ? null : (this.#histogram.want()?.bars(this.#sessions, zone) ?? 'loading');
    return html`<div part="base" aria-busy=${log.loading || log.loadingMore ? 'true' : 'false'}>
      <div class="visually-hidden" role="status" aria-live="polite">${this.#announcement}</div>
      ${this.#keyboard.want()?.render()} ${toolbar(shell)} ${errorMessage(shell)} ${statusLine(shell)} ${histogram(shell, bars)} ${facetsPanel(shell, this.facets ? (this.#facets.want() ?? 'loading') : null)} ${table(shell)} ${details(shell)}
    </div>`;
  }
}

define('admin-sessions', AdminSessions, import.meta.url);

declare global {
  interface HTMLElementTagNameMap {
    'admin-sessions': AdminSessions;
  }
}
