// English for this part (it comes in this part's chunk): before anything reads the dictionary.
import '../../i18n/en-parts.js';
import '../../i18n/en-tools.js';
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { StoredView } from '../../data/saved-views.js';
import { ClipboardController } from '../../controllers/clipboard-controller.js';
import type { MarkWatch, NameProblem, ViewsController } from '../../controllers/views-controller.js';
import { LocalizeController } from '../../i18n/localize.js';
import { selectOfferedText } from '../../internal/clipboard.js';
import { visuallyHidden } from '../../internal/styles.js';
import { theme } from '../../internal/theme.js';
import { define } from '../../internal/define.js';

const checked = (event: Event) => (event.target as HTMLInputElement).checked;

/**
 * Saved views and watches of `<admin-sessions>`: a "Views" button (a disclosure) whose panel saves
 * the current query, range, Hide me, sort, zone and fold under a name, lists the views to apply,
 * rename, delete (with Undo) and copy as a link (with `sync-url`), and watches them: while auto-refresh runs, new
 * rows matching a watched view raise its count, on the button too (and in the document title).
 * Views the stored data no longer describes are listed as broken, with the reason, and kept.
 * Opening the panel marks the counts as seen. Escape closes it and returns to the button.
 *
 * @summary The "Views" menu of the session log: saved views, their links, and watches.
 * @tag admin-sessions-views
 *
 * @csspart views-button - The "Views" button; `views-badge` its count of new rows in watched views.
 * @csspart views-panel - The panel it opens.
 * @csspart views-name - The name field of "Save current view"; `views-save` its button, `views-name-error` what is wrong with the name.
 * @csspart view - A saved view's line (`view-broken` too when it no longer parses); `view-apply`, `view-count`, `view-watch`, `view-rename`, `view-copy` (on a page whose widget has `sync-url`, which opens the link), `view-delete` its controls, `view-problem` why a broken one cannot be applied.
 * @csspart views-status - What was done last ("View deleted." with Undo, "Link copied."), or the link to copy by hand.
 * @csspart watch-marks - The built-in watches on new IPs and bursts.
 * @csspart notify - The desktop notifications checkbox.
 *
 * @cssproperty [--admin-sessions-accent-color=light-dark(#1b6ef3, #6ea8ff)] - The counts.
 * @cssproperty [--admin-sessions-background=light-dark(#ffffff, #14171b)] - The panel.
 * @cssproperty [--admin-sessions-border-color=light-dark(#e3e6ea, #2f353d)] - The panel's border.
 * @cssproperty [--admin-sessions-danger-color=light-dark(#b42318, #ff8a80)] - Broken views and name problems.
 */
export class AdminSessionsViews extends LitElement {
  static override styles = [
    theme,
    css`
      @layer admin-sessions {
        ${visuallyHidden}
        :host { display: inline-block; position: relative; }
        button, input { font: inherit; color: inherit; }
        /* As the toolbar's own buttons. */
        button { background: transparent; border: 1px solid var(--_border-color); border-radius: 0.375rem; padding: 0.25rem 0.6rem; cursor: pointer; }
        :is(button, input):focus-visible { outline: 2px solid var(--_focus-ring); outline-offset: 2px; }
        /* Over the button's corner: the toolbar's controls after it stay put when a count appears. */
        .badge { position: absolute; inset-block-start: -0.6em; inset-inline-end: -0.6em; }
        .badge, .count { margin-inline-start: 0.25rem; padding: 0 0.4em; border-radius: 1em; background: var(--_accent-color); color: var(--_accent-contrast); font-size: 0.85em; }
        .panel {
          position: absolute; inset-block-start: calc(100% + 0.25rem); inset-inline-start: 0; z-index: var(--admin-sessions-panel-z-index, 10);
          width: min(26rem, calc(100vw - 2rem)); box-sizing: border-box; padding: 0.75rem;
          display: grid; gap: 0.625rem; background: var(--_background); color: var(--_color);
          border: 1px solid var(--_border-color); border-radius: var(--_radius); box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
        }
        .panel[hidden] { display: none; }
        form, .line, .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.375rem; }
        form input { flex: 1 1 8rem; min-width: 0; }
        ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.375rem; }
        li { padding-block: 0.25rem; border-block-start: 1px solid var(--_border-color); }
        li > div { display: grid; gap: 0.25rem; }
        .apply { font-weight: 600; text-align: start; overflow-wrap: anywhere; }
        .problem, .error { color: var(--_danger-color); }
        .muted { color: var(--_muted-color); }
        fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.75rem; }
        label { display: inline-flex; align-items: center; gap: 0.25rem; }
      }
    `,
  ];

  /** The shell's views (`<admin-sessions>` passes its own). */
  @property({ attribute: false }) controller: ViewsController | null = null;
  /** Language of the texts: `en`, `de` or `uk`; the nearest `lang` by default. */
  @property() locale: string | null = null;

