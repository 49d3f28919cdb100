import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from '../../internal/repeat.js';
import type { SessionEntry } from '../../data/entry.js';
import type { UnusualMarks } from '../../data/insights/unusual.js';
import type { SortColumn, SortOrder } from '../../data/query.js';
import {
  AdminSessionsNearEndEvent,
  AdminSessionsRowToggleEvent,
  AdminSessionsSortEvent,
  AdminSessionsViewportEvent,
  type TableColumn,
} from '../../events/table-events.js';
import { DISPLAY_LIMIT, clip, timestampFormat, urlParts } from '../../internal/format.js';
import { highlightedText } from '../../internal/highlight.js';
import { LocalizeController } from '../../i18n/localize.js';
import styles from './admin-sessions-table.styles.js';
import { planWindow, visibleRange, type RowRun } from './windowing.js';
import type { Density } from '../../data/defaults.js';
import { define } from '../../internal/define.js';

/** The unusual-activity reasons' module (`i18n/unusual-reasons.ts`), loaded with the first marks. */
type Reasons = typeof import('../../i18n/unusual-reasons.js');

const KNOWN_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 6;
/** An item of the table body: an entry's row, or a spacer standing for `rows` rows left out. */
type BodyItem = { readonly entry: SessionEntry; readonly index: number } | { readonly spacer: symbol; readonly rows: number };
/**
 * The spacers' keys, by position (before, between and after at most two runs of rows): symbols, so
 * no entry id can be taken for one.
 */
const SPACER_KEYS = [Symbol('spacer 1'), Symbol('spacer 2'), Symbol('spacer 3'), Symbol('spacer 4')] as const;
/** How close to the last loaded row (in rows) the table asks for more. */
const NEAR_END_ROWS = 30;

/**
 * A windowed, natively semantic table of session entries: a real `<table>` whose `<tbody>` holds
 * only the visible rows (plus an overscan and the focused row) between two spacer rows.
 *
 * @summary The rows of the admin session log, windowed for 100,000 entries.
 * @tag admin-sessions-table
 *
 * @fires {AdminSessionsSortEvent} admin-sessions-sort - A column header was activated; detail `{sort, order}`.
 * @fires {AdminSessionsNearEndEvent} admin-sessions-near-end - The admin scrolled close to the last loaded row.
 * @fires {AdminSessionsViewportEvent} admin-sessions-viewport - The admin scrolled to or away from the top; detail `{atTop}`.
 * @fires {AdminSessionsRowToggleEvent} admin-sessions-row-toggle - A row was clicked or Enter was pressed on it; detail `{id}`.
 *
 * @csspart scroller - The focusable scroll region around the table.
 * @csspart table - The `<table>`.
 * @csspart header-cell - Each column header `<th>`.
 * @csspart resize-handle - Inside `<admin-sessions>`: the resize handle at the end of the Date and Admin headers (`role="separator"`; Arrow Left/Right ±16 px, Home, End, or drag).
 * @csspart sort-button - The buttons in the headers that sort.
 * @csspart row - Each entry's `<tr>` (carries `data-id`).
 * @csspart cell - Each `<td>`.
 * @csspart date - The time of the request.
 * @csspart ip - The IP address under the time.
 * @csspart admin-name - The admin's name.
 * @csspart admin-email - The admin's email under the name.
 * @csspart url - The URL: its path, then its query dimmed (full URL on hover).
 * @csspart type - The WEB/API badge; also `type-web` or `type-api`.
 * @csspart method - The method badge; also `method-get`, `method-post`, `method-put`, `method-patch`, `method-delete` or `method-other`.
 * @csspart match - A highlighted keyword match.
 * @csspart badge - Every badge; also `badge-new-ip`, `badge-burst` (unusual activity, reason in the tooltip) and `repeat-count`.
 * @csspart row-expanded - The row whose details are open.
 *
 * @cssproperty [--admin-sessions-row-height=3.25rem] - Height of every row (comfortable density).
 * @cssproperty [--admin-sessions-row-height-compact=2.5rem] - Row height with `density="compact"`.
 * @cssproperty [--admin-sessions-table-height=32rem] - Height of the scroll region.
 * @cssproperty [--admin-sessions-border-color=light-dark(#e3e6ea, #2f353d)] - Row and header borders.
 * @cssproperty [--admin-sessions-muted-color=light-dark(#5f6b7a, #9aa5b1)] - Secondary text (IP, email).
 * @cssproperty [--admin-sessions-header-background=light-dark(#f6f7f9, #1d2127)] - Sticky header background.
 * @cssproperty [--admin-sessions-row-hover-background=light-dark(#f3f6fb, #232a33)] - Row under the pointer.
 * @cssproperty [--admin-sessions-new-row-background=light-dark(#fff7d6, #3b3420)] - Briefly marks rows that just arrived.
 * @cssproperty [--admin-sessions-focus-ring=var(--admin-sessions-accent-color)] - Focus outline colour.
 * @cssproperty [--admin-sessions-badge-web=light-dark(#0b6b3a, #7ee2a8)] - WEB badge colour.
 * @cssproperty [--admin-sessions-badge-api=light-dark(#6a32c9, #c9a7ff)] - API badge colour.
 * @cssproperty [--admin-sessions-match-background=light-dark(#ffe58a, #6b5a12)] - Keyword match highlight.
 */
