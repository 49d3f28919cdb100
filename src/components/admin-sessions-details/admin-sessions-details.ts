import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import '../../i18n/en-parts.js';
import { property, state } from 'lit/decorators.js';
import type { SessionEntry } from '../../data/entry.js';
import { UNKNOWN_AGENT, describeUrl, parseUserAgent } from '../../data/insights/user-agent.js';
import type { UnusualMark } from '../../data/insights/unusual.js';
import { parseIp } from '../../data/insights/ip-address.js';
import { serializeQuery, type TermKey } from '../../data/insights/query-language.js';
import { AdminSessionsDetailsCloseEvent, AdminSessionsFilterEvent } from '../../events/details-events.js';
import { copyText, selectOfferedText } from '../../internal/clipboard.js';
import { LocalizeController } from '../../i18n/localize.js';
import type { FilterLabels } from '../../i18n/messages.js';
import { unusualReasons } from '../../i18n/unusual-reasons.js';
import { DISPLAY_LIMIT, clip, timestampFormat } from '../../internal/format.js';
import { theme } from '../../internal/theme.js';
import { define } from '../../internal/define.js';

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
 * @fires {AdminSessionsDetailsCloseEvent} admin-sessions-details-close - The close button was pressed, or Escape inside the panel.
 *
 * @csspart detail-panel - The panel.
 * @csspart detail-actions - Each group of action buttons.
 * @csspart detail-action - Each action button.
 * @csspart detail-clipped - The note next to a value too long to show in full (the first 2,000 characters are shown; Copy gives all).
 * @csspart detail-copy-fallback - When the browser refuses the clipboard (plain http, no permission): the whole value, selected in a read-only field to copy by hand (Escape closes it).
 *
 * @cssproperty [--admin-sessions-detail-background=light-dark(#f8fafc, #171b21)] - Panel background.
 */
export class AdminSessionsDetails extends LitElement {
  static override styles = [
    theme,
    css`
    @layer admin-sessions {
      :host {
        display: block;
      }
      section {
        background: var(--admin-sessions-detail-background, light-dark(#f8fafc, #171b21));
        border-top: 1px solid var(--_border-color);
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
        color: var(--_muted-color);
      }
      dd {
        margin: 0;
        min-width: 0;
      }
      .clipped {
        font-size: 0.85em;
        color: var(--_muted-color);
      }
      /* Technical values read left to right in a right-to-left page too ("2001:db8::1", "/admin/x"). */
      .full-url,
      .ip,
      .email,
      .raw-agent,
      code {
        direction: ltr;
        unicode-bidi: isolate;
      }
      /* Lines that may start with digits keep their order, and the page's alignment (\`:dir()\` reads \`dir\` attributes). */
      .time-utc,
      .time-local,
      .agent {
        unicode-bidi: plaintext;
      }
      .time-utc:dir(rtl),
      .time-local:dir(rtl),
      .agent:dir(rtl) {
        text-align: right;
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
        border: 1px solid var(--_border-color);
        border-radius: 0.25rem;
        padding: 0.1rem 0.45rem;
        cursor: pointer;
      }
      [part~='detail-copy-fallback'] {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem;
        margin-top: 0.25rem;
        font-size: 0.85em;
      }
      [part~='detail-copy-fallback'] input {
        font: inherit;
        color: inherit;
        background: transparent;
        border: 1px solid var(--_border-color);
        border-radius: 0.25rem;
        padding: 0.1rem 0.35rem;
        inline-size: min(40ch, 100%);
      }
      [part~='detail-copy-fallback'] input:focus-visible,
      button:focus-visible {
        outline: 2px solid var(--_accent-color);
      }
    }
  `,
  ];

  /** The entry to show; nothing renders without one. */
  @property({ attribute: false }) entry: SessionEntry | null = null;
  /** Its unusual-activity mark, if any. */
  @property({ attribute: false }) mark: UnusualMark | undefined;
  /** BCP 47 locale for texts and dates; from the nearest `lang` (or `<html lang>`) when unset. */
  @property() locale: string | undefined;
  /** Which value's Copy worked (`copied`), or was refused by the browser and is offered in a field to copy by hand. */
  @state() private copy: { readonly what: string; readonly copied: boolean } | null = null;

  readonly #i18n = new LocalizeController(this, () => this.locale);
  /** Renders once its language's dictionary is there (English needs no wait). */
  protected override scheduleUpdate(): void | Promise<unknown> { return this.#i18n.whenReady(() => super.scheduleUpdate()); }

  #filter(term: string): void {
    this.dispatchEvent(new AdminSessionsFilterEvent({ term }));
  }

  async #copy(what: string, value: string): Promise<void> {
    const copied = await copyText(value);
    this.copy = { what, copied };
    // Else the whole value, selected in a field, even when the panel shows only its first characters.
    if (!copied) await selectOfferedText(this, '[part~="detail-copy-fallback"] input');
  }

  #onCopyFieldKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    // Escape closes the field, not the panel.
    event.stopPropagation();
    event.preventDefault();
    const what = this.copy?.what;
    this.copy = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`[data-action="copy"][data-field="${what}"]`)?.focus());
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    // "Copied" belongs to the entry it was said of.
    if (changed.has('entry')) this.copy = null;
  }

  #actions(labels: FilterLabels, field: TermKey, term: string): TemplateResult {
    return html`<div class="actions" part="detail-actions" data-field=${field}>
      <button part="detail-action" data-action="only" @click=${() => this.#filter(term)}>${labels.only}</button>
      <button part="detail-action" data-action="exclude" @click=${() => this.#filter(`-${term}`)}>${labels.exclude}</button>
    </div>`;
  }

  #copyButton(what: string, value: string): TemplateResult {
    const strings = this.#i18n.msg.details;
    const state = this.copy?.what === what ? this.copy : null;
    return html`<button part="detail-action" data-action="copy" data-field=${what} @click=${() => this.#copy(what, value)}>
        ${state?.copied ? strings.copied : strings.copy}
      </button>
      ${state && !state.copied
        ? html`<label part="detail-copy-fallback"
            >${strings.notCopied} <input readonly dir="ltr" .value=${value} @keydown=${this.#onCopyFieldKey}
          /></label>`
        : nothing}`;
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.dispatchEvent(new AdminSessionsDetailsCloseEvent());
  };

  /** A value as laid out: 100 KB of one unbroken run would block the page for seconds. */
  #clipped(text: string): string {
    return clip(text, DISPLAY_LIMIT.panel);
  }

  /** Says so when a value was cut, with the full length (the longest of `texts`). */
  #clipNote(...texts: string[]): TemplateResult | typeof nothing {
    const longest = Math.max(...texts.map((text) => text.length));
    if (longest <= DISPLAY_LIMIT.panel) return nothing;
    return html`<div class="clipped" part="detail-clipped">${this.#i18n.msg.details.clipped(DISPLAY_LIMIT.panel, longest)}</div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const entry = this.entry;
    if (!entry) return nothing;
    const url = describeUrl(entry.url);
    const agent = parseUserAgent(entry.userAgent);
    const strings = this.#i18n.msg.details;
    const unknown = (name: string) => (name === UNKNOWN_AGENT ? strings.unknownAgent : name);
    const utc = timestampFormat(this.#i18n.lang, 'UTC').format(entry.time);
    const local = timestampFormat(this.#i18n.lang, undefined).format(entry.time);
    const path = url.path || '/';
    const reasons = unusualReasons(entry, this.mark, this.#i18n);
    return html`<section part="detail-panel" lang=${this.#i18n.lang} aria-label=${strings.title} @keydown=${this.#onKeyDown}>
      <header>
        <h3>${clip(entry.method, DISPLAY_LIMIT.label)} ${this.#clipped(path)}</h3>
        <button part="detail-action" data-action="close" @click=${() => this.dispatchEvent(new AdminSessionsDetailsCloseEvent())}>
          ${strings.close}
        </button>
      </header>
      <dl>
        <dt>${strings.url}</dt>
        <dd>
          <span class="full-url">${this.#clipped(entry.url)}</span> ${this.#copyButton('url', entry.url)} ${this.#clipNote(entry.url)}
          ${this.#actions(strings.thisPath, 'url', term('url', path))}
        </dd>
        <dt>${strings.query}</dt>
        <dd>
          ${url.query.length
            ? html`<ul class="params">
                ${url.query.map(([key, value]) => html`<li><code>${this.#clipped(key)}</code> = <code>${this.#clipped(value)}</code></li>`)}
              </ul>`
            : strings.noQuery}
        </dd>
        <dt>${strings.admin}</dt>
        <dd>
          ${entry.admin
            ? html`${this.#clipped(entry.admin.name)} <span class="email">&lt;${this.#clipped(entry.admin.email)}&gt;</span>
                ${this.#copyButton('email', entry.admin.email)} ${this.#clipNote(entry.admin.name, entry.admin.email)}`
            : strings.deletedAdmin}
          ${entry.admin ? this.#actions(strings.thisAdmin, 'email', term('email', entry.admin.email)) : nothing}
        </dd>
        <dt>${strings.ip}</dt>
        <dd>
          <span class="ip">${this.#clipped(entry.ip ?? strings.noIp)}</span> ${entry.ip ? this.#copyButton('ip', entry.ip) : nothing}
          ${this.#clipNote(entry.ip ?? '')}
          ${entry.ip && parseIp(entry.ip.trim())
            ? this.#actions(strings.thisIp, 'ip', term('ip', entry.ip))
            : nothing /* not an address (a proxy's junk): an ip: filter could not hold it */}
        </dd>
        <dt>${strings.time}</dt>
        <dd>
          <div class="time-utc">${strings.utc}: ${utc}</div>
          <div class="time-local">${strings.local}: ${local}</div>
        </dd>
        <dt>${entry.type} · ${clip(entry.method, DISPLAY_LIMIT.label)}</dt>
        <dd>${this.#actions(strings.thisMethod, 'method', term('method', entry.method))}</dd>
        <dt>${strings.userAgent}</dt>
        <dd>
          <div class="agent">${unknown(agent.browser)}${agent.version ? ` ${agent.version}` : ''} · ${unknown(agent.os)}</div>
          <div class="raw-agent">${this.#clipped(entry.userAgent ?? '')}</div>
          ${this.#clipNote(entry.userAgent ?? '')}
        </dd>
        ${reasons.length
          ? html`<dt>${strings.unusual}</dt>
              <dd>${this.#clipped(reasons.join(' · '))}</dd>`
          : nothing}
      </dl>
    </section>`;
  }
}

define('admin-sessions-details', AdminSessionsDetails, import.meta.url);

declare global {
  interface HTMLElementTagNameMap {
    'admin-sessions-details': AdminSessionsDetails;
  }
}
