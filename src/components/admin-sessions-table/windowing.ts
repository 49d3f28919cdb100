/**
 * Which rows of a fixed-row-height list to put in the DOM: the visible window plus an overscan,
 * and any pinned rows (the focused one) wherever they are. Pure arithmetic, so it is cheap to run
 * on every scroll frame and easy to test.
 */
export interface RowRun {
  /** First row index of the run. */
  readonly start: number;
  /** One past the last row index. */
  readonly end: number;
}

export interface WindowPlan {
  readonly runs: readonly RowRun[];
}

export function visibleRange(scrollTop: number, viewportHeight: number, rowHeight: number, rowCount: number, overscan: number): RowRun {
  if (rowCount === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(rowCount - 1, first - overscan));
  const end = Math.min(rowCount, first + visible + overscan);
  return { start, end: Math.max(end, start) };
}

/** The window plus pinned indexes, as sorted, disjoint runs. */
export function planWindow(window: RowRun, pinned: readonly number[], rowCount: number): WindowPlan {
  const runs: RowRun[] = [];
  const extra = pinned.filter((i) => i >= 0 && i < rowCount && (i < window.start || i >= window.end));
  const all: RowRun[] = [...extra.map((i) => ({ start: i, end: i + 1 }))];
  if (window.end > window.start) all.push(window);
  all.sort((a, b) => a.start - b.start);
  for (const run of all) {
    const last = runs[runs.length - 1];
    if (last && run.start <= last.end) runs[runs.length - 1] = { start: last.start, end: Math.max(last.end, run.end) };
    else runs.push(run);
  }
  return { runs };
}