export class AdminSessionsTable extends LitElement {
  static override styles = styles;

  /** The entries to show, in display order. */
  @property({ attribute: false }) entries: readonly SessionEntry[] = [];
  /** Entries known to exist (for `aria-rowcount`); defaults to the number loaded. */
  @property({ attribute: false }) total: number | null = null;
  /** IANA zone the times are shown in; the viewer's own when unset. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;
  /** Short label of that zone for the Date header (e.g. "UTC"). */
  @property({ attribute: 'zone-label' }) zoneLabel = '';
  /** BCP 47 locale for texts, dates and numbers; from the nearest `lang` (or `<html lang>`) when unset. */
  @property() locale: string | undefined;

  readonly #i18n = new LocalizeController(this, () => this.locale);
  /** Renders once its language's dictionary is there (English needs no wait). */
  protected override scheduleUpdate(): void | Promise<unknown> { return this.#i18n.whenReady(() => super.scheduleUpdate()); }
  @property() sort: SortColumn = 'time';
  @property() order: SortOrder = 'desc';
  /** Columns sorted over the loaded rows rather than by the server; their headers say so. */
  @property({ attribute: false }) localSortColumns: ReadonlySet<SortColumn> = new Set();
  /** Keyword to highlight in the rows. */
  @property() highlight = '';
  /** Ids of rows that just arrived, briefly marked. */
  @property({ attribute: false }) newIds: ReadonlySet<string> = new Set();
  /** New-IP and burst marks by entry id, shown as badges. */
  @property({ attribute: false }) marks: UnusualMarks = new Map();
  /** Folded repeats: how many identical requests each shown row stands for. */
  @property({ attribute: false }) repeatCounts: ReadonlyMap<string, number> = new Map();
  /** The entry whose details are open (`aria-current` on its row; `aria-expanded` is not allowed on table rows). */
  @property({ attribute: false }) expandedId: string | null = null;
  /** `comfortable` (default) or `compact`. */
  @property({ reflect: true }) density: Density = 'comfortable';
  /** Writes a row's time instead of the date ("3 min ago"); the date is then its `title`. `retime()` writes the times in view again. */
  @property({ attribute: false }) timeText: ((time: number) => string) | null = null;
  /** Draws a column's resize handle at the end of its header (`<admin-sessions>`'s columns part, which also styles it); none without it. */
  @property({ attribute: false }) columnHandle: ((column: TableColumn, name: string) => unknown) | null = null;

  /** The scroll region's height in px: a guess until the first resize observation measures it. */
  #viewportHeight = 600;
  @state() private focusedId: string | null = null;

  #scrollerElement: HTMLElement | null = null;
  /** The scroll region: rendered with the first update and never replaced, so found once (it is read on every scroll). */
  get #scroller(): HTMLElement {
    return (this.#scrollerElement ??= this.renderRoot.querySelector<HTMLElement>('.scroller')!);
  }

  #rowHeight = 52;
  #scrollTop = 0;
  /** The rows in view at the last render; a scroll re-renders only when this changes. */
  #renderedRange = { start: 0, end: 0 };
  /** The rows rendered at the last render, overscan included. */
  #renderedWindow = { start: 0, end: 0 };
  #resizeObserver: ResizeObserver | null = null;
  #reasons: Reasons | null = null;
  #reasonsAsked = false;
  /** The scroller's width at the last resize observation (null before the first). */
  #observedWidth: number | null = null;
  #focusedIndexHint = -1;
  #pendingScrollTop: number | null = null;
  #focusAfterRender = false;
  #atTop = true;
  #lastNearEndFor = -1;
  /**
   * Rows rendered beyond the visible ones. None in the first rows' frame, so the first paint lays out
   * only what is seen; the overscan follows two frames later (or at the first scroll, if sooner).
   */
  #overscan = 0;
  #overscanPending = false;

  /** Writes the times in view again with `timeText` (as they age), touching nothing else. */
  retime(): void {
    for (const cell of this.renderRoot.querySelectorAll<HTMLElement>('[data-time]')) cell.textContent = this.timeText?.(+cell.dataset.time!) ?? '';
  }

  /** Height of one row in px, as measured. */
  get rowHeight(): number {
    return this.#rowHeight;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#observe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
  }

  protected override firstUpdated(): void {
    this.#observe();
  }

  #observe(): void {
    this.#resizeObserver ??= new ResizeObserver(([entry]) => {
      const height = this.#scroller.clientHeight;
      const width = entry!.contentRect.width;
      // The first observation follows the first update, which measured the rows at this width.
      const widthChanged = this.#observedWidth !== null && width !== this.#observedWidth;
      this.#observedWidth = width;
      let render = widthChanged; // A new width can turn the rows into cards or back: the update measures their height again.
      if (height && height !== this.#viewportHeight) {
        this.#viewportHeight = height;
        // A taller region needs its rows now. A shorter one only has rows to spare (the first
        // render's guess is often taller): they go at the next render, not in a second one before
        // the first paint.
        const needed = visibleRange(this.#scrollTop, height, this.#rowHeight, this.entries.length, 0);
        if (needed.end > this.#renderedWindow.end || needed.start < this.#renderedWindow.start) render = true;
      }
      if (render) this.requestUpdate();
    });
    this.#resizeObserver.observe(this.#scroller);
  }

