/**
 * The parts `<admin-sessions>` loads on demand (`src/components/admin-sessions/parts.ts`) and the
 * query language's chunk, there up front: tests of the shell's behaviour see it as after they arrived. How they arrive
 * (loading, slow, failed, retry) is `test/controllers/parts-controller.test.ts`.
 */
import '../../src/components/admin-sessions-range/admin-sessions-range.js';
import '../../src/components/admin-sessions-refresh/admin-sessions-refresh.js';
import '../../src/components/admin-sessions-histogram/admin-sessions-histogram.js';
import '../../src/components/admin-sessions-details/admin-sessions-details.js';
import '../../src/components/admin-sessions/columns-menu.js';
import { loadInsights } from '../../src/data/insights/load.js';

// The query language and marks too, so that rows show their marks from the first render.
await loadInsights();

/**
 * Until `<admin-sessions>` has what it loads after its first rows (the query language, the
 * histogram's and the columns' controllers) and has rendered them: for tests that count renders or read every part.
 */
export async function partsSettled(el: HTMLElement & { readonly updateComplete: Promise<unknown> }): Promise<void> {
  await loadInsights();
  // Frame by frame, so that it also works on a fake clock.
  for (let frame = 0; !el.hasAttribute('no-histogram') && !el.shadowRoot?.querySelector('admin-sessions-histogram'); frame++) {
    if (frame > 600) throw new Error('the histogram did not arrive');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  // The columns' part (resize handles, the Columns menu), which comes after the first rows.
  for (let frame = 0; el.shadowRoot?.querySelector('admin-sessions-table') && !el.shadowRoot.querySelector('[part~="columns-menu"]'); frame++) {
    if (frame > 600) throw new Error('the columns part did not arrive');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await el.updateComplete;
}
