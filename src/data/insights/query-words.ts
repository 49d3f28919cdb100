import type { ParsedCidr } from './ip-address.js';

/**
 * The query language's types: what the first paint needs without the language itself (the parser,
 * the split between server and loaded rows, the matchers and the English describers are a chunk of
 * their own, `load.ts`).
 */

export type FieldKey = 'admin' | 'email' | 'ip' | 'method' | 'type' | 'url' | 'path' | 'is';
export type TermKey = FieldKey | 'text';

export interface Term {
  readonly key: TermKey;
  /**
   * As typed, except normalised where the key has a fixed vocabulary: `method` upper case, `type`
   * (`web`/`api`) and `is` (`new-ip`/`burst`) lower case.
   */
  readonly value: string;
  readonly negated: boolean;
  /** For `ip:` values that are a whole address or a CIDR range; other `ip:` values match as text. */
  readonly cidr?: ParsedCidr;
}

/** What is wrong with a piece of the search text, with what a message needs (any language). */
export type QueryProblem =
  | { readonly kind: 'unclosed-quote' }
  | { readonly kind: 'unknown-key'; readonly key: string; readonly suggestion: string | null; readonly known: readonly string[] }
  | { readonly kind: 'missing-value'; readonly key: string; readonly spaced: boolean }
  | { readonly kind: 'bad-method'; readonly value: string; readonly suggestion: string | null; readonly methods: readonly string[] }
  | { readonly kind: 'bad-type'; readonly value: string }
  | { readonly kind: 'bad-is'; readonly value: string; readonly suggestion: string | null; readonly values: readonly string[] }
  | { readonly kind: 'bad-prefix'; readonly prefix: string; readonly width: number }
  | { readonly kind: 'bad-cidr-base'; readonly base: string; readonly value: string }
  | { readonly kind: 'bad-ip'; readonly value: string };

/**
 * What a term asks for, with what a sentence needs (any language): the data layer's counterpart of
 * `QueryProblem` for the terms applied over the loaded rows. `value`s are as typed, except where
 * noted, so a caller may clip them for display.
 */
export type TermMeaning =
  /** `field` (`any` = some searchable field) contains `value`, or does not. */
  | { readonly kind: 'contains'; readonly field: 'any' | 'admin' | 'email' | 'url' | 'ip'; readonly value: string; readonly negated: boolean }
  /** `field` is exactly `value` (an IP trimmed, a method upper case, a type `WEB` or `API`, a path whose `:id` stands for any id), or is not. */
  | { readonly kind: 'equals'; readonly field: 'ip' | 'method' | 'type' | 'path'; readonly value: string; readonly negated: boolean }
  /** The IP lies in the CIDR range `network` (normalised, e.g. `10.0.0.0/8`), or does not. */
  | { readonly kind: 'in-range'; readonly network: string; readonly negated: boolean }
  /** The request carries an unusual-activity mark (`is:new-ip`, `is:burst`), or does not. */
  | { readonly kind: 'flag'; readonly flag: 'new-ip' | 'burst'; readonly negated: boolean };

