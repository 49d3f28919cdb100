import type { PartLoader } from '../../controllers/parts-controller.js';

/**
 * The parts of `<admin-sessions>` that come in chunks of their own, loaded the first time they are
 * drawn (the standalone build's `chunks/` folder; bundlers split them the same way). The table is
 * not among them: it paints the first rows.
 */
export const PARTS = {
  range: { tag: 'admin-sessions-range', load: () => import('../admin-sessions-range/admin-sessions-range.js') },
  refresh: { tag: 'admin-sessions-refresh', load: () => import('../admin-sessions-refresh/admin-sessions-refresh.js') },
  histogram: { tag: 'admin-sessions-histogram', load: () => import('../admin-sessions-histogram/admin-sessions-histogram.js') },
  details: { tag: 'admin-sessions-details', load: () => import('../admin-sessions-details/admin-sessions-details.js') },
} satisfies Record<string, PartLoader>;

export type PartName = keyof typeof PARTS;
