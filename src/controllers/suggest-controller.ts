import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionEntry } from '../data/entry.js';
import type { FacetCounts } from '../data/facets/facets.js';
import { joinValues, suggest, valuesOf, valuesOfFacets, type Suggestion, type SuggestValues } from '../data/insights/suggest.js';

export interface SuggestControllerOptions {
  /** The rows loaded so far: their values are offered after `key:`. */
  readonly entries: () => readonly SessionEntry[];
  /** The facets' counts over the whole range (the native server's), when shown: their values come first. */
  readonly facets?: () => FacetCounts | null;
  /** Called when the options or the active one changed; by default the host renders again. */
  readonly changed?: () => void;
}

/**
 * The search box's suggestions, as an APG combobox with list autocomplete and no automatic
 * selection: each input offers the query language's keys, then the values seen for a key. No option
 * is active until Down or Up, so a free word is never replaced: Enter and Tab accept only an active
 * option (else Enter searches and Tab moves on, as before); the first Escape closes the list, the
 * next is the box's own.
 */
export class SuggestController implements ReactiveController {
  readonly #changed: () => void;
  readonly #entries: () => readonly SessionEntry[];
  readonly #facets: () => FacetCounts | null;
  #rows: readonly SessionEntry[] = [];
  #counted: readonly [readonly SessionEntry[], SuggestValues] | null = null;
  #joined: readonly [FacetCounts, SuggestValues, SuggestValues] | null = null;
  #start = 0;
  options: readonly Suggestion[] = [];
  /** The active option's index, or -1. */
  active = -1;

  constructor(host: ReactiveControllerHost, options: SuggestControllerOptions) {
    host.addController(this);
    this.#entries = options.entries;
    this.#facets = options.facets ?? (() => null);
    this.#changed = options.changed ?? (() => host.requestUpdate());
  }

  get open(): boolean {
    return this.options.length > 0;
  }

  hostDisconnected(): void {
    this.close();
  }

  #activate(index: number): void {
    this.active = index;
    this.#changed();
  }

  /** Offers what completes the word before the caret (after each input). */
  update(input: HTMLInputElement): void {
    // The last rows seen are kept at each input, but counted only once a value is typed, and again
    // only when they changed: a search that started while typing the key (rows still loading)
    // leaves the rows before it on offer.
    const entries = this.#entries();
    if (entries.length) this.#rows = entries;
    if (this.#counted?.[0] !== this.#rows && input.value.includes(':')) this.#counted = [this.#rows, valuesOf(this.#rows)];
    ({ start: this.#start, options: this.options } = suggest(input.value, input.selectionStart ?? input.value.length, this.#values()));
    this.#activate(-1);
  }

  /** The facets' values (when there are), then the loaded rows'. */
  #values(): SuggestValues {
    const rows = this.#counted?.[1] ?? {};
    const facets = this.#facets();
    if (!facets) return rows;
    if (this.#joined?.[0] !== facets || this.#joined[1] !== rows) this.#joined = [facets, rows, joinValues(valuesOfFacets(facets), rows)];
    return this.#joined[2];
  }

  close(): void {
    this.options = [];
    this.#activate(-1);
  }

  /** Puts the option in place of the word, caret after it, and tells the box (the search runs, the next options come). */
  accept(input: HTMLInputElement, index: number): void {
    const text = this.options[index]?.text ?? '';
    const caret = this.#start + text.length;
    input.value = input.value.slice(0, this.#start) + text + input.value.slice(input.selectionEnd ?? caret);
    input.setSelectionRange(caret, caret);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }

  /** The box's keys: `true` when the list took the key (its default is then prevented). */
  keydown(event: KeyboardEvent): boolean {
    const input = event.target as HTMLInputElement;
    const { key } = event;
    const count = this.options.length;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      if (!count) this.update(input);
      else this.#activate(key === 'ArrowUp' ? (this.active > 0 ? this.active : count) - 1 : (this.active + 1) % count);
    } else if ((key === 'Enter' || key === 'Tab') && this.active >= 0 && !event.shiftKey) this.accept(input, this.active);
    else if (key === 'Escape' && count) this.close();
    else return false;
    event.preventDefault();
    return true;
  }
}
