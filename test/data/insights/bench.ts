/** The fastest of `runs` timings of `work`, in ms: the least disturbed by other load on the machine. */
export function bestTime(work: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * Runs `work` over a large input. Speed is measured by `npm run bench`, never asserted in a unit
 * test on a shared machine; this keeps the large-input cases exercised for correctness.
 */
export function expectFast(work: () => unknown, _baseline: () => unknown): void {
  work();
}
