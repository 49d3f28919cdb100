import type { AdapterCapabilities, SearchField } from '../adapters/adapter.js';
import { parseCidr, parseIp } from './ip-address.js';
import { describeQueryProblem } from './query-describe.js';
import type { FieldKey, QueryProblem, Term, TermKey } from './query-words.js';
import { chooseServerTerm, freeWordKeyword, URL_SAFE, type ServerSplit } from './plain-words.js';

/**
 * The search box's query language, GitHub/Datadog style: `admin:alice -url:bell_notification
 * ip:10.0.0.0/8 is:burst "free text"`. Terms are ANDed. Parsing never throws: whatever cannot be
 * understood becomes an inline error with its position, and the rest of the query still applies.
 */


export type { FieldKey, TermKey, Term, QueryProblem, TermMeaning } from './query-words.js';
export type { ServerSplit } from './plain-words.js';
export { describeQueryProblem, termMeaning, describeTermMeaning } from './query-describe.js';

export interface QueryError {
  /** In English; `problem` carries the same in data, for other languages. */
  readonly message: string;
  readonly problem: QueryProblem;
  /** UTF-16 offsets into the query text, `0 <= start <= end <= text.length`. */
  readonly start: number;
  readonly end: number;
}

export interface ParsedQuery {
  /** The terms understood. A term whose value is invalid is left out (and reported in `errors`). */
  readonly terms: Term[];
  readonly errors: QueryError[];
}

export const QUERY_KEYS: readonly FieldKey[] = ['admin', 'email', 'ip', 'method', 'type', 'url', 'path', 'is'];
export const IS_VALUES = ['new-ip', 'burst'] as const;
export const HTTP_METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'CONNECT', 'TRACE'];
const REQUEST_TYPES: readonly string[] = ['web', 'api'];

/** Words people reach for instead of a key, so the suggestion can name the right one. */
const KEY_ALIASES: ReadonlyMap<string, FieldKey> = new Map([
  ['user', 'admin'],
  ['username', 'admin'],
  ['name', 'admin'],
  ['by', 'admin'],
  ['author', 'admin'],
  ['mail', 'email'],
  ['e-mail', 'email'],
  ['addr', 'ip'],
  ['address', 'ip'],
  ['host', 'ip'],
  ['verb', 'method'],
  ['action', 'type'],
  ['kind', 'type'],
  ['uri', 'url'],
  ['link', 'url'],
  ['has', 'is'],
  ['flag', 'is'],
]);

const KEY_SHAPE = /^[A-Za-z][A-Za-z0-9_-]*$/;

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest of `candidates` to `word`, when close enough to be a plausible typo. */
function closest(word: string, candidates: readonly string[]): string | null {
  const lower = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const target = candidate.toLowerCase();
    // A prefix ("meth", "adm") is what someone half-way through typing has.
    const distance = target.startsWith(lower) || lower.startsWith(target) ? 0.5 : levenshtein(lower.slice(0, 64), target);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(1, Math.min(3, Math.floor(lower.length / 2))) ? best : null;
}

function unknownKey(key: string): QueryProblem {
  return { kind: 'unknown-key', key, suggestion: KEY_ALIASES.get(key.toLowerCase()) ?? closest(key, QUERY_KEYS), known: QUERY_KEYS };
}

function problemAt(problem: QueryProblem, start: number, end: number): QueryError {
  return { message: describeQueryProblem(problem), problem, start, end };
}

interface Quoted {
  readonly value: string;
  readonly end: number;
  readonly terminated: boolean;
}