  /** Scrolls to the first row. */
  scrollToTop(): void {
    this.#scroller.scrollTop = 0;
    this.#scrollTop = 0;
    this.requestUpdate();
  }

  /** Keeps the row the admin is looking at at the same pixel position when rows arrive above it. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('entries') as readonly SessionEntry[] | undefined;
    if (!previous || previous.length === 0 || this.#scrollTop <= 0) return;
    const anchorIndex = Math.min(previous.length - 1, Math.floor(this.#scrollTop / this.#rowHeight));
    const anchor = previous[anchorIndex];
    if (!anchor) return;
    const newIndex = indexOfId(this.entries, anchor.id, anchorIndex);
    if (newIndex < 0 || newIndex === anchorIndex) return;
    const offset = this.#scrollTop - anchorIndex * this.#rowHeight;
    this.#scrollTop = newIndex * this.#rowHeight + offset;
    this.#pendingScrollTop = this.#scrollTop;
  }

  protected override updated(): void {
    if (this.#pendingScrollTop !== null) {
      this.#scroller.scrollTop = this.#pendingScrollTop;
      this.#pendingScrollTop = null;
    }
    // A different row height re-renders the window once, from a microtask (before paint), not from
    // inside this update.
    const firstRow = this.renderRoot.querySelector<HTMLElement>('tr.row');
    const measured = firstRow ? firstRow.getBoundingClientRect().height : 0;
    if (measured > 0 && Math.abs(measured - this.#rowHeight) > 0.5) {
      this.#rowHeight = measured;
      queueMicrotask(() => this.requestUpdate());
    }
    if (this.#focusAfterRender && this.focusedId !== null) {
      this.#focusAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>(`tr[data-index="${this.#focusedIndexHint}"]`)?.focus({ preventScroll: true });
    }
    this.#maybeNearEnd();
    if (this.#overscan === 0 && !this.#overscanPending && this.entries.length > 0) {
      // One frame paints the first rows; the callback of a frame requested in the next one runs after it.
      this.#overscanPending = true;
      requestAnimationFrame(() => requestAnimationFrame(() => this.#addOverscan()));
    }
  }

  #addOverscan(): void {
    if (this.#overscan === OVERSCAN) return;
    this.#overscan = OVERSCAN;
    this.requestUpdate();
  }

  #onScroll = (): void => {
    this.#addOverscan();
    this.#scrollTop = this.#scroller.scrollTop;
    const range = visibleRange(this.#scrollTop, this.#viewportHeight, this.#rowHeight, this.entries.length, 0);
    if (range.start !== this.#renderedRange.start || range.end !== this.#renderedRange.end) this.requestUpdate();
    const atTop = this.#scrollTop < this.#rowHeight / 2;
    if (atTop !== this.#atTop) {
      this.#atTop = atTop;
      this.dispatchEvent(new AdminSessionsViewportEvent({ atTop }));
    }
  };

  #maybeNearEnd(): void {
    const count = this.entries.length;
    if (count === 0) return;
    const range = visibleRange(this.#scrollTop, this.#viewportHeight, this.#rowHeight, count, 0);
    if (range.end >= count - NEAR_END_ROWS && this.#lastNearEndFor !== count) {
      this.#lastNearEndFor = count;
      this.dispatchEvent(new AdminSessionsNearEndEvent({ loaded: count }));
    }
  }

  #focusedIndex(): number {
    if (this.focusedId === null) return -1;
    const index = indexOfId(this.entries, this.focusedId, this.#focusedIndexHint);
    this.#focusedIndexHint = index;
    return index;
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const count = this.entries.length;
    if (count === 0) return;
    // The row keys belong to the scroll region and the rows. A key on a header's sort button is the
    // button's own (Enter and Space sort, and nothing else), even when a row had focus before.
    const target = event.target as HTMLElement;
    const row = target.matches('tr.row') ? target : null;
    if (!row && target !== this.#scroller) return;
    const page = Math.max(1, Math.floor(this.#viewportHeight / this.#rowHeight) - 1);
    const current = this.#focusedIndex();
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = current < 0 ? Math.floor(this.#scrollTop / this.#rowHeight) : current + 1;
        break;
      case 'ArrowUp':
        next = current < 0 ? Math.floor(this.#scrollTop / this.#rowHeight) : current - 1;
        break;
      case 'PageDown':
        next = Math.max(current, 0) + page;
        break;
      case 'PageUp':
        next = Math.max(current, 0) - page;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Enter':
      case ' ':
        // Only the row the key was pressed on opens, not one focused earlier.
        if (!row?.dataset.id) return;
        event.preventDefault();
        this.#toggle(row.dataset.id);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.focusRow(Math.max(0, Math.min(count - 1, next)));
  };

  /** Moves keyboard focus to a row by index, scrolling it into view. */
  focusRow(index: number): void {
    const entry = this.entries[index];
    if (!entry) return;
    this.focusedId = entry.id;
    this.#focusedIndexHint = index;
    const headerHeight = this.renderRoot.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const rowTop = index * this.#rowHeight;
    const visibleRows = this.#viewportHeight - headerHeight;
    let top = this.#scroller.scrollTop;
    if (rowTop < top) top = rowTop;
    else if (rowTop + this.#rowHeight > top + visibleRows) top = rowTop + this.#rowHeight - visibleRows;
    if (top !== this.#scroller.scrollTop) {
      this.#scroller.scrollTop = top;
      this.#scrollTop = this.#scroller.scrollTop;
    }
    this.#focusAfterRender = true;
    this.requestUpdate();
  }

  #onRowFocus = (event: FocusEvent): void => {
    const row = (event.target as HTMLElement).closest('tr.row') as HTMLElement | null;
    if (row?.dataset.id) {
      this.focusedId = row.dataset.id;
      this.#focusedIndexHint = Number(row.dataset.index);
    }
  };

