import { css, html, render, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { addStyles } from '../../internal/styles.js';
import { ShortcutsController } from '../../controllers/shortcuts-controller.js';
import { SuggestController, type SuggestControllerOptions } from '../../controllers/suggest-controller.js';
import type { LazyController } from '../../controllers/lazy-controller.js';
import type { TimeNavController } from '../../controllers/time-nav-controller.js';
import type { LocalizeController } from '../../i18n/localize.js';
import '../../i18n/en-parts.js';
import '../../i18n/en-tools.js';

export interface ShellKeyboardOptions extends SuggestControllerOptions {
  readonly i18n: LocalizeController;
  /** The host's `no-shortcuts`. */
  readonly disabled: () => boolean;
  /** Earlier, Later, Zoom out: the keys `[` `]` `-`. */
  readonly nav: LazyController<TimeNavController>;
}

/**
 * `<admin-sessions>`'s keyboard, made with its first render from a chunk (`parts.ts`), so the entry
 * holds none of it: the shortcuts (`/` to the search box, `[` `]` `-` Earlier, Later, Zoom out with
 * the focus in the widget, `?` their list in a modal `<dialog>`, whose focus trap, Escape and focus
 * return are the browser's) and the search box's suggestions.
 * The box stays in the entry's toolbar; this makes it an APG combobox once here (role, states, the
 * listbox under it, and its keys, heard on the box's label before the box's own handler sees them).
 * A new shortcut is one more entry in the registry below, described in `keyboard.shortcuts`.
 */
/** The suggestions' list and the shortcuts' dialog, in the widget's layer. */
const styles = css`@layer admin-sessions{.search{position:relative}[part~=suggestions]{position:absolute;z-index:3;inset-inline-start:0;top:100%;min-inline-size:100%;margin:0;padding:0;list-style:none}[part~=suggestions],[part~=shortcuts]{color:var(--_color);background:var(--_background);border:1px solid var(--_border-color)}[part~=suggestion]{padding:.2em .5em;white-space:nowrap}[part~=suggestion][aria-selected=true]{color:var(--_accent-contrast);background:var(--_accent-color)}[part~=shortcuts] dl{display:grid;grid-template-columns:auto 1fr;gap:.5em 1em}[part~=shortcuts] dd{margin:0}}`;

export class ShellKeyboard extends ShortcutsController {
  readonly #root: ShadowRoot | null;
  readonly #i18n: LocalizeController;
  readonly suggest: SuggestController;
  #box: HTMLInputElement | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ShellKeyboardOptions) {
    const find = <T extends Element>(selector: string) => host.shadowRoot?.querySelector<T>(selector);
    const nav = (act: (nav: TimeNavController) => void) => () => void options.nav.load().then(act, () => undefined);
    super(host, {
      disabled: options.disabled,
      shortcuts: [
        { key: '/', name: 'focusSearch', run: () => find<HTMLInputElement>('[part~="search"]')?.select() },
        { key: '[', name: 'earlier', inside: true, run: nav((n) => n.shift(-1)) },
        { key: ']', name: 'later', inside: true, run: nav((n) => n.shift(1)) },
        { key: '-', name: 'zoomOut', inside: true, run: nav((n) => n.zoomOut()) },
        { key: '?', name: 'showShortcuts', run: () => find<HTMLDialogElement>('[part~="shortcuts"]:not([open])')?.showModal() },
      ],
    });
    this.#root = host.shadowRoot;
    addStyles(this.#root, styles);
    this.#i18n = options.i18n;
    // The list and the box's states are drawn here, not by the host: a keystroke renders no more than before.
    this.suggest = new SuggestController(host, { ...options, changed: () => this.#draw() });
  }

  hostUpdated(): void {
    const { suggest } = this;
    const input = this.#root?.querySelector<HTMLInputElement>('[part~="search"]');
    if (input && this.#box !== input) {
      this.#box = input;
      input.addEventListener('input', () => suggest.update(input));
      input.addEventListener('blur', () => suggest.close());
      input.parentElement?.addEventListener('keydown', (event) => suggest.keydown(event) && event.stopPropagation(), true);
    }
    this.#draw();
  }

  #draw(): void {
    const { suggest } = this;
    const input = this.#box;
    const label = input?.parentElement;
    if (!input || !label) return;
    // Named by aria-label: the label's text now holds the options too.
    const states = {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-controls': 'search-suggestions',
      'aria-label': this.#i18n.msg.sessions.search,
      'aria-expanded': String(suggest.open),
      'aria-activedescendant': suggest.active < 0 ? '' : `search-option-${suggest.active}`,
    };
    for (const [name, value] of Object.entries(states)) input.setAttribute(name, value);
    render(
      html`<ul id="search-suggestions" part="suggestions" role="listbox" aria-label=${this.#i18n.msg.keyboard.suggestions} ?hidden=${!suggest.open}>
          ${suggest.options.map(
            ({ label }, index) =>
              html`<li id="search-option-${index}" part="suggestion" role="option" aria-selected=${index === suggest.active}
                @mousedown=${(event: Event) => event.preventDefault()} @click=${() => suggest.accept(input, index)}>${label}</li>`,
          )}
        </ul>`,
      label,
    );
  }

  /** The list of shortcuts, closed until `?`. */
  render(): TemplateResult {
    const msg = this.#i18n.msg.keyboard;
    return html`<dialog part="shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">${msg.shortcutsTitle}</h2>
      <dl>${this.shortcuts.map(({ key, name }) => html`<dt><kbd>${key}</kbd></dt><dd>${msg.shortcuts[name]}</dd>`)}</dl>
      <form method="dialog"><button>${msg.close}</button></form>
    </dialog>`;
  }
}
