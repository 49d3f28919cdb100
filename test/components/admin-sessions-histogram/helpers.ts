import { fixture, html, nextFrame } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions-histogram/admin-sessions-histogram.js';
import type { AdminSessionsHistogram } from '../../../src/components/admin-sessions-histogram/admin-sessions-histogram.js';
import type { HistogramData } from '../../../src/data/histogram/buckets.js';
import type { AdminSessionsHistogramZoomEvent } from '../../../src/events/histogram-events.js';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** 14:00 UTC on 15 December 2025: the start of the hour most tests chart. */
export const T0 = Date.UTC(2025, 11, 15, 14, 0);

/**
 * One hour in 60 one-minute buckets from `T0`: bucket `i` has `i % 7` WEB and `(i * 3) % 11` API
 * requests, except bucket 5 (12 WEB, 40 API, the peak) and bucket 30 (empty).
 */
export function hourData(): HistogramData {
  const web = Array.from({ length: 60 }, (_, i) => i % 7);
  const api = Array.from({ length: 60 }, (_, i) => (i * 3) % 11);
  web[5] = 12;
  api[5] = 40;
  web[30] = 0;
  api[30] = 0;
  return { start: T0, size: MINUTE, web, api };
}

/** Chart area is 600 × 100 px, so each of 60 buckets is 10 px wide. */
export async function mount(
  data: HistogramData | null = hourData(),
  options: { from?: number | null; to?: number | null } = {},
): Promise<AdminSessionsHistogram> {
  const el = await fixture<AdminSessionsHistogram>(html`<admin-sessions-histogram
    style="width: 600px; --admin-sessions-histogram-height: 100px"
    locale="en-US"
    time-zone="UTC"
    .data=${data}
    .from=${'from' in options ? options.from : T0}
    .to=${'to' in options ? options.to : T0 + HOUR - 1}
  ></admin-sessions-histogram>`);
  await settle(el);
  return el;
}

export async function settle(el: AdminSessionsHistogram): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

export function part<T extends Element = HTMLElement>(el: AdminSessionsHistogram, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Whether a part is rendered (a boolean, so a failing assertion never has to print a DOM node). */
export function shown(el: AdminSessionsHistogram, name: string): boolean {
  return part(el, name) !== null;
}

export function parts<T extends Element = Element>(el: AdminSessionsHistogram, name: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

export const chart = (el: AdminSessionsHistogram) => part(el, 'chart')!;
export const tooltipText = (el: AdminSessionsHistogram) => part(el, 'tooltip')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
/** What a screen reader says for the chosen bucket: the chart is a slider, this its value text. */
export const spokenBucket = (el: AdminSessionsHistogram) => chart(el).getAttribute('aria-valuetext') ?? '';

/** Viewport point over the middle of a bucket's column (halfway up the plot), as the mouse sees it. */
export function bucketPoint(el: AdminSessionsHistogram, index: number, dx = 0): [number, number] {
  const box = part(el, 'plot')!.getBoundingClientRect();
  const count = el.data ? Math.min(el.data.web.length, el.data.api.length) : 1;
  return [Math.round(box.left + ((index + 0.5) / count) * box.width + dx), Math.round(box.top + box.height / 2)];
}

export async function moveTo(position: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position });
}

/** Records every zoom event the element fires. */
export function recordZooms(el: AdminSessionsHistogram): AdminSessionsHistogramZoomEvent[] {
  const events: AdminSessionsHistogramZoomEvent[] = [];
  el.addEventListener('admin-sessions-histogram-zoom', (event) => events.push(event));
  return events;
}
