/**
 * The query-language terms applied over the loaded rows, in the widget's language, for the note
 * under the toolbar ("Filtered over the loaded rows: …").
 *
 * The data layer reports each term's meaning in data (`termMeaning`, src/data/insights/
 * query-language.ts) and the dictionaries word it (`msg.sessions.localTerm`). Values are clipped
 * first: a 100 KB e-mail picked with "Only this admin" must not make a 100 KB note.
 */
import { insights } from '../data/insights/load.js';
import type { Term, TermMeaning } from '../data/insights/query-words.js';
import { DISPLAY_LIMIT, clip } from '../internal/format.js';
import type { Messages } from './messages.js';

/** What the note needs from a `LocalizeController`. */
export interface TermsLocalizer {
  readonly msg: Messages;
}

function clipped(meaning: TermMeaning): TermMeaning {
  if (meaning.kind === 'contains' || meaning.kind === 'equals') return { ...meaning, value: clip(meaning.value, DISPLAY_LIMIT.quote) };
  return meaning;
}

/** The terms in words, joined by "; "; '' when there are none. */
export function describeLocalTerms(terms: readonly Term[], localize: TermsLocalizer): string {
  return terms.map((term) => localize.msg.sessions.localTerm(clipped(insights()!.termMeaning(term)))).join('; ');
}

/**
 * The whole note (`msg.sessions.localTerms`), or '' when no term is applied over the loaded rows, or
 * while the query language (which words the terms) is not there: a plain search's words are matched
 * before, and the note follows with the chunk.
 */
export function localTermsNote(terms: readonly Term[], localize: TermsLocalizer): string {
  return terms.length && insights() ? localize.msg.sessions.localTerms(describeLocalTerms(terms, localize)) : '';
}
