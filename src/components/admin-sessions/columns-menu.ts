// English for this part (it comes in this part's chunk): before anything reads the dictionary.
import '../../i18n/en-parts.js';
import '../../i18n/en-tools.js';
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { closeOnEscape } from '../../internal/disclosure.js';
import { addStyles } from '../../internal/styles.js';
import { ColumnsController, HIDEABLE } from '../../controllers/columns-controller.js';
import type { TableColumn } from '../../events/table-events.js';
import type { LocalizeController } from '../../i18n/localize.js';

/**
 * Added to the table's styles when this part arrives: the handles, the widths given (the wide
 * table only: the cards ignore them) and the hidden columns' headers and cells.
 */
const tableStyles = css`
  @layer admin-sessions {
    .resize {
      position: absolute;
      inset-block: 0;
      inset-inline-end: 0;
      inline-size: 0.5rem;
      cursor: col-resize;
      touch-action: none;
    }
    :host([data-hidden~='admin']) :is(.admin, .row > :nth-child(2)),
    :host([data-hidden~='url']) :is(.url, .row > :nth-child(3)) {
      display: none !important;
    }
    /* --_w: the content width given to a column (unset: as wide as its texts, as before). */
    @container (width >= 42rem) {
      .date,
      .row > :first-child {
        --_w: var(--_w-date);
      }
      .admin,
      .row > :nth-child(2) {
        --_w: var(--_w-admin);
      }
      :is(th, .row > td):not(:last-child) {
        width: var(--_w);
        min-width: var(--_w);
        max-width: var(--_w);
      }
      td:not(:last-child) .line {
        max-width: var(--_w, min(20rem, 25cqi));
      }
    }
    @container (width < 42rem) {
      .resize {
        display: none;
      }
    }
  }
`;

/**
 * The columns' controller, the resize handles the table draws in its Date and Admin headers, the
 * table's styles for them and the Columns menu (in Filters): all in this chunk (parts.ts), so the
 * table carries none of it.
 */
export class ColumnsPart implements ReactiveController {
  readonly controller: ColumnsController;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #i18n: LocalizeController;

  constructor(host: ReactiveControllerHost & HTMLElement, scope: () => string, i18n: LocalizeController) {
    this.controller = new ColumnsController(host, scope);
    this.#host = host;
    this.#i18n = i18n;
    host.addController(this);
  }

  /** What `<admin-sessions-table>` gets: the columns' content widths (the header's less its padding) as its custom properties. */
  get tableStyle(): string {
    return Object.entries(this.controller.layout.widths).map(([column, px]) => `--_w-${column}:${px - 24}px`).join(';');
  }

  /** A column's resize handle: a focusable separator whose value is the column's width in px (see `hostUpdated`), from MIN_WIDTH to MAX_WIDTH. */
  readonly handle = (column: TableColumn, name: string): TemplateResult => {
    const controller = this.controller;
    return html`<span class="resize" part="resize-handle" role="separator" aria-orientation="vertical" tabindex="0"
      aria-valuemin="48" aria-valuemax="800" aria-label=${this.#i18n.msg.columns.resize(name)}
      @keydown=${(e: KeyboardEvent) => controller.onKey(column, e)} @pointerdown=${(e: PointerEvent) => controller.onPointerDown(column, e)}></span>`;
  };

  /** Each handle's value, its column's width as laid out: read once for a new handle, then told by a ResizeObserver (not read at every update). */
  readonly #widths = new ResizeObserver((entries) => {
    for (const { target, borderBoxSize } of entries) {
      target.querySelector(':scope > .resize')?.setAttribute('aria-valuenow', String(Math.round(borderBoxSize[0]!.inlineSize)));
    }
  });

  /** The handles whose cells are observed (a new table, or a handle drawn anew, is observed anew). */
  #observed = new Set<Element>();

  /** The table's styles (once per table), and its header cells with a handle observed. */
  hostUpdated(): void {
    const table = this.#host.shadowRoot?.querySelector('admin-sessions-table');
    void table?.updateComplete.then(() => {
      const root = table.shadowRoot!;
      addStyles(root, tableStyles);
      const handles = new Set(root.querySelectorAll('.resize'));
      if (handles.size === this.#observed.size && [...handles].every((handle) => this.#observed.has(handle))) return;
      this.#widths.disconnect();
      for (const handle of handles) {
        // A separator needs its value from the start (the observer tells the next ones).
        if (!this.#observed.has(handle)) handle.setAttribute('aria-valuenow', String(Math.round(handle.parentElement!.getBoundingClientRect().width)));
        this.#widths.observe(handle.parentElement!, { box: 'border-box' });
      }
      this.#observed = handles;
    });
  }

  hostDisconnected(): void {
    this.#widths.disconnect();
    this.#observed = new Set();
  }

  /** A checkbox per column (Date checked for good) and "Reset columns". */
  menu(): TemplateResult {
    const { table, columns } = this.#i18n.msg;
    const controller = this.controller;
    const box = (column: TableColumn) => html`<label class="check"
      ><input type="checkbox" .checked=${!controller.layout.hidden.includes(column)} ?disabled=${!HIDEABLE.includes(column)}
        @change=${(e: Event) => controller.show(column, (e.target as HTMLInputElement).checked)} />${table[column]}</label
    >`;
    return html`<details class="columns-menu" part="columns-menu" @keydown=${closeOnEscape}>
      <summary>${columns.menu}</summary>
      ${box('date')}${box('admin')}${box('url')}
      <button part="columns-reset" @click=${() => controller.reset()}>${columns.reset}</button>
    </details>`;
  }
}
