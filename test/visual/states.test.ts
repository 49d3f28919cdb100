/**
 * Visual regression: `<admin-sessions>` loaded, empty, in error, with the range picker open and
 * with a row's details open, at 390, 768 and 1440 px, against the baselines in
 * `test/visual/baselines/` (Chromium only: the `visual` group of web-test-runner.config.mjs).
 * A missing baseline fails; `UPDATE_VISUALS=1 npx wtr --group visual` writes them.
 */
import { visualDiff } from '@web/test-runner-visual-regression';
import { mountState, restoreScene, setScene, STATES, WIDTHS } from './states.js';

describe('<admin-sessions> looks as in its baselines', function () {
  this.timeout(30_000);
  before(setScene);
  after(restoreScene);

  for (const state of STATES) {
    for (const width of WIDTHS) {
      it(`${state} at ${width} px`, async () => {
        const { frame } = await mountState(state, width);
        await visualDiff(frame, `${state}-${width}`);
      });
    }
  }
});
