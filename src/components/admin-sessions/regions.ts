import { html, nothing, type TemplateResult } from 'lit';
import type { SortColumn, SortOrder } from '../../data/query.js';
import { viewerTimeZone } from '../../data/time-zone.js';
import type { DebounceController } from '../../controllers/debounce-controller.js';
import type { DetailsController } from '../../controllers/details-controller.js';
import type { ExportPart } from './export-part.js';
import type { LazyController } from '../../controllers/lazy-controller.js';
import type { HistogramBars } from '../../controllers/histogram-controller.js';
import type { RefreshController } from '../../controllers/refresh-controller.js';
import type { SessionLogController } from '../../controllers/session-log-controller.js';
import type { SharedLink } from './shared-link.js';
import type { ZoomController } from '../../controllers/zoom-controller.js';
import type { AdminSessionsFilterEvent } from '../../events/details-events.js';
import type { AdminSessionsHistogramZoomEvent } from '../../events/histogram-events.js';
import type { AdminSessionsRangeChangeEvent } from '../../events/range-change.js';
import type { AdminSessionsRowToggleEvent, AdminSessionsSortEvent, AdminSessionsViewportEvent } from '../../events/table-events.js';
import { withTerm } from '../../data/insights/plain-words.js';
import { errorText } from '../../i18n/error-text.js';
import { closeOnEscape } from '../../internal/disclosure.js';
import { localTermsNote } from '../../i18n/local-terms.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { PartsController } from '../../controllers/parts-controller.js';
import type { PartName } from './parts.js';
import type { TimeNav } from './time-nav.js';
import type { ViewsController } from '../../controllers/views-controller.js';
import type { ColumnsPart } from './columns-menu.js';

/**
 * The regions of `<admin-sessions>` as small templates over its controllers: toolbar, status
 * line, histogram, table and details. The element builds one `Shell` per render and composes them.
 */

/** The parts `<admin-sessions-table>` draws, exported by `<admin-sessions>` under the same names. */
export const TABLE_PARTS = [
  'scroller', 'table', 'header-cell', 'sort-button', 'row', 'cell', 'date', 'ip', 'admin-name', 'admin-email',
  'url', 'type', 'type-web', 'type-api', 'method', 'method-get', 'method-post', 'method-put', 'method-patch',
  'method-delete', 'method-other', 'match', 'badge', 'badge-new-ip', 'badge-burst', 'repeat-count', 'row-expanded', 'resize-handle',
].join(', ');

/** The element's own attributes a region reads or sets (the admin's choices). */
export interface ShellAttributes {
  query: string;
  hideMe: boolean;
  timeZone: string;
  collapseRepeats: boolean;
  facets: boolean;
  sort: SortColumn;
  order: SortOrder;
  readonly syncUrl: boolean;
  readonly currentAdmin: string | null;
  readonly density: string;
}

export interface Shell {
  readonly host: ShellAttributes;
  readonly i18n: LocalizeController;
  readonly sessions: SessionLogController;
  readonly refresh: RefreshController;
  /** Its code comes on the first export. */
  readonly exporter: LazyController<ExportPart>;
  readonly details: DetailsController;
  readonly search: DebounceController;
  readonly parts: PartsController<PartName>;
  /** `sync-url`'s controller and its copied links, once made. */
  readonly url: LazyController<SharedLink>;
  /** The range shown, and the ranges to zoom out to. */
  readonly zoom: ZoomController;
  /** Earlier, Zoom out, Later, Go to (`time-nav.ts`), once its code is there. */
  readonly nav: LazyController<TimeNav>;
  /** `time-format="relative"`'s writer, once its code is there. */
  readonly timeText: ((time: number) => string) | null;
  /** Saved views and watches, once their chunk is there. */
  readonly views: LazyController<ViewsController>;
  /** Column widths, hidden columns and the Columns menu; its code comes after the first rows. */
  readonly columns: LazyController<ColumnsPart>;
  /** Display zone (`undefined`: the viewer's) and the language tag the parts speak. */
  readonly zone: string | undefined;
  readonly serverZone: string;
  readonly locale: string | undefined;
  readonly onViewport: (event: AdminSessionsViewportEvent) => void;
  readonly onJumpToNew: () => void;
  readonly pendingNew: number;
}

const checked = (event: Event) => (event.target as HTMLInputElement).checked;

/**
 * A part loaded on demand (`parts.ts`): its tag is drawn at once (space reserved by CSS until its
 * chunk defines it); a slow chunk is said in place, a failed one too, with a way to ask again.
 */