  #toggle(id: string): void {
    this.dispatchEvent(new AdminSessionsRowToggleEvent({ id }));
  }

  #onRowClick = (event: MouseEvent): void => {
    const row = (event.target as HTMLElement).closest('tr.row') as HTMLElement | null;
    if (row?.dataset.id) this.#toggle(row.dataset.id);
  };

  #sortBy(column: SortColumn): void {
    const order: SortOrder = this.sort === column ? (this.order === 'desc' ? 'asc' : 'desc') : column === 'time' ? 'desc' : 'asc';
    this.dispatchEvent(new AdminSessionsSortEvent({ sort: column, order }));
  }

  #ariaSort(columns: readonly SortColumn[]): 'ascending' | 'descending' | 'none' {
    if (!columns.includes(this.sort)) return 'none';
    return this.order === 'asc' ? 'ascending' : 'descending';
  }

  #sortButton(column: SortColumn, label: string): TemplateResult {
    const active = this.sort === column;
    const arrow = active ? (this.order === 'asc' ? '▲' : '▼') : '';
    return html`<button class="sort" part="sort-button" data-sort=${column} ?data-active=${active} @click=${() => this.#sortBy(column)}
      >${label}<span aria-hidden="true" .textContent=${arrow}></span>${active && this.localSortColumns.has(column)
        ? html` <span class="sort-note">${this.#i18n.msg.table.sortedLocally}</span>`
        : nothing}</button
    >`;
  }

  // The templates below are written without whitespace between tags: Lit keeps every whitespace
  // run as a text node, and the table is measured by its DOM size (issue 15, ≤ 800 nodes).
  protected override render(): TemplateResult {
    const count = this.entries.length;
    this.#renderedRange = visibleRange(this.#scrollTop, this.#viewportHeight, this.#rowHeight, count, 0);
    const window = visibleRange(this.#scrollTop, this.#viewportHeight, this.#rowHeight, count, this.#overscan);
    this.#renderedWindow = window;
    const focused = this.#focusedIndex();
    const { runs } = planWindow(window, focused >= 0 ? [focused] : [], count);
    const rowCount = Math.max(this.total ?? 0, count) + 1;
    const format = timestampFormat(this.#i18n.lang, this.timeZone);
    const msg = this.#i18n.msg.table;
    return html`<div class="scroller" part="scroller" role="region" aria-label=${msg.label} aria-describedby="keys" tabindex="0" @scroll=${this.#onScroll} @keydown=${this.#onKeyDown} @focusin=${this.#onRowFocus} @click=${this.#onRowClick}
      ><table part="table" aria-rowcount=${rowCount}
        ><thead
          ><tr aria-rowindex="1"
            ><th class="date" part="header-cell" scope="col" aria-sort=${this.#ariaSort(['time', 'ip'])}
              >${this.#sortButton('time', msg.date)}${this.zoneLabel ? html`<span class="zone">(${this.zoneLabel})</span> ` : ' '}${this.#sortButton('ip', msg.ip)}${this.columnHandle?.('date', msg.date)}</th
            ><th class="admin" part="header-cell" scope="col" aria-sort=${this.#ariaSort(['admin'])}>${this.#sortButton('admin', msg.admin)}${this.columnHandle?.('admin', msg.admin)}</th
            ><th class="url" part="header-cell" scope="col" aria-sort=${this.#ariaSort(['url', 'type', 'method'])}
              >${this.#sortButton('type', msg.type)}${this.#sortButton('method', msg.method)}${this.#sortButton('url', msg.url)}</th
          ></tr
        ></thead
        ><tbody>${this.#body(runs, count, format)}</tbody></table
      ></div
    ><span id="keys" class="visually-hidden" .textContent=${msg.keys}></span>`;
  }

  /**
   * The rows of each run, with a spacer row for the rows left out before, between and after them,
   * as one keyed list (spacers keyed by position): its only comments are the two `repeat` keeps per
   * item.
   */
  #body(runs: readonly RowRun[], count: number, format: Intl.DateTimeFormat): TemplateResult {
    const items: BodyItem[] = [];
    let cursor = 0;
    let spacers = 0;
    const spacer = (rows: number): void => {
      if (rows > 0) items.push({ spacer: SPACER_KEYS[spacers++ % SPACER_KEYS.length]!, rows });
    };
    for (const run of runs) {
      spacer(run.start - cursor);
      for (let index = run.start; index < run.end; index++) items.push({ entry: this.entries[index]!, index });
      cursor = run.end;
    }
    spacer(count - cursor);
    return html`${repeat(
      items,
      (item) => ('spacer' in item ? item.spacer : item.entry.id),
      (item) => ('spacer' in item ? this.#spacer(item.rows) : this.#row(item.entry, item.index, format)),
    )}`;
  }

  #spacer(rows: number): TemplateResult {
    return html`<tr class="spacer" aria-hidden="true"><td colspan="3" style="height:${rows * this.#rowHeight}px"></td></tr>`;
  }

  /**
   * One row. Written without whitespace between the tags and with element bindings for the texts
   * (`highlightedText`), so a row is its elements and their texts: no whitespace text nodes and no
   * marker comments but the one of the optional badges line (and the two `repeat` keeps per row).
   * A deleted admin's row keeps an empty, hidden `admin-email` for the same reason.
   */
  #row(entry: SessionEntry, index: number, format: Intl.DateTimeFormat): TemplateResult {
    const needle = this.highlight;
    const type = entry.type === 'API' ? 'api' : 'web';
    const method = KNOWN_METHODS.has(entry.method) ? entry.method.toLowerCase() : 'other';
    const expanded = this.expandedId === entry.id;
    const admin = entry.admin;
    const [path, search] = urlParts(entry.url);
    // The last focused row is the table's tab stop (roving tabindex): Tab from a row then moves on
    // past the table instead of (in Chromium) back up to the scroll region.
    return html`<tr class="row" part=${expanded ? 'row row-expanded' : 'row'} data-id=${entry.id} data-index=${index} aria-rowindex=${index + 2} aria-current=${expanded ? 'true' : nothing} tabindex=${entry.id === this.focusedId ? '0' : '-1'} ?data-new=${this.newIds.has(entry.id)}
      ><td part="cell"
        ><span class="line" part="date" title=${this.timeText ? format.format(entry.time) : nothing} data-time=${this.timeText ? entry.time : nothing} .textContent=${this.timeText?.(entry.time) ?? format.format(entry.time)}></span
        ><span class="line sub" part="ip" ${highlightedText(clip(entry.ip ?? this.#i18n.msg.table.noIp, DISPLAY_LIMIT.cell), needle)}></span
      ></td
      ><td part="cell"
        ><span class=${admin ? 'line' : 'line deleted'} part="admin-name" ${highlightedText(admin ? clip(admin.name, DISPLAY_LIMIT.cell) : this.#i18n.msg.table.deletedAdmin, admin ? needle : '')}></span
        ><span class="line sub" part="admin-email" ?hidden=${!admin} ${highlightedText(admin ? clip(admin.email, DISPLAY_LIMIT.cell) : '', needle)}></span
      ></td
      ><td part="cell"
        ><span class="line" title=${clip(entry.url, DISPLAY_LIMIT.title)}
          ><span class="badge ${type}" part="type type-${type}" .textContent=${entry.type}></span
          ><span class="badge method" part="method method-${method}" .textContent=${clip(entry.method, DISPLAY_LIMIT.cell)}></span
          ><span part="url"><span ${highlightedText(clip(path, DISPLAY_LIMIT.cell), needle)}></span><span class="sub" ${highlightedText(clip(search, DISPLAY_LIMIT.cell), needle)}></span></span
        ></span
        >${this.#badges(entry)}</td
    ></tr>`;
  }

  /**
   * The words of the unusual-activity badges' tooltips, asked for with the first marks (the marks come
   * with the query language's chunk, after the first rows; the words come in the same chunk).
   */
  #wantReasons(): Reasons | null {
    if (!this.#reasons && !this.#reasonsAsked) {
      this.#reasonsAsked = true;
      import('../../i18n/unusual-reasons.js').then(
        (reasons) => ((this.#reasons = reasons), this.requestUpdate()),
        () => (this.#reasonsAsked = false),
      );
    }
    return this.#reasons;
  }

  /** The unusual-activity and folded-repeat badges under the URL, when the row has any (the former once their words are there). */
  #badges(entry: SessionEntry): TemplateResult | typeof nothing {
    const repeats = this.repeatCounts.get(entry.id) ?? 1;
    const marked = this.marks.get(entry.id);
    const reasons = marked?.newIp || marked?.burst ? this.#wantReasons() : null;
    const mark = reasons ? marked : undefined;
    if (!mark && repeats <= 1) return nothing;
    const msg = this.#i18n.msg.table;
    return html`<span class="line badges"
      >${repeats > 1
        ? html`<span class="badge flag" part="badge repeat-count" title=${msg.repeatsTitle(repeats)}>${msg.repeats(repeats)}</span>`
        : nothing}${mark?.newIp
        ? html`<span class="badge flag" part="badge badge-new-ip" title=${clip(reasons!.newIpReason(entry, mark.newIp, this.#i18n), DISPLAY_LIMIT.title)}>${msg.newIp}</span>`
        : nothing}${mark?.burst
        ? html`<span class="badge flag" part="badge badge-burst" title=${clip(reasons!.burstReason(entry, mark.burst, this.#i18n), DISPLAY_LIMIT.title)}>${msg.burst}</span>`
        : nothing}</span
    >`;
  }
}

/** Index of an entry id, looking near a hint first (prepends move rows by a few places). */
function indexOfId(entries: readonly SessionEntry[], id: string, hint: number): number {
  if (hint >= 0) {
    for (let i = Math.max(0, hint - 2); i < Math.min(entries.length, hint + 200); i++) {
      if (entries[i]!.id === id) return i;
    }
  }
  return entries.findIndex((entry) => entry.id === id);
}

define('admin-sessions-table', AdminSessionsTable, import.meta.url);

declare global {
  interface HTMLElementTagNameMap {
    'admin-sessions-table': AdminSessionsTable;
  }
}
