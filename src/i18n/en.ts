import { ageInUnits, formatCount, inParentheses as paren, plural, type PluralForms } from './format.js';
import { insights } from '../data/insights/load.js';
import type { Messages } from './messages.js';

/** The sections that come with the parts loaded on demand (`en-parts.ts`). */
export type EnPartSection = 'range' | 'refresh' | 'histogram';
/** The sections that come with the investigation tools (`en-tools.ts`). */
export type EnToolSection = 'nav' | 'facets' | 'views' | 'keyboard' | 'columns';

/** The texts of the `sessions` section that come with the export's and `sync-url`'s code (`en-parts.ts`): the export's progress and outcome, a copied link's. */
export type EnSessionsPart = 'exporting' | 'exported' | 'exportCancelled' | 'exportFailed' | 'linkCopied' | 'linkNotCopied';

const n = (value: number) => formatCount('en', value);
const p = (value: number, forms: PluralForms<'one'>) => plural('en', value, forms);

const AGE_UNITS = { second: 's', minute: 'min', hour: 'h' } as const;

/**
 * English: the source language and the fallback. The sections of the parts loaded on demand
 * (`range`, `refresh`, `histogram`, the details element's texts and the unusual-activity reasons) are in `en-parts.ts`, which
 * those parts import: they come in their chunks, and are added here when the first of them loads.
 */
export const en = {
  table: {
    label: 'Admin session log',
    keys: 'Arrow keys move between rows; Enter opens a row’s details.',
    date: 'Date',
    ip: 'IP',
    admin: 'Admin',
    url: 'URL',
    type: 'Type',
    method: 'Method',
    deletedAdmin: 'Deleted admin',
    noIp: 'no IP',
    sortedLocally: '(loaded rows)',
    newIp: 'new IP',
    burst: 'burst',
    repeats: (count) => `×${count}`,
    repeatsTitle: (count) => `${count} identical requests in a row`,
  },
  sessions: {
    loading: 'Loading requests…',
    empty: 'No requests in this range.',
    logIn: 'Log in again',
    loadingMore: 'Loading more…',
    noLoadedMatches: (loaded) => `No matching requests in the ${n(loaded)} loaded ${p(loaded, { one: 'row', other: 'rows' })}.`,
    searchOlder: 'Search older requests',
    partSlow: (part) => `Loading ${{ range: 'the range picker', refresh: 'auto-refresh', histogram: 'the histogram', details: 'the details', facets: 'the facets', views: 'saved views' }[part]}…`,
    partFailed: (part) => `${{ range: 'The range picker', refresh: 'Auto-refresh', histogram: 'The histogram', details: 'The details', facets: 'The facets', views: 'Saved views' }[part]} could not be loaded.`,
    retry: 'Retry',
    noMatches: 'No requests in this range match the search.',
    search: 'Search',
    searchPlaceholder: 'Search admin, email, IP, URL…',
    filters: 'Filters',
    facets: 'Facets',
    hideMe: 'Hide me',
    timeZone: 'Time zone',
    local: 'Local',
    utc: 'UTC',
    server: (zone) => `Server (${zone})`,
    cached: (ageMs) => {
      const age = ageInUnits(ageMs);
      return `Cached rows from ${n(age.value)} ${AGE_UNITS[age.unit]} ago; updating…`;
    },
    shown: (count, total) =>
      total === null
        ? `${n(count)} ${p(count, { one: 'request', other: 'requests' })}`
        : `${n(count)} of ${n(total)} ${p(total, { one: 'request', other: 'requests' })}`,
    localMatch: (fields, loaded) =>
      `${fields} matches are searched in the ${n(loaded)} ${p(loaded, { one: 'loaded row', other: 'loaded rows' })} only.`,
    newEntries: (count) => `${n(count)} ${p(count, { one: 'new entry', other: 'new entries' })}`,
    announced: (count) => `${n(count)} ${p(count, { one: 'new request', other: 'new requests' })} logged.`,
    fieldNames: { url: 'URL', method: 'method', type: 'type', admin: 'admin', email: 'email', ip: 'IP', time: 'date' },
    localTerms: (description) => `Filtered over the loaded rows: ${description}.`,
    // The data layer words the terms in English already.
    // Terms and problems only come from a parse, so the query language is there.
    localTerm: (meaning) => insights()!.describeTermMeaning(meaning),
    collapse: 'Fold repeats',
    exportCsv: 'Export CSV',
    exportJson: 'Export JSON',
    // The export's progress and outcome are in `en-parts.ts`, with the export's code.
    cancel: 'Cancel',
    copyLink: 'Copy link',
    copyFixedLink: 'Copy link with fixed times',
    // The data layer words its problems in English already.
    queryProblem: (problem) => insights()!.describeQueryProblem(problem),
  },
  // The details element's texts and the unusual-activity reasons (the table's badges) are in `en-parts.ts`.
  details: {},
  errors: {
    unauthorized: ({ detail }) => `Your session has expired${paren(detail)}. Log in again to see the log.`,
    forbidden: ({ detail }) => `You do not have permission to view the admin session log${paren(detail)}.`,
    'not-found': ({ detail }) => `The session log endpoint was not found (404)${paren(detail)}. Check the endpoint attribute.`,
    'rate-limited': ({ detail, retryAfter }) =>
      `The server is receiving too many requests${paren(detail)}.${retryAfter === null ? '' : ` Retrying in ${n(retryAfter)} s.`}`,
    server: ({ status, detail, retryAfter }) =>
      `The server failed to load the log (HTTP ${status}${detail ? `: ${detail}` : ''}).${retryAfter === null ? '' : ` Retrying in ${n(retryAfter)} s.`}`,
    network: ({ detail }) => `The server could not be reached${paren(detail)}. Check the connection.`,
    timeout: ({ timeoutSeconds, detail }) =>
      timeoutSeconds === null
        ? `The server did not answer in time${paren(detail)}.`
        : `The server did not answer within ${n(timeoutSeconds)} s${paren(detail)}.`,
    'bad-response': ({ status, detail }) =>
      status >= 300
        ? `The server answered HTTP ${status}${paren(detail)}.`
        : `The server's answer was not a session log page${paren(detail)}.`,
    config: ({ detail }) => `The element is not configured correctly${paren(detail)}.`,
    endpointMissing: 'Set the endpoint attribute to the session log API URL.',
    endpointNotHttp: (endpoint) => `The endpoint "${endpoint}" is not an http(s) URL.`,
    endpointInvalid: (endpoint) => `The endpoint "${endpoint}" is not a valid URL.`,
  },
} satisfies Omit<Messages, EnPartSection | EnToolSection | 'details' | 'sessions'> & {
  details: object;
  sessions: Omit<Messages['sessions'], EnSessionsPart>;
} as unknown as Messages;
