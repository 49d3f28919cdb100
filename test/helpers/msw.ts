import { nextFrame, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

/** One msw worker per test page; handlers are swapped per test. */
export const worker = setupWorker();
let started: Promise<unknown> | null = null;

export function startWorker(): Promise<unknown> {
  started ??= worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  return started;
}

export function useHandlers(...handlers: RequestHandler[]): void {
  worker.resetHandlers(...handlers);
}

/** Every string in an element's shadow trees, deep: what a person or a script could read from the DOM. */
export function deepMarkup(root: Element | ShadowRoot): string {
  let out = root instanceof Element ? root.outerHTML : '';
  const elements = root.querySelectorAll('*');
  if (root instanceof Element && root.shadowRoot) out += deepMarkup(root.shadowRoot);
  if (root instanceof ShadowRoot) out += [...root.children].map((child) => child.outerHTML).join('');
  for (const element of elements) {
    if (element.shadowRoot) out += deepMarkup(element.shadowRoot);
  }
  return out;
}

/** The table element inside `<admin-sessions>`. */
export function tableOf(el: HTMLElement): HTMLElement {
  return el.shadowRoot!.querySelector('admin-sessions-table') as HTMLElement;
}

/** The rendered rows as a person reads them: one array of trimmed cell texts per row. */
export function rowsOf(el: HTMLElement): HTMLElement[] {
  // None before the widget's first render (it waits for its language's texts).
  return [...(tableOf(el)?.shadowRoot?.querySelectorAll<HTMLElement>('tr[part~="row"]') ?? [])];
}

/**
 * Until the table's rows are settled: it paints the rows in view first and adds the rows above and
 * below them (its overscan) two frames later. For tests that count the rows now and compare later.
 * Frame by frame, so that it also works on a fake clock.
 */
export async function rowsSettled(el: HTMLElement): Promise<void> {
  for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await (tableOf(el) as unknown as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
}

export function partText(row: Element, part: string): string {
  return row.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function shadowPart(el: HTMLElement, part: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);
}

/** A promise and its resolver, to hold a mocked response until the test lets it go. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** `waitUntil` with room for a loaded CI machine and Firefox's slower start. */
export function until(predicate: () => unknown, message?: string, timeout = 5000): Promise<void> {
  return waitUntil(predicate, message, { timeout });
}

/** One `fetch` call seen by `watchFetches`. */
export interface WatchedFetch {
  readonly url: URL;
  /** Settles once the page got the answer: the body read (text/json), or the fetch failed or was aborted. */
  readonly answered: Promise<void>;
}

/**
 * Records the page's `fetch` calls whose URL matches, each with a promise that settles once the
 * answer reached the widget (its body read, or the request failed or was aborted). A test that
 * checks a late or stale answer changed nothing waits for this first: it proves the widget had the
 * answer in hand, instead of hoping a fixed wait was long enough.
 */
export function watchFetches(match: (url: URL) => boolean): { readonly calls: WatchedFetch[]; restore(): void } {
  const calls: WatchedFetch[] = [];
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const result = realFetch(input, init);
    if (!match(url)) return result;
    let answered!: () => void;
    calls.push({ url, answered: new Promise<void>((resolve) => (answered = resolve)) });
    return result.then(
      (response) => {
        for (const reader of ['text', 'json', 'arrayBuffer', 'blob'] as const) {
          const read = response[reader].bind(response) as () => Promise<unknown>;
          (response as unknown as Record<string, unknown>)[reader] = () => {
            const body = read();
            body.then(answered, answered);
            return body;
          };
        }
        return response;
      },
      (error: unknown) => {
        answered();
        throw error;
      },
    );
  };
  return { calls, restore: () => void (window.fetch = realFetch) };
}

/** Waits until the widget had each watched answer in hand, then for the tasks and render that follow. */
export async function answersHandled(calls: readonly WatchedFetch[], el?: { updateComplete: Promise<unknown> }): Promise<void> {
  await Promise.all(calls.map((call) => call.answered));
  await nextFrame();
  await el?.updateComplete;
}
