import type { ReactiveControllerHost } from 'lit';

/** What the details controller needs of its element: where the table and the panel are. */
export interface DetailsHost extends ReactiveControllerHost {
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The table's way to focus a row again, by index among its rows. */
interface RowFocus {
  readonly entries: readonly { readonly id: string }[];
  focusRow(index: number): void;
}

/**
 * Which row is expanded into the details panel. Opening brings the panel into view (it opens
 * under the table, often below the fold); closing (the panel's button, Escape in the panel or on
 * the table) gives the keyboard focus back to the row, not to `<body>`.
 */
export class DetailsController {
  expandedId: string | null = null;
  readonly #host: DetailsHost;

  constructor(host: DetailsHost) {
    this.#host = host;
  }

  async toggle(id: string): Promise<void> {
    this.expandedId = this.expandedId === id ? null : id;
    this.#host.requestUpdate();
    if (this.expandedId === null) return;
    await this.#host.updateComplete;
    const details = this.#host.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('admin-sessions-details');
    await details?.updateComplete;
    details?.scrollIntoView({ block: 'nearest' });
  }

  async close(): Promise<void> {
    const id = this.expandedId;
    this.expandedId = null;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const table = this.#host.renderRoot.querySelector('admin-sessions-table') as (Element & RowFocus) | null;
    const index = table?.entries.findIndex((entry) => entry.id === id) ?? -1;
    if (index >= 0) table!.focusRow(index);
  }

  /** Escape on the table closes the open details too, as it does inside them. */
  onTableKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.expandedId === null) return;
    event.preventDefault();
    void this.close();
  };
}
