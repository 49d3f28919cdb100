/**
 * Issue 7, point 4: light and dark via `color-scheme` / `prefers-color-scheme`. The widget follows
 * the colour scheme around it, as the browser's own form controls do, so it matches the panel it is
 * embedded in: a light-only admin template keeps a light widget on a dark system, a dark one (e.g.
 * Bootstrap 5.3's `data-bs-theme="dark"`, which sets `color-scheme: dark`) gets a dark widget.
 * On a system set to dark: test/theming/dark-system.test.ts (its own test group).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/admin-sessions/admin-sessions.js';
import '../helpers/all-parts.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage } from '../../src/data/adapters/adapter.js';
import { makeEntries } from '../helpers/entries.js';
import { rowsOf, tableOf, until } from '../helpers/msw.js';
import { textContrast } from '../helpers/contrast.js';

const entries = makeEntries(20, Date.now() - 60_000);
const fetchPage: FetchPage = async () => ({ entries, total: entries.length, nextCursor: null });

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(20, 23, 27)';

/** The widget inside a wrapper with the given `color-scheme` (none: the page declares nothing). */
async function mount(pageScheme: string | null, ownScheme: string | null = null): Promise<AdminSessions> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${pageScheme ? `color-scheme: ${pageScheme}` : ''}>
    <admin-sessions cache="none" style=${ownScheme ? `color-scheme: ${ownScheme}` : ''}></admin-sessions>
  </div>`);
  const el = wrapper.querySelector<AdminSessions>('admin-sessions')!;
  el.fetchPage = fetchPage;
  await until(() => rowsOf(el).length > 3, 'no rows');
  return el;
}

/** What a person sees: the frame's background, the header row's and the refresh switch's look. */
function colours(el: AdminSessions): string {
  const header = tableOf(el).shadowRoot!.querySelector('th[part~="header-cell"]')!;
  const refresh = el.shadowRoot!.querySelector('admin-sessions-refresh')!;
  const track = refresh.shadowRoot!.querySelector('.track')!;
  return [getComputedStyle(el).backgroundColor, getComputedStyle(header).backgroundColor, getComputedStyle(track).borderColor].join(' | ');
}

describe('light and dark follow the colour scheme around the widget', () => {
  it('is dark inside a dark page and light inside a light one', async () => {
    const dark = await mount('dark');
    const light = await mount('light');
    expect(getComputedStyle(dark).backgroundColor).to.equal(DARK);
    expect(getComputedStyle(light).backgroundColor).to.equal(LIGHT);
    // Every part changes with it, not only the frame.
    const [, darkHeader, darkTrack] = colours(dark).split(' | ');
    const [, lightHeader, lightTrack] = colours(light).split(' | ');
    expect(darkHeader).to.not.equal(lightHeader);
    expect(darkTrack).to.not.equal(lightTrack);
  });

  it('takes the colour scheme set on the element itself over the page’s', async () => {
    expect(getComputedStyle(await mount('light', 'dark')).backgroundColor).to.equal(DARK);
    expect(getComputedStyle(await mount('dark', 'light')).backgroundColor).to.equal(LIGHT);
  });
});

describe('text on the accent colour', () => {
  /** The widget with its "new entries" pill showing: scrolled away, then a refresh adds rows. */
  async function withPill(pageScheme: string): Promise<HTMLElement> {
    let rows = makeEntries(60, Date.now() - 60 * 60_000);
    const wrapper = await fixture<HTMLElement>(html`<div style="color-scheme: ${pageScheme}"><admin-sessions cache="none"></admin-sessions></div>`);
    const el = wrapper.querySelector<AdminSessions>('admin-sessions')!;
    el.fetchPage = async (request) => {
      if (!request.newerThan) return { entries: rows, total: rows.length, nextCursor: null };
      const fresh = makeEntries(3, rows[0]!.time + 3000, 'new-');
      rows = [...fresh, ...rows];
      return { entries: fresh, total: null, nextCursor: null };
    };
    await until(() => rowsOf(el).length > 3, 'no rows');
    const scroller = tableOf(el).shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
    scroller.scrollTop = rowsOf(el)[0]!.getBoundingClientRect().height * 30;
    scroller.dispatchEvent(new Event('scroll'));
    await until(() => !rowsOf(el).some((row) => row.dataset.index === '0'), 'not scrolled away');
    await el.refresh();
    await until(() => el.shadowRoot!.querySelector('[part~="new-entries-pill"]') !== null, 'no pill');
    return el.shadowRoot!.querySelector<HTMLElement>('[part~="new-entries-pill"]')!;
  }

  it('is readable on the "new entries" pill in the light and in the dark (WCAG AA, 4.5:1)', async () => {
    const light = await withPill('light');
    const dark = await withPill('dark');
    expect(textContrast(light), 'light').to.be.at.least(4.5);
    expect(textContrast(dark), 'dark').to.be.at.least(4.5);
  });
});
