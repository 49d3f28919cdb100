/**
 * Where buckets are on the chart, as plain arithmetic: bucket 0 is the oldest, drawn in the
 * leftmost column, or the rightmost when the chart reads right to left.
 */
import type { HistogramData } from '../../data/histogram/buckets.js';

/** The column (0 = leftmost) bucket `index` of `count` is drawn in. */
export function columnOf(index: number, count: number, rtl: boolean): number {
  return rtl ? count - 1 - index : index;
}

/** The bucket under a viewport x over a chart drawn in `box`, clamped to the chart; 0 when there is none. */
export function bucketAt(clientX: number, box: { left: number; right: number; width: number } | undefined, count: number, rtl: boolean): number {
  if (!box || box.width <= 0 || count === 0) return 0;
  const fromStart = rtl ? box.right - clientX : clientX - box.left;
  const index = Math.floor((fromStart / box.width) * count);
  return Math.max(0, Math.min(count - 1, index));
}

/**
 * The range buckets `first` … `last` cover (ms, inclusive: the last bucket's end − 1), clamped to
 * the selected range `from` … `to` (`null` = open); `null` when nothing of it is inside.
 */
export function zoomRange(data: HistogramData, first: number, last: number, from: number | null, to: number | null): { from: number; to: number } | null {
  let start = data.start + first * data.size;
  let end = data.start + (last + 1) * data.size - 1;
  if (from !== null && Number.isFinite(from)) start = Math.max(start, from);
  if (to !== null && Number.isFinite(to)) end = Math.min(end, to);
  return start > end ? null : { from: start, to: end };
}

/**
 * The keyboard over the buckets, as a slider: the bucket highlighted after `key`, `'zoom'` to zoom
 * to the highlighted one (Enter, Space), `null` for a key it leaves alone. The arrows move the way
 * they point: towards newer buckets is rightwards, or leftwards when the chart reads right to left;
 * Home and End go to the oldest and the newest.
 */
export function sliderStep(key: string, current: number | null, count: number, rtl: boolean): number | 'zoom' | null {
  if (count === 0) return null;
  const newer = rtl ? 'ArrowLeft' : 'ArrowRight';
  const older = rtl ? 'ArrowRight' : 'ArrowLeft';
  let next: number;
  switch (key) {
    case newer:
      next = current === null ? 0 : current + 1;
      break;
    case older:
      next = current === null ? count - 1 : current - 1;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    case 'Enter':
    case ' ':
      return current === null ? null : 'zoom';
    default:
      return null;
  }
  return Math.max(0, Math.min(count - 1, next));
}
