import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CalendarController, uses12HourClock } from '../../../src/components/admin-sessions-range/calendar-controller.js';
import { click } from './helpers.js';

/** A bare host for the controller: a box for the calendar, the format as a property, the picks it reports. */
class CalendarHost extends LitElement {
  @property() format = 'd-m-Y H:i';
  readonly picks: Date[][] = [];
  builds = 0;
  readonly calendar = new CalendarController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.box')!,
    anchor: () => this.renderRoot.querySelector<HTMLInputElement>('input')!,
    format: () => this.format,
    onPick: (dates) => this.picks.push(dates),
    onBuilt: () => this.builds++,
  });
  protected override render(): TemplateResult {
    return litHtml`<div class="box"><input hidden /></div>`;
  }
}
customElements.define('calendar-controller-host', CalendarHost);

/** A host whose calendar's chunk has been asked for and is there. */
async function mount(): Promise<CalendarHost> {
  const host = await fixture<CalendarHost>(html`<calendar-controller-host></calendar-controller-host>`);
  await host.calendar.load();
  await host.updateComplete;
  return host;
}

const calendars = (host: CalendarHost) => host.shadowRoot!.querySelectorAll('.flatpickr-calendar');
const weekday = (host: CalendarHost) => host.shadowRoot!.querySelector('.flatpickr-weekday')!.textContent!.trim();

describe('CalendarController (flatpickr’s life cycle)', () => {
  it('builds nothing and adopts no flatpickr styles until load(); then both, once', async () => {
    const host = await fixture<CalendarHost>(html`<calendar-controller-host></calendar-controller-host>`);
    const sheets = host.shadowRoot!.adoptedStyleSheets.length;
    expect(host.calendar.status).to.equal('idle');
    expect(calendars(host)).to.have.length(0);
    const loading = host.calendar.load();
    expect(host.calendar.status).to.equal('loading');
    expect(host.calendar.load(), 'one download').to.equal(loading);
    await loading;
    await host.updateComplete;
    expect(host.calendar.status).to.equal('ready');
    expect(calendars(host)).to.have.length(1);
    expect(host.shadowRoot!.adoptedStyleSheets.length).to.equal(sheets + 1);
    // flatpickr's stylesheet now applies: the inline calendar is laid out as flatpickr's box.
    expect(getComputedStyle(host.shadowRoot!.querySelector('.flatpickr-calendar')!).position).to.equal('relative');
  });


  it('builds one inline calendar after the first render and reports picks', async () => {
    const host = await mount();
    expect(calendars(host)).to.have.length(1);
    host.calendar.show([new Date(2025, 11, 15), new Date(2025, 11, 18)]);
    expect(host.picks, 'show() is not a pick').to.deep.equal([]);
    const day = [...host.shadowRoot!.querySelectorAll<HTMLElement>('.flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)')].find((cell) => cell.textContent === '3')!;
    await click(day);
    expect(host.picks.at(-1)!.map((date) => date.getDate())).to.deep.equal([3]);
  });

  it('rebuilds for a new format (a 12-hour clock shows AM/PM) and only then', async () => {
    const host = await mount();
    const builds = host.builds;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.builds, 'a render alone').to.equal(builds);
    expect(host.shadowRoot!.querySelector('.flatpickr-am-pm')).to.equal(null);
    host.format = 'd-m-Y h:i K';
    await host.updateComplete;
    expect(host.builds).to.equal(builds + 1);
    expect(calendars(host)).to.have.length(1);
    expect(host.shadowRoot!.querySelector('.flatpickr-am-pm')).to.not.equal(null);
    expect(uses12HourClock('d-m-Y H:i')).to.equal(false);
    expect(uses12HourClock('d-m-Y \\h H:i'), 'an escaped h is text').to.equal(false);
  });

  it('loads a language’s locale, then shows the calendar in it', async () => {
    const host = await mount();
    expect(weekday(host)).to.equal('Sun');
    host.calendar.setLanguage('de');
    expect(host.calendar.pending).to.not.equal(null);
    await host.calendar.pending;
    await host.updateComplete;
    expect(host.calendar.pending).to.equal(null);
    expect(weekday(host)).to.equal('Mo');
  });

  it('destroys the calendar when detached and builds it again when attached', async () => {
    const host = await mount();
    const parent = host.parentElement!;
    host.remove();
    expect(calendars(host)).to.have.length(0);
    parent.append(host);
    await waitUntil(() => calendars(host).length === 1, 'not rebuilt');
  });
});
