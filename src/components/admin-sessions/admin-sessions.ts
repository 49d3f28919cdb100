import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { createAdapter, FULL_CAPABILITIES, type AdapterCapabilities, type FetchPage } from '../../data/adapters/index.js';
import { SessionsError, isAbortError } from '../../data/errors.js';
import { DEFAULT_QUERY, queryKey, type SessionQuery } from '../../data/query.js';
import { SessionLog } from '../../data/session-log.js';
import { AdminSessionsErrorEvent, AdminSessionsLoadEvent } from '../../events/events.js';
import { AdminSessionsNearEndEvent } from '../../events/table-events.js';
import '../admin-sessions-table/admin-sessions-table.js';
import { readAdapter, readEndpoint, readPageSize, readTimeZone } from './config.js';
import styles from './admin-sessions.styles.js';

const strings = {
  loading: 'Loading requests…',
  empty: 'No requests in this range.',
  logIn: 'Log in again',
  loadingMore: 'Loading more…',
  cached: (age: string) => `Showing cached rows from ${age} ago; updating…`,
  shown: (count: string, total: string | null) => (total === null ? `${count} requests` : `${count} of ${total} requests`),
};

const TABLE_PARTS = [
  'scroller', 'table', 'header-cell', 'sort-button', 'row', 'cell', 'date', 'ip', 'admin-name', 'admin-email',
  'url', 'type', 'type-web', 'type-api', 'method', 'method-get', 'method-post', 'method-put', 'method-patch',
  'method-delete', 'method-other', 'match',
].join(', ');

