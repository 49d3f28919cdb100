import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { createAdapter, FULL_CAPABILITIES, type AdapterCapabilities, type FetchPage } from '../../data/adapters/index.js';
import { cacheScope, createEntryCache, type ClosableEntryCache, type EntryCacheKind } from '../../data/cache/index.js';
import type { SessionEntry } from '../../data/entry.js';
import { SessionsError, isAbortError, unreadableLog } from '../../data/errors.js';
import { queryKey, type SessionQuery, type SortColumn, type SortOrder } from '../../data/query.js';
import { RefreshLoop, type RefreshLoopState } from '../../data/refresh/refresh-loop.js';
import { readRefreshPreference } from '../../data/refresh/refresh-preference.js';
import { SessionLog } from '../../data/session-log.js';
import { deriveView, ownEntryTest, serverQuery, splitSearch, type View } from '../../data/view.js';
import { collapseRepeats } from '../../data/insights/collapse.js';
import { DEFAULT_EXPORT_CAP, exportEntries, walkPages, type ExportFormat } from '../../data/insights/export.js';
import { compileTerms } from '../../data/insights/query-language.js';
import { needsNewHistoryEntry, readLinkedView, writeLinkedView, type LinkedView } from '../../data/deep-link.js';
import type { AdminSessionsFilterEvent } from '../../events/details-events.js';
import type { AdminSessionsHistogramZoomEvent } from '../../events/histogram-events.js';
import type { AdminSessionsRowToggleEvent } from '../../events/table-events.js';
import '../admin-sessions-details/admin-sessions-details.js';
import '../admin-sessions-histogram/admin-sessions-histogram.js';
import { bucketize, withNewerEntries, type HistogramData } from '../admin-sessions-histogram/buckets.js';
import { fetchHistogram } from '../admin-sessions-histogram/histogram-endpoint.js';
import { AdminSessionsErrorEvent, AdminSessionsLoadEvent } from '../../events/events.js';
import type { AdminSessionsRangeChangeEvent } from '../../events/range-change.js';
import type { AdminSessionsRefreshChangeEvent } from '../../events/refresh-events.js';
import type { AdminSessionsSortEvent, AdminSessionsViewportEvent } from '../../events/table-events.js';
import { copyText, selectOfferedText } from '../../internal/clipboard.js';
import { warnOnce } from '../../internal/warn.js';
import '../admin-sessions-range/admin-sessions-range.js';
import { isRangePreset, resolvePreset, type RangePreset } from '../admin-sessions-range/presets.js';
import '../admin-sessions-refresh/admin-sessions-refresh.js';
import '../admin-sessions-table/admin-sessions-table.js';
import type { AdminSessionsTable } from '../admin-sessions-table/admin-sessions-table.js';
import { LocalizeController } from '../../i18n/localize.js';
import { localTermsNote } from '../../i18n/local-terms.js';
import styles from './admin-sessions.styles.js';
import { errorText } from './error-text.js';
import { readAdapter, readCacheKind, readEndpoint, readInstant, readPageSize, readPositive, readRefreshInterval, readTimeZone } from './config.js';


const TABLE_PARTS = [
  'scroller', 'table', 'header-cell', 'sort-button', 'row', 'cell', 'date', 'ip', 'admin-name', 'admin-email',
  'url', 'type', 'type-web', 'type-api', 'method', 'method-get', 'method-post', 'method-put', 'method-patch',
  'method-delete', 'method-other', 'match', 'badge', 'badge-new-ip', 'badge-burst', 'repeat-count', 'row-expanded',
].join(', ');
const SEARCH_DEBOUNCE_MS = 300;
const NEAR_END_DEBOUNCE_MS = 200;
const DEFAULT_RANGE: RangePreset = '24h';
const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_ENTRIES = 100_000;
const DEFAULT_CACHE_MAX_ENTRIES = 20_000;
const DEFAULT_CACHE_MAX_AGE_HOURS = 24;
/**
 * Pages loaded on their own, per query, while filters over the loaded rows leave fewer matches than
 * a page: enough to find sparse matches, bounded so a filter matching nothing does not pull the
 * whole log. "Search older requests" allows as many again.
 */
const FILL_PAGES = 10;
/** How long "Link copied." stays next to the buttons. */
const LINK_COPIED_MS = 4_000;

/** An export in progress, finished, cancelled or failed. */
type ExportStatus =
  | { readonly state: 'running'; readonly count: number; readonly cap: number }
  | { readonly state: 'done'; readonly count: number; readonly capped: boolean; readonly cap: number }
  | { readonly state: 'cancelled' }
  | { readonly state: 'failed'; readonly error: SessionsError };

