import { html, nothing, type TemplateResult } from 'lit';
import type { SessionsError } from '../../data/errors.js';
import type { SessionQuery } from '../../data/query.js';
import type { View } from '../../data/view.js';
import type { CopyStatus } from '../../controllers/clipboard-controller.js';
import type { ExportStatus } from '../../controllers/export-controller.js';
import type { RefreshController } from '../../controllers/refresh-controller.js';
import type { SessionsMessages } from '../../i18n/messages.js';
import type { ExportFormat } from '../../data/insights/export.js';

/**
 * The regions of `<admin-sessions>` as small templates: the element passes what each shows and
 * the handlers it calls, and composes them in its `render()`.
 */

export interface ToolbarContext {
  readonly msg: SessionsMessages;
  readonly query: SessionQuery;
  readonly searchText: string;
  readonly queryProblems: string;
  readonly zone: string | undefined;
  readonly zoneChoice: 'local' | 'utc' | 'server';
  readonly serverZone: string;
  readonly locale: string | undefined;
  readonly hideMe: boolean;
  readonly collapseRepeats: boolean;
  readonly refresh: RefreshController;
  readonly exportStatus: string | null;
  readonly exportRunning: ExportStatus | null;
  readonly syncUrl: boolean;
  readonly copyStatus: CopyStatus;
  readonly on: {
    readonly range: (event: Event) => void;
    readonly searchInput: (event: Event) => void;
    readonly hideMe: (checked: boolean) => void;
    readonly timeZone: (value: string) => void;
    readonly collapse: (checked: boolean) => void;
    readonly exportStart: (format: ExportFormat) => void;
    readonly exportCancel: () => void;
    readonly copyLink: (freeze: boolean) => void;
    readonly linkFieldKey: (event: KeyboardEvent) => void;
  };
}

const checked = (event: Event) => (event.target as HTMLInputElement).checked;

export function toolbar(ctx: ToolbarContext): TemplateResult {
  const { msg, query, on } = ctx;
  const running = ctx.exportRunning?.state === 'running' ? ctx.exportRunning : null;
  return html`<div class="toolbar" part="toolbar">
    <admin-sessions-range
      part="range"
      .from=${query.relative ? null : query.from}
      .to=${query.relative ? null : query.to}
      .relative=${query.relative}
      time-zone=${ctx.zone ?? nothing}
      locale=${ctx.locale ?? nothing}
      @admin-sessions-range-change=${on.range}
    ></admin-sessions-range>
    <label class="search">
      <span class="visually-hidden">${msg.search}</span>
      <input
        part="search"
        type="search"
        .value=${ctx.searchText}
        placeholder=${msg.searchPlaceholder}
        aria-invalid=${ctx.queryProblems ? 'true' : 'false'}
        aria-describedby="search-error"
        @input=${on.searchInput}
      />
    </label>
    <span id="search-error" class="search-error" part="search-error" ?hidden=${!ctx.queryProblems}>${ctx.queryProblems}</span>
    <label class="check" part="hide-me">
      <input type="checkbox" .checked=${ctx.hideMe} @change=${(e: Event) => on.hideMe(checked(e))} />
      ${msg.hideMe}
    </label>
    <label class="zone">
      <span>${msg.timeZone}</span>
      <select part="time-zone" @change=${(e: Event) => on.timeZone((e.target as HTMLSelectElement).value)}>
        <option value="local" ?selected=${ctx.zoneChoice === 'local'}>${msg.local}</option>
        <option value="utc" ?selected=${ctx.zoneChoice === 'utc'}>${msg.utc}</option>
        <option value="server" ?selected=${ctx.zoneChoice === 'server'}>${msg.server(ctx.serverZone)}</option>
      </select>
    </label>
    <label class="check" part="collapse">
      <input type="checkbox" .checked=${ctx.collapseRepeats} @change=${(e: Event) => on.collapse(checked(e))} />
      ${msg.collapse}
    </label>
    <admin-sessions-refresh
      part="refresh"
      .controller=${ctx.refresh}
      locale=${ctx.locale ?? nothing}
    ></admin-sessions-refresh>
    <span class="export">
      ${running
        ? html`<progress part="export-progress" max=${running.cap} value=${running.count}></progress>
            <button part="export-cancel" @click=${on.exportCancel}>${msg.cancel}</button>`
        : html`<button part="export" data-format="csv" @click=${() => on.exportStart('csv')}>${msg.exportCsv}</button>
            <button part="export" data-format="json" @click=${() => on.exportStart('json')}>${msg.exportJson}</button>`}
      ${ctx.exportStatus !== null ? html`<span part="export-status" role="status">${ctx.exportStatus}</span>` : nothing}
    </span>
    ${ctx.syncUrl ? copyLinks(ctx) : nothing}
    <slot name="toolbar"></slot>
  </div>`;
}

