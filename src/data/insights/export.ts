import type { FetchPage, SessionPage } from '../adapters/adapter.js';
import type { SessionEntry } from '../entry.js';
import type { SessionQuery } from '../query.js';
import { DEFAULT_EXPORT_CAP, EXPORT_PAGE_SIZE } from '../defaults.js';

/**
 * Exports the current filter as CSV (RFC 4180, for spreadsheets) or JSON (for tools), page by page
 * so 100,000 rows never sit in one string, with a cap, progress and cancellation.
 */

export type ExportFormat = 'csv' | 'json';


export const CSV_HEADER: readonly string[] = ['Time (UTC)', 'Admin', 'Email', 'IP', 'Type', 'Method', 'URL', 'User agent'];

const CRLF = '\r\n';

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection": `=`, `+`, `-`, `@`, tab, CR)
 * gets a leading `'`, so `=HYPERLINK(…)` from a logged URL or user agent shows as text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF; quotes inside doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const CSV_HEADER_ROW = CSV_HEADER.map(csvField).join(',');

export interface CsvOptions {
  /** Start with the header row (default true). */
  readonly header?: boolean;
  /** Neutralise formula-like cells (default true). Only for tools that read the CSV as data. */
  readonly neutraliseFormulas?: boolean;
}

function csvCells(entry: SessionEntry): string[] {
  return [
    new Date(entry.time).toISOString(),
    entry.admin?.name ?? '',
    entry.admin?.email ?? '',
    entry.ip ?? '',
    entry.type,
    entry.method,
    entry.url,
    entry.userAgent ?? '',
  ];
}

/** CSV records, one per entry (after the header), without line endings: join them with CRLF. */
export function toCsvRows(entries: readonly SessionEntry[], options: CsvOptions = {}): string[] {
  const neutralise = options.neutraliseFormulas ?? true;
  const rows: string[] = (options.header ?? true) ? [CSV_HEADER_ROW] : [];
  for (const entry of entries) {
    rows.push(csvCells(entry).map((cell) => csvField(neutralise ? neutraliseFormula(cell) : cell)).join(','));
  }
  return rows;
}

/** An entry as exported JSON: exactly the `SessionEntry` fields, the time as ISO 8601 UTC. */
function toJsonRecord(entry: SessionEntry): Record<string, unknown> {
  return {
    id: entry.id,
    time: new Date(entry.time).toISOString(),
    admin: entry.admin ? { id: entry.admin.id, name: entry.admin.name, email: entry.admin.email } : null,
    ip: entry.ip,
    type: entry.type,
    method: entry.method,
    url: entry.url,
    userAgent: entry.userAgent,
  };
}

/** `admin-sessions-2025-12-15T1403Z.csv`, or `…-first-100000.csv` when the export was capped. */
export function exportFileName(format: ExportFormat, exportedAt: number, cappedAt: number | null = null): string {
  const stamp = new Date(exportedAt).toISOString().slice(0, 16).replace(':', '');
  return `admin-sessions-${stamp}Z${cappedAt === null ? '' : `-first-${cappedAt}`}.${format}`;
}

export type ExportPage = readonly SessionEntry[] | Pick<SessionPage, 'entries'>;

export interface ExportOptions {
  /** The pages of the current filter, in order; left (`return()`) as soon as the export stops. */
  readonly pages: AsyncIterable<ExportPage>;
  readonly format: ExportFormat;
  /** At most this many entries (default 100,000). */
  readonly cap?: number;
  readonly signal?: AbortSignal;
  /** Called after each page with the number of entries exported so far. */
  readonly onProgress?: (count: number) => void;
  /** The time the file name states (default: now). */
  readonly now?: number;
  /** Start the CSV with a UTF-8 byte order mark so Excel reads names like "Seán" right (default true). */
  readonly bom?: boolean;
}

export interface ExportResult {
  readonly blob: Blob;
  readonly fileName: string;
  readonly count: number;
  /** True when there was more than `cap` entries and only the first `cap` were exported. */
  readonly capped: boolean;
}

function abortError(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

/** Settles with the iterator's next page, or rejects as soon as the signal aborts. */
function nextPage(iterator: AsyncIterator<ExportPage>, signal: AbortSignal | undefined): Promise<IteratorResult<ExportPage>> {
  if (!signal) return iterator.next();
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    iterator.next().then(
      (result) => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) reject(abortError());
        else resolve(result);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(signal.aborted ? abortError() : error);
      },
    );
  });
}

const entriesOf = (page: ExportPage): readonly SessionEntry[] => (Array.isArray(page) ? page : (page as Pick<SessionPage, 'entries'>).entries);

export async function exportEntries(options: ExportOptions): Promise<ExportResult> {
  const { format, signal, onProgress } = options;
  const cap = options.cap !== undefined && options.cap >= 0 && !Number.isNaN(options.cap) ? Math.floor(options.cap) : DEFAULT_EXPORT_CAP;
  const parts: string[] = [];
  if (format === 'csv') {
    if (options.bom ?? true) parts.push('\uFEFF');
    parts.push(CSV_HEADER_ROW + CRLF);
  } else {
    parts.push('[');
  }
  let count = 0;
  let capped = false;
  const iterator = options.pages[Symbol.asyncIterator]();
  let finished = false;
  try {
    while (true) {
      const result = await nextPage(iterator, signal);
      if (result.done) {
        finished = true;
        break;
      }
      const entries = entriesOf(result.value);
      if (entries.length === 0) continue;
      if (count >= cap) {
        // Only now is it known that there was more than the cap.
        capped = true;
        break;
      }
      const taken = entries.length > cap - count ? entries.slice(0, cap - count) : entries;
      if (taken.length < entries.length) capped = true;
      if (format === 'csv') {
        parts.push(toCsvRows(taken, { header: false }).join(CRLF) + CRLF);
      } else {
        const records = taken.map((entry) => JSON.stringify(toJsonRecord(entry)));
        parts.push((count ? ',\n' : '\n') + records.join(',\n'));
      }
      count += taken.length;
      onProgress?.(count);
      if (capped) break;
    }
  } finally {
    // Stop the source (and its fetches) unless it ran to its end; its own clean-up errors are not ours.
    if (!finished) void Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
  if (format === 'json') parts.push(count ? '\n]\n' : ']\n');
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  return {
    blob: new Blob(parts, { type }),
    fileName: exportFileName(format, options.now ?? Date.now(), capped ? cap : null),
    count,
    capped,
  };
}

export interface PageWalkOptions {
  /** Entries per request (default 500). */
  readonly limit?: number;
  readonly signal?: AbortSignal;
}

/** The pages of a query, following `nextCursor` until the last: the usual source for `exportEntries`. */
export async function* walkPages(fetchPage: FetchPage, query: SessionQuery, options: PageWalkOptions = {}): AsyncGenerator<SessionPage> {
  const signal = options.signal ?? new AbortController().signal;
  let cursor: string | null = null;
  do {
    if (signal.aborted) throw abortError();
    const page: SessionPage = await fetchPage({ query, cursor, newerThan: null, limit: options.limit ?? EXPORT_PAGE_SIZE, signal });
    yield page;
    cursor = page.nextCursor;
  } while (cursor !== null);
}
