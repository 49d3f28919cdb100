import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { ExportController, type ExportControllerOptions } from '../../controllers/export-controller.js';
import { errorText } from '../../i18n/error-text.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { downloadFile } from '../../internal/download.js';

/**
 * The export (`ExportController`) with what the status line shows of it: its progress with Cancel
 * while it runs, then its outcome in words. Made on the first click on an export button (regions.ts
 * draws the buttons and the status line's live region before that).
 */
export class ExportPart extends ExportController {
  constructor(host: LitElement, options: Omit<ExportControllerOptions, 'save'>) {
    // The finished file is handed to the browser by a link clicked inside the host.
    super(host, { ...options, save: (blob, fileName) => downloadFile(host.renderRoot, blob, fileName) });
  }

  /** The progress bar and Cancel while an export runs. */
  progress(i18n: LocalizeController): TemplateResult | typeof nothing {
    const status = this.status;
    return status?.state === 'running'
      ? html`<progress part="export-progress" max=${status.cap} value=${status.count}></progress>
          <button part="export-cancel" @click=${() => this.cancel()}>${i18n.msg.sessions.cancel}</button>`
      : nothing;
  }

  /** The export's state in the widget's language (worded at render, so a language switch re-words it). */
  text(i18n: LocalizeController): string {
    const msg = i18n.msg.sessions;
    const status = this.status;
    if (!status) return '';
    if (status.state === 'running') return msg.exporting(status.count, status.cap);
    if (status.state === 'done') return msg.exported(status.count, status.capped, status.cap);
    if (status.state === 'cancelled') return msg.exportCancelled;
    return msg.exportFailed(errorText(status.error.code, status.error, i18n));
  }
}
