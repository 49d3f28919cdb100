import type { AdapterCapabilities, SearchField } from '../adapters/adapter.js';
import type { SessionEntry } from '../entry.js';
import { entryKeys, type EntryKeys } from '../entry-keys.js';
import type { Term } from './query-words.js';

/**
 * A search of plain words, read and matched in the entry, without the query language's chunk: text
 * whose whitespace-separated words hold no `:` and no `"` and none starts with `-`. The language
 * reads such text as exactly these words, each a free `text` term, ANDed (it has no operators:
 * `OR` is a word like any other), and uses this code for free words too: their server keyword, the
 * choice of the one keyword sent, their matcher. So both read a plain search the same way.
 */

/** The fields a free word matches (also the view's, for the fields a server skips). */
export const TEXT_FIELDS: readonly (keyof EntryKeys & SearchField)[] = ['admin', 'email', 'ip', 'url', 'method', 'type'];

/** Characters a logged URL holds as they are (no space, `%`, `+` or non-ASCII, which it may hold encoded). */
export const URL_SAFE = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*,;=]+$/;

/** The words of a plain search as free terms, or `null` when the text needs the query language. */
export function plainWords(text: string): Term[] | null {
  const words = text.split(/\s+/).filter(Boolean);
  return words.some((word) => /[:"]|^-/.test(word)) ? null : words.map((value) => ({ key: 'text', value, negated: false }));
}

/**
 * `query` with a term added (`admin:x`, `-ip:y`, as a facet or the details panel gives it), once:
 * the same term already there, or its opposite, gives way to it (compared case-insensitively).
 */
export function withTerm(query: string, term: string): string {
  const bare = (word: string) => word.replace(/^-/, '').toLowerCase();
  const words = query.match(/(?:[^\s"]+|"(?:\\.|[^"\\])*"?)+/g) ?? [];
  return [...words.filter((word) => bare(word) !== bare(term)), term].join(' ');
}

/** The keyword the server can be sent for a free word, or `null` when its result could miss a match. */
export function freeWordKeyword(value: string, capabilities: AdapterCapabilities): string | null {
  // A server that searches some of the fields gets it: the widget matches it over the loaded rows on the others (see deriveView).
  if (!TEXT_FIELDS.some((field) => capabilities.searchFields.has(field))) return null;
  // URLs are matched here percent-decoded too (`a b` finds `a%20b`); the server sees them raw.
  return URL_SAFE.test(value) ? value.trim() || null : null;
}

export interface ServerSplit {
  /** The one keyword for the server ('' = none). Its results are a superset of what the query matches. */
  readonly serverKeyword: string;
  /** The term the keyword came from, or `null`. */
  readonly serverTerm: Term | null;
  /** Terms to apply over the loaded rows (the widget words them in its language: `termMeaning`). */
  readonly localTerms: Term[];
}

/**
 * Which single term the server can narrow by (servers take one keyword; `keywordFor` says a term's,
 * or `null`), and what is left to do over the loaded rows. The longest keyword is chosen, as usually
 * the most selective. A free word sent is left to the server entirely; a field term stays local as
 * well, to drop the rows the server's keyword matched on other fields.
 */
export function chooseServerTerm(terms: readonly Term[], keywordFor: (term: Term) => string | null): ServerSplit {
  let serverTerm: Term | null = null;
  let serverKeyword = '';
  for (const term of terms) {
    const keyword = keywordFor(term);
    if (keyword !== null && keyword.length > serverKeyword.length) {
      serverTerm = term;
      serverKeyword = keyword;
    }
  }
  const sent = serverTerm;
  return { serverKeyword, serverTerm, localTerms: sent?.key === 'text' ? terms.filter((term) => term !== sent) : [...terms] };
}

/** A plain search's terms (no errors) and its split, or `null` when the text is not plain. */
export function splitPlain(text: string, capabilities: AdapterCapabilities): { parsed: { terms: Term[]; errors: [] }; split: ServerSplit } | null {
  const terms = plainWords(text);
  return terms && { parsed: { terms, errors: [] }, split: chooseServerTerm(terms, (term) => freeWordKeyword(term.value, capabilities)) };
}

export type Predicate = (entry: SessionEntry, keys: EntryKeys) => boolean;

const decodedUrls = new WeakMap<SessionEntry, string>();

/** The URL lower-cased and percent-decoded, so `url:"a b"` finds `/a%20b`; computed once per entry. */
function decodedUrl(entry: SessionEntry, keys: EntryKeys): string {
  let decoded = decodedUrls.get(entry);
  if (decoded === undefined) {
    decoded = keys.url;
    try {
      decoded = decodeURIComponent(keys.url.replace(/\+/g, ' '));
    } catch {
      // A malformed escape: the raw text is all there is to search.
    }
    decodedUrls.set(entry, decoded);
  }
  return decoded;
}

export function urlContains(entry: SessionEntry, keys: EntryKeys, needle: string): boolean {
  return keys.url.includes(needle) || (keys.url.includes('%') || keys.url.includes('+') ? decodedUrl(entry, keys).includes(needle) : false);
}

/** Whether some field holds `needle` (lower case): a free word's test. */
export function freeWordTest(needle: string): Predicate {
  return (entry, keys) =>
    keys.admin.includes(needle) ||
    keys.email.includes(needle) ||
    keys.ip.includes(needle) ||
    keys.method.includes(needle) ||
    keys.type.includes(needle) ||
    urlContains(entry, keys, needle);
}

/** Rows holding every one of free `terms` (a plain search's local terms): the query language's matcher for them. */
export function matchFreeWords(terms: readonly Term[]): (entry: SessionEntry) => boolean {
  const tests = terms.map((term) => freeWordTest(term.value.toLowerCase()));
  return (entry) => {
    const keys = entryKeys(entry);
    return tests.every((test) => test(entry, keys));
  };
}