  @state() private open = false;
  @state() private nameProblem: NameProblem = null;
  /** The view whose name is being edited, and what is wrong with the new one. */
  @state() private renaming: { name: string; problem: NameProblem } | null = null;
  @state() private deleted: { view: StoredView; index: number } | null = null;
  @state() private notifyDenied = false;

  readonly #i18n = new LocalizeController(this, () => this.locale);
  protected override scheduleUpdate(): void | Promise<unknown> { return this.#i18n.whenReady(() => super.scheduleUpdate()); }
  readonly #clipboard = new ClipboardController(this);

  #unsubscribe: (() => void) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.#onDocumentClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.#onDocumentClick);
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('controller') || (this.controller && !this.#unsubscribe)) {
      this.#unsubscribe?.();
      this.#unsubscribe = this.controller?.subscribe(() => this.requestUpdate()) ?? null;
    }
  }

  /** The open panel is moved sideways as far as it takes to stay on the page (the button may sit near either edge). */
  protected override updated(): void {
    const panel = this.renderRoot.querySelector<HTMLElement>('.panel');
    if (!panel || !this.open) return;
    panel.style.translate = '';
    const box = panel.getBoundingClientRect();
    const right = document.documentElement.clientWidth - 8;
    const shift = box.right > right ? Math.max(right - box.right, 8 - box.left) : box.left < 8 ? 8 - box.left : 0;
    if (shift) panel.style.translate = `${shift}px 0`;
  }

