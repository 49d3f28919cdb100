// English for this part (it comes in this part's chunk): before anything reads the dictionary.
import '../../i18n/en-parts.js';
import '../../i18n/en-tools.js';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { SessionEntry } from '../../data/entry.js';
import { countFacets, FACET_KEYS, type FacetKey, type FacetValue } from '../../data/facets/facets.js';
import type { FacetsState } from '../../controllers/facets-controller.js';
import { serializeQuery } from '../../data/insights/query-language.js';
import { numberFormat } from '../../data/intl-cache.js';
import { AdminSessionsFilterEvent } from '../../events/details-events.js';
import { LocalizeController } from '../../i18n/localize.js';
import { define } from '../../internal/define.js';
import styles from './admin-sessions-facets.styles.js';

/** The query-language key each facet filters by (`type` values are `WEB`/`API`, the language's `web`/`api`). */
const termValue = (key: FacetKey, value: string) => (key === 'type' ? value.toLowerCase() : value);

/** What "Load more" and its Cancel call: the shell's `FacetsController`. */
export interface FacetsLoader {
  more(): unknown;
  cancel(): void;
}

/**
 * The top admins, IPs, URL paths (ids collapsed to `:id`), methods and types of the current range
 * and query, each with its count and share. Clicking a value asks to add its filter to the search
 * (`admin:a@example.com`); its exclude button asks for `-admin:…`. On its own, give it `entries`
 * and it counts them ("From N loaded rows"); inside `<admin-sessions>` it shows the state of the
 * shell's `FacetsController`: the server's counts over the whole range, or the loaded rows' with
 * "From N loaded rows of M", "Load more" and Cancel.
 *
 * @summary Top values per column, with counts and shares; click to filter, or exclude.
 * @tag admin-sessions-facets
 *
 * @fires {AdminSessionsFilterEvent} admin-sessions-filter - A value or its exclude button was clicked; detail `{term}`, a query-language term (`ip:10.0.4.17`, `-path:/admin/clients/:id`). Bubbles, composed.
 *
 * @csspart facets - The panel.
 * @csspart note - Where the counts come from ("From 250 loaded rows of 1,532"), and that the server's facets failed.
 * @csspart load-more - "Load more" (while counted from loaded rows and the log has more); `cancel` its Cancel while it runs.
 * @csspart facet - One facet (a heading and its list); `facet-value` each value's button, `facet-exclude` its exclude button.
 */
export class AdminSessionsFacets extends LitElement {
  static override styles = styles;

  /** Rows to count when no `state` is given. */
  @property({ attribute: false }) entries: readonly SessionEntry[] | null = null;
  /** The counts and where they come from (the shell's `FacetsController`); without it, `entries` are counted. */
  @property({ attribute: false }) state: FacetsState | null = null;
  /** What "Load more" and Cancel call. */
  @property({ attribute: false }) controller: FacetsLoader | null = null;
  /** BCP 47 locale; the page's `<html lang>` by default. */
  @property() locale: string | undefined;

  readonly #i18n = new LocalizeController(this, () => this.locale);
  protected override scheduleUpdate(): void | Promise<unknown> { return this.#i18n.whenReady(() => super.scheduleUpdate()); }
  #counted: { entries: readonly SessionEntry[]; state: FacetsState } | null = null;
  /** The facet whose button had the focus before this update. */
  #focusedFacet: string | undefined;

  #stateShown(): FacetsState {
    if (this.state) return this.state;
    const entries = this.entries ?? [];
    if (this.#counted?.entries !== entries) {
      const counts = countFacets(entries);
      this.#counted = { entries, state: { counts, source: 'loaded', failed: false, stale: false, loaded: counts.total, total: null, hasMore: false, loadingMore: false } };
    }
    return this.#counted.state;
  }

  #filter(key: FacetKey, value: string, negated: boolean): void {
    this.dispatchEvent(new AdminSessionsFilterEvent({ term: serializeQuery([{ key, value: termValue(key, value), negated }]) }));
  }

  protected override willUpdate(): void {
    this.#focusedFacet = this.shadowRoot?.activeElement?.closest<HTMLElement>('[data-facet]')?.dataset.facet;
  }

  /**
   * The focused button went with new counts (its filter was added): the focus stays in its facet,
   * on its first value, or on its heading until values come back.
   */
  protected override updated(): void {
    const root = this.shadowRoot!;
    const facet = this.#focusedFacet && root.querySelector(`[data-facet="${this.#focusedFacet}"]`);
    if (facet && (!root.activeElement || root.activeElement.localName === 'h3')) (facet.querySelector('button') ?? facet.querySelector('h3'))!.focus();
  }

  protected override render(): TemplateResult {
    const msg = this.#i18n.msg.facets;
    const { counts, source, failed, stale, loaded, total, hasMore, loadingMore } = this.#stateShown();
    const percent = numberFormat(this.#i18n.lang, { style: 'percent', maximumFractionDigits: 1 });
    const fromLoaded = source === 'loaded';
    const value = (key: FacetKey, item: FacetValue) => {
      const share = counts.total ? item.count / counts.total : 0;
      const exclude = msg.exclude(key, item.label);
      return html`<li>
        <button part="facet-value" class="value" title=${item.label} style="--_share: ${(share * 100).toFixed(1)}%" @click=${() => this.#filter(key, item.value, false)}>
          <span class="label" dir="auto">${item.label}</span>
          <span class="count">${msg.count(item.count, percent.format(share))}</span>
        </button>
        <button part="facet-exclude" class="exclude" aria-label=${exclude} title=${exclude} @click=${() => this.#filter(key, item.value, true)}>⊘</button>
      </li>`;
    };
    return html`<section part="facets" aria-labelledby="title" aria-busy=${stale ? 'true' : 'false'}>
      <div class="header">
        <h2 id="title">${msg.title}</h2>
        ${fromLoaded ? html`<span part="note" class="note" role="status">${failed ? `${msg.failed} ` : ''}${msg.fromLoaded(loaded, total)}</span>` : nothing}
        ${fromLoaded && loadingMore
          ? html`<span class="actions">${this.#i18n.msg.sessions.loadingMore} <button part="cancel" @click=${() => this.controller?.cancel()}>${msg.cancel}</button></span>`
          : fromLoaded && hasMore && this.controller
            ? html`<span class="actions"><button part="load-more" @click=${() => this.controller?.more()}>${msg.loadMore}</button></span>`
            : nothing}
      </div>
      <div class="facets ${stale ? 'stale' : ''}">
        ${FACET_KEYS.map((key) => {
          const values = counts.facets[key];
          return html`<div part="facet" data-facet=${key}>
            <h3 tabindex="-1">${msg.names[key]}</h3>
            ${values.length ? html`<ul>${values.map((item) => value(key, item))}</ul>` : html`<p class="note">${msg.none}</p>`}
          </div>`;
        })}
      </div>
    </section>`;
  }
}

define('admin-sessions-facets', AdminSessionsFacets, import.meta.url);

declare global {
  interface HTMLElementTagNameMap {
    'admin-sessions-facets': AdminSessionsFacets;
  }
}
