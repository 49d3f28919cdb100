import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { FetchPage } from '../../../src/data/adapters/index.js';
import { timestampFormat } from '../../../src/internal/format.js';
import { partsSettled } from '../../helpers/all-parts.js';
import { makeEntries } from '../../helpers/entries.js';
import { EPOCH, installFakeClock, untilTicking, type FakeClock } from '../../helpers/fake-clock.js';
import { partText, rowsOf, tableOf } from '../../helpers/msw.js';

/**
 * Issue 17, point 3: `time-format="relative"` shows "3 min ago" in the widget's language, the date
 * on hover; each minute only the time cells change.
 */

const MINUTE = 60_000;
const entries = makeEntries(30, EPOCH - 3 * MINUTE);
const fetchPage: FetchPage = async ({ limit }) => ({ entries: entries.slice(0, limit), total: entries.length, nextCursor: null });

describe('<admin-sessions time-format="relative">', () => {
  let clock: FakeClock;
  beforeEach(() => (clock = installFakeClock(EPOCH)));
  afterEach(() => clock.restore());

  async function mount(locale: string): Promise<AdminSessions> {
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" no-histogram time-format="relative" locale=${locale} .fetchPage=${fetchPage}></admin-sessions>`);
    await untilTicking(clock, () => rowsOf(el).length > 5, 'no rows');
    await partsSettled(el);
    return el;
  }

  for (const [locale, three, four] of [
    ['en', '3 min. ago', '4 min. ago'],
    ['de', 'vor 3 Min.', 'vor 4 Min.'],
    ['uk', '3 хв тому', '4 хв тому'],
  ] as const) {
    it(`${locale}: "${three}", the date on hover, and a minute later "${four}" with nothing else touched`, async () => {
      const el = await mount(locale);
      const first = () => rowsOf(el)[0]!;
      await untilTicking(clock, () => partText(first(), 'date') === three, `the first row did not say "${three}"`);
      const date = first().querySelector<HTMLElement>('[part~="date"]')!;
      expect(date.title).to.equal(timestampFormat(locale, undefined).format(entries[0]!.time));

      const changed = new Set<Node>();
      const observer = new MutationObserver((records) => records.forEach((record) => changed.add(record.target)));
      observer.observe(tableOf(el).shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
      const rows = rowsOf(el).length;
      const table = tableOf(el) as HTMLElement & { render(): unknown };
      let renders = 0;
      const render = table.render;
      table.render = function () {
        renders++;
        return render.call(this);
      };
      clock.tick(MINUTE);
      await untilTicking(clock, () => partText(first(), 'date') === four, `a minute later the first row did not say "${four}"`);
      observer.takeRecords().forEach((record) => changed.add(record.target));
      observer.disconnect();
      const dates = new Set(rowsOf(el).map((row) => row.querySelector('[part~="date"]')));
      expect([...changed].filter((node) => !dates.has(node as Element)), 'only the time cells changed').to.deep.equal([]);
      expect(changed.size, 'every row in view had its time written again').to.equal(rows);
      expect(renders, 'the table did not render').to.equal(0);
    });
  }

  it('without the attribute, dates, and no title', async () => {
    const el = await fixture<AdminSessions>(html`<admin-sessions cache="none" no-histogram locale="en" .fetchPage=${fetchPage}></admin-sessions>`);
    await untilTicking(clock, () => rowsOf(el).length > 5, 'no rows');
    expect(partText(rowsOf(el)[0]!, 'date')).to.equal(timestampFormat('en', undefined).format(entries[0]!.time));
    expect(rowsOf(el)[0]!.querySelector('[part~="date"]')!.hasAttribute('title')).to.equal(false);
  });
});
