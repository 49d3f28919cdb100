import type { QueryProblem, Term, TermMeaning } from './query-words.js';

/** What a problem or a term means, in data and in English (the UI words them through its dictionaries). */

/** The English sentence for a problem (the UI shows it through its dictionaries). */
export function describeQueryProblem(problem: QueryProblem): string {
  switch (problem.kind) {
    case 'unclosed-quote':
      return 'This quote is never closed: add a closing ".';
    case 'unknown-key':
      return problem.suggestion
        ? `Unknown filter “${problem.key}:”. Did you mean “${problem.suggestion}:”?`
        : `Unknown filter “${problem.key}:”. Filters are ${problem.known.map((k) => `${k}:`).join(', ')}; put the text in quotes to search for it as it is.`;
    case 'missing-value':
      return problem.spaced ? `“${problem.key}:” needs a value right after the colon, without a space` : `“${problem.key}:” needs a value`;
    case 'bad-method':
      return `“${problem.value}” is not an HTTP method${problem.suggestion ? `. Did you mean ${problem.suggestion}?` : ` (${problem.methods.join(', ')})`}`;
    case 'bad-type':
      return `The request type is web or api, not “${problem.value}”`;
    case 'bad-is':
      return `Unknown “is:” value “${problem.value}”. ${problem.suggestion ? `Did you mean is:${problem.suggestion}?` : `Use is:${problem.values.join(' or is:')}.`}`;
    case 'bad-prefix':
      return `“${problem.prefix}” is not a valid prefix length for this address (0–${problem.width})`;
    case 'bad-cidr-base':
      return `“${problem.base}” is not an IP address, so “${problem.value}” is not a CIDR range`;
    case 'bad-ip':
      return `“${problem.value}” is not an IP address or CIDR range (like 203.0.113.7, 10.0.0.0/8 or 2001:db8::/32)`;
  }
}

/** What `term` asks for, in data (see `TermMeaning`). */
export function termMeaning(term: Term): TermMeaning {
  const { value, negated } = term;
  switch (term.key) {
    case 'text':
      return { kind: 'contains', field: 'any', value, negated };
    case 'admin':
    case 'email':
    case 'url':
      return { kind: 'contains', field: term.key, value, negated };
    case 'ip':
      if (!term.cidr) return { kind: 'contains', field: 'ip', value, negated };
      if (term.cidr.prefix === (term.cidr.version === 4 ? 32 : 128)) return { kind: 'equals', field: 'ip', value: value.trim(), negated };
      return { kind: 'in-range', network: term.cidr.network, negated };
    case 'method':
    case 'path':
      return { kind: 'equals', field: term.key, value, negated };
    case 'type':
      return { kind: 'equals', field: 'type', value: value.toUpperCase(), negated };
    case 'is':
      return { kind: 'flag', flag: value === 'new-ip' ? 'new-ip' : 'burst', negated };
  }
}

const FIELD_LABELS: Readonly<Record<'admin' | 'email' | 'url' | 'ip' | 'method' | 'type' | 'path', string>> = {
  admin: 'admin',
  email: 'email',
  url: 'URL',
  ip: 'IP',
  method: 'method',
  type: 'type',
  path: 'path',
};

/** A `TermMeaning` in English: `URL contains “bell”`, `IP not in 10.0.0.0/8`, `not part of a burst`. */
export function describeTermMeaning(meaning: TermMeaning): string {
  const { negated } = meaning;
  switch (meaning.kind) {
    case 'contains':
      if (meaning.field === 'any') return negated ? `no field contains “${meaning.value}”` : `a field contains “${meaning.value}”`;
      return `${FIELD_LABELS[meaning.field]} ${negated ? 'does not contain' : 'contains'} “${meaning.value}”`;
    case 'equals':
      return `${FIELD_LABELS[meaning.field]} ${negated ? 'is not' : 'is'} ${meaning.value}`;
    case 'in-range':
      return `IP ${negated ? 'not in' : 'in'} ${meaning.network}`;
    case 'flag':
      if (meaning.flag === 'new-ip') return negated ? 'not from a new IP' : 'from a new IP for the admin';
      return negated ? 'not part of a burst' : 'part of a burst of changing requests';
  }
}
