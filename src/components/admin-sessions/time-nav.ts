// English for this part (it comes in a chunk of its own): before anything reads the dictionary.
import '../../i18n/en-parts.js';
import '../../i18n/en-tools.js';
import { html, type TemplateResult } from 'lit';
import { TimeNavController, type TimeNavHost, type TimeNavOptions } from '../../controllers/time-nav-controller.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { localeDateText } from '../admin-sessions-range/date-text.js';
import { ScrollTrack } from './scroll-track.js';

/**
 * Earlier, Zoom out, Later and Go to in the toolbar (in "Filters" below 42rem), over
 * `TimeNavController`, and the table's scroll track (`scroll-track.ts`) that shows where in the
 * range the rows in view are. Loaded on first draw, like the range picker.
 */
export class TimeNav extends TimeNavController {
  readonly track: ScrollTrack;

  constructor(host: TimeNavHost, options: TimeNavOptions) {
    super(host, options);
    this.track = new ScrollTrack(host, { bounds: () => this.bounds, query: options.query });
  }

  render(i18n: LocalizeController, zone: string | undefined): TemplateResult {
    const msg = i18n.msg.nav;
    const text = localeDateText(i18n.lang, zone);
    Object.assign(this.track, { i18n, text });
    const goTo = (event: SubmitEvent) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).elements[0] as HTMLInputElement;
      const moment = text.parse(input.value);
      input.setCustomValidity(moment === null ? msg.goToInvalid(text.hint) : '');
      if (moment === null) input.reportValidity();
      else this.goTo(moment);
    };
    return html`<span class="nav"
      ><button part="earlier" @click=${() => this.shift(-1)}>${msg.earlier}</button
      ><button part="zoom-out" title=${this.zoomsBack ? msg.zoomBack : msg.zoomDouble} ?disabled=${!this.canZoomOut} @click=${() => this.zoomOut()}>${msg.zoomOut}</button
      ><button part="later" ?disabled=${!this.canLater} @click=${() => this.shift(1)}>${msg.later}</button></span
    ><form @submit=${goTo}
      ><label><span class="visually-hidden">${msg.goTo}</span><input part="go-to" autocomplete="off" placeholder=${text.hint} title=${msg.goTo} @input=${(e: Event) => (e.target as HTMLInputElement).setCustomValidity('')}
    /></label></form>`;
  }
}
