/**
 * What the sync-url and zoom tests of issue 16 (points 7 and 12) share: the widget on the mock
 * server's 7 days, its search box and Zoom out, the URL's view, Back, and typing a search.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import { untilTicking, type FakeClock } from '../../helpers/fake-clock.js';
import { mockApi } from '../../helpers/mock-api.js';
import { rowsOf, shadowPart, until } from '../../helpers/msw.js';

export const HOUR = 3_600_000;

export async function mount(attributes: { syncUrl?: boolean } = { syncUrl: true }): Promise<AdminSessions> {
  const api = mockApi({ count: 200 });
  const el = await fixture<AdminSessions>(
    html`<admin-sessions cache="none" ?sync-url=${attributes.syncUrl} range="7d" locale="en" endpoint=${api.nativePath}></admin-sessions>`,
  );
  await until(() => rowsOf(el).length > 5, 'no rows');
  await partsSettled(el);
  return el;
}

export const searchBox = (el: AdminSessions) => shadowPart(el, 'search') as HTMLInputElement;
export const hideMeBox = (el: AdminSessions) => el.shadowRoot!.querySelector<HTMLInputElement>('[part~="hide-me"] input')!;
export const param = (name: string) => new URL(location.href).searchParams.get(`as.${name}`);
export const zoomOut = (el: AdminSessions) => shadowPart(el, 'zoom-out') as HTMLButtonElement;
/** A control a person can see and use: laid out, visible, not inert. */
export const usable = (control: HTMLElement) => getComputedStyle(control).visibility === 'visible' && !control.inert && control.getBoundingClientRect().width > 0;

/** Browser Back, waiting for the entry it lands on. */
export function back(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    history.back();
  });
}

/** Replaces the search text the way a person does: select all, type, on a fake clock past the debounce. */
export async function typeSearch(el: AdminSessions, clock: FakeClock, text: string): Promise<void> {
  searchBox(el).focus();
  searchBox(el).select();
  await sendKeys({ type: text });
  // The keystrokes' input events first (on a busy machine they may come after sendKeys returns),
  // then the debounce's 300 ms, then the search written to the URL.
  await untilTicking(clock, () => searchBox(el).value === text, `the box did not show "${text}"`);
  await clock.tickAsync(300);
  await untilTicking(clock, () => param('q') === text, `the search "${text}" was not written to the URL`);
  await el.updateComplete;
}
