/**
 * On a system set to dark. This file runs in its own test group (web-test-runner.config.mjs,
 * `dark-system`): Chromium starts with `--force-dark-mode` and Firefox with its dark-theme prefs, so
 * `prefers-color-scheme: dark` holds as it does for an admin whose system is dark. Nothing is
 * emulated (puppeteer cannot emulate media features in Firefox). The widget follows the page's
 * `color-scheme`, as the browser's own form controls do (test/theming/color-scheme.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/admin-sessions/admin-sessions.js';
import '../helpers/all-parts.js';
import '../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessionsRange } from '../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { FetchPage } from '../../src/data/adapters/adapter.js';
import { makeEntries } from '../helpers/entries.js';
import { rowsOf, until } from '../helpers/msw.js';
import { openPanel } from '../components/admin-sessions-range/helpers.js';

const entries = makeEntries(20, Date.now() - 60_000);
const fetchPage: FetchPage = async () => ({ entries, total: entries.length, nextCursor: null });

/** The widget's default backgrounds. */
const WIDGET = { light: 'rgb(255, 255, 255)', dark: 'rgb(20, 23, 27)' };
/** The range picker's default surfaces: the widget's background (one set of theme defaults, src/internal/theme.ts). */
const PICKER = WIDGET;

async function widgetIn(pageScheme: string | null): Promise<AdminSessions> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${pageScheme ? `color-scheme: ${pageScheme}` : ''}>
    <admin-sessions cache="none"></admin-sessions>
  </div>`);
  const el = wrapper.querySelector<AdminSessions>('admin-sessions')!;
  el.fetchPage = fetchPage;
  await until(() => rowsOf(el).length > 3, 'no rows');
  return el;
}

async function calendarBackground(range: AdminSessionsRange): Promise<string> {
  await openPanel(range);
  return getComputedStyle(range.shadowRoot!.querySelector('.flatpickr-calendar')!).backgroundColor;
}

describe('on a system set to dark (set in the browser, not emulated)', () => {
  before(() => {
    // Without this the rest would test nothing: the group's launch settings must have taken effect.
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the browser prefers dark').to.equal(true);
  });

  it('keeps the widget and its picker light in a page that declares no colour scheme (a light-only panel)', async () => {
    const el = await widgetIn(null);
    expect(getComputedStyle(el).backgroundColor).to.equal(WIDGET.light);
    expect(await calendarBackground(el.shadowRoot!.querySelector('admin-sessions-range')!)).to.equal(PICKER.light);
  });

  it('turns the widget and its picker dark in a page that allows both (color-scheme: light dark)', async () => {
    const el = await widgetIn('light dark');
    expect(getComputedStyle(el).backgroundColor).to.equal(WIDGET.dark);
    expect(await calendarBackground(el.shadowRoot!.querySelector('admin-sessions-range')!)).to.equal(PICKER.dark);
  });

  it('turns a picker on its own dark in a page that allows both', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="color-scheme: light dark"><admin-sessions-range locale="en"></admin-sessions-range></div>`);
    expect(await calendarBackground(wrapper.querySelector<AdminSessionsRange>('admin-sessions-range')!)).to.equal(PICKER.dark);
  });

  it('still keeps a light page light (color-scheme: light)', async () => {
    expect(getComputedStyle(await widgetIn('light')).backgroundColor).to.equal(WIDGET.light);
  });
});
