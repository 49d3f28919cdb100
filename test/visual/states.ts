/**
 * The widget's five states the visual tests (`test/visual/`) and the axe checks
 * (`test/accessibility/axe-states.test.ts`) look at, at the widths they look at them: the same data,
 * the same clock, the same attributes, so both see the same pixels.
 *
 * Deterministic: a fixed data set (`makeEntries`, fixed times), a fixed range (absolute `from`/`to`),
 * `Date` faked to a fixed `now` (only `Date`: timers and frames stay real, so Lit and msw run),
 * `cache="none"`, no auto-refresh, `locale="en"`, `time-zone="UTC"`, the caret transparent, and
 * every part (histogram, query language, the picker's calendar) arrived before a state is done.
 */
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessionsRange } from '../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { FetchPage } from '../../src/data/adapters/adapter.js';
import type { SessionEntry } from '../../src/data/entry.js';
import { SessionsError } from '../../src/data/errors.js';
import { partsSettled } from '../helpers/all-parts.js';
import { makeEntries } from '../helpers/entries.js';
import { rowsOf, shadowPart, tableOf, until } from '../helpers/msw.js';

export const WIDTHS = [390, 768, 1440] as const;
export const STATES = ['loaded', 'empty', 'error', 'picker-open', 'details-open'] as const;
export type State = (typeof STATES)[number];

/** The newest entry; the range is the hour up to it, and "now" five minutes after it. */
const NEWEST = Date.UTC(2025, 11, 15, 12);
const FROM = '2025-12-15T11:00:00Z';
const TO = '2025-12-15T12:00:00Z';
export const NOW = NEWEST + 5 * 60_000;
const HEIGHT = 900;

function pages(entries: readonly SessionEntry[] | 'error'): FetchPage {
  return async ({ newerThan }) => {
    if (entries === 'error') throw new SessionsError('server', 'The server failed (500).', 500);
    if (newerThan) return { entries: [], total: entries.length, nextCursor: null };
    return { entries: entries.slice(0, 50), total: entries.length, nextCursor: null };
  };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

let clock: sinon.SinonFakeTimers | null = null;
let caretStyle: HTMLStyleElement | null = null;

/** A fixed `now` and no caret; call in `before`, undo with `restoreScene` in `after`. */
export function setScene(): void {
  clock = sinon.useFakeTimers({ now: NOW, toFake: ['Date'] });
  caretStyle = document.createElement('style');
  // caret-color is inherited, into shadow roots too. The page's own margin off, so the widget
  // starts at the top left of the viewport.
  caretStyle.textContent = 'html, body { margin: 0; padding: 0; caret-color: transparent; background: #fff; }';
  document.head.append(caretStyle);
}

export function restoreScene(): void {
  clock?.restore();
  caretStyle?.remove();
  clock = null;
  caretStyle = null;
}

/**
 * `<admin-sessions>` in `state`, the viewport `width` px wide, in a frame the viewport's size
 * (an open picker's panel and the details stay inside it). Returns the widget and its frame.
 */
export async function mountState(state: State, width: number): Promise<{ el: AdminSessions; frame: HTMLElement }> {
  await setViewport({ width, height: HEIGHT });
  // 40 requests spread over the hour (about one every 89 s), so the histogram has bars across it.
  const data = state === 'error' ? 'error' : state === 'empty' ? [] : makeEntries(40, NEWEST).map((entry, i) => ({ ...entry, time: NEWEST - i * 89_000 }));
  const wrapper = await fixture<HTMLElement>(html`<div data-visual-frame style="box-sizing: border-box; width: ${width}px; min-height: ${HEIGHT}px; padding: 0;">
    <admin-sessions cache="none" locale="en" time-zone="UTC" from=${FROM} to=${TO} .fetchPage=${pages(data)}></admin-sessions>
  </div>`);
  const el = wrapper.querySelector<AdminSessions>('admin-sessions')!;
  if (state === 'error') await until(() => shadowPart(el, 'error') !== null, 'no error shown');
  else if (state === 'empty') await until(() => shadowPart(el, 'empty') !== null, 'no empty state');
  else await until(() => rowsOf(el).length >= 10, 'no rows');
  await partsSettled(el);

  if (state === 'details-open') {
    tableOf(el).dispatchEvent(new CustomEvent('admin-sessions-row-toggle', { detail: { id: rowsOf(el)[1]!.dataset.id }, bubbles: true, composed: true }));
    await until(() => el.shadowRoot!.querySelector('admin-sessions-details') !== null, 'no details');
    const details = el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('admin-sessions-details')!;
    await details.updateComplete;
  }
  if (state === 'picker-open') {
    const range = el.shadowRoot!.querySelector<AdminSessionsRange>('admin-sessions-range')!;
    await range.updateComplete;
    const trigger = range.shadowRoot!.querySelector<HTMLButtonElement>('[part~="trigger"]')!;
    trigger.click();
    await until(() => trigger.getAttribute('aria-expanded') === 'true', 'the picker did not open');
    // The calendar loads on the first open.
    await until(() => range.shadowRoot!.querySelector('[part~="calendar"] .flatpickr-calendar') !== null, 'no calendar');
    await range.updateComplete;
  }
  await el.updateComplete;
  await document.fonts.ready;
  // Layout and paint after the last update (the histogram measures its width in a frame).
  await frame();
  await frame();
  return { el, frame: wrapper };
}