export function lazyPart({ parts, i18n }: Shell, name: PartName, part: TemplateResult): TemplateResult {
  const state = parts.want(name);
  const msg = i18n.msg.sessions;
  if (state === 'failed') {
    return html`<span class="part-failed" part="part-failed" data-part=${name} role="alert"
      >${msg.partFailed(name)} <button @click=${() => parts.retry(name)}>${msg.retry}</button></span
    >`;
  }
  return state === 'slow' ? html`${part}<span class="part-slow" part="part-loading" data-part=${name} role="status">${msg.partSlow(name)}</span>` : part;
}

/**
 * Range, search and the refresh control, then the rest in a "Filters" disclosure: a narrow toolbar
 * shows its summary, a wide one lays its content out in the toolbar's line with the summary hidden
 * (admin-sessions.styles.ts).
 */
export function toolbar(shell: Shell): TemplateResult {
  const { host, sessions, zone } = shell;
  const msg = shell.i18n.msg.sessions;
  const query = sessions.query;
  const invalid = sessions.queryErrors.length > 0;
  const choice = zone === undefined ? 'local' : host.timeZone.toLowerCase() === 'server' ? 'server' : zone === 'UTC' ? 'utc' : 'local';
  return html`<div class="toolbar" part="toolbar">
    ${lazyPart(shell, 'range', html`<admin-sessions-range
      part="range"
      .from=${query.relative ? null : query.from}
      .to=${query.relative ? null : query.to}
      .relative=${query.relative}
      time-zone=${zone ?? nothing}
      locale=${shell.locale ?? nothing}
      @admin-sessions-range-change=${(e: AdminSessionsRangeChangeEvent) => shell.zoom.choose(e.detail)}
    ></admin-sessions-range>`)}
    <label class="search" style="--_placeholder-length: ${msg.searchPlaceholder.length}">
      <span class="visually-hidden">${msg.search}</span>
      <input
        part="search"
        type="search"
        .value=${host.query}
        placeholder=${msg.searchPlaceholder}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="search-error"
        @input=${(e: Event) => {
          const value = (e.target as HTMLInputElement).value;
          shell.search.run(() => (host.query = value));
        }}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && shell.url.value?.settle(shell.search.flush())}
      />
    </label>
    ${lazyPart(shell, 'refresh', html`<admin-sessions-refresh part="refresh" .controller=${shell.refresh} locale=${shell.locale ?? nothing}></admin-sessions-refresh>`)}
    <details class="filters" part="filters" @keydown=${closeOnEscape}>
    <summary>${msg.filters}</summary>
    <span class="room nav-room">${shell.nav.want()?.render(shell.i18n, shell.zone)}</span>
    <admin-sessions-refresh class="refresh-settings" part="refresh-settings" settings-only .controller=${shell.refresh} locale=${shell.locale ?? nothing}></admin-sessions-refresh>
    <label class="check" part="hide-me">
      <input type="checkbox" .checked=${host.hideMe} @change=${(e: Event) => (host.hideMe = checked(e))} />
      ${msg.hideMe}
    </label>
    <label class="zone">
      <span>${msg.timeZone}</span>
      <select part="time-zone" @change=${(e: Event) => (host.timeZone = (e.target as HTMLSelectElement).value)}>
        <option value="local" ?selected=${choice === 'local'}>${msg.local}</option>
        <option value="utc" ?selected=${choice === 'utc'}>${msg.utc}</option>
        <option value="server" ?selected=${choice === 'server'}>${msg.server(shell.serverZone)}</option>
      </select>
    </label>
    <label class="check" part="collapse">
      <input type="checkbox" .checked=${host.collapseRepeats} @change=${(e: Event) => (host.collapseRepeats = checked(e))} />
      ${msg.collapse}
    </label>
    <label class="check" part="facets-toggle"><input type="checkbox" .checked=${host.facets} @change=${(e: Event) => (host.facets = checked(e))} /> ${msg.facets}</label>
    ${lazyPart(shell, 'views', html`<admin-sessions-views part="views" .controller=${shell.views.want()} locale=${shell.locale ?? nothing}></admin-sessions-views>`)}
    ${exportControls(shell)} <span class="room columns-room">${shell.columns.value?.menu() ?? nothing}</span> ${host.syncUrl ? copyLinks(shell) : nothing}
    <slot name="toolbar"></slot>
    </details>
  </div>`;
}