const QUOTED_RUN = /[^"\\]+/y;
const BARE_WORD = /\S*/y;

/** A double-quoted value starting at `start`; `\"` and `\\` are escapes, any other backslash is kept. */
function readQuoted(text: string, start: number): Quoted {
  const parts: string[] = [];
  let i = start + 1;
  while (i < text.length) {
    QUOTED_RUN.lastIndex = i;
    if (QUOTED_RUN.test(text)) {
      parts.push(text.slice(i, QUOTED_RUN.lastIndex));
      i = QUOTED_RUN.lastIndex;
      continue;
    }
    if (text[i] === '"') return { value: parts.join(''), end: i + 1, terminated: true };
    // A backslash: an escape only before a quote or another backslash.
    const next = text[i + 1];
    if (next === '"' || next === '\\') {
      parts.push(next);
      i += 2;
    } else {
      parts.push('\\');
      i++;
    }
  }
  return { value: parts.join(''), end: text.length, terminated: false };
}

function readBare(text: string, start: number): number {
  BARE_WORD.lastIndex = start;
  BARE_WORD.test(text);
  return BARE_WORD.lastIndex;
}

/** Text that looks like part of an address (`10.0.`, `2001:db8:`): matched as a substring. */
function isPartialIp(value: string): boolean {
  if (/^\d{1,3}(?:\.\d{0,3}){0,3}$/.test(value)) return value.split('.').every((octet) => octet === '' || Number(octet) <= 255);
  const groups = value.split(':');
  return groups.length > 1 && groups.length <= 8 && /^[0-9a-f:]+$/i.test(value) && !value.includes(':::') && groups.every((group) => group.length <= 4);
}

type Checked = { readonly term: Term } | { readonly error: QueryProblem };

function checkFieldValue(key: FieldKey, value: string, negated: boolean): Checked {
  switch (key) {
    case 'method': {
      const method = value.toUpperCase();
      if (HTTP_METHODS.includes(method)) return { term: { key, value: method, negated } };
      const guess = closest(method, HTTP_METHODS);
      return { error: { kind: 'bad-method', value, suggestion: guess, methods: HTTP_METHODS } };
    }
    case 'type': {
      const type = value.toLowerCase();
      if (REQUEST_TYPES.includes(type)) return { term: { key, value: type, negated } };
      return { error: { kind: 'bad-type', value } };
    }
    case 'is': {
      const flag = value.toLowerCase();
      if ((IS_VALUES as readonly string[]).includes(flag)) return { term: { key, value: flag, negated } };
      const guess = closest(flag.replace(/[\s_]/g, '-'), IS_VALUES);
      return { error: { kind: 'bad-is', value, suggestion: guess, values: IS_VALUES } };
    }
    case 'ip': {
      const address = value.trim();
      const cidr = parseCidr(address);
      if (cidr) return { term: { key, value, negated, cidr } };
      if (address.includes('/')) {
        const slash = address.indexOf('/');
        const base = parseIp(address.slice(0, slash));
        const width = base?.version === 6 ? 128 : 32;
        return {
          error: base
            ? { kind: 'bad-prefix', prefix: address.slice(slash), width }
            : { kind: 'bad-cidr-base', base: address.slice(0, slash), value: address },
        };
      }
      if (isPartialIp(address)) return { term: { key, value, negated } };
      return { error: { kind: 'bad-ip', value } };
    }
    default:
      return { term: { key, value, negated } };
  }
}

/** Parses the search box. Never throws, on any input. */
export function parseQuery(text: string): ParsedQuery {
  const terms: Term[] = [];
  const errors: QueryError[] = [];
  const input = typeof text === 'string' ? text : '';
  const n = input.length;
  let i = 0;
  while (i < n) {
    if (isSpace(input[i])) {
      i++;
      continue;
    }
    const termStart = i;
    let negated = false;
    if (input[i] === '-' && i + 1 < n && !isSpace(input[i + 1])) {
      negated = true;
      i++;
    }
    if (input[i] === '"') {
      const quoted = readQuoted(input, i);
      if (!quoted.terminated) errors.push(problemAt({ kind: 'unclosed-quote' }, i, n));
      if (quoted.value) terms.push({ key: 'text', value: quoted.value, negated });
      i = quoted.end;
      continue;
    }
    let colon = i;
    while (colon < n && input[colon] !== ':' && input[colon] !== '"' && !isSpace(input[colon])) colon++;
    const rawKey = input.slice(i, colon);
    const looksKeyed = input[colon] === ':' && KEY_SHAPE.test(rawKey);
    const quotedValue = looksKeyed && input[colon + 1] === '"';
    // Only scanned when it is consumed, so a long run of `key:"…"key:"…"` stays linear.
    const wordEnd = quotedValue ? colon + 1 : readBare(input, i);
    const word = input.slice(i, wordEnd);
    // A pasted URL, an IPv6 address or a time of day is text, not a key.
    const keyed = looksKeyed && !input.startsWith('//', colon + 1) && (quotedValue || !parseCidr(word));
    if (!keyed) {
      terms.push({ key: 'text', value: word, negated });
      i = wordEnd;
      continue;
    }
    const valueStart = colon + 1;
    let value: string;
    let valueEnd: number;
    if (quotedValue) {
      const quoted = readQuoted(input, valueStart);
      if (!quoted.terminated) errors.push(problemAt({ kind: 'unclosed-quote' }, valueStart, n));
      value = quoted.value;
      valueEnd = quoted.end;
    } else {
      valueEnd = wordEnd;
      value = input.slice(valueStart, valueEnd);
    }
    i = valueEnd;
    const key = rawKey.toLowerCase();
    if (!(QUERY_KEYS as readonly string[]).includes(key)) {
      errors.push(problemAt(unknownKey(rawKey), negated ? termStart + 1 : termStart, colon));
      // Still searched as text, as GitHub does, so the rest of the query keeps working.
      terms.push({ key: 'text', value: `${rawKey}:${value}`, negated });
      continue;
    }
    if (value.trim() === '') {
      errors.push(problemAt({ kind: 'missing-value', key, spaced: isSpace(input[valueStart]) }, termStart, Math.max(valueEnd, valueStart)));
      continue;
    }
    const checked = checkFieldValue(key as FieldKey, value, negated);
    if ('term' in checked) terms.push(checked.term);
    else errors.push(problemAt(checked.error, valueStart, valueEnd));
  }
  return { terms, errors };
}

function quote(value: string): string {
  return `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

function needsQuotes(value: string, free: boolean): boolean {
  if (value === '' || /[\s"]/.test(value)) return true;
  // A free word starting with "-" would read as a negation, one with a colon possibly as a key;
  // a value starting with "//" would make `url://x` read as a pasted URL.
  return free ? value.startsWith('-') || value.includes(':') : value.startsWith('//');
}

/** Text that `parseQuery` reads back as the same terms. */
export function serializeQuery(terms: readonly Term[]): string {
  return terms
    .map((term) => {
      const free = term.key === 'text';
      const value = needsQuotes(term.value, free) ? quote(term.value) : term.value;
      return `${term.negated ? '-' : ''}${free ? '' : `${term.key}:`}${value}`;
    })
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// What the server can do.

/** Fields each key matches locally; the server's keyword must cover all of them to stand in for it. */
const TERM_FIELDS: Readonly<Record<Exclude<TermKey, 'is' | 'text'>, readonly SearchField[]>> = {
  admin: ['admin', 'email'],
  email: ['email'],
  ip: ['ip'],
  method: ['method'],
  type: ['type'],
  url: ['url'],
  path: ['url'],
};

/** The keyword the server can be sent for a term, or `null` when its result could miss a match. */
function serverKeywordFor(term: Term, capabilities: AdapterCapabilities): string | null {
  if (term.negated || term.key === 'is') return null;
  // A free word: the plain search's rule (plain-words.ts), so both send the same keyword.
  if (term.key === 'text') return freeWordKeyword(term.value, capabilities);
  // A field term needs its field covered.
  if (!TERM_FIELDS[term.key].every((field) => capabilities.searchFields.has(field))) return null;
  // A server may keep first and last name in separate columns (PUQcloud does): "Seán O'Brien" matches neither.
  if (term.key === 'admin' && /\s/.test(term.value)) return null;
  // URLs are matched here percent-decoded too (`url:"a b"` finds `a%20b`); the server sees them raw.
  if ((term.key === 'url' || term.key === 'path') && !URL_SAFE.test(term.value)) return null;
  // A path is a substring of its URL up to its first `:id` (any id): that part narrows it.
  if (term.key === 'path') return /^(\/[^/]+)+\/?/.exec(term.value.split(/\/:id(?:\/|$)/i)[0]!)?.[0] ?? null;
  if (term.key === 'ip' && term.cidr) {
    // A substring cannot express a range, but the whole leading octets of an IPv4 range can narrow it.
    // IPv6 is left local: servers write the same address in different forms.
    if (term.cidr.version !== 4 || term.cidr.prefix < 8) return null;
    const octets = term.cidr.network.split('/')[0]!.split('.');
    const whole = Math.floor(term.cidr.prefix / 8);
    return whole === 4 ? octets.join('.') : `${octets.slice(0, whole).join('.')}.`;
  }
  return term.value.trim() || null;
}

/**
 * Which single term the server can narrow by (servers take one keyword), and what is left to do over
 * the loaded rows (`chooseServerTerm`, shared with the plain search).
 */
export function splitForServer(parsed: ParsedQuery, capabilities: AdapterCapabilities): ServerSplit {
  return chooseServerTerm(parsed.terms, (term) => serverKeywordFor(term, capabilities));
}
