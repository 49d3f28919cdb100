import { html, nothing, type TemplateResult } from 'lit';
import type { LazyController } from '../../controllers/lazy-controller.js';
import type { SessionLogController } from '../../controllers/session-log-controller.js';
import type { ViewsController } from '../../controllers/views-controller.js';

/**
 * The shell's saved views (issue 17): the Views menu in the toolbar (`<admin-sessions-views>`,
 * a part loaded on demand) and what a refresh hands the watches.
 */

/** The Views menu, with the shell's controller once its chunk is there. */
export function viewsMenu(views: LazyController<ViewsController>, locale: string | undefined): TemplateResult {
  return html`<admin-sessions-views part="views" .controller=${views.want()} locale=${locale ?? nothing}></admin-sessions-views>`;
}

/** A refresh added rows: to the watches (their chunk is loaded for it if need be). */
export function watchArrived(views: LazyController<ViewsController>, sessions: SessionLogController): void {
  void views.load().then((controller) => controller.arrived(sessions.log, sessions.view.marks), () => undefined);
}