/**
 * The export buttons stay put while an export runs (it then ignores them); its progress is in the
 * status line. The export's code comes with the first click.
 */
function exportControls({ exporter: lazy, i18n }: Shell): TemplateResult {
  const msg = i18n.msg.sessions;
  const running = lazy.value?.status?.state === 'running' ? 'true' : 'false';
  const start = (format: 'csv' | 'json') => void lazy.load().then((exporter) => exporter.start(format), () => undefined);
  return html`<span class="export">
    <button part="export" data-format="csv" aria-disabled=${running} @click=${() => start('csv')}>${msg.exportCsv}</button>
    <button part="export" data-format="json" aria-disabled=${running} @click=${() => start('json')}>${msg.exportJson}</button>
  </span>`;
}

/** An export's progress (with Cancel) and outcome, in the status line (a live region from the start). */
function exportStatus({ exporter: { value: exporter }, i18n }: Shell): TemplateResult {
  return html`${exporter?.progress(i18n) ?? nothing} <span part="export-status" role="status">${exporter?.text(i18n) ?? nothing}</span>`;
}

/** "Copy link", and under a relative range "Copy link with fixed times" (the absolute range shown now). */
function copyLinks({ sessions, url, i18n }: Shell): TemplateResult {
  const msg = i18n.msg.sessions;
  return html`<span class="copy">
    <button part="copy-link" data-freeze="false" @click=${() => url.value?.copy()}>${msg.copyLink}</button>
    ${sessions.query.relative
      ? html`<button part="copy-link" data-freeze="true" @click=${() => url.value?.copy(sessions.query)}>${msg.copyFixedLink}</button>`
      : nothing}
  </span>`;
}

export function errorMessage({ sessions, i18n }: Shell): TemplateResult | typeof nothing {
  const error = sessions.error;
  if (!error) return nothing;
  return html`<div class="error" part="error" role="alert" data-kind=${error.code}>
    ${errorText(error.code, error, i18n)}
    ${error.loginUrl ? html` <a part="login-link" href=${error.loginUrl}>${i18n.msg.sessions.logIn}</a>` : nothing}
  </div>`;
}

export function statusLine(shell: Shell): TemplateResult {
  const { sessions, i18n } = shell;
  const msg = i18n.msg.sessions;
  const { log, view } = sessions;
  // One message, for the first problem: fixing it shows the next.
  const problem = sessions.queryErrors[0];
  const shown = sessions.rows.rows.length;
  const localFields = i18n.formatList(view.localSearchFields.map((field) => msg.fieldNames[field] ?? field));
  const termsNote = localTermsNote(view.localTerms, i18n);
  return html`<div class="status-line" part="status">
    ${shown ? html`<span>${msg.shown(shown, log.total)}</span>` : nothing}
    <span id="search-error" class="search-error" part="search-error" ?hidden=${!problem}>${problem ? msg.queryProblem(problem.problem) : nothing}</span>
    ${localFields ? html`<span part="search-note">${msg.localMatch(localFields, sessions.unfilteredCount)}</span>` : nothing}
    ${termsNote ? html`<span part="search-note" class="local-terms">${termsNote}</span>` : nothing}
    ${log.cachedAt !== null ? html`<span class="cached" part="cached">${msg.cached(Date.now() - log.cachedAt)}</span>` : nothing}
    ${log.loadingMore ? html`<span>${msg.loadingMore}</span>` : nothing}
    ${sessions.offerOlder
      ? html`<button part="search-older" aria-disabled=${sessions.searchingOlder ? 'true' : 'false'} @click=${() => sessions.searchOlder()}>
          ${msg.searchOlder}
        </button>`
      : nothing}
    ${exportStatus(shell)}
    ${shell.pendingNew > 0
      ? html`<button class="pill" part="new-entries-pill" @click=${shell.onJumpToNew}>↑ ${msg.newEntries(shell.pendingNew)}</button>`
      : nothing}
    ${shell.host.syncUrl ? (shell.url.value?.status(shell.i18n) ?? nothing) : nothing}
  </div>`;
}

