/**
 * Issue 14, point 5: one set of theme properties. Each `--admin-sessions-*` colour set on the page
 * reaches the range picker and the table, refresh control and histogram alike (each element's
 * private copy, and a part of each drawn with it); the picker's old names still work, as deprecated
 * aliases the new names win over.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../helpers/all-parts.js';
import '../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessionsRange } from '../../src/components/admin-sessions-range/admin-sessions-range.js';
import type { FetchPage } from '../../src/data/adapters/adapter.js';
import { makeEntries } from '../helpers/entries.js';
import { rowsOf, tableOf, until } from '../helpers/msw.js';
import { click, openPanel, part, startInput } from '../components/admin-sessions-range/helpers.js';

const entries = makeEntries(30, Date.now() - 60_000);
const fetchPage: FetchPage = async () => ({ entries, total: entries.length, nextCursor: null });

const TOKENS = {
  'color': 'rgb(1, 2, 3)',
  'background': 'rgb(250, 240, 230)',
  'border-color': 'rgb(11, 12, 13)',
  'muted-color': 'rgb(21, 22, 23)',
  'accent-color': 'rgb(31, 32, 33)',
  'accent-contrast': 'rgb(241, 242, 243)',
  'danger-color': 'rgb(151, 52, 53)',
} as const;
const style = (tokens: Record<string, string>) => Object.entries(tokens).map(([name, value]) => `--admin-sessions-${name}: ${value}`).join('; ');
const computed = (element: Element, property: string) => getComputedStyle(element).getPropertyValue(property).trim();
const inside = (host: Element, selector: string) => {
  const found = host.shadowRoot!.querySelector(selector);
  if (!found) throw new Error(`no ${selector} in <${host.localName}>`);
  return found;
};

async function themedWidget(): Promise<AdminSessions> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${style(TOKENS)}><admin-sessions cache="none" range="24h"></admin-sessions></div>`);
  const el = wrapper.querySelector<AdminSessions>('admin-sessions')!;
  el.fetchPage = fetchPage;
  await until(() => rowsOf(el).length > 3, 'no rows');
  await partsSettled(el);
  return el;
}

describe('one set of theme properties', () => {
  it('every element reads each property the page sets', async () => {
    const el = await themedWidget();
    const range = inside(el, 'admin-sessions-range');
    const refresh = inside(el, 'admin-sessions-refresh');
    const histogram = inside(el, 'admin-sessions-histogram');
    const table = tableOf(el);
    for (const element of [el, range, refresh, histogram, table]) {
      for (const [name, value] of Object.entries(TOKENS)) expect(computed(element, `--_${name}`), `<${element.localName}> --_${name}`).to.equal(value);
      expect(computed(element, '--_focus-ring'), `<${element.localName}> focus ring follows the accent`).to.equal(TOKENS['accent-color']);
    }
  });

  it('draws the picker, table, refresh control and histogram with them', async () => {
    const el = await themedWidget();
    const range = inside(el, 'admin-sessions-range') as AdminSessionsRange;
    const trigger = getComputedStyle(part(range, '[part~="trigger"]'));
    expect([trigger.color, trigger.backgroundColor, trigger.borderTopColor]).to.deep.equal([TOKENS.color, TOKENS.background, TOKENS['border-color']]);
    await openPanel(range);
    expect(getComputedStyle(part(range, '.hint')).color).to.equal(TOKENS['muted-color']);
    const apply = getComputedStyle(part(range, '[part~="apply"]'));
    expect([apply.backgroundColor, apply.color]).to.deep.equal([TOKENS['accent-color'], TOKENS['accent-contrast']]);
    startInput(range).value = 'soon';
    startInput(range).dispatchEvent(new Event('input'));
    await click(part(range, '[part~="apply"]'));
    await range.updateComplete;
    expect(getComputedStyle(part(range, '[part~="error"]')).color).to.equal(TOKENS['danger-color']);

    const cell = rowsOf(el)[0]!.querySelector('td')!;
    expect([getComputedStyle(cell).color, getComputedStyle(cell).borderBottomColor]).to.deep.equal([TOKENS.color, TOKENS['border-color']]);
    const refresh = inside(el, 'admin-sessions-refresh');
    expect(getComputedStyle(inside(refresh, 'select')).borderTopColor).to.equal(TOKENS['border-color']);
    expect(getComputedStyle(inside(refresh, '.interval')).color).to.equal(TOKENS['muted-color']);
    const histogram = inside(el, 'admin-sessions-histogram');
    await until(() => histogram.shadowRoot!.querySelector('.baseline') !== null, 'no histogram drawn');
    expect(getComputedStyle(inside(histogram, '.baseline')).stroke).to.equal(TOKENS['border-color']);
    expect(getComputedStyle(inside(histogram, '.header')).color).to.equal(TOKENS['muted-color']);
  });

  it('the picker’s old names still work, and the new names win over them', async () => {
    const old = { text: 'rgb(5, 6, 7)', surface: 'rgb(245, 246, 247)', border: 'rgb(15, 16, 17)', muted: 'rgb(25, 26, 27)', accent: 'rgb(35, 36, 37)', error: 'rgb(145, 46, 47)' };
    const page = await fixture<HTMLElement>(html`<div style=${style(old)}><admin-sessions-range></admin-sessions-range></div>`);
    const range = page.querySelector<AdminSessionsRange>('admin-sessions-range')!;
    const read = () => ({
      color: computed(range, '--_color'),
      background: computed(range, '--_background'),
      border: getComputedStyle(part(range, '[part~="trigger"]')).borderTopColor,
      muted: computed(range, '--_muted-color'),
      accent: computed(range, '--_accent-color'),
      error: computed(range, '--_danger-color'),
    });
    expect(read()).to.deep.equal({ color: old.text, background: old.surface, border: old.border, muted: old.muted, accent: old.accent, error: old.error });
    expect(getComputedStyle(part(range, '[part~="trigger"]')).color).to.equal(old.text);
    page.setAttribute('style', `${style(old)}; ${style(TOKENS)}`);
    expect(read()).to.deep.equal({
      color: TOKENS.color,
      background: TOKENS.background,
      border: TOKENS['border-color'],
      muted: TOKENS['muted-color'],
      accent: TOKENS['accent-color'],
      error: TOKENS['danger-color'],
    });
  });

  it('unthemed, the picker and the widget share the same defaults', async () => {
    const el = await themedWidget();
    el.parentElement!.removeAttribute('style');
    const range = inside(el, 'admin-sessions-range');
    for (const name of [...Object.keys(TOKENS), 'radius', 'focus-ring']) {
      expect(computed(range, `--_${name}`), name).to.equal(computed(el, `--_${name}`));
    }
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(part(range as AdminSessionsRange, '[part~="trigger"]')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});