/**
 * Shows an admin panel's session log — who did what, when, from where — and lets an admin audit it:
 * a date-time range, keyword search, sorting, "Hide me", time zones and auto-refresh. Rows are
 * cached in IndexedDB (scoped to the endpoint and the viewing admin) and paint at once on return.
 *
 * Light and dark follow the `color-scheme` around the element, as the browser's own form controls
 * do: on a page with `color-scheme: light dark` the admin's system setting decides, `dark` is dark,
 * and a page that declares none is light. Set `color-scheme` on the element to choose for it alone.
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
 * @csspart search - The keyword search box.
 * @csspart hide-me - The "Hide me" checkbox label.
 * @csspart time-zone - The time zone select.
 * @csspart status - The line under the toolbar (row count, cached notice, local-search note).
 * @csspart search-note - Says which fields were matched over loaded rows only.
 * @csspart search-older - "Search older requests": when filters over the loaded rows found fewer than a page of matches in the pages loaded on their own, loads and filters more.
 * @csspart cached - The notice shown while rows come from the cache.
 * @csspart new-entries-pill - "N new entries": shown when rows arrived while the admin was scrolled away.
 * @csspart loading - The loading state shown before the first rows.
 * @csspart empty - The empty state ("No requests in this range").
 * @csspart error - The error message.
 * @csspart login-link - The link to log in again after a 401.
 * @csspart search-error - What is wrong with the search text (unknown key, unterminated quote…).
 * @csspart collapse - The "Fold repeats" checkbox label.
 * @csspart export - Each export button; `export-progress` the progress bar, `export-cancel` its cancel button, `export-status` the result.
 * @csspart copy-link - The "Copy link" buttons (with `sync-url`).
 * @csspart copy-status - "Link copied.", for a few seconds after a copy.
 * @csspart copy-fallback - When the browser refuses the clipboard (plain http, no permission): the link, selected in a read-only field to copy by hand (Escape closes it).
 * @csspart histogram - The `<admin-sessions-histogram>` above the table.
 * @csspart details - The `<admin-sessions-details>` panel of the expanded row; its parts `detail-panel`, `detail-actions`, `detail-action`, `detail-clipped` and `detail-copy-fallback` are exported too.
 * @csspart range - The `<admin-sessions-range>` picker.
 * @csspart refresh - The `<admin-sessions-refresh>` control.
 * @csspart scroller - The table's scroll region. All parts of `<admin-sessions-table>` are exported too: `table`, `header-cell`, `sort-button`, `row`, `cell`, `date`, `ip`, `admin-name`, `admin-email`, `url`, `type`, `type-web`, `type-api`, `method`, `method-get` … `method-other`, `match`.
 *
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
@customElement('admin-sessions')
export class AdminSessions extends LitElement {
  static override styles = styles;

  /** URL of the session log API, e.g. `/admin/api/admin_session_logs`. */
  @property() endpoint = '';
  /** Which server contract to speak: `native` (default, see docs/api.md) or `puqcloud`. */
  @property() adapter = 'native';
  /** Entries per request (1–1000). */
  @property({ attribute: 'page-size' }) pageSize: number | string = 50;
  /** IANA zone the server writes its times in (PUQcloud's `app.timezone`). */
  @property({ attribute: 'server-time-zone' }) serverTimeZone = 'UTC';
  /** Milliseconds to wait for an answer before giving up (default 15,000). */
  @property() timeout: number | string = DEFAULT_TIMEOUT_MS;
  /**
   * Plug in any backend instead of an adapter: called with `{query, cursor, newerThan, limit, signal}`,
   * resolves to `{entries, total, nextCursor}`.
   */
  @property({ attribute: false }) fetchPage: FetchPage | null = null;

  /** A relative range: `15m`, `1h`, `24h` (default), `7d`, `30d` or `stock` (this hour −24 h … +24 h). Ignored when `from` is set. */
  @property() range: string = '24h';
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
  @property({ attribute: 'refresh-interval' }) refreshInterval: number | string = 5;
  /** Zone the times are shown in: `local` (default, the viewer's), `utc`, `server`, or an IANA name. */
  @property({ attribute: 'time-zone' }) timeZone = 'local';
  /** The viewing admin's id or email: scopes the cache and lets "Hide me" act on loaded rows at once. */
  @property({ attribute: 'current-admin' }) currentAdmin: string | null = null;
  /** An opaque identity for the cache scope when `current-admin` is not given. */
  @property({ attribute: 'cache-key' }) cacheKey: string | null = null;
  /** Where pages are cached: `idb` (default, IndexedDB), `memory` or `none`. */
  @property() cache: string = 'idb';
  /** Most entries kept in the cache (default 20,000). */
  @property({ attribute: 'cache-max-entries' }) cacheMaxEntries: number | string = DEFAULT_CACHE_MAX_ENTRIES;
  /** Oldest cached page kept, in hours (default 24). */
  @property({ attribute: 'cache-max-age' }) cacheMaxAge: number | string = DEFAULT_CACHE_MAX_AGE_HOURS;
  /**
   * Most entries held in memory while scrolling and refreshing (default 100,000); beyond it the
   * oldest are let go. Lower it for tabs left open for days on small machines.
   */
  @property({ attribute: 'max-entries' }) maxEntries: number | string = DEFAULT_MAX_ENTRIES;
  /** Fold consecutive identical requests (same admin, IP, method and path) into one row with a count. */
  @property({ type: Boolean, attribute: 'collapse-repeats' }) collapseRepeats = false;
  /** Keep range, query, Hide me, sort and zone in the page URL (`?as.range=24h&as.q=…`) and restore them on load. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Hide the activity histogram. */
  @property({ type: Boolean, attribute: 'no-histogram' }) noHistogram = false;
  /** Most rows an export writes (default 100,000). */
  @property({ type: Number, attribute: 'export-cap' }) exportCap = DEFAULT_EXPORT_CAP;
  /** `comfortable` (default) or `compact` rows. */
  @property({ reflect: true }) density: 'comfortable' | 'compact' = 'comfortable';
  /** BCP 47 locale for dates and numbers; the page's `<html lang>` by default. */
  @property() locale: string | null = null;

  @state() private revision = 0;
  @state() private refreshState: RefreshLoopState | null = null;
  @state() private pendingNew = 0;
  @state() private announcement = '';
  @state() private expandedId: string | null = null;
  /** Where the last export stands; worded at render, so a language switch re-words it. */
  @state() private exportStatus: ExportStatus | null = null;
  /** After "Copy link": copied (shown for a few seconds), or the link to copy by hand when the browser refused. */
  @state() private linkStatus: { readonly copied: true } | { readonly copied: false; readonly url: string } | null = null;

  @query('admin-sessions-table') private table!: AdminSessionsTable;

  readonly #internals = this.attachInternals();
  readonly #i18n = new LocalizeController(this, () => this.locale);
  readonly #log = new SessionLog({
    fetchPage: () => Promise.reject(new Error('not configured')),
    pageSize: 50,
    cache: null,
    scope: '',
    maxEntries: DEFAULT_MAX_ENTRIES,
    onChange: () => this.revision++,
  });
  #source: { key: string; fetchPage: FetchPage; capabilities: AdapterCapabilities } | null = null;
  #query: SessionQuery | null = null;
  #cache: { key: string; cache: ClosableEntryCache } | null = null;
  #loop: RefreshLoop | null = null;
  #refreshSetByPage = false;
  #moreController: AbortController | null = null;
  #nearEndTimer: ReturnType<typeof setTimeout> | null = null;
  #searchTimer: ReturnType<typeof setTimeout> | null = null;
  #linkTimer: ReturnType<typeof setTimeout> | null = null;
  #atTop = true;
  /** Rows of the same range without the keyword: where URL matches come from when the server cannot search URLs. */
  #unfiltered: { key: string; entries: readonly SessionEntry[] } = { key: '', entries: [] };
  #view: { inputs: unknown[]; loaded: readonly SessionEntry[]; view: View } | null = null;
  #collapsed: { entries: readonly SessionEntry[]; rows: readonly SessionEntry[]; counts: ReadonlyMap<string, number> } | null = null;
  #histogram: { key: string; data: HistogramData } | null = null;
  #exportController: AbortController | null = null;
  #linked: LinkedView | null = null;
  /** Pages loaded on their own to find matches for the query whose key is `key` (see `#fillLocalMatches`). */
  #fill = { key: '', pages: 0, asked: false };
  /** Whether "Search older requests" had the keyboard focus before this render. */
  #olderFocused = false;

  /** The native server's own histogram, when it has the optional endpoint; `null` means compute it locally. */
  readonly #histogramTask = new Task(this, {
    task: async ([endpoint, query], { signal }) => {
      if (!endpoint || !query) return null;
      return fetchHistogram(endpoint, { from: query.from, to: query.to, q: query.q, hideMe: query.hideMe }, signal).catch(() => null);
    },
    args: () => {
      const native = !this.fetchPage && !this.noHistogram && readAdapter(this.adapter) === 'native' ? readEndpoint(this.endpoint).url : null;
      return [native, native ? this.#currentServerQuery() : null] as const;
    },
  });

  readonly #task = new Task(this, {
    task: async ([source, query, pageSize], { signal }) => {
      if (!source) return null;
      this.#loop?.abort();
      this.#log.configure({ fetchPage: source.fetchPage, pageSize });
      try {
        await this.#log.loadFirst(query, signal);
        this.#emitLoad();
        // Not the page: a Task keeps its value until it runs again, and with auto-refresh it never
        // does, so the first page's rows would outlive `max-entries` for the whole session.
        return true;
      } catch (error) {
        if (!isAbortError(error)) this.#reportError(error);
        throw error;
      }
    },
    args: () => [this.#currentSource(), this.#currentServerQuery(), readPageSize(this.pageSize)] as const,
  });

  /** The rows loaded so far, in display order (after local search, sort and Hide me). */
  get entries(): readonly SessionEntry[] {
    return this.#currentView().entries;
  }

  /** Forgets every cached page of this element's scope (for logout flows). */
  async clearCache(): Promise<void> {
    await this.#currentCache()?.clear(this.#scope());
  }

  /** Fetches new entries now. */
  refresh(): Promise<void> {
    return this.#loop?.refreshNow() ?? Promise.resolve();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A reconnect resumes listening; the first connect reads the URL in willUpdate.
    if (this.syncUrl && this.hasUpdated) window.addEventListener('popstate', this.#onPopState);
    this.#startLoop();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loop?.stop();
    this.#loop = null;
    this.#moreController?.abort();
    if (this.#nearEndTimer) clearTimeout(this.#nearEndTimer);
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
    if (this.#linkTimer) clearTimeout(this.#linkTimer);
    this.#nearEndTimer = this.#searchTimer = this.#linkTimer = null;
    this.#cache?.cache.close();
    this.#exportController?.abort();
    window.removeEventListener('popstate', this.#onPopState);
  }

  #linkedView(): LinkedView {
    const absolute = this.from || this.to;
    return {
      range: absolute ? null : this.range,
      from: this.from,
      to: this.to,
      q: this.query,
      hideMe: this.hideMe,
      sort: this.sort,
      order: this.order,
      timeZone: this.timeZone,
    };
  }

  #applyLinkedView(): void {
    const view = readLinkedView(location.search);
    if (view.range !== undefined) this.range = view.range ?? this.range;
    if (view.from !== undefined || view.to !== undefined) {
      this.from = view.from ?? null;
      this.to = view.to ?? null;
    }
    if (view.q !== undefined) this.query = view.q;
    if (view.hideMe !== undefined) this.hideMe = view.hideMe;
    if (view.sort) this.sort = view.sort as SortColumn;
    if (view.order) this.order = view.order as SortOrder;
    if (view.timeZone) this.timeZone = view.timeZone;
    this.#linked = this.#linkedView();
  }

  #onPopState = (): void => this.#applyLinkedView();

  /** Writes the view into the page URL: typing replaces the history entry, other changes add one. */
  #syncLinkedView(): void {
    if (!this.syncUrl || !this.isConnected) return;
    const next = this.#linkedView();
    const previous = this.#linked;
    if (previous && JSON.stringify(previous) === JSON.stringify(next)) return;
    this.#linked = next;
    // A link copied (or offered) for the previous view is stale now.
    if (previous && this.linkStatus) this.linkStatus = null;
    const href = writeLinkedView(location.href, next);
    if (href === location.href) return;
    if (previous && needsNewHistoryEntry(previous, next)) history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }

  async #copyLink(freeze: boolean): Promise<void> {
    let view = this.#linkedView();
    const query = this.#fullQuery();
    if (freeze && query.relative) {
      view = { ...view, range: null, from: new Date(query.from ?? Date.now()).toISOString(), to: new Date(query.to ?? Date.now()).toISOString() };
    }
    const url = writeLinkedView(location.href, view);
    if (this.#linkTimer) clearTimeout(this.#linkTimer);
    this.#linkTimer = null;
    if (await copyText(url)) {
      this.linkStatus = { copied: true };
      this.#linkTimer = setTimeout(() => {
        this.#linkTimer = null;
        this.linkStatus = null;
      }, LINK_COPIED_MS);
    } else {
      this.linkStatus = { copied: false, url };
      await selectOfferedText(this, '[part~="copy-fallback"] input');
    }
  }

  #onLinkFieldKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.linkStatus = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('[part~="copy-link"]')?.focus());
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl')) {
      if (this.syncUrl) {
        this.#applyLinkedView();
        window.addEventListener('popstate', this.#onPopState);
      } else {
        window.removeEventListener('popstate', this.#onPopState);
      }
    }
    if (changed.has('autoRefresh') && this.hasUpdated) this.#refreshSetByPage = true;
    if (changed.has('refreshInterval') && this.hasUpdated) this.#refreshSetByPage = true;
    if ((changed.has('autoRefresh') || changed.has('refreshInterval')) && this.#loop && this.#refreshSetByPage) {
      this.#loop.setEnabled(this.autoRefresh);
      this.#loop.setInterval(readRefreshInterval(this.refreshInterval) * 1000);
    }
    this.#log.configure({
      cache: this.#currentCache(),
      scope: this.#scope(),
      maxEntries: Math.floor(readPositive(this.maxEntries, 'max-entries', DEFAULT_MAX_ENTRIES)),
    });
    this.#syncLinkedView();
    this.#olderFocused = this.shadowRoot?.activeElement?.getAttribute('part') === 'search-older';
  }

  #startLoop(): void {
    if (this.#loop) return;
    this.#refreshSetByPage ||= this.hasAttribute('auto-refresh') || this.hasAttribute('refresh-interval');
    const remembered = this.#refreshSetByPage ? null : readRefreshPreference();
    const enabled = remembered?.enabled ?? this.autoRefresh;
    const interval = remembered?.interval ?? readRefreshInterval(this.refreshInterval);
    this.#loop = new RefreshLoop({
      enabled,
      intervalMs: interval * 1000,
      refresh: (signal) => this.#refreshTick(signal),
      onState: (state) => (this.refreshState = state),
    });
    this.refreshState = this.#loop.state;
    this.#loop.start();
  }

  async #refreshTick(signal: AbortSignal): Promise<void> {
    if (this.#task.status === 1 || !this.#log.query) return;
    try {
      // A relative range slides: the same query, resolved against the clock now.
      const slid = serverQuery(this.#fullQuery(), this.#capabilities());
      const added = await this.#log.refresh(signal, slid);
      if (added > 0) {
        if (!this.#atTop) this.pendingNew += added;
        this.announcement = this.#i18n.msg.sessions.announced(added);
        this.#emitLoad();
      }
    } catch (error) {
      if (!isAbortError(error)) this.#reportError(error);
      throw error;
    }
  }

  #scope(): string {
    return cacheScope(readEndpoint(this.endpoint).url ?? 'fetchPage', this.currentAdmin ?? this.cacheKey);
  }

  #currentCache(): ClosableEntryCache | null {
    let kind: EntryCacheKind = readCacheKind(this.cache);
    if (kind === 'idb' && !this.currentAdmin && !this.cacheKey) {
      // Without an identity two admins sharing a browser would share a cache: keep it in memory.
      warnOnce('cache="idb" needs current-admin or cache-key to keep admins apart; caching in memory only.');
      kind = 'memory';
    }
    const maxEntries = Math.floor(readPositive(this.cacheMaxEntries, 'cache-max-entries', DEFAULT_CACHE_MAX_ENTRIES));
    const maxAgeMs = readPositive(this.cacheMaxAge, 'cache-max-age', DEFAULT_CACHE_MAX_AGE_HOURS) * 3_600_000;
    const key = JSON.stringify([kind, maxEntries, maxAgeMs]);
    if (this.#cache?.key !== key) {
      this.#cache?.cache.close();
      this.#cache = { key, cache: createEntryCache({ kind, maxEntries, maxAgeMs, warn: (message) => warnOnce(message) }) };
    }
    return this.#cache.cache;
  }

  #currentSource() {
    if (this.fetchPage) {
      if (this.#source?.fetchPage !== this.fetchPage) this.#source = { key: 'custom', fetchPage: this.fetchPage, capabilities: FULL_CAPABILITIES };
      return this.#source;
    }
    const endpoint = readEndpoint(this.endpoint);
    if (!endpoint.url) return null;
    const adapterName = readAdapter(this.adapter);
    const serverTimeZone = readTimeZone(this.serverTimeZone, 'server-time-zone', 'UTC');
    const timeoutMs = readPositive(this.timeout, 'timeout', DEFAULT_TIMEOUT_MS);
    const key = JSON.stringify([adapterName, endpoint.url, serverTimeZone, timeoutMs]);
    if (this.#source?.key !== key) {
      const adapter = createAdapter(adapterName, { endpoint: endpoint.url, serverTimeZone, timeoutMs });
      this.#source = { key, fetchPage: adapter.fetchPage, capabilities: adapter.capabilities };
    }
    return this.#source;
  }

  #capabilities(): AdapterCapabilities {
    return this.#currentSource()?.capabilities ?? FULL_CAPABILITIES;
  }

  /** The admin's whole query, with a relative range resolved against the clock now. */
  #fullQuery(): SessionQuery {
    const from = readInstant(this.from, 'from');
    const to = readInstant(this.to, 'to');
    let range: Pick<SessionQuery, 'from' | 'to' | 'relative'>;
    if (from !== null || to !== null) {
      range = from !== null && to !== null && from > to ? this.#relativeRange(DEFAULT_RANGE) : { from, to, relative: null };
      if (from !== null && to !== null && from > to) warnOnce(`from="${this.from}" is after to="${this.to}"; showing the last 24 hours.`);
    } else {
      const preset = isRangePreset(this.range) ? this.range : DEFAULT_RANGE;
      if (!isRangePreset(this.range)) warnOnce(`range="${this.range}" is not one of 15m, 1h, 24h, 7d, 30d, stock; using 24h.`);
      range = this.#relativeRange(preset);
    }
    const sort: SortColumn = ['time', 'admin', 'ip', 'url', 'type', 'method'].includes(this.sort) ? this.sort : 'time';
    return { ...range, q: this.query.trim(), hideMe: this.hideMe, sort, order: this.order === 'asc' ? 'asc' : 'desc' };
  }

  #relativeRange(preset: RangePreset): Pick<SessionQuery, 'from' | 'to' | 'relative'> {
    const resolved = resolvePreset(preset, Date.now(), this.#displayZone());
    // "Last …" ranges stay open-ended so new requests keep arriving; `stock` ends in the future anyway.
    return { from: resolved.from, to: preset === 'stock' ? resolved.to : null, relative: preset };
  }

  /** What the server is asked; the same object while nothing it depends on changed (so the Task does not re-run). */
  #currentServerQuery(): SessionQuery {
    const next = serverQuery(this.#fullQuery(), this.#capabilities());
    if (!this.#query || queryKey(next) !== queryKey(this.#query)) this.#query = next;
    return this.#query;
  }

  #currentView(): View {
    const query = this.#fullQuery();
    const capabilities = this.#capabilities();
    const loaded = this.#log.entries;
    const rangeKey = queryKey({ ...query, q: '', sort: 'time', order: 'desc' });
    if (!query.q && this.#log.query && !this.#log.loading) this.#unfiltered = { key: rangeKey, entries: loaded };
    const unfiltered = this.#unfiltered.key === rangeKey ? this.#unfiltered.entries : [];
    const inputs = [loaded, unfiltered, queryKey(query), capabilities, this.currentAdmin];
    if (this.#view && inputs.every((input, i) => input === this.#view!.inputs[i])) return this.#view.view;
    const view = deriveView({ loaded, unfiltered, query, capabilities, currentAdmin: this.currentAdmin, previousLoaded: this.#view?.loaded });
    this.#view = { inputs, loaded, view };
    return view;
  }

  #displayZone(): string | undefined {
    const zone = this.timeZone.trim();
    if (!zone || zone.toLowerCase() === 'local') return undefined;
    if (zone.toLowerCase() === 'utc') return 'UTC';
    if (zone.toLowerCase() === 'server') return readTimeZone(this.serverTimeZone, 'server-time-zone', 'UTC');
    return readTimeZone(zone, 'time-zone', Intl.DateTimeFormat().resolvedOptions().timeZone);
  }

  #zoneLabel(): string {
    return this.#displayZone() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  #emitLoad(): void {
    this.dispatchEvent(new AdminSessionsLoadEvent({ entries: this.#currentView().entries, total: this.#log.total }));
  }

  #reportError(error: unknown): void {
    const failure = error instanceof SessionsError ? error : this.#log.error;
    if (!failure) return;
    const text = errorText(failure.kind, failure, this.#i18n);
    this.announcement = text;
    this.dispatchEvent(
      new AdminSessionsErrorEvent({
        status: failure.status,
        kind: failure.kind,
        message: failure.message,
        text,
        loginUrl: failure.loginUrl,
        retryAfter: failure.retryAfter,
        detail: failure.detail ?? null,
        timeoutSeconds: failure.timeoutSeconds ?? null,
      }),
    );
  }

  #onNearEnd = (): void => {
    if (this.#nearEndTimer) return;
    this.#nearEndTimer = setTimeout(() => {
      this.#nearEndTimer = null;
      this.#loadMore();
    }, NEAR_END_DEBOUNCE_MS);
  };

  #loadMore(): void {
    if (!this.#log.hasMore) return;
    this.#moreController = new AbortController();
    this.#log.loadMore(this.#moreController.signal).then(
      (loaded) => loaded && this.#emitLoad(),
      (error) => !isAbortError(error) && this.#reportError(error),
    );
  }

  /**
   * With filters over the loaded rows, matches can be sparse: one page may show none, and with
   * nothing to scroll, infinite scroll never asks for more. Loads further pages (up to
   * `FILL_PAGES` per query) until a page of matches shows or the log ends.
   */
  #fillLocalMatches(): void {
    const log = this.#log;
    if (!this.isConnected || !log.query || log.loading || log.loadingMore || log.error || !log.hasMore) return;
    const view = this.#currentView();
    if (!view.filteredLocally || view.entries.length >= readPageSize(this.pageSize)) return;
    const key = queryKey(this.#fullQuery());
    if (this.#fill.key !== key) this.#fill = { key, pages: 0, asked: false };
    if (this.#fill.pages >= FILL_PAGES) return;
    this.#fill.pages++;
    this.#loadMore();
  }

  /**
   * Whether to offer "Search older requests": the pages loaded on their own for this query are used
   * up (or the admin asked for more) while matches are still short of a page. It stays while its
   * search runs, so the keyboard focus on it is not lost.
   */
  #offerOlder(view: View): boolean {
    const fill = this.#fill;
    return (
      this.#log.hasMore &&
      view.filteredLocally &&
      view.entries.length < readPageSize(this.pageSize) &&
      fill.key === queryKey(this.#fullQuery()) &&
      (fill.pages >= FILL_PAGES || fill.asked)
    );
  }

  /** Whether pages are still being loaded on their own (the button then waits). */
  #searchingOlder(view: View): boolean {
    return this.#log.loadingMore || (this.#offerOlder(view) && this.#fill.pages < FILL_PAGES);
  }

  #searchOlder = (): void => {
    if (this.#searchingOlder(this.#currentView())) return;
    this.#fill = { ...this.#fill, pages: 0, asked: true };
    this.#fillLocalMatches();
  };

  protected override updated(): void {
    // "Search older requests" went away while focused (a page of matches, or the log's end): keep
    // the keyboard in the widget, on the table, rather than on <body>.
    if (this.#olderFocused && !this.renderRoot.querySelector('[part~="search-older"]')) {
      this.#olderFocused = false;
      this.table?.shadowRoot?.querySelector<HTMLElement>('[part~="scroller"]')?.focus();
    }
    // After the render, so loading (which re-renders) is not started inside an update.
    queueMicrotask(() => this.#fillLocalMatches());
  }

  #onViewport = (event: AdminSessionsViewportEvent): void => {
    this.#atTop = event.detail.atTop;
    if (this.#atTop) this.pendingNew = 0;
  };

  #jumpToNew = (): void => {
    this.pendingNew = 0;
    this.table.scrollToTop();
  };

  #onSort = (event: AdminSessionsSortEvent): void => {
    this.sort = event.detail.sort;
    this.order = event.detail.order;
  };

  #onSearchInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      this.#searchTimer = null;
      this.query = value;
    }, SEARCH_DEBOUNCE_MS);
  };

  #onRangeChange = (event: AdminSessionsRangeChangeEvent): void => {
    const { from, to, relative } = event.detail;
    if (relative) {
      this.from = this.to = null;
      this.range = relative;
    } else {
      this.from = from === null ? null : new Date(from).toISOString();
      this.to = to === null ? null : new Date(to).toISOString();
      if (this.from === null && this.to === null) this.range = DEFAULT_RANGE;
    }
  };

  #onRowToggle = async (event: AdminSessionsRowToggleEvent): Promise<void> => {
    this.expandedId = this.expandedId === event.detail.id ? null : event.detail.id;
    if (this.expandedId === null) return;
    // The panel opens under the table, often below the fold: bring it into view, as little as needed.
    await this.updateComplete;
    const details = this.renderRoot.querySelector('admin-sessions-details');
    await details?.updateComplete;
    details?.scrollIntoView({ block: 'nearest' });
  };

  /** Escape on the table closes the open details too, as it does inside them. */
  #onTableKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.expandedId === null) return;
    event.preventDefault();
    void this.#onDetailsClose();
  };

  /** Closing the details (button or Escape) puts keyboard focus back on its row, not on `<body>`. */
  #onDetailsClose = async (): Promise<void> => {
    const id = this.expandedId;
    this.expandedId = null;
    await this.updateComplete;
    const index = this.table?.entries.findIndex((entry) => entry.id === id) ?? -1;
    if (index >= 0) this.table.focusRow(index);
  };

  #onFilter = (event: AdminSessionsFilterEvent): void => {
    this.query = `${this.query.trim()} ${event.detail.term}`.trim();
  };

  #onZoom = (event: AdminSessionsHistogramZoomEvent): void => {
    this.from = new Date(event.detail.from).toISOString();
    this.to = new Date(event.detail.to).toISOString();
  };

  /** Streams every page of the current filter from the server into a CSV or JSON file. */
  async #export(format: ExportFormat): Promise<void> {
    const source = this.#currentSource();
    if (!source || this.exportStatus?.state === 'running') return;
    const cap = Number.isFinite(this.exportCap) && this.exportCap > 0 ? Math.floor(this.exportCap) : DEFAULT_EXPORT_CAP;
    const controller = (this.#exportController = new AbortController());
    const query = this.#fullQuery();
    const { split } = splitSearch(query.q, this.#capabilities());
    const matches = compileTerms(split.localTerms, { marks: this.#currentView().marks });
    const own = ownEntryTest(query.hideMe ? this.currentAdmin : null);
    const pages = walkPages(source.fetchPage, serverQuery(query, this.#capabilities()), { limit: 500, signal: controller.signal });
    async function* filtered() {
      for await (const page of pages) yield page.entries.filter((entry) => matches(entry) && !own(entry));
    }
    this.exportStatus = { state: 'running', count: 0, cap };
    try {
      const result = await exportEntries({
        pages: filtered(),
        format,
        cap,
        signal: controller.signal,
        onProgress: (count) => (this.exportStatus = { state: 'running', count, cap }),
      });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(result.blob);
      link.download = result.fileName;
      this.renderRoot.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      this.exportStatus = { state: 'done', count: result.count, capped: result.capped, cap };
    } catch (error) {
      this.exportStatus = isAbortError(error)
        ? { state: 'cancelled' }
        : { state: 'failed', error: error instanceof SessionsError ? error : unreadableLog(error) };
    } finally {
      this.#exportController = null;
    }
  }

  /**
   * The export's status in the widget's language. Why it failed reads as the log's errors do; a
   * failure that is not a `SessionsError` (a page's own `fetchPage` throwing) was kept as an
   * unreadable answer with its message as the detail.
   */
  #exportStatusText(status: ExportStatus): string {
    const msg = this.#i18n.msg.sessions;
    switch (status.state) {
      case 'running':
        return msg.exporting(status.count, status.cap);
      case 'done':
        return msg.exported(status.count, status.capped, status.cap);
      case 'cancelled':
        return msg.exportCancelled;
      case 'failed':
        return msg.exportFailed(errorText(status.error.kind, status.error, this.#i18n));
    }
  }

  #displayRows(view: View): { rows: readonly SessionEntry[]; counts: ReadonlyMap<string, number> } {
    if (!this.collapseRepeats) return { rows: view.entries, counts: new Map() };
    if (this.#collapsed?.entries !== view.entries) {
      const folded = collapseRepeats(view.entries);
      this.#collapsed = {
        entries: view.entries,
        rows: folded.map((row) => row.entry),
        counts: new Map(folded.filter((row) => row.count > 1).map((row) => [row.entry.id, row.count])),
      };
    }
    return { rows: this.#collapsed.rows, counts: this.#collapsed.counts };
  }

  #histogramData(view: View, query: SessionQuery): { data: HistogramData; source: 'server' | 'loaded' } {
    const server = this.#histogramTask.value;
    // The server counted its own query; with filters applied over the loaded rows on top, its bars
    // would disagree with the table: count the rows shown instead (and say so).
    if (server && !view.filteredLocally) {
      // Rows auto-refresh brought after the server counted join its bars (the log's rows carry the
      // same server-side filters as the histogram's request).
      const loaded = this.#log.entries;
      if (this.#serverHistogram?.server !== server || this.#serverHistogram.loaded !== loaded) {
        this.#serverHistogram = { server, loaded, data: withNewerEntries(server, loaded) };
      }
      return { data: this.#serverHistogram.data, source: 'server' };
    }
    const key = `${queryKey(query)}|${this.#displayZone() ?? ''}`;
    if (this.#histogram?.key !== key || this.#histogramFor !== view.entries) {
      this.#histogram = { key, data: bucketize(view.entries, { from: query.from, to: query.to ?? Date.now(), timeZone: this.#displayZone() }) };
      this.#histogramFor = view.entries;
    }
    return { data: this.#histogram.data, source: 'loaded' };
  }

  #histogramFor: readonly SessionEntry[] | null = null;
  #serverHistogram: { server: HistogramData; loaded: readonly SessionEntry[]; data: HistogramData } | null = null;

  #onRefreshChange = (event: AdminSessionsRefreshChangeEvent): void => {
    this.#loop?.setEnabled(event.detail.enabled);
    this.#loop?.setInterval(event.detail.interval * 1000);
  };

  #onRefreshNow = (): void => {
    void this.#loop?.refreshNow();
  };

  #updateStates(view: View, error: SessionsError | null): void {
    const states = this.#internals.states;
    const set = (name: string, on: boolean) => {
      try {
        if (on) states.add(name);
        else states.delete(name);
      } catch {
        // Browsers without custom state support simply get no :state().
      }
    };
    const empty = !error && view.entries.length === 0 && !this.#log.loading && this.#task.status === 2;
    set('loading', this.#log.loading);
    set('cached', this.#log.cachedAt !== null);
    set('error', error !== null);
    set('empty', empty);
    set('paused', Boolean(this.refreshState?.enabled && this.refreshState.pausedReason));
  }

  protected override render(): TemplateResult {
    const log = this.#log;
    const endpointProblem = this.fetchPage ? null : readEndpoint(this.endpoint).problem;
    const view = this.#currentView();
    const { rows, counts } = this.#displayRows(view);
    const error = endpointProblem ?? log.error;
    const showLoading = !error && rows.length === 0 && log.loading;
    const showEmpty = !error && rows.length === 0 && !log.loading && this.#task.status === 2;
    this.#updateStates(view, error);
    const loop = this.refreshState;
    const zone = this.#displayZone();
    const serverZone = readTimeZone(this.serverTimeZone, 'server-time-zone', 'UTC');
    const zoneChoice = zone === undefined ? 'local' : this.timeZone.toLowerCase() === 'server' ? 'server' : zone === 'UTC' ? 'utc' : 'local';
    const msg = this.#i18n.msg.sessions;
    const localFields = this.#i18n.formatList(view.localSearchFields.map((field) => msg.fieldNames[field] ?? field));
    const fullQuery = this.#fullQuery();
    const expanded = this.expandedId ? view.entries.find((entry) => entry.id === this.expandedId) ?? null : null;
    const histogram = this.noHistogram ? null : this.#histogramData(view, fullQuery);
    return html`<div part="base" aria-busy=${log.loading || log.loadingMore ? 'true' : 'false'}>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div class="toolbar" part="toolbar">
        <admin-sessions-range
          part="range"
          .from=${fullQuery.relative ? null : fullQuery.from}
          .to=${fullQuery.relative ? null : fullQuery.to}
          .relative=${fullQuery.relative}
          time-zone=${zone ?? nothing}
          locale=${this.#childLocale() ?? nothing}
          @admin-sessions-range-change=${this.#onRangeChange}
        ></admin-sessions-range>
        <label class="search">
          <span class="visually-hidden">${msg.search}</span>
          <input
            part="search"
            type="search"
            .value=${this.query}
            placeholder=${msg.searchPlaceholder}
            aria-invalid=${view.queryErrors.length ? 'true' : 'false'}
            aria-describedby="search-error"
            @input=${this.#onSearchInput}
          />
        </label>
        <span id="search-error" class="search-error" part="search-error" ?hidden=${!view.queryErrors.length}
          >${view.queryErrors.map((error) => msg.queryProblem(error.problem)).join(' ')}</span
        >
        <label class="check" part="hide-me">
          <input type="checkbox" .checked=${this.hideMe} @change=${(e: Event) => (this.hideMe = (e.target as HTMLInputElement).checked)} />
          ${msg.hideMe}
        </label>
        <label class="zone">
          <span>${msg.timeZone}</span>
          <select part="time-zone" @change=${(e: Event) => (this.timeZone = (e.target as HTMLSelectElement).value)}>
            <option value="local" ?selected=${zoneChoice === 'local'}>${msg.local}</option>
            <option value="utc" ?selected=${zoneChoice === 'utc'}>${msg.utc}</option>
            <option value="server" ?selected=${zoneChoice === 'server'}>${msg.server(serverZone)}</option>
          </select>
        </label>
        <label class="check" part="collapse">
          <input type="checkbox" .checked=${this.collapseRepeats} @change=${(e: Event) => (this.collapseRepeats = (e.target as HTMLInputElement).checked)} />
          ${msg.collapse}
        </label>
        <admin-sessions-refresh
          part="refresh"
          .enabled=${loop?.enabled ?? false}
          .interval=${(loop?.intervalMs ?? 5000) / 1000}
          .nextDueAt=${loop?.nextDueAt ?? null}
          .pausedReason=${loop?.pausedReason ?? null}
          locale=${this.#childLocale() ?? nothing}
          @admin-sessions-refresh-change=${this.#onRefreshChange}
          @admin-sessions-refresh-now=${this.#onRefreshNow}
        ></admin-sessions-refresh>
        <span class="export">
          ${this.exportStatus?.state === 'running'
            ? html`<progress part="export-progress" max=${this.exportStatus.cap} value=${this.exportStatus.count}></progress>
                <button part="export-cancel" @click=${() => this.#exportController?.abort()}>${msg.cancel}</button>`
            : html`<button part="export" data-format="csv" @click=${() => this.#export('csv')}>${msg.exportCsv}</button>
                <button part="export" data-format="json" @click=${() => this.#export('json')}>${msg.exportJson}</button>`}
          ${this.exportStatus ? html`<span part="export-status" role="status">${this.#exportStatusText(this.exportStatus)}</span>` : nothing}
        </span>
        ${this.syncUrl
          ? html`<span class="copy">
              <button part="copy-link" data-freeze="false" @click=${() => this.#copyLink(false)}>${msg.copyLink}</button>
              ${fullQuery.relative
                ? html`<button part="copy-link" data-freeze="true" @click=${() => this.#copyLink(true)}>${msg.copyFixedLink}</button>`
                : nothing}
              <span part="copy-status" role="status">${this.linkStatus?.copied ? msg.linkCopied : nothing}</span>
              ${this.linkStatus && !this.linkStatus.copied
                ? html`<label part="copy-fallback"
                    >${msg.linkNotCopied}
                    <input readonly dir="ltr" .value=${this.linkStatus.url} @keydown=${this.#onLinkFieldKey}
                  /></label>`
                : nothing}
            </span>`
          : nothing}
        <slot name="toolbar"></slot>
      </div>
      ${error ? this.#renderError(error) : nothing}
      <div class="status-line" part="status">
        ${rows.length ? html`<span>${msg.shown(rows.length, log.total)}</span>` : nothing}
        ${localFields
          ? html`<span part="search-note">${msg.localMatch(localFields, this.#unfiltered.entries.length)}</span>`
          : nothing}
        ${view.localTerms.length
          ? html`<span part="search-note" class="local-terms">${localTermsNote(view.localTerms, this.#i18n)}</span>`
          : nothing}
        ${log.cachedAt !== null ? html`<span class="cached" part="cached">${msg.cached(Date.now() - log.cachedAt)}</span>` : nothing}
        ${log.loadingMore ? html`<span>${msg.loadingMore}</span>` : nothing}
        ${this.#offerOlder(view)
          ? html`<button
              part="search-older"
              aria-disabled=${this.#searchingOlder(view) ? 'true' : 'false'}
              @click=${this.#searchOlder}
            >
              ${msg.searchOlder}
            </button>`
          : nothing}
      </div>
      ${histogram
        ? html`<admin-sessions-histogram
            part="histogram"
            .data=${histogram.data}
            .source=${histogram.source}
            .loadedCount=${log.entries.length}
            .from=${fullQuery.from}
            .to=${fullQuery.to ?? Date.now()}
            time-zone=${zone ?? nothing}
            locale=${this.#childLocale() ?? nothing}
            @admin-sessions-histogram-zoom=${this.#onZoom}
          ></admin-sessions-histogram>`
        : nothing}
      <div class="table-wrap">
        ${this.pendingNew > 0
          ? html`<button class="pill" part="new-entries-pill" @click=${this.#jumpToNew}>↑ ${msg.newEntries(this.pendingNew)}</button>`
          : nothing}
        <admin-sessions-table
          exportparts=${TABLE_PARTS}
          .entries=${rows}
          .total=${fullQuery.q || (fullQuery.hideMe && this.currentAdmin) ? null : log.total}
          .newIds=${log.newIds}
          .marks=${view.marks}
          .repeatCounts=${counts}
          .expandedId=${this.expandedId}
          .highlight=${fullQuery.q}
          .sort=${fullQuery.sort}
          .order=${fullQuery.order}
          .localSortColumns=${view.sortedLocally ? new Set([fullQuery.sort]) : new Set()}
          time-zone=${zone ?? nothing}
          zone-label=${this.#zoneLabel()}
          locale=${this.#childLocale() ?? nothing}
          density=${this.density}
          @admin-sessions-near-end=${this.#onNearEnd}
          @admin-sessions-viewport=${this.#onViewport}
          @admin-sessions-sort=${this.#onSort}
          @admin-sessions-row-toggle=${this.#onRowToggle}
          @keydown=${this.#onTableKey}
        ></admin-sessions-table>
        ${showLoading ? html`<div class="state" part="loading">${msg.loading}</div>` : nothing}
        ${showEmpty
          ? html`<div class="state" part="empty" role="status">
              ${log.entries.length && view.filteredLocally
                ? msg.noLoadedMatches(log.entries.length)
                : fullQuery.q
                  ? msg.noMatches
                  : msg.empty}
            </div>`
          : nothing}
      </div>
      ${expanded
        ? html`<admin-sessions-details
            part="details"
            exportparts="detail-panel, detail-actions, detail-action, detail-clipped, detail-copy-fallback"
            .entry=${expanded}
            .mark=${view.marks.get(expanded.id)}
            locale=${this.#childLocale() ?? nothing}
            @admin-sessions-filter=${this.#onFilter}
            @admin-sessions-details-close=${this.#onDetailsClose}
          ></admin-sessions-details>`
        : nothing}
    </div>`;
  }

  /**
   * The language tag the parts speak: this element's `locale`, else the one found around it (a
   * `lang` on a wrapper counts, not only `<html lang>`), so every part agrees with the toolbar.
   */
  #childLocale(): string | undefined {
    return this.locale ?? this.#i18n.requestedTag ?? undefined;
  }

  #renderError(error: SessionsError): TemplateResult {
    const msg = this.#i18n.msg.sessions;
    return html`<div class="error" part="error" role="alert" data-kind=${error.kind}>
      ${errorText(error.kind, error, this.#i18n)}
      ${error.loginUrl ? html` <a part="login-link" href=${error.loginUrl}>${msg.logIn}</a>` : nothing}
    </div>`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'admin-sessions': AdminSessions;
  }
}
