/** Boxes on screen, as plain numbers, for tests that compare what a person sees. */
export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export const box = (element: Element): Box => {
  const { left, right, top, bottom } = element.getBoundingClientRect();
  return { left, right, top, bottom };
};

/** How far `inner` reaches outside `outer` on its worst side, in px (≤ 1 means inside). */
export function overflow(inner: Box, outer: Box): number {
  return Math.max(outer.left - inner.left, inner.right - outer.right, outer.top - inner.top, inner.bottom - outer.bottom);
}

/** Pixels by which two boxes overlap horizontally and vertically at once (0 when they do not). */
export function overlap(a: Box, b: Box): number {
  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return x > 0 && y > 0 ? Math.min(x, y) : 0;
}
