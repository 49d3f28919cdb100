import { expect } from '@open-wc/testing';
import { installFakeClock } from './fake-clock.js';
import { RefreshLoop } from '../../../src/data/refresh/refresh-loop.js';
it('hour', async function () {
  this.timeout(60000);
  const clock = installFakeClock();
  let n = 0;
  const loop = new RefreshLoop({ refresh: async () => { n++; }, intervalMs: 2000, enabled: true, visibility: null });
  loop.start();
  const t0 = performance.now();
  await clock.tickAsync(3_600_000);
  console.log('took', performance.now() - t0, n, clock.countTimers());
  loop.stop(); clock.uninstall();
  expect(n).to.equal(1800);
});