/**
 * Shows an admin panel's session log — who did what, when, from where — and lets an admin audit it.
 * Drop it into any template: `<admin-sessions endpoint="/admin/api/admin_session_logs" adapter="puqcloud">`.
 *
 * @summary The admin session log: date, admin, IP, URL, type and method of every admin request.
 * @tag admin-sessions
 *
 * @fires {AdminSessionsLoadEvent} admin-sessions-load - Rows were loaded and shown; detail `{entries, total}`.
 * @fires {AdminSessionsErrorEvent} admin-sessions-error - Loading failed; detail `{status, kind, message, loginUrl}`. The last good rows stay.
 *
 * @csspart base - The element's frame.
 * @csspart toolbar - The row of controls above the table.
 * @csspart status - The line under the toolbar (row count, cached notice).
 * @csspart cached - The notice shown while rows come from the cache.
 * @csspart loading - The loading state shown before the first rows.
 * @csspart empty - The empty state ("No requests in this range").
 * @csspart error - The error message.
 * @csspart login-link - The link to log in again after a 401.
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
 * @cssproperty [--admin-sessions-accent-color=light-dark(#1b6ef3, #6ea8ff)] - Links and active controls.
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
  /** Milliseconds to wait for an answer before giving up. */
  @property({ type: Number }) timeout = 15000;
  /**
   * Plug in any backend instead of an adapter: called with `{query, cursor, newerThan, limit, signal}`,
   * resolves to `{entries, total, nextCursor}`.
   */
  @property({ attribute: false }) fetchPage: FetchPage | null = null;

  @state() private revision = 0;

  readonly #log = new SessionLog({
    fetchPage: () => Promise.reject(new Error('not configured')),
    pageSize: 50,
    cache: null,
    scope: '',
    maxEntries: 100_000,
    onChange: () => this.revision++,
  });
  #moreController: AbortController | null = null;
  #source: { key: string; fetchPage: FetchPage; capabilities: AdapterCapabilities } | null = null;
  #query: SessionQuery = DEFAULT_QUERY;

  readonly #task = new Task(this, {
    task: async ([source, query, pageSize], { signal }) => {
      if (!source) return null;
      this.#log.configure({ fetchPage: source.fetchPage, pageSize });
      try {
        const page = await this.#log.loadFirst(query, signal);
        this.dispatchEvent(new AdminSessionsLoadEvent({ entries: this.#log.entries, total: this.#log.total }));
        return page;
      } catch (error) {
        if (!isAbortError(error)) this.#reportError(error);
        throw error;
      }
    },
    args: () => [this.#currentSource(), this.#currentQuery(), readPageSize(this.pageSize)] as const,
  });

  /** The rows loaded so far, in display order. */
  get entries() {
    return this.#log.entries;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#moreController?.abort();
  }

  #currentSource() {
    const endpoint = readEndpoint(this.endpoint);
    if (this.fetchPage) {
      const key = 'custom';
      if (this.#source?.fetchPage !== this.fetchPage) this.#source = { key, fetchPage: this.fetchPage, capabilities: FULL_CAPABILITIES };
      return this.#source;
    }
    if (!endpoint.url) return null;
    const adapterName = readAdapter(this.adapter);
    const serverTimeZone = readTimeZone(this.serverTimeZone, 'server-time-zone', 'UTC');
    const timeoutMs = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : 15000;
    const key = JSON.stringify([adapterName, endpoint.url, serverTimeZone, timeoutMs]);
    if (this.#source?.key !== key) {
      const adapter = createAdapter(adapterName, { endpoint: endpoint.url, serverTimeZone, timeoutMs });
      this.#source = { key, fetchPage: adapter.fetchPage, capabilities: adapter.capabilities };
    }
    return this.#source;
  }

  #currentQuery(): SessionQuery {
    const next: SessionQuery = { ...DEFAULT_QUERY };
    if (queryKey(next) !== queryKey(this.#query)) this.#query = next;
    return this.#query;
  }

  #reportError(error: unknown): void {
    const failure = error instanceof SessionsError ? error : this.#log.error;
    if (!failure) return;
    this.dispatchEvent(
      new AdminSessionsErrorEvent({ status: failure.status, kind: failure.kind, message: failure.message, loginUrl: failure.loginUrl }),
    );
  }

  #onNearEnd = (_event: AdminSessionsNearEndEvent): void => {
    if (!this.#log.hasMore || this.#log.loading || this.#log.loadingMore) return;
    this.#moreController = new AbortController();
    this.#log.loadMore(this.#moreController.signal).then(
      (loaded) => loaded && this.dispatchEvent(new AdminSessionsLoadEvent({ entries: this.#log.entries, total: this.#log.total })),
      (error) => !isAbortError(error) && this.#reportError(error),
    );
  };

  protected override render(): TemplateResult {
    const log = this.#log;
    const endpointProblem = this.fetchPage ? null : readEndpoint(this.endpoint).problem;
    const rows = log.entries;
    const error = endpointProblem ? new SessionsError('config', endpointProblem) : log.error;
    const showLoading = !error && rows.length === 0 && log.loading;
    const showEmpty = !error && rows.length === 0 && !log.loading && this.#task.status === 2;
    return html`<div part="base" aria-busy=${log.loading || log.loadingMore ? 'true' : 'false'}>
      <div class="toolbar" part="toolbar"><slot name="toolbar"></slot></div>
      ${error ? this.#renderError(error) : nothing}
      <div class="status-line" part="status">
        <span>${rows.length ? strings.shown(rows.length.toLocaleString(), log.total === null ? null : log.total.toLocaleString()) : nothing}</span>
        ${log.cachedAt !== null ? html`<span class="cached" part="cached">${strings.cached(formatAge(Date.now() - log.cachedAt))}</span>` : nothing}
        ${log.loadingMore ? html`<span>${strings.loadingMore}</span>` : nothing}
      </div>
      <div class="table-wrap">
        <admin-sessions-table
          exportparts=${TABLE_PARTS}
          .entries=${rows}
          .total=${log.total}
          .newIds=${log.newIds}
          @admin-sessions-near-end=${this.#onNearEnd}
        ></admin-sessions-table>
        ${showLoading ? html`<div class="state" part="loading" role="status">${strings.loading}</div>` : nothing}
        ${showEmpty ? html`<div class="state" part="empty" role="status">${strings.empty}</div>` : nothing}
      </div>
    </div>`;
  }

  #renderError(error: SessionsError): TemplateResult {
    return html`<div class="error" part="error" role="alert" data-kind=${error.kind}>
      ${error.message}
      ${error.loginUrl ? html` <a part="login-link" href=${error.loginUrl}>${strings.logIn}</a>` : nothing}
    </div>`;
  }
}

function formatAge(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.round(minutes / 60)} h`;
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-sessions': AdminSessions;
  }
}