/** `bars` `null`: no histogram (`no-histogram`), or `'loading'`: its code is on its way (its space is kept). */
export function histogram(shell: Shell, bars: HistogramBars | 'loading' | null): TemplateResult | typeof nothing {
  if (!bars) return nothing;
  if (bars === 'loading') return lazyPart(shell, 'histogram', html`<div class="histogram-slot" part="histogram-loading" aria-busy="true"></div>`);
  const query = shell.sessions.query;
  return lazyPart(shell, 'histogram', html`<admin-sessions-histogram
    part="histogram"
    .data=${bars.data}
    .source=${bars.source}
    .state=${bars.state}
    .loaded=${bars.loaded}
    .loadedCount=${shell.sessions.log.entries.length}
    .from=${query.from}
    .to=${bars.to}
    time-zone=${shell.zone ?? nothing}
    locale=${shell.locale ?? nothing}
    @admin-sessions-histogram-zoom=${(e: AdminSessionsHistogramZoomEvent) => shell.zoom.zoomTo(e.detail.from, e.detail.to)}
    @admin-sessions-histogram-load-more=${bars.more}
  ></admin-sessions-histogram>`);
}

export function table(shell: Shell): TemplateResult {
  const { host, sessions } = shell;
  const msg = shell.i18n.msg.sessions;
  const { log, view, query } = sessions;
  const { rows, counts } = sessions.rows;
  const error = sessions.error;
  const onSort = (e: AdminSessionsSortEvent) => ((host.sort = e.detail.sort), (host.order = e.detail.order));
  const columns = shell.columns.want();
  // The previous query's rows, until the new answer replaces them: dimmed (styles) and busy.
  return html`<div class="table-wrap" aria-busy=${sessions.stale}>
    <admin-sessions-table
      exportparts=${TABLE_PARTS}
      .entries=${rows}
      .total=${query.q || (query.hideMe && host.currentAdmin) ? null : log.total}
      .newIds=${log.newIds}
      .marks=${view.marks}
      .repeatCounts=${counts}
      .expandedId=${shell.details.expandedId}
      .highlight=${query.q}
      .sort=${query.sort}
      .order=${query.order}
      .localSortColumns=${view.sortedLocally ? new Set([query.sort]) : new Set()}
      time-zone=${shell.zone ?? nothing}
      zone-label=${shell.zone ?? viewerTimeZone()}
      locale=${shell.locale ?? nothing}
      density=${host.density}
      .timeText=${shell.timeText}
      style=${columns?.tableStyle ?? nothing}
      data-hidden=${columns?.controller.layout.hidden.join(' ') ?? nothing}
      .columnHandle=${columns?.handle ?? null}
      @admin-sessions-near-end=${() => sessions.nearEnd()}
      @admin-sessions-viewport=${shell.onViewport}
      @admin-sessions-sort=${onSort}
      @admin-sessions-row-toggle=${(e: AdminSessionsRowToggleEvent) => shell.details.toggle(e.detail.id)}
      @keydown=${shell.details.onTableKey}
    ></admin-sessions-table>
    ${!error && rows.length === 0 && (log.loading || !sessions.settled) ? skeleton(msg.loading) : nothing}
    ${sessions.empty
      ? html`<div class="state" part="empty" role="status">
          ${log.entries.length && view.filteredLocally ? msg.noLoadedMatches(log.entries.length) : query.q ? msg.noMatches : msg.empty}
        </div>`
      : nothing}
  </div>`;
}

/** A facet's or the details panel's "Only …" / "Exclude …": its term joins the search, once. */
export const addFilter = (host: Shell['host']) => (e: AdminSessionsFilterEvent) => (host.query = withTerm(host.query, e.detail.term));

/** Rows' shapes while the first page is on its way, from the first render: the rows replace them in place. */
function skeleton(loading: string): TemplateResult {
  return html`<div class="skeleton" part="loading">
    <span class="visually-hidden">${loading}</span>
    ${SKELETON_ROWS.map(() => html`<div class="skeleton-row" part="skeleton-row" aria-hidden="true"></div>`)}
  </div>`;
}
const SKELETON_ROWS = Array.from({ length: 8 });

export function details(shell: Shell): TemplateResult | typeof nothing {
  const { details, sessions, host } = shell;
  const view = sessions.view;
  const expanded = details.expandedId ? view.entries.find((entry) => entry.id === details.expandedId) : undefined;
  if (!expanded) return nothing;
  return lazyPart(shell, 'details', html`<admin-sessions-details
    part="details"
    exportparts="detail-panel, detail-actions, detail-action, detail-clipped, detail-copy-fallback"
    .entry=${expanded}
    .mark=${view.marks.get(expanded.id)}
    locale=${shell.locale ?? nothing}
    @admin-sessions-filter=${addFilter(host)}
    @admin-sessions-details-close=${() => details.close()}
  ></admin-sessions-details>`);
}
