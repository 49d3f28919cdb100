/**
 * The investigation tools (time buttons, Columns, Views) come in a chunk of their own after the first
 * rows; their room is kept, so the filters after them do not move when they arrive. Its own file:
 * the page must not have loaded their modules yet (lazy-parts.test.ts loads them).
 */
import { expect } from '@open-wc/testing';
import '../../../src/components/admin-sessions/admin-sessions.js';
import { holdModules, MODULE, mount } from './lazy-helpers.js';
import { shadowPart, startWorker, until, useHandlers } from '../../helpers/msw.js';

describe('<admin-sessions> investigation tools loaded on demand', () => {
  before(() => startWorker());
  after(() => useHandlers());

  it('keeps the room of the investigation tools: the filters after them stay put when they arrive', async () => {
    const { handlers, asked, release } = holdModules({ 'time-nav': /\/src\/components\/admin-sessions\/time-nav\.ts/, columns: /\/src\/components\/admin-sessions\/columns-menu\.ts/, views: MODULE('admin-sessions-views') });
    useHandlers(...handlers);
    const el = await mount();
    await until(() => asked.length === 3, `the tools were not all asked for: ${asked.join(', ')}`);
    const controls = () => ['collapse', 'time-zone', 'facets-toggle', 'export'].map((name) => [name, shadowPart(el, name)!.getBoundingClientRect()] as const);
    const where = () => controls().map(([name, box]) => `${name} ${Math.round(box.left)},${Math.round(box.top)}`).join('; ');
    const before = where();
    release();
    await until(() => shadowPart(el, 'earlier') && shadowPart(el, 'columns-menu') && customElements.get('admin-sessions-views'), 'the tools did not arrive');
    await el.updateComplete;
    await (el.shadowRoot!.querySelector('admin-sessions-views') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const after = where();
    const moved = controls().filter(([, box], i) => {
      const [, was] = before.split('; ')[i]!.split(' ');
      const [left, topNow] = was!.split(',').map(Number);
      return Math.abs(box.left - left!) > 2 || Math.abs(box.top - topNow!) > 2;
    });
    expect(moved.map(([name]) => name), `before: ${before}; after: ${after}`).to.deep.equal([]);
  });
});
