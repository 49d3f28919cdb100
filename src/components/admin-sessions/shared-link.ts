// A copied link's English comes with it: before anything reads the dictionary.
import '../../i18n/en-parts.js';
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { ClipboardController } from '../../controllers/clipboard-controller.js';
import { UrlStateController, type UrlStateHost } from '../../controllers/url-state-controller.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { selectOfferedText } from '../../internal/clipboard.js';

/**
 * `sync-url`: the view in the page's URL (`UrlStateController`), and copying links to it. The
 * toolbar's "Copy link" buttons (regions.ts) call `copy`; whether the link was copied, or the link in
 * a field to copy by hand when the browser refuses the clipboard, is `status` in the status line.
 * Made when the attribute is first set (its code is in the parts chunk, which the first query waits
 * for): a page without `sync-url` loads none of it.
 */
export class SharedLink extends UrlStateController {
  readonly #host: UrlStateHost & LitElement;
  readonly #clipboard: ClipboardController;

  constructor(host: UrlStateHost & LitElement) {
    // A link copied for the view before is stale once the view changes.
    const clipboard = new ClipboardController(host);
    super(host, () => clipboard.clear());
    this.#host = host;
    this.#clipboard = clipboard;
  }

  /** Copies a link to this view; `frozen`: the absolute range a relative one shows now. */
  async copy(frozen?: { readonly from: number | null; readonly to: number | null }): Promise<void> {
    if (!(await this.#clipboard.copy(this.link(frozen)))) await selectOfferedText(this.#host, '[part~="copy-fallback"] input');
  }

  /** "Link copied." for a few seconds, or the link in a read-only field to copy by hand (Escape closes it). */
  status(i18n: LocalizeController): TemplateResult {
    const msg = i18n.msg.sessions;
    const status = this.#clipboard.status;
    return html`<span part="copy-status" role="status">${status?.copied ? msg.linkCopied : nothing}</span>
      ${status && !status.copied
        ? html`<label part="copy-fallback"
            >${msg.linkNotCopied}
            <input readonly dir="ltr" .value=${status.text} @keydown=${this.#onFieldKey}
          /></label>`
        : nothing}`;
  }

  /** Escape in the field to copy by hand: it closes, and the keyboard is back on "Copy link". */
  #onFieldKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.#clipboard.clear();
    const host = this.#host;
    void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLButtonElement>('[part~="copy-link"]')?.focus());
  };
}
