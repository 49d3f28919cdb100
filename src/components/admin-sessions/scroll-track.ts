import { css, html, render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { addStyles } from '../../internal/styles.js';
import type { SessionQuery } from '../../data/query.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { DateText } from '../admin-sessions-range/date-text.js';

export interface ScrollTrackOptions {
  /** The range shown as instants (`TimeNavController.bounds`). */
  readonly bounds: () => [from: number, to: number];
  readonly query: () => SessionQuery;
}

/**
 * A thin track over the table scroller's inline-end edge: the span of time the rows in view cover,
 * placed within the range (in the table's order: newest at the top when sorted by time, newest
 * first). Redrawn on the scroller's scroll, once a frame, into its own node beside the table: the
 * rows are not rendered again. Hidden unless sorted by time with rows, and in the narrow cards.
 * Made with the time buttons (`time-nav.ts`), in the parts chunk.
 */
/** The track and its mark, in the widget's layer. */
const styles = css`@layer admin-sessions{[part~=scroll-track]{position:absolute;z-index:1;inline-size:4px;pointer-events:none;background:var(--_border-color);border-radius:2px}[part~=scroll-span]{position:absolute;inset-inline:0;min-block-size:3px;background:var(--_accent-color);border-radius:2px}}`;

export class ScrollTrack implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ScrollTrackOptions;
  #scroller: HTMLElement | null = null;
  #frame = 0;
  /** The language and the date text the label is written in (the time buttons' render sets them). */
  i18n: LocalizeController | null = null;
  text: DateText | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ScrollTrackOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    addStyles(host.shadowRoot, styles);
  }

  hostUpdated(): void {
    const table = this.#host.shadowRoot?.querySelector('admin-sessions-table');
    void table?.updateComplete.then(() => {
      const scroller = table.shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]');
      if (scroller !== this.#scroller) {
        this.#scroller?.removeEventListener('scroll', this.#schedule);
        this.#resized.disconnect();
        scroller?.addEventListener('scroll', this.#schedule, { passive: true });
        if (scroller) this.#resized.observe(scroller);
        this.#scroller = scroller;
      }
      this.#schedule();
    });
  }

  hostDisconnected(): void {
    this.#resized.disconnect();
    this.#scroller?.removeEventListener('scroll', this.#schedule);
    this.#scroller = null;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** The scroller's own size (a resized window, panel or container), not only the window's. */
  readonly #resized = new ResizeObserver(() => this.#schedule());

  #schedule = (): void => {
    this.#frame ||= requestAnimationFrame(this.#draw);
  };

  #draw = (): void => {
    this.#frame = 0;
    const scroller = this.#scroller;
    const wrap = scroller && this.#host.shadowRoot?.querySelector<HTMLElement>('.table-wrap');
    const table = wrap?.querySelector('admin-sessions-table');
    if (!scroller?.isConnected || !table || !this.i18n || !this.text) return;
    const box = scroller.getBoundingClientRect();
    // Under the header (its cells stick to the top, wide; the whole head does in the cards).
    const top = box.top + scroller.clientTop + (table.shadowRoot!.querySelector<HTMLElement>('thead')?.offsetHeight ?? 0);
    const bottom = box.top + scroller.clientTop + scroller.clientHeight;
    // The rows at least partly in view, under the sticky header.
    const times: number[] = [];
    for (const row of table.shadowRoot!.querySelectorAll<HTMLElement>('tr[data-index]')) {
      const rect = row.getBoundingClientRect();
      const entry = table.entries[Number(row.dataset.index)];
      if (entry && rect.bottom > top + 1 && rect.top < bottom - 1) times.push(entry.time);
    }
    const [from, to] = this.#options.bounds();
    const { sort, order } = this.#options.query();
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const shown = sort === 'time' && times.length > 0 && to > from && table.clientWidth >= 42 * rem;
    const oldest = Math.min(...times);
    const newest = Math.max(...times);
    // Where an instant sits down the track, 0…1, in the table's order.
    const at = (time: number) => {
      const share = Math.min(1, Math.max(0, (to - time) / (to - from)));
      return order === 'desc' ? share : 1 - share;
    };
    const [start, end] = [at(newest), at(oldest)].sort((a, b) => a - b) as [number, number];
    const { format } = this.text;
    const label = shown ? this.i18n.msg.nav.rowsInView(`${format(oldest)} – ${format(newest)}`, `${format(from)} – ${format(to)}`) : '';
    const wrapTop = wrap!.getBoundingClientRect().top;
    render(
      html`<div part="scroll-track" role="img" aria-label=${label} title=${label} ?hidden=${!shown}
          style="top:${top - wrapTop}px;height:${Math.max(0, bottom - top)}px;inset-inline-end:${scroller.offsetWidth - scroller.clientWidth + 1}px"
          ><div part="scroll-span" style="top:${start * 100}%;height:${(end - start) * 100}%"></div
        ></div>`,
      wrap!,
    );
  };
}