function copyLinks({ msg, query, copyStatus, on }: ToolbarContext): TemplateResult {
  return html`<span class="copy">
    <button part="copy-link" data-freeze="false" @click=${() => on.copyLink(false)}>${msg.copyLink}</button>
    ${query.relative ? html`<button part="copy-link" data-freeze="true" @click=${() => on.copyLink(true)}>${msg.copyFixedLink}</button>` : nothing}
    <span part="copy-status" role="status">${copyStatus?.copied ? msg.linkCopied : nothing}</span>
    ${copyStatus && !copyStatus.copied
      ? html`<label part="copy-fallback"
          >${msg.linkNotCopied}
          <input readonly dir="ltr" .value=${copyStatus.text} @keydown=${on.linkFieldKey}
        /></label>`
      : nothing}
  </span>`;
}

export interface StatusLineContext {
  readonly msg: SessionsMessages;
  readonly shown: number;
  readonly total: number | null;
  readonly localFields: string;
  readonly searched: number;
  readonly localTermsNote: string | null;
  readonly cachedFor: number | null;
  readonly loadingMore: boolean;
  readonly offerOlder: boolean;
  readonly searchingOlder: boolean;
  readonly onSearchOlder: () => void;
}

export function statusLine(ctx: StatusLineContext): TemplateResult {
  const { msg } = ctx;
  return html`<div class="status-line" part="status">
    ${ctx.shown ? html`<span>${msg.shown(ctx.shown, ctx.total)}</span>` : nothing}
    ${ctx.localFields ? html`<span part="search-note">${msg.localMatch(ctx.localFields, ctx.searched)}</span>` : nothing}
    ${ctx.localTermsNote ? html`<span part="search-note" class="local-terms">${ctx.localTermsNote}</span>` : nothing}
    ${ctx.cachedFor !== null ? html`<span class="cached" part="cached">${msg.cached(ctx.cachedFor)}</span>` : nothing}
    ${ctx.loadingMore ? html`<span>${msg.loadingMore}</span>` : nothing}
    ${ctx.offerOlder
      ? html`<button part="search-older" aria-disabled=${ctx.searchingOlder ? 'true' : 'false'} @click=${ctx.onSearchOlder}>
          ${msg.searchOlder}
        </button>`
      : nothing}
  </div>`;
}

export function errorMessage(error: SessionsError, text: string, msg: SessionsMessages): TemplateResult {
  return html`<div class="error" part="error" role="alert" data-kind=${error.kind}>
    ${text} ${error.loginUrl ? html` <a part="login-link" href=${error.loginUrl}>${msg.logIn}</a>` : nothing}
  </div>`;
}

/** What the table area says when it has no rows: loading, or why it is empty. */
export function tableState(msg: SessionsMessages, view: View, state: { loading: boolean; empty: boolean; loaded: number; q: string }): TemplateResult | typeof nothing {
  if (state.loading) return html`<div class="state" part="loading">${msg.loading}</div>`;
  if (!state.empty) return nothing;
  const text = state.loaded && view.filteredLocally ? msg.noLoadedMatches(state.loaded) : state.q ? msg.noMatches : msg.empty;
  return html`<div class="state" part="empty" role="status">${text}</div>`;
}
