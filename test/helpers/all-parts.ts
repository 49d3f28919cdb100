/**
 * The parts `<admin-sessions>` loads on demand (`src/components/admin-sessions/parts.ts`) and the
 * query language's chunk, there up front: tests of the shell's behaviour see it as after they arrived. How they arrive
 * (loading, slow, failed, retry) is `test/controllers/parts-controller.test.ts`.
 */
import '../../src/components/admin-sessions-range/admin-sessions-range.js';
import '../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import '../../src/components/admin-sessions-histogram/admin-sessions-histogram.js';
import '../../src/components/admin-sessions-details/admin-sessions-details.js';
import '../../src/components/admin-sessions-views/admin-sessions-views.js';
// The saved views' controller (the Views menu gets it once there), loaded as the shell loads it.
import '../../src/controllers/views-controller.js';
import '../../src/components/admin-sessions/keyboard.js';
import '../../src/components/admin-sessions/columns-menu.js';
import { loadInsights } from '../../src/data/insights/load.js';
import { rowsSettled } from './msw.js';

// The query language and marks too, so that rows show their marks from the first render.
await loadInsights();

/**
 * Until `<admin-sessions>` has what it loads after its first rows (the query language, the
 * histogram's controller, the time buttons, the saved views' controller, the keyboard: its search box a combobox, the columns' part) and has rendered them: for tests that count renders or read every part.
 */
export async function partsSettled(el: HTMLElement & { readonly updateComplete: Promise<unknown> }): Promise<void> {
  await loadInsights();
  // Frame by frame, so that it also works on a fake clock.
  const arrived = () =>
    (el.hasAttribute('no-histogram') || el.shadowRoot?.querySelector('admin-sessions-histogram')) &&
    el.shadowRoot?.querySelector('[part~="zoom-out"]') &&
    el.shadowRoot?.querySelector('admin-sessions-views')?.controller &&
    el.shadowRoot?.querySelector('[part~="search"][role="combobox"]');
  for (let frame = 0; !arrived(); frame++) {
    if (frame > 600) throw new Error('the histogram, the time buttons, the saved views\' controller or the keyboard did not arrive');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  // The columns' part (resize handles, the Columns menu), which comes after the first rows.
  for (let frame = 0; el.shadowRoot?.querySelector('admin-sessions-table') && !el.shadowRoot.querySelector('[part~="columns-menu"]'); frame++) {
    if (frame > 600) throw new Error('the columns part did not arrive');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await el.updateComplete;
  await rowsSettled(el);
}
