import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { SessionEntry } from '../../../src/data/entry.js';
import { partsSettled } from '../../helpers/all-parts.js';
import { makeEntries } from '../../helpers/entries.js';
import { rowsOf, shadowPart, until } from '../../helpers/msw.js';

/**
 * Issue 17, point 2: beside the table's scroller a thin track shows the span of time the rows in
 * view cover within the range (newest at the top, as the table sorted by time, newest first).
 */

const HOUR = 3_600_000;
const TO = Date.UTC(2026, 11, 6);
const FROM = TO - 24 * HOUR;
/** 480 rows, one every 3 minutes, over the whole day. */
const ENTRIES: SessionEntry[] = makeEntries(480).map((entry, i) => ({ ...entry, time: TO - (i + 0.5) * 3 * 60_000 }));
const timeOf = new Map(ENTRIES.map((entry) => [entry.id, entry.time]));

const frames = async (count = 3) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

async function mount(): Promise<AdminSessions> {
  const el = await fixture<AdminSessions>(
    html`<admin-sessions cache="none" locale="en" time-zone="utc" no-histogram style="--admin-sessions-table-height: 400px"></admin-sessions>`,
  );
  el.from = new Date(FROM).toISOString();
  el.to = new Date(TO).toISOString();
  el.fetchPage = async () => ({ entries: ENTRIES, total: ENTRIES.length, nextCursor: null });
  await until(() => rowsOf(el).length > 3, 'no rows');
  await partsSettled(el);
  await until(() => shadowPart(el, 'scroll-track') && !shadowPart(el, 'scroll-track')!.hidden, 'no scroll track');
  return el;
}

const scrollerOf = (el: AdminSessions) => el.shadowRoot!.querySelector('admin-sessions-table')!.shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;

/** Where the track should mark the rows a person sees now: their newest and oldest times mapped onto the track, in px. */
function expectedSpan(el: AdminSessions): { top: number; bottom: number; newest: number; oldest: number } {
  const scroller = scrollerOf(el);
  const box = scroller.getBoundingClientRect();
  // The header cells stay on top while the rows scroll under them.
  const head = scroller.querySelector('th')!.getBoundingClientRect().bottom;
  const seen = rowsOf(el).filter((row) => {
    const rect = row.getBoundingClientRect();
    return rect.bottom > head + 1 && rect.top < box.top + scroller.clientHeight - 1;
  });
  const times = seen.map((row) => timeOf.get(row.dataset.id!)!);
  const newest = Math.max(...times);
  const oldest = Math.min(...times);
  const track = shadowPart(el, 'scroll-track')!.getBoundingClientRect();
  const y = (time: number) => track.top + ((TO - time) / (TO - FROM)) * track.height;
  return { top: y(newest), bottom: y(oldest), newest, oldest };
}

describe('<admin-sessions> scroll track', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('marks the time the rows in view cover within the range, and follows the scroll', async () => {
    await setViewport({ width: 1440, height: 900 });
    const el = await mount();
    const scroller = scrollerOf(el);
    const track = shadowPart(el, 'scroll-track')!;
    const span = shadowPart(el, 'scroll-span')!;
    const trackBox = track.getBoundingClientRect();
    const scrollerBox = scroller.getBoundingClientRect();
    expect(trackBox.width, 'a thin track').to.be.within(2, 8);
    expect(trackBox.right, 'at the scroller\'s inline-end edge').to.be.within(scrollerBox.right - 24, scrollerBox.right);
    expect(trackBox.bottom).to.be.closeTo(scrollerBox.top + scroller.clientHeight, 2);
    // At the top: the newest rows, at the top of the track.
    expect(span.getBoundingClientRect().top).to.be.closeTo(trackBox.top, 2);

    scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) / 2;
    await frames();
    const middle = expectedSpan(el);
    const box = span.getBoundingClientRect();
    expect(box.top, 'the newest row in view').to.be.closeTo(middle.top, 3);
    expect(box.bottom, 'the oldest row in view').to.be.closeTo(middle.bottom, 3);
    expect((box.top + box.bottom) / 2 - trackBox.top, 'about the middle of the day').to.be.closeTo(trackBox.height / 2, trackBox.height * 0.1);
    const label = track.getAttribute('aria-label')!;
    expect(track.getAttribute('role')).to.equal('img');
    expect(label).to.match(/^Rows in view: .+ – .+ of .+ – .+$/);
    expect(track.title).to.equal(label);

    scroller.scrollTop += scroller.clientHeight * 3;
    await frames();
    const later = expectedSpan(el);
    const moved = span.getBoundingClientRect();
    expect(moved.top, 'it moves down with the scroll').to.be.greaterThan(box.top + 5);
    expect(moved.top).to.be.closeTo(later.top, 3);
    expect(moved.bottom).to.be.closeTo(later.bottom, 3);
    expect(track.getAttribute('aria-label'), 'the label follows').not.to.equal(label);
    await expect(el).to.be.accessible();
  });

  it('runs oldest at the top when the table is sorted oldest first, and is hidden when not sorted by time', async () => {
    await setViewport({ width: 1440, height: 900 });
    const el = await mount();
    el.order = 'asc';
    const span = () => shadowPart(el, 'scroll-span')!.getBoundingClientRect();
    const track = () => shadowPart(el, 'scroll-track')!;
    await until(() => span().top < track().getBoundingClientRect().top + 3 && rowsOf(el)[0]!.dataset.id === ENTRIES.at(-1)!.id, 'oldest first not at the top');
    el.sort = 'ip';
    await until(() => track().hidden, 'still shown when sorted by IP');
    el.sort = 'time';
    await until(() => !track().hidden, 'not shown again when sorted by time');
  });

  it('is off in the narrow card layout, and back when wide again', async () => {
    await setViewport({ width: 768, height: 900 });
    const el = await mount();
    await setViewport({ width: 390, height: 800 });
    await until(() => shadowPart(el, 'scroll-track')!.hidden, 'still shown over the cards at 390 px');
    await setViewport({ width: 1440, height: 900 });
    await until(() => !shadowPart(el, 'scroll-track')!.hidden, 'not back at 1440 px');
  });
});