  #onDocumentClick = (event: Event): void => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  #toggle(): void {
    this.open = !this.open;
    if (this.open) this.controller?.seen();
  }

  #close(): void {
    this.open = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('[part~="views-button"]')?.focus());
  }

  #onPanelKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    if (this.renaming) {
      this.#focusAfter(`[data-name="${CSS.escape(this.renaming.name)}"] [part~="view-rename"]`);
      this.renaming = null;
    } else this.#close();
  };

  #focusAfter(selector: string): void {
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      target?.focus();
      if (target instanceof HTMLInputElement) target.select();
    });
  }

  #save(event: SubmitEvent): void {
    event.preventDefault();
    const field = this.renderRoot.querySelector<HTMLInputElement>('[part~="views-name"]')!;
    this.nameProblem = this.controller?.save(field.value) ?? null;
    if (!this.nameProblem) field.value = '';
    this.deleted = null;
    this.#clipboard.clear();
  }

  #rename(event: SubmitEvent, name: string): void {
    event.preventDefault();
    const next = new FormData(event.target as HTMLFormElement).get('name');
    const problem = this.controller?.rename(name, String(next ?? '')) ?? null;
    if (problem) this.renaming = { name, problem };
    else {
      this.renaming = null;
      this.#focusAfter(`[data-name="${CSS.escape(String(next).trim())}"] [part~="view-rename"]`);
    }
  }

  #remove(name: string): void {
    this.deleted = this.controller?.remove(name) ?? null;
    this.#clipboard.clear();
    this.#focusAfter('[part~="views-status"] button');
  }

  #undo(): void {
    if (this.deleted) this.controller?.restore(this.deleted);
    const name = this.deleted?.view.name ?? '';
    this.deleted = null;
    this.#focusAfter(`[data-name="${CSS.escape(name)}"] [part~="view-apply"], [data-name="${CSS.escape(name)}"] [part~="view-delete"]`);
  }

  async #copy(name: string): Promise<void> {
    const link = this.controller?.link(name);
    this.deleted = null;
    if (link && !(await this.#clipboard.copy(link))) await selectOfferedText(this, '[part~="views-status"] input');
  }

  async #notify(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    this.notifyDenied = !(await this.controller?.notify(input.checked));
    input.checked = this.controller?.saved.notify ?? false;
  }

  protected override render(): TemplateResult {
    const controller = this.controller;
    const msg = this.#i18n.msg.views;
    const total = controller?.total ?? 0;
    return html`<button part="views-button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="panel" @click=${() => this.#toggle()}>
        ${msg.views}${total ? html`<span class="badge" part="views-badge"><span aria-hidden="true">${total}</span><span class="visually-hidden">${msg.newInViews(total)}</span></span>` : nothing}
      </button>
      <div id="panel" class="panel" part="views-panel" role="group" aria-label=${msg.views} ?hidden=${!this.open} @keydown=${this.#onPanelKey}>
        ${controller ? this.#panel(controller) : nothing}
      </div>`;
  }

  #panel(controller: ViewsController): TemplateResult {
    const msg = this.#i18n.msg.views;
    const problem = this.nameProblem;
    return html`<form @submit=${(e: SubmitEvent) => this.#save(e)}>
        <label>${msg.name} <input part="views-name" name="name" autocomplete="off" aria-invalid=${problem ? 'true' : 'false'} aria-describedby="name-error"
          @input=${() => (this.nameProblem = null)} /></label>
        <button part="views-save">${msg.save}</button>
        ${this.#nameError('name-error', problem)}
      </form>
      ${controller.persistent ? nothing : html`<div class="muted">${msg.notKept}</div>`}
      ${controller.views.length ? html`<ul>${controller.views.map((view) => this.#view(controller, view))}</ul>` : html`<div class="muted">${msg.none}</div>`}
      ${this.#status()}
      <fieldset part="watch-marks">
        <legend>${msg.watchMarks}</legend>
        ${this.#markWatch(controller, 'newIp', msg.watchNewIp, controller.saved.watchNewIp)}
        ${this.#markWatch(controller, 'burst', msg.watchBurst, controller.saved.watchBurst)}
      </fieldset>
      <div class="line">
        <label><input type="checkbox" part="notify" .checked=${controller.saved.notify} @change=${(e: Event) => void this.#notify(e)} /> ${msg.notify}</label>
        <span class="error" role="status">${this.notifyDenied ? msg.notifyDenied : nothing}</span>
      </div>`;
  }

  #nameError(id: string, problem: NameProblem): TemplateResult {
    const msg = this.#i18n.msg.views;
    return html`<span id=${id} class="error" part="views-name-error" role="alert">${problem ? (problem === 'empty' ? msg.nameEmpty : msg.nameTaken) : nothing}</span>`;
  }

  #markWatch(controller: ViewsController, mark: MarkWatch, label: string, on: boolean): TemplateResult {
    const count = controller.markCount(mark);
    return html`<label><input type="checkbox" part="view-watch" data-mark=${mark} .checked=${on} @change=${(e: Event) => controller.watchMarks(mark, checked(e))} />
      ${label} ${count ? html`<span class="count" part="view-count">${this.#i18n.msg.views.newRows(count)}</span>` : nothing}</label>`;
  }

  /** A view's line; its controls are in a group named after it, so "Rename" says which. */
  #view(controller: ViewsController, view: StoredView): TemplateResult {
    const msg = this.#i18n.msg.views;
    const words = this.#i18n.msg.sessions;
    const { name } = view;
    const count = controller.count(name);
    const focus = (part: string) => this.#focusAfter(`[data-name="${CSS.escape(name)}"] ${part}`);
    const del = html`<button part="view-delete" @click=${() => this.#remove(name)}>${msg.delete}</button>`;
    let body: TemplateResult;
    if (this.renaming?.name === name) {
      const problem = this.renaming.problem;
      body = html`<form @submit=${(e: SubmitEvent) => this.#rename(e, name)}>
        <label>${msg.name} <input name="name" .value=${name} aria-invalid=${problem ? 'true' : 'false'} aria-describedby="rename-error" /></label>
        <button>${msg.done}</button>
        <button type="button" @click=${() => ((this.renaming = null), focus('[part~="view-rename"]'))}>${words.cancel}</button>
        ${this.#nameError('rename-error', problem)}
      </form>`;
    } else if (!view.view) {
      const defect = view.defect;
      body = html`<span>${name}</span>
        <span class="problem" part="view-problem">${defect?.field === 'query' ? words.queryProblem(defect.problem) : msg.broken}</span>
        <span class="actions">${del}</span>`;
    } else {
      body = html`<span class="line">
          <button class="apply" part="view-apply" @click=${() => (controller.apply(name), this.#close())}>${name}</button>
          ${count ? html`<span class="count" part="view-count">${msg.newRows(count)}</span>` : nothing}
        </span>
        <span class="actions">
          <label><input type="checkbox" part="view-watch" .checked=${view.watch} @change=${(e: Event) => controller.watch(name, checked(e))} /> ${msg.watch}</label>
          <button part="view-rename" @click=${() => ((this.renaming = { name, problem: null }), focus('input'))}>${msg.rename}</button>
          ${controller.linkable ? html`<button part="view-copy" @click=${() => void this.#copy(name)}>${words.copyLink}</button>` : nothing}
          ${del}
        </span>`;
    }
    return html`<li part=${view.view ? 'view' : 'view view-broken'} data-name=${name}>
      <div role="group" aria-label=${name}>${body}</div>
    </li>`;
  }

  #status(): TemplateResult {
    const msg = this.#i18n.msg.views;
    const copy = this.#clipboard.status;
    return html`<div class="line" part="views-status" role="status">
      ${this.deleted ? html`${msg.deleted(this.deleted.view.name)} <button @click=${() => this.#undo()}>${msg.undo}</button>` : nothing}
      ${copy?.copied ? this.#i18n.msg.sessions.linkCopied : nothing}
      ${copy && !copy.copied ? html`<label>${this.#i18n.msg.sessions.linkNotCopied} <input readonly dir="ltr" .value=${copy.text} /></label>` : nothing}
    </div>`;
  }
}

define('admin-sessions-views', AdminSessionsViews, import.meta.url);

declare global {
  interface HTMLElementTagNameMap {
    'admin-sessions-views': AdminSessionsViews;
  }
}
