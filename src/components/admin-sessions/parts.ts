import type { ReactiveControllerHost } from 'lit';
import type { ColumnsPart } from './columns-menu.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { ExportController, ExportControllerOptions } from '../../controllers/export-controller.js';
import type { HistogramController, HistogramControllerOptions } from '../../controllers/histogram-controller.js';
import { LazyController } from '../../controllers/lazy-controller.js';
import type { PartLoader } from '../../controllers/parts-controller.js';
import type { UrlStateController, UrlStateHost } from '../../controllers/url-state-controller.js';

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

/** The histogram's controller, made when a histogram is first drawn (its code is in the parts chunk). */
export const lazyHistogram = (host: ReactiveControllerHost, options: HistogramControllerOptions) =>
  new LazyController<HistogramController>(host, async () => new (await import('../../controllers/histogram-controller.js')).HistogramController(host, options));

/** The export's controller, made on the first export. */
export const lazyExport = (host: ReactiveControllerHost, options: ExportControllerOptions) =>
  new LazyController<ExportController>(host, async () => new (await import('../../controllers/export-controller.js')).ExportController(host, options));

/** `sync-url`'s controller, made when the attribute is first set (the first query waits for it). */
export const lazyUrlState = (host: UrlStateHost, onViewChange: () => void) =>
  new LazyController<UrlStateController>(host, async () => new (await import('../../controllers/url-state-controller.js')).UrlStateController(host, onViewChange));

/** The columns' widths and hidden ones, and the Columns menu: after the first rows (a remembered layout then applies). */
export const lazyColumns = (host: ReactiveControllerHost & HTMLElement, scope: () => string, i18n: LocalizeController) =>
  new LazyController<ColumnsPart>(host, async () => new (await import('./columns-menu.js')).ColumnsPart(host, scope, i18n));
