import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/components/admin-sessions/admin-sessions.js';
import '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import page from '../../fixtures/puqcloud/page.json';
import pageDebug from '../../fixtures/puqcloud/page-debug.json';
import expected from '../../fixtures/puqcloud/page.expected.json';
import nativePage from '../../fixtures/native/page.json';
import { deepMarkup, partText, rowsOf, startWorker, useHandlers, until } from '../../helpers/msw.js';
import { DISPLAY_LIMIT, clip } from '../../../src/internal/format.js';

const PUQ = '/t/puq/admin_session_logs';
const NATIVE = '/t/native/sessions';

/** Echo the request's draw so the adapter accepts the fixture as the answer. */
function puqAnswer(body: typeof page) {
  return http.get(PUQ, ({ request }) => {
    const draw = Number(new URL(request.url).searchParams.get('draw'));
    const answer = structuredClone(body);
    answer.data.original.draw = draw;
    return HttpResponse.json(answer);
  });
}

async function loaded(el: AdminSessions, count: number) {
  await until(() => rowsOf(el).length === count, `expected ${count} rows, saw ${rowsOf(el).length}`);
}

describe('<admin-sessions> rendering rows', () => {
  before(startWorker);

  it('shows PUQcloud rows newest first as page.expected.json says, with badges and decoded text', async () => {
    useHandlers(puqAnswer(page));
    const el = await fixture<AdminSessions>(
      html`<admin-sessions adapter="puqcloud" endpoint=${PUQ} server-time-zone="UTC" style="--admin-sessions-table-height: 900px"></admin-sessions>`,
    );
    await loaded(el, expected.length);
    const rows = rowsOf(el);
    rows.forEach((row, i) => {
      const want = expected[i]!;
      expect(row.dataset.id).to.equal(want.id);
      expect(partText(row, 'ip')).to.equal(want.ip ?? 'no IP');
      expect(partText(row, 'admin-name')).to.equal(want.name ?? 'Deleted admin');
      expect(partText(row, 'admin-email')).to.equal(want.email ?? '');
      expect(partText(row, 'type')).to.equal(want.type);
      expect(partText(row, 'method')).to.equal(want.method);
      expect(row.querySelector('[part~="url"]')!.closest('[title]')!.getAttribute('title')).to.equal(want.url);
      const { pathname, search } = new URL(want.url);
      expect(partText(row, 'url'), 'path, then the query').to.equal(clip(pathname, DISPLAY_LIMIT.cell) + clip(search, DISPLAY_LIMIT.cell));
    });
    expect(partText(rows[2]!, 'admin-name')).to.equal("Seán O'Brien");
    expect(rows[0]!.querySelector('[part~="type-api"]')).to.exist;
    expect(rows[2]!.querySelector('[part~="type-web"]')).to.exist;
    expect(rows[3]!.querySelector('[part~="method-post"]')).to.exist;
    expect(rows[5]!.querySelector('[part~="method-delete"]')).to.exist;
  });

  it('shows the date in the viewer zone, read in server-time-zone', async () => {
    useHandlers(puqAnswer(page));
    const el = await fixture<AdminSessions>(html`<admin-sessions adapter="puqcloud" endpoint=${PUQ} server-time-zone="Europe/Kyiv"></admin-sessions>`);
    await loaded(el, expected.length);
    const shown = partText(rowsOf(el)[0]!, 'date');
    // 14:03:22 in Kyiv is 12:03:22 UTC; the viewer sees it in their own zone.
    const want = new Intl.DateTimeFormat(undefined, {
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    }).format(Date.UTC(2025, 11, 15, 12, 3, 22));
    expect(shown).to.equal(want);
  });

  it('shows native rows with a deleted admin and plain text that is not decoded again', async () => {
    useHandlers(http.get(NATIVE, () => HttpResponse.json(nativePage)));
    const el = await fixture<AdminSessions>(html`<admin-sessions endpoint=${NATIVE}></admin-sessions>`);
    await loaded(el, 3);
    const [first, second] = rowsOf(el);
    expect(partText(first!, 'admin-name')).to.equal("Seán O'Brien");
    expect(first!.querySelector('[title]')!.getAttribute('title')).to.equal('https://panel.example.com/admin/x?a=1&amp;b=<b>');
    expect(partText(second!, 'admin-name')).to.equal('Deleted admin');
    expect(partText(second!, 'type')).to.equal('API');
    expect(partText(second!, 'method')).to.equal('POST');
  });

  it('fires admin-sessions-load with the entries and the total', async () => {
    useHandlers(puqAnswer(page));
    const el = document.createElement('admin-sessions') as AdminSessions;
    el.setAttribute('adapter', 'puqcloud');
    el.setAttribute('endpoint', PUQ);
    const event = new Promise<CustomEvent>((resolve) => el.addEventListener('admin-sessions-load', resolve as never, { once: true }));
    document.body.append(el);
    const { detail } = await event;
    expect(detail.entries.length).to.equal(7);
    expect(detail.total).to.equal(1532);
    el.remove();
  });

  it('never lets session_id, admin notes or debug SQL into the DOM', async () => {
    useHandlers(puqAnswer(pageDebug as typeof page));
    const el = await fixture<AdminSessions>(html`<admin-sessions adapter="puqcloud" endpoint=${PUQ}></admin-sessions>`);
    await until(() => rowsOf(el).length > 0);
    const markup = deepMarkup(el);
    expect(markup).to.include('demo-admin@example.com');
    expect(markup).not.to.include('Xk3v9Qd1ZyP0bq2mT8rW4nL6sJ7cA5hE1gF0uI9o');
    expect(markup).not.to.include('session_id');
    expect(markup).not.to.include('admin_session_logs` where');
    expect(markup).not.to.include('aggregate');
    expect(markup).not.to.include('staff_online');
  });

  it('renders hostile URLs as text: no element is created from data', async () => {
    useHandlers(puqAnswer(page));
    const el = await fixture<AdminSessions>(html`<admin-sessions adapter="puqcloud" endpoint=${PUQ}></admin-sessions>`);
    await loaded(el, 7);
    const table = el.shadowRoot!.querySelector('admin-sessions-table')!.shadowRoot!;
    expect(table.querySelector('img, script')).to.equal(null);
    const hostile = rowsOf(el)[6]!;
    expect(hostile.querySelector('[title]')!.getAttribute('title')).to.equal(expected[6]!.url);
  });
});
