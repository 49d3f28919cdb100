import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/admin-sessions-histogram/admin-sessions-histogram.js';
import type { AdminSessionsHistogram } from '../../../src/components/admin-sessions-histogram/admin-sessions-histogram.js';
import type { HistogramData } from '../../../src/data/histogram/buckets.js';
import { until } from '../../helpers/msw.js';
import { DAY, HOUR, T0, chart, hourData, parts, settle } from './helpers.js';
import { box } from '../../helpers/geometry.js';

/**
 * The time labels under the bars at phone to desktop widths: as many as fit, none overlapping
 * another, none reaching outside the chart (the first and last are kept inside, not centred past
 * an edge), in both directions.
 */

/** A range of `days` in buckets of `size` ms, a few requests in each, starting at noon so the labels carry dates and times. */
function daysData(days: number, size: number): HistogramData {
  const count = Math.round((days * DAY) / size);
  return { start: T0 - days * DAY - 2 * HOUR, size, web: Array.from({ length: count }, (_, i) => 1 + (i % 5)), api: new Array(count).fill(2) };
}

const DATA: Record<string, () => HistogramData> = {
  'one hour in minutes': hourData,
  'a day in 24-minute buckets': () => daysData(1, 24 * 60_000),
  'seven days in 3-hour buckets': () => daysData(7, 3 * HOUR),
  'thirty days in 12-hour buckets': () => daysData(30, 12 * HOUR),
  'a year in days': () => daysData(365, DAY),
};

async function mount(width: number, data: HistogramData, dir: 'ltr' | 'rtl' = 'ltr', style = ''): Promise<AdminSessionsHistogram> {
  const page = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width: ${width}px">
    <admin-sessions-histogram style=${style} locale="en-US" time-zone="UTC" .data=${data} .from=${null} .to=${null}></admin-sessions-histogram>
  </div>`);
  const el = page.querySelector('admin-sessions-histogram')!;
  await settle(el);
  return el;
}

/** What is wrong with the axis: labels outside the chart or over one another (empty = nothing). */
function axisProblems(el: AdminSessionsHistogram): string[] {
  const area = box(chart(el));
  const ticks = parts<HTMLElement>(el, 'tick').map((tick) => ({ text: tick.textContent!.trim(), box: box(tick) }));
  const problems: string[] = [];
  if (ticks.length === 0) problems.push('no labels');
  for (const tick of ticks) {
    if (tick.box.left < area.left - 0.5 || tick.box.right > area.right + 0.5) {
      problems.push(`"${tick.text}" at ${Math.round(tick.box.left - area.left)}…${Math.round(tick.box.right - area.left)} px outside 0…${Math.round(area.right - area.left)}`);
    }
  }
  for (let i = 0; i < ticks.length; i++) {
    for (let j = i + 1; j < ticks.length; j++) {
      const a = ticks[i]!.box;
      const b = ticks[j]!.box;
      if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0) {
        problems.push(`"${ticks[i]!.text}" overlaps "${ticks[j]!.text}"`);
      }
    }
  }
  return problems;
}

describe('<admin-sessions-histogram> axis labels', () => {
  for (const width of [360, 390, 768, 1100]) {
    for (const [name, data] of Object.entries(DATA)) {
      it(`fit the chart at ${width}px: ${name}`, async () => {
        for (const dir of ['ltr', 'rtl'] as const) {
          const el = await mount(width, data(), dir);
          expect(axisProblems(el).join('; '), dir).to.equal('');
        }
      });
    }
  }

  it('shows more labels on a wide chart than on a narrow one, the first at the start edge', async () => {
    const data = daysData(30, 12 * HOUR);
    const wide = await mount(1100, data);
    const narrow = await mount(360, data);
    expect(parts(wide, 'tick').length).to.be.greaterThan(parts(narrow, 'tick').length);
    expect(parts(narrow, 'tick').length).to.be.at.least(2);
    expect(box(parts(narrow, 'tick')[0]!).left).to.be.closeTo(box(chart(narrow)).left, 0.5);
  });

  it('lays the labels out again when the element gets narrower or its labels bigger', async () => {
    const el = await mount(1100, daysData(30, 12 * HOUR));
    const before = parts(el, 'tick').length;
    el.parentElement!.style.width = '360px';
    await until(() => parts(el, 'tick').length < before && axisProblems(el).length === 0, `labels not laid out again at 360px: ${axisProblems(el).join('; ')}`);
    el.parentElement!.style.width = '1100px';
    await until(() => parts(el, 'tick').length === before, 'labels not laid out again at 1100px');
    const wideFont = await mount(390, daysData(30, 12 * HOUR), 'ltr', 'font-family: monospace; font-size: 1.5rem');
    expect(axisProblems(wideFont).join('; '), 'a monospaced, larger font').to.equal('');
  });

  it('keeps a single label inside a chart narrower than it', async () => {
    const el = await mount(60, daysData(30, 12 * HOUR));
    expect(parts(el, 'tick').length).to.equal(1);
    expect(axisProblems(el).join('; ')).to.equal('');
  });
});
