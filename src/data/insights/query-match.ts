import type { SessionEntry } from '../entry.js';
import { entryKeys, type EntryKeys } from '../entry-keys.js';
import { cidrContains, parseLoggedIp, type IpAddress } from './ip-address.js';
import type { Term, TermKey } from './query-language.js';
import type { UnusualMarks } from './unusual.js';
import { freeWordTest, urlContains, type Predicate } from './plain-words.js';
import { pathMatches } from '../facets/path.js';

/**
 * Matching the query language's terms over loaded rows: each term compiled once into a predicate
 * over precomputed lower-case keys, cheapest first, so 100,000 rows filter within a frame or two.
 */

export interface MatchContext {
  /** From `findUnusualActivity`; without it `is:` terms match nothing (and `-is:` everything). */
  readonly marks?: UnusualMarks;
}

type Keys = EntryKeys;

/** Cheapest first, so the costly substring tests run on fewer rows. */
const COST: Readonly<Record<TermKey, number>> = { method: 0, type: 0, is: 1, ip: 2, email: 3, admin: 3, url: 4, path: 4, text: 5 };

function predicateFor(term: Term, context: MatchContext): Predicate {
  const needle = term.value.toLowerCase();
  switch (term.key) {
    case 'text':
      // The plain search's matcher (plain-words.ts), so both match a free word the same way.
      return freeWordTest(needle);
    case 'admin':
      return (_, keys) => keys.admin.includes(needle) || keys.email.includes(needle);
    case 'email':
      return (_, keys) => keys.email.includes(needle);
    case 'url':
      return (entry, keys) => urlContains(entry, keys, needle);
    case 'path':
      return (entry) => pathMatches(term.value, entry.url);
    case 'method':
    case 'type':
      return (_, keys) => keys[term.key as 'method' | 'type'] === needle;
    case 'is': {
      const marks = context.marks;
      const flag = needle === 'new-ip' ? 'newIp' : 'burst';
      return (entry) => marks?.get(entry.id)?.[flag] !== undefined;
    }
    case 'ip': {
      const cidr = term.cidr;
      if (!cidr) {
        const partial = needle.trim();
        return (_, keys) => keys.ip.includes(partial);
      }
      // Loaded rows repeat a few IPs many times: parse each distinct one once.
      const parsed = new Map<string, IpAddress | null>();
      return (_, keys) => {
        if (!keys.ip) return false;
        let ip = parsed.get(keys.ip);
        if (ip === undefined) {
          ip = parseLoggedIp(keys.ip);
          parsed.set(keys.ip, ip);
        }
        return ip !== null && cidrContains(cidr, ip);
      };
    }
  }
}

const NO_CONTEXT: MatchContext = {};

/** One function applying all terms (AND), built once and run over every loaded row. */
export function compileTerms(terms: readonly Term[], context: MatchContext = NO_CONTEXT): (entry: SessionEntry) => boolean {
  const predicates = [...terms]
    .sort((a, b) => COST[a.key] - COST[b.key])
    .map((term) => {
      const test = predicateFor(term, context);
      return term.negated ? (entry: SessionEntry, keys: Keys) => !test(entry, keys) : test;
    });
  if (predicates.length === 0) return () => true;
  return (entry) => {
    const keys = entryKeys(entry);
    for (const test of predicates) if (!test(entry, keys)) return false;
    return true;
  };
}
