import type { SessionEntry } from '../entry.js';
import type { FacetCounts } from '../facets/facets.js';
import { IS_VALUES, QUERY_KEYS, serializeQuery } from './query-language.js';
import type { FieldKey } from './query-words.js';

/**
 * What the search box offers as the admin types: the query language's keys (`ad` → `admin:`), then,
 * after `key:`, the values seen for that key that start with what is typed, or have a word that
 * does (`admin:al` → `admin:"Alice Admin"`, `admin:ob` → `admin:"Seán O'Brien"`). Plain data: the
 * values come in as lists, most frequent first: the facets' (`valuesOfFacets`, the server's counts
 * over the whole range), then the loaded rows' (`valuesOf`), joined by `joinValues`.
 */

/** Values per key, most frequent first. */
export type SuggestValues = Partial<Record<FieldKey, readonly string[]>>;

export interface Suggestion {
  /** What the option shows: `admin:`, or a value as seen. */
  readonly label: string;
  /** What replaces the word being typed: a key with its colon, or `key:value` quoted as the language needs. */
  readonly text: string;
}

export interface Suggestions {
  /** Where the word being typed starts: the options replace the text from there to the caret. */
  readonly start: number;
  /** At most 8; none for a blank or quoted word, or one nothing completes. */
  readonly options: readonly Suggestion[];
}

/** The options for the word before `caret` in `text`. */
export function suggest(text: string, caret: number, values: SuggestValues): Suggestions {
  // The word starts after the last blank outside quotes (a quoted value may hold blanks).
  let start = 0;
  let quoted = false;
  for (let i = 0; i < caret; i++) {
    const char = text[i]!;
    if (quoted && char === '\\') i++;
    else if (char === '"') quoted = !quoted;
    else if (!quoted && /\s/.test(char)) start = i + 1;
  }
  const sign = text[start] === '-' ? '-' : '';
  const [key = '', typed] = text.slice(start + sign.length, caret).toLowerCase().split(/:(.*)/s);
  if (typed === undefined) {
    const keys = key && !key.startsWith('"') ? QUERY_KEYS.filter((name) => name.startsWith(key)) : [];
    return { start, options: keys.map((name) => ({ label: `${name}:`, text: `${sign}${name}:` })) };
  }
  // A value being typed in quotes: its text without them.
  const prefix = typed.replace(/\\(.)|"/g, '$1');
  const field = QUERY_KEYS.find((name) => name === key);
  const seen = field ? (values[field] ?? (field === 'is' ? IS_VALUES : [])) : [];
  const options = seen
    .filter((value) => ` ${value.toLowerCase()}`.includes(` ${prefix}`) && value.toLowerCase() !== prefix)
    .slice(0, 8)
    .map((value) => ({ label: value, text: sign + serializeQuery([{ key: field!, value, negated: false }]) }));
  return { start, options };
}

/** The values of loaded rows per key, most frequent first (`url` as paths: no scheme, host or query). */
export function valuesOf(entries: readonly SessionEntry[]): SuggestValues {
  const counts = new Map<string, Map<string, number>>();
  for (const { admin, ip, method, type, url } of entries) {
    const row = { admin: admin?.name, email: admin?.email, ip, method, type: type.toLowerCase(), url: url.replace(/^\w+:\/\/[^/]*|\?.*/gs, '') };
    for (const [key, value] of Object.entries(row)) {
      const count = counts.get(key) ?? counts.set(key, new Map()).get(key)!;
      if (value) count.set(value, (count.get(value) ?? 0) + 1);
    }
  }
  return Object.fromEntries([...counts].map(([key, count]) => [key, [...count].sort((a, b) => b[1] - a[1]).map(([value]) => value)]));
}

/** The facets' values per key, most frequent first: admins by name (`admin`) and e-mail, IPs, paths (ids as `:id`), methods, types. */
export function valuesOfFacets({ facets }: FacetCounts): SuggestValues {
  const admins = facets.admin;
  return {
    admin: admins.map(({ label }) => label),
    email: admins.filter(({ value }) => value.includes('@')).map(({ value }) => value),
    ip: facets.ip.map(({ value }) => value),
    path: facets.path.map(({ value }) => value),
    method: facets.method.map(({ value }) => value),
    type: facets.type.map(({ value }) => value.toLowerCase()),
  };
}

/** Per key, `first`'s values, then `then`'s not among them. */
export function joinValues(first: SuggestValues, then: SuggestValues): SuggestValues {
  const joined: SuggestValues = { ...then };
  for (const [key, values] of Object.entries(first) as [keyof SuggestValues, readonly string[]][]) {
    joined[key] = [...new Set([...values, ...(then[key] ?? [])])];
  }
  return joined;
}
