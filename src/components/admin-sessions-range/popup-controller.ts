/**
 * A modal pop-up panel's open state for an element (the APG dialog pattern): Tab and Shift+Tab go
 * round the panel's controls and never leave it (`trapTab`); Escape from anywhere in it and a press
 * anywhere outside the element close it (a press is outside when the element is not on its composed
 * path, so presses in shadow roots count right); while it is open the room from the element to the
 * viewport's edge is measured, so the panel can be kept inside the viewport. Global listeners live
 * only while it is open and go when the element is detached.
 *
 * Not a `<dialog>` opened with `showModal()`: the top layer would take the panel out of the
 * element's box (it must open under the trigger and take the width of the toolbar's container, see
 * the styles), and Tab from its last control would still leave for the browser's own UI.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PopupOptions {
  /** The panel closed (Escape, a press outside, the host detached or `close()`); `restoreFocus`: focus should go back to the opener. */
  readonly onClose: (restoreFocus: boolean) => void;
}

export class PopupController implements ReactiveController {
  open = false;
  /**
   * px from the element's inline start to the viewport's edge, measured while the panel is open:
   * container units on a page without a container fall back to the viewport's width, which says
   * nothing of where the element is.
   */
  viewportRoom: number | null = null;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: PopupOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: PopupOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    host.addEventListener('keydown', this.#onKeydown);
  }

  hostDisconnected(): void {
    this.close(false);
  }

  show(): void {
    this.open = true;
    this.#measureViewportRoom();
    document.addEventListener('pointerdown', this.#onDocumentPointerDown, true);
    window.addEventListener('resize', this.#measureViewportRoom);
    this.#host.requestUpdate();
  }

  close(restoreFocus: boolean): void {
    document.removeEventListener('pointerdown', this.#onDocumentPointerDown, true);
    window.removeEventListener('resize', this.#measureViewportRoom);
    if (!this.open) return;
    this.open = false;
    this.#host.requestUpdate();
    this.#options.onClose(restoreFocus);
  }

  readonly #measureViewportRoom = (): void => {
    const { left, right } = this.#host.getBoundingClientRect();
    const rtl = getComputedStyle(this.#host).direction === 'rtl';
    const room = Math.max(0, Math.floor(rtl ? right : document.documentElement.clientWidth - left));
    if (room === this.viewportRoom) return;
    this.viewportRoom = room;
    this.#host.requestUpdate();
  };

  /**
   * For a capture `keydown` listener on the panel: Tab moves to the next of the panel's controls
   * (Shift+Tab the previous), from the last back to the first. `extra` are stops the page's Tab order
   * would skip (flatpickr keeps its days and time inputs at `tabindex="-1"`). Handled here, before
   * flatpickr, which would send Tab to its own hidden input.
   */
  trapTab(event: KeyboardEvent, panel: HTMLElement, extra: readonly Element[] = []): void {
    if (event.key !== 'Tab' || !this.open) return;
    event.preventDefault();
    event.stopPropagation();
    const stops = [...panel.querySelectorAll<HTMLElement>('button, input, select, [tabindex]')].filter(
      (stop) => (stop.tabIndex >= 0 || extra.includes(stop)) && !(stop as HTMLButtonElement).disabled && stop.getClientRects().length > 0,
    );
    const from = event.composedPath()[0] as Node;
    // Where focus is need not be a stop (a day reached with the arrow keys): go by document order.
    const after = (stop: Node) => from.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_FOLLOWING;
    const next = event.shiftKey ? stops.filter((stop) => stop !== from && !after(stop)).at(-1) ?? stops.at(-1) : stops.find((stop) => after(stop)) ?? stops[0];
    next?.focus();
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    event.preventDefault();
    this.close(true);
  };

  readonly #onDocumentPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this.#host)) this.close(false);
  };
}
