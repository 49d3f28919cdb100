/** What `load.ts` loads: the query language's parser, matchers and English describers, the unusual-activity marks and folding repeats. */
export { parseQuery, splitForServer } from './query-language.js';
export { compileTerms } from './query-match.js';
export { UnusualTracker } from './unusual.js';
export { describeQueryProblem, describeTermMeaning, termMeaning } from './query-describe.js';
export { collapseRepeats } from './collapse.js';
