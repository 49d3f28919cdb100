import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LINK_COPIED_MS } from '../data/defaults.js';
import { copyText } from '../internal/clipboard.js';


/** After a copy: copied (shown for a few seconds), or the text to copy by hand when the browser refused. */
export type CopyStatus = { readonly copied: true } | { readonly copied: false; readonly text: string } | null;

/**
 * Copying with a result a person can see: `copied` for `LINK_COPIED_MS`, or, when the browser refuses
 * the clipboard (plain http, no permission), the text kept to offer in a field to copy by hand.
 */
export class ClipboardController implements ReactiveController {
  status: CopyStatus = null;
  readonly #host: ReactiveControllerHost;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#clearTimer();
    // Without its timer "copied" would stay after a reconnect: it goes now (the text to copy by hand stays).
    if (this.status?.copied) this.#set(null);
  }

  /** Copies `text`; resolves to whether the clipboard took it. */
  async copy(text: string): Promise<boolean> {
    this.#clearTimer();
    const copied = await copyText(text);
    if (copied) {
      this.#set({ copied: true });
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.#set(null);
      }, LINK_COPIED_MS);
    } else {
      this.#set({ copied: false, text });
    }
    return copied;
  }

  /** Forgets the result (the view changed, or the field to copy by hand was closed). */
  clear(): void {
    this.#clearTimer();
    if (this.status) this.#set(null);
  }

  #set(status: CopyStatus): void {
    this.status = status;
    this.#host.requestUpdate();
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
