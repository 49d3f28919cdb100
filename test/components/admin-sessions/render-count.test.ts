import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { partsSettled } from '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import type { PageRequest, SessionPage } from '../../../src/data/adapters/adapter.js';
import type { SessionEntry } from '../../../src/data/entry.js';
import { EPOCH, installFakeClock, type FakeClock } from '../../helpers/fake-clock.js';
import { makeEntries } from '../../helpers/entries.js';
import { deferred, rowsOf, shadowPart } from '../../helpers/msw.js';

/**
 * One render per change: a refresh tick that brings rows renders the shell once; typing in the
 * search box renders nothing until the debounce, which renders once (the new query, loading),
 * and the answer once more. Counted by wrapping the element's `render`, and every update is
 * checked for a follow-up update scheduled from inside it (Lit's "change-in-update" warning).
 */
function countRenders(el: AdminSessions): { renders: number; updatesScheduledInUpdate: number } {
  const counts = { renders: 0, updatesScheduledInUpdate: 0 };
  const target = el as unknown as { render(): unknown; updated(changed: Map<string, unknown>): void };
  const render = target.render.bind(el);
  const updated = target.updated.bind(el);
  target.render = () => (counts.renders++, render());
  target.updated = (changed) => {
    updated(changed);
    if (el.isUpdatePending) counts.updatesScheduledInUpdate++;
  };
  return counts;
}

/** Waits frame by frame (frames are real; timers are fake here) until `predicate` holds. */
async function until(predicate: () => unknown, message: string): Promise<void> {
  for (let frame = 0; frame < 600; frame++) {
    if (predicate()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(message);
}

describe('<admin-sessions> renders once per change', () => {
  let clock: FakeClock;
  let entries: SessionEntry[];
  let answers: { request: PageRequest; answer: (page: SessionPage) => void }[];

  beforeEach(() => {
    localStorage.clear();
    entries = makeEntries(40, EPOCH - 60_000);
    answers = [];
    clock = installFakeClock(EPOCH);
  });
  afterEach(() => clock.restore());

  async function mount(attributes: { autoRefresh?: boolean } = {}): Promise<AdminSessions> {
    const fetchPage = (request: PageRequest): Promise<SessionPage> => {
      const pending = deferred<SessionPage>();
      answers.push({ request, answer: pending.resolve });
      return pending.promise;
    };
    // Not `fixture`: its `updateComplete` waits for the first page, which this test answers by hand.
    const el = fixtureSync<AdminSessions>(
      html`<admin-sessions cache="none" range="24h" ?auto-refresh=${attributes.autoRefresh ?? false} refresh-interval="2" .fetchPage=${fetchPage}></admin-sessions>`,
    );
    await until(() => answers.length === 1, 'the first page was not asked for');
    answers[0]!.answer({ entries, total: entries.length, nextCursor: null });
    await until(() => rowsOf(el).length > 0, 'no rows');
    await partsSettled(el);
    return el;
  }

  it('a refresh tick that brings two rows renders the shell once, and the countdown restarts without it', async () => {
    const el = await mount({ autoRefresh: true });
    const counts = countRenders(el);
    clock.tick(2000);
    await until(() => answers.length === 2, 'the tick did not ask for newer rows');
    expect(answers[1]!.request.newerThan?.id).to.equal(entries[0]!.id);
    expect(counts.renders, 'the tick starting (countdown restarts) does not render the shell').to.equal(0);
    const arrived = makeEntries(2, EPOCH + 1000, 'new');
    answers[1]!.answer({ entries: arrived, total: null, nextCursor: null });
    await until(() => rowsOf(el)[0]?.dataset.id === arrived[0]!.id, 'the new rows are not on top');
    await el.updateComplete;
    expect(counts.renders).to.equal(1);
    expect(counts.updatesScheduledInUpdate).to.equal(0);
    expect(shadowPart(el, 'refresh')!.shadowRoot!.querySelector('[part~="countdown-label"]')!.textContent).to.include('2 s');
  });

  it('typing renders nothing until the debounce, then once for the query and once for its answer', async () => {
    const el = await mount();
    const counts = countRenders(el);
    shadowPart(el, 'search')!.focus();
    await sendKeys({ type: 'admin' });
    expect(shadowPart(el, 'search')).to.have.property('value', 'admin');
    expect(counts.renders, 'keystrokes').to.equal(0);
    clock.tick(300);
    await until(() => answers.length === 2, 'the debounced query was not asked for');
    await el.updateComplete;
    expect(answers[1]!.request.query.q).to.equal('admin');
    expect(counts.renders, 'the query change, with its loading state').to.equal(1);
    answers[1]!.answer({ entries: entries.slice(0, 5), total: 5, nextCursor: null });
    await until(() => rowsOf(el).length === 5, 'the answer is not shown');
    await el.updateComplete;
    expect(counts.renders, 'the answer').to.equal(2);
    expect(counts.updatesScheduledInUpdate).to.equal(0);
  });
});
