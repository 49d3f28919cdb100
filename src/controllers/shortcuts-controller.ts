import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { KeyboardMessages } from '../i18n/messages.js';

/** A shortcut's description in the dictionaries (`msg.keyboard.shortcuts`). */
export type ShortcutName = keyof KeyboardMessages['shortcuts'];

/** One entry of the registry: the key (`KeyboardEvent.key`), its description, what it does. */
export interface Shortcut {
  readonly key: string;
  readonly name: ShortcutName;
  readonly run: () => void;
  /** Only while the focus is inside the widget (the time keys `[` `]` `-`), not from anywhere on the page. */
  readonly inside?: boolean;
}

export interface ShortcutsControllerOptions {
  /** The registry, in the order the list of shortcuts shows it. */
  readonly shortcuts: readonly Shortcut[];
  /** `no-shortcuts`: the page owns the keyboard. */
  readonly disabled: () => boolean;
}

/** The widgets with shortcuts on the page, in the order they connected, and the one last used. */
const connected = new Set<ShortcutsController>();
let lastUsed: ShortcutsController | undefined;

/** A modal the key was pressed in (a `<dialog>` opened with `showModal()`, the range's `aria-modal` panel). */
const MODAL = 'dialog:modal,[aria-modal="true"]';

/**
 * A widget's keyboard shortcuts, heard on the document: a registered key, without Ctrl, Meta or
 * Alt, pressed anywhere but in a field (input, textarea, select, contenteditable; in shadow roots
 * too) or in a modal (the range picker, the list of shortcuts) runs its action and is kept from the
 * page; an `inside` one only with the focus in the widget. With several widgets on a page one answers: the
 * one the admin last used (focus went inside it: a click on its table, a Tab), else the first
 * connected. A widget with its shortcuts
 * off never answers and lets every key through.
 */
export class ShortcutsController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #disabled: () => boolean;
  readonly shortcuts: readonly Shortcut[];

  constructor(host: ReactiveControllerHost & HTMLElement, options: ShortcutsControllerOptions) {
    this.#host = host;
    this.#disabled = options.disabled;
    this.shortcuts = options.shortcuts;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    document.addEventListener('keydown', this.#onKey);
    this.#host.addEventListener('focusin', this.#onUse);
  }

  hostDisconnected(): void {
    connected.delete(this);
    document.removeEventListener('keydown', this.#onKey);
    this.#host.removeEventListener('focusin', this.#onUse);
  }

  /** Whether this widget is the one that answers now. */
  get answers(): boolean {
    const on = [...connected].filter((controller) => !controller.#disabled());
    return (lastUsed && on.includes(lastUsed) ? lastUsed : on[0]) === this;
  }

  #onUse = (): void => {
    lastUsed = this;
  };

  #onKey = (event: KeyboardEvent): void => {
    const path = event.composedPath();
    const target = path[0] as HTMLElement;
    const shortcut = this.shortcuts.find(({ key }) => key === event.key);
    if (!shortcut || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || !this.answers) return;
    if ((shortcut.inside && !path.includes(this.#host)) || path.some((node) => node instanceof Element && node.matches(MODAL))) return;
    event.preventDefault();
    shortcut.run();
  };
}
