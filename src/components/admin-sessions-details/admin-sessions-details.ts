import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { SessionEntry } from '../../data/entry.js';
import { describeUrl, parseUserAgent } from '../../data/insights/user-agent.js';
import type { UnusualMark } from '../../data/insights/unusual.js';
import { serializeQuery, type TermKey } from '../../data/insights/query-language.js';
import { AdminSessionsDetailsCloseEvent, AdminSessionsFilterEvent } from '../../events/details-events.js';
import { dateTimeFormat } from '../../internal/format.js';

const strings = {
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
  unusual: 'Unusual activity',
  copy: 'Copy',
  copied: 'Copied',
  filterBy: (what: string) => `Only ${what}`,
  exclude: (what: string) => `Exclude ${what}`,
  thisAdmin: 'this admin',
  thisIp: 'this IP',
  thisMethod: 'this method',
  thisPath: 'this URL path',
};

/** One query-language term that `parseQuery` reads back as exactly this key and value (no injection). */
function term(key: TermKey, value: string): string {
  return serializeQuery([{ key, value, negated: false }]);
}

/**
 * The details of one logged request: the full URL with its query string decoded, the user agent
 * parsed, the exact time in UTC and locally, why it was flagged, and actions to copy a value or
 * filter the log by it.
 *
 * @summary Details of one admin request, with copy and filter actions.
 * @tag admin-sessions-details
 *
 * @fires {AdminSessionsFilterEvent} admin-sessions-filter - "Only …" or "Exclude …" was chosen; detail `{term}` in the query language.
 * @fires {AdminSessionsDetailsCloseEvent} admin-sessions-details-close - The close button was pressed.
 *
 * @csspart detail-panel - The panel.
 * @csspart detail-actions - Each group of action buttons.
 * @csspart detail-action - Each action button.
 *
 * @cssproperty [--admin-sessions-detail-background=light-dark(#f8fafc, #171b21)] - Panel background.
 */
@customElement('admin-sessions-details')
export class AdminSessionsDetails extends LitElement {
  static override styles = css`
    @layer admin-sessions {
      :host {
        display: block;
      }
      section {
        background: var(--admin-sessions-detail-background, light-dark(#f8fafc, #171b21));
        border-top: 1px solid var(--admin-sessions-border-color, light-dark(#e3e6ea, #2f353d));
        padding: 0.75rem;
        overflow-wrap: anywhere;
      }
      header {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 1rem;
      }
      h3 {
        margin: 0;
        font-size: 1em;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
        margin: 0.5rem 0;
      }
      dt {
        color: var(--admin-sessions-muted-color, light-dark(#5f6b7a, #9aa5b1));
      }
      dd {
        margin: 0;
        min-width: 0;
      }
      .params {
        margin: 0;
        padding-inline-start: 1rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        margin-top: 0.25rem;
      }
      button {
        font: inherit;
        font-size: 0.85em;
        color: inherit;
        background: transparent;
        border: 1px solid var(--admin-sessions-border-color, light-dark(#cfd4da, #3a414a));
        border-radius: 0.25rem;
        padding: 0.1rem 0.45rem;
        cursor: pointer;
      }
      button:focus-visible {
        outline: 2px solid var(--admin-sessions-accent-color, light-dark(#1b6ef3, #6ea8ff));
      }
    }
  `;

  /** The entry to show; nothing renders without one. */
  @property({ attribute: false }) entry: SessionEntry | null = null;
  /** Its unusual-activity mark, if any. */
  @property({ attribute: false }) mark: UnusualMark | undefined;
  /** BCP 47 locale for dates. */
  @property() locale: string | undefined;
  @state() private copied: string | null = null;

  #filter(term: string): void {
    this.dispatchEvent(new AdminSessionsFilterEvent({ term }));
  }

  async #copy(what: string, value: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
      this.copied = what;
    } catch {
      this.copied = null;
    }
  }

  #actions(label: string, term: string): TemplateResult {
    return html`<div class="actions" part="detail-actions">
      <button part="detail-action" data-action="only" @click=${() => this.#filter(term)}>${strings.filterBy(label)}</button>
      <button part="detail-action" data-action="exclude" @click=${() => this.#filter(`-${term}`)}>${strings.exclude(label)}</button>
    </div>`;
  }

  #copyButton(what: string, value: string): TemplateResult {
    return html`<button part="detail-action" data-action="copy" @click=${() => this.#copy(what, value)}>
      ${this.copied === what ? strings.copied : strings.copy}
    </button>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const entry = this.entry;
    if (!entry) return nothing;
    const url = describeUrl(entry.url);
    const agent = parseUserAgent(entry.userAgent);
    const utc = dateTimeFormat(this.locale, 'UTC').format(entry.time);
    const local = dateTimeFormat(this.locale, undefined).format(entry.time);
    const path = url.path || '/';
    return html`<section part="detail-panel" aria-label=${strings.title}>
      <header>
        <h3>${entry.method} ${path}</h3>
        <button part="detail-action" data-action="close" @click=${() => this.dispatchEvent(new AdminSessionsDetailsCloseEvent())}>
          ${strings.close}
        </button>
      </header>
      <dl>
        <dt>${strings.url}</dt>
        <dd>
          <span class="full-url">${entry.url}</span> ${this.#copyButton('url', entry.url)}
          ${this.#actions(strings.thisPath, term('url', path))}
        </dd>
        <dt>${strings.query}</dt>
        <dd>
          ${url.query.length
            ? html`<ul class="params">
                ${url.query.map(([key, value]) => html`<li><code>${key}</code> = <code>${value}</code></li>`)}
              </ul>`
            : strings.noQuery}
        </dd>
        <dt>${strings.admin}</dt>
        <dd>
          ${entry.admin ? html`${entry.admin.name} &lt;${entry.admin.email}&gt; ${this.#copyButton('email', entry.admin.email)}` : strings.deletedAdmin}
          ${entry.admin ? this.#actions(strings.thisAdmin, term('email', entry.admin.email)) : nothing}
        </dd>
        <dt>${strings.ip}</dt>
        <dd>
          ${entry.ip ?? strings.noIp} ${entry.ip ? this.#copyButton('ip', entry.ip) : nothing}
          ${entry.ip ? this.#actions(strings.thisIp, term('ip', entry.ip)) : nothing}
        </dd>
        <dt>${strings.time}</dt>
        <dd>
          <div class="time-utc">${strings.utc}: ${utc}</div>
          <div class="time-local">${strings.local}: ${local}</div>
        </dd>
        <dt>${entry.type} · ${entry.method}</dt>
        <dd>${this.#actions(strings.thisMethod, term('method', entry.method))}</dd>
        <dt>${strings.userAgent}</dt>
        <dd>
          <div class="agent">${agent.browser}${agent.version ? ` ${agent.version}` : ''} · ${agent.os}</div>
          <div class="raw-agent">${entry.userAgent ?? ''}</div>
        </dd>
        ${this.mark?.newIp || this.mark?.burst
          ? html`<dt>${strings.unusual}</dt>
              <dd>${[this.mark.newIp?.reason, this.mark.burst?.reason].filter(Boolean).join(' · ')}</dd>`
          : nothing}
      </dl>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-sessions-details': AdminSessionsDetails;
  }
}
