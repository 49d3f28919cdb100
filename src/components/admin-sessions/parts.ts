import type { LitElement, ReactiveControllerHost } from 'lit';
import type { ColumnsPart } from './columns-menu.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { ExportControllerOptions } from '../../controllers/export-controller.js';
import type { ExportPart } from './export-part.js';
import type { FacetsController, FacetsControllerOptions } from '../../controllers/facets-controller.js';
import type { HistogramController, HistogramControllerOptions } from '../../controllers/histogram-controller.js';
import { LazyController } from '../../controllers/lazy-controller.js';
import type { Gate } from '../../controllers/first-rows-controller.js';
import type { PartLoader } from '../../controllers/parts-controller.js';
import type { RelativeTimeController } from '../../controllers/relative-time-controller.js';
import type { TimeNavHost, TimeNavOptions } from '../../controllers/time-nav-controller.js';
import type { TimeNav } from './time-nav.js';
import type { UrlStateHost } from '../../controllers/url-state-controller.js';
import type { SharedLink } from './shared-link.js';
import type { ViewsController, ViewsControllerOptions, ViewsHost } from '../../controllers/views-controller.js';
import type { ShellKeyboard, ShellKeyboardOptions } from './keyboard.js';

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
  facets: { tag: 'admin-sessions-facets', load: () => import('../admin-sessions-facets/admin-sessions-facets.js') },
  views: { tag: 'admin-sessions-views', load: () => import('../admin-sessions-views/admin-sessions-views.js') },
} satisfies Record<string, PartLoader>;

export type PartName = keyof typeof PARTS;

/** The histogram's controller, made when a histogram is first drawn (its code is in the parts chunk). */
export const lazyHistogram = (host: ReactiveControllerHost, options: HistogramControllerOptions, gate?: Gate) =>
  new LazyController<HistogramController>(host, async () => new (await import('../../controllers/histogram-controller.js')).HistogramController(host, options), gate);

/** The facets' controller, made when the panel is first shown. */
export const lazyFacets = (host: ReactiveControllerHost, options: FacetsControllerOptions) =>
  new LazyController<FacetsController>(host, async () => new (await import('../../controllers/facets-controller.js')).FacetsController(host, options));

/** The export and its progress, made on the first export. */
export const lazyExport = (host: LitElement, options: Omit<ExportControllerOptions, 'save'>) =>
  new LazyController<ExportPart>(host, async () => new (await import('./export-part.js')).ExportPart(host, options));

/** `sync-url`'s controller and its copied links, made when the attribute is first set (the first query waits for it). */
export const lazySharedLink = (host: UrlStateHost & LitElement) =>
  new LazyController<SharedLink>(host, async () => new (await import('./shared-link.js')).SharedLink(host));

/** Earlier, Zoom out, Later, Go to and their keys, made when the toolbar is first drawn. */
export const lazyTimeNav = (host: TimeNavHost, options: TimeNavOptions, gate?: Gate) =>
  new LazyController<TimeNav>(host, async () => new (await import('./time-nav.js')).TimeNav(host, options), gate);

/** `time-format="relative"`'s writer and minute tick, made when the attribute is first set. */
export const lazyRelativeTimes = (host: ReactiveControllerHost, onTick: () => void) =>
  new LazyController<RelativeTimeController>(host, async () => new (await import('../../controllers/relative-time-controller.js')).RelativeTimeController(host, onTick));

/** Saved views and watches: made when the Views menu is first drawn (the toolbar's first render). */
export const lazyViews = (host: ViewsHost, options: ViewsControllerOptions, gate?: Gate) =>
  new LazyController<ViewsController>(host, async () => new (await import('../../controllers/views-controller.js')).ViewsController(host, options), gate);

/** The keyboard shortcuts and the search box's suggestions, made with the first render. */
export const lazyKeyboard = (host: ReactiveControllerHost & HTMLElement, options: ShellKeyboardOptions, gate?: Gate) =>
  new LazyController<ShellKeyboard>(host, async () => new (await import('./keyboard.js')).ShellKeyboard(host, options), gate);

/** The columns' widths and hidden ones, and the Columns menu: after the first rows (a remembered layout then applies). */
export const lazyColumns = (host: ReactiveControllerHost & HTMLElement, scope: () => string, i18n: LocalizeController, gate?: Gate) =>
  new LazyController<ColumnsPart>(host, async () => new (await import('./columns-menu.js')).ColumnsPart(host, scope, i18n), gate);
