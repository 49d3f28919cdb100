import type { ReactiveController, ReactiveControllerHost } from 'lit';
// The export's progress and outcome texts (English) come with it.
import '../i18n/en-parts.js';
import { SessionsError, isAbortError, unreadableLog } from '../data/errors.js';
import { DEFAULT_EXPORT_CAP, EXPORT_PAGE_SIZE, EXPORT_STATUS_MS } from '../data/defaults.js';
import { exportEntries, walkPages, type ExportFormat } from '../data/insights/export.js';
import { loadInsights } from '../data/insights/load.js';
import type { UnusualMarks } from '../data/insights/unusual.js';
import type { SessionQuery } from '../data/query.js';
import { ownEntryTest, serverQuery, splitSearch } from '../data/view.js';
import type { SourceController } from './source-controller.js';

/** An export in progress, finished, cancelled or failed. */
export type ExportStatus =
  | { readonly state: 'running'; readonly count: number; readonly cap: number }
  | { readonly state: 'done'; readonly count: number; readonly capped: boolean; readonly cap: number }
  | { readonly state: 'cancelled' }
  | { readonly state: 'failed'; readonly error: SessionsError };

export interface ExportControllerOptions {
  readonly source: SourceController;
  readonly query: () => SessionQuery;
  /** The unusual-activity marks of the loaded rows (`is:new-ip` and the like match by them). */
  readonly marks: () => UnusualMarks;
  readonly currentAdmin: () => string | null;
  readonly cap: () => number;
  /** Hands the finished file to the browser (a download link is clicked). */
  readonly save: (blob: Blob, fileName: string) => void;
}

/**
 * Streams every page of the current filter from the server into a CSV or JSON file, with the
 * same filters over the rows as the table (terms the server cannot do, Hide me); one at a time,
 * cancellable, cancelled when the host leaves the page. The status is data: the element words it.
 */
export class ExportController implements ReactiveController {
  status: ExportStatus | null = null;
  readonly #host: ReactiveControllerHost;
  readonly #options: ExportControllerOptions;
  #controller: AbortController | null = null;
  #clearTimer: ReturnType<typeof setTimeout> | null = null;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: ExportControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.cancel();
    this.#clear();
  }

  cancel(): void {
    this.#controller?.abort();
  }

  async start(format: ExportFormat): Promise<void> {
    const { source, currentAdmin } = this.#options;
    const fetchPage = source.source?.fetchPage;
    if (!fetchPage || this.status?.state === 'running') return;
    const requested = this.#options.cap();
    const cap = Number.isFinite(requested) && requested > 0 ? Math.floor(requested) : DEFAULT_EXPORT_CAP;
    const controller = (this.#controller = new AbortController());
    const query = this.#options.query();
    const marks = this.#options.marks();
    const own = ownEntryTest(query.hideMe ? currentAdmin() : null);
    this.#set({ state: 'running', count: 0, cap });
    try {
      // The search is read with the query language (its chunk, usually there already).
      const { compileTerms } = await loadInsights();
      const { split } = splitSearch(query.q, source.capabilities);
      const matches = compileTerms(split.localTerms, { marks });
      const pages = walkPages(fetchPage, serverQuery(query, source.capabilities), { limit: EXPORT_PAGE_SIZE, signal: controller.signal });
      async function* filtered() {
        for await (const page of pages) yield page.entries.filter((entry) => matches(entry) && !own(entry));
      }
      const result = await exportEntries({
        pages: filtered(),
        format,
        cap,
        signal: controller.signal,
        onProgress: (count) => this.#set({ state: 'running', count, cap }),
      });
      this.#options.save(result.blob, result.fileName);
      this.#set({ state: 'done', count: result.count, capped: result.capped, cap });
    } catch (error) {
      this.#set(isAbortError(error) ? { state: 'cancelled' } : { state: 'failed', error: error instanceof SessionsError ? error : unreadableLog(error) });
    } finally {
      this.#controller = null;
    }
  }

  /**
   * A finished or cancelled export says so for `EXPORT_STATUS_MS`; a failure stays until the next
   * export, so its reason can be read.
   */
  #set(status: ExportStatus): void {
    if (this.#clearTimer) clearTimeout(this.#clearTimer);
    this.#clearTimer = null;
    this.status = status;
    // (Cancelled by leaving the page: no timer left behind.)
    if (this.#connected && (status.state === 'done' || status.state === 'cancelled')) this.#clearTimer = setTimeout(() => this.#clear(), EXPORT_STATUS_MS);
    this.#host.requestUpdate();
  }

  #clear(): void {
    if (this.#clearTimer) clearTimeout(this.#clearTimer);
    this.#clearTimer = null;
    if (!this.status || this.status.state === 'running') return;
    this.status = null;
    this.#host.requestUpdate();
  }
}
