import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import '../../../src/components/admin-sessions/admin-sessions.js';
import '../../helpers/all-parts.js';
import type { AdminSessions } from '../../../src/components/admin-sessions/admin-sessions.js';
import page from '../../fixtures/puqcloud/page.json';
import pageEmpty from '../../fixtures/puqcloud/page-empty.json';
import error401 from '../../fixtures/puqcloud/error-401.json';
import error403 from '../../fixtures/puqcloud/error-403.json';
import error500 from '../../fixtures/puqcloud/error-500.json';
import { deferred, rowsOf, shadowPart, startWorker, useHandlers, until } from '../../helpers/msw.js';

const PUQ = '/t/states/admin_session_logs';

function echoDraw(body: unknown, url: string) {
  const answer = structuredClone(body) as { data: { original: { draw: number } } };
  answer.data.original.draw = Number(new URL(url).searchParams.get('draw'));
  return answer;
}

describe('<admin-sessions> loading, empty and error states', () => {
  before(startWorker);

  it('shows a loading state until the first page arrives, with aria-busy', async () => {
    const hold = deferred();
    useHandlers(http.get(PUQ, async ({ request }) => (await hold.promise, HttpResponse.json(echoDraw(page, request.url)))));
    const el = await fixture<AdminSessions>(html`<admin-sessions adapter="puqcloud" endpoint=${PUQ}></admin-sessions>`);
    await until(() => shadowPart(el, 'loading'));
    expect(shadowPart(el, 'loading')!.textContent).to.include('Loading');
    expect(shadowPart(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(shadowPart(el, 'empty')).to.equal(null);
    hold.resolve();
    await until(() => rowsOf(el).length === 7);
    expect(shadowPart(el, 'loading')).to.equal(null);
    expect(shadowPart(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('shows "no requests in this range" for an empty page and for data:null', async () => {
    for (const body of [pageEmpty, { ...pageEmpty, data: null }]) {
      useHandlers(http.get(PUQ, ({ request }) => HttpResponse.json(body.data ? echoDraw(body, request.url) : body)));
      const el = await fixture<AdminSessions>(html`<admin-sessions adapter="puqcloud" endpoint=${PUQ}></admin-sessions>`);
      await until(() => shadowPart(el, 'empty'));
      expect(shadowPart(el, 'empty')!.textContent).to.match(/no requests in this range/i);
      expect(shadowPart(el, 'error')).to.equal(null);
      expect(shadowPart(el, 'loading')).to.equal(null);
    }
  });

  it('explains a 401 and offers the login link from the server', async () => {
    useHandlers(http.get(PUQ, () => HttpResponse.json(error401, { status: 401 })));
    // Listening from the start: the answer may come before the first render is done.
    const reported = deferred<CustomEvent>();
    const el = await fixture<AdminSessions>(html`<admin-sessions adapter="puqcloud" endpoint=${PUQ} @admin-sessions-error=${(e: CustomEvent) => reported.resolve(e)}></admin-sessions>`);
    const event = await reported.promise;
    expect(event.detail.status).to.equal(401);
    await until(() => shadowPart(el, 'error'));
    expect(shadowPart(el, 'error')!.textContent).to.match(/session has expired/i);
    expect(shadowPart(el, 'login-link')!.getAttribute('href')).to.equal('https://panel.example.com/admin/login');
    expect(shadowPart(el, 'empty')).to.equal(null);
  });

  it('never offers a javascript: login link', async () => {
    useHandlers(http.get(PUQ, () => HttpResponse.json({ ...error401, redirect: 'javascript:alert(1)' }, { status: 401 })));
    const el = await fixture<AdminSessions>(html`<admin-sessions adapter="puqcloud" endpoint=${PUQ}></admin-sessions>`);
    await until(() => shadowPart(el, 'error'));
    expect(shadowPart(el, 'login-link')).to.equal(null);
  });

  const failures: [string, () => Response, RegExp][] = [
    ['403', () => HttpResponse.json(error403, { status: 403 }), /permission.*Permission Denied, Forbidden/i],
    ['500', () => HttpResponse.json(error500, { status: 500 }), /server failed.*500.*Internal server error/i],
    ['a non-JSON body', () => new HttpResponse('<html>Bad gateway</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }), /not a session log page/i],
    ['a wrong shape', () => HttpResponse.json({ data: { rows: [] } }), /not a session log page/i],
    ['a network error', () => HttpResponse.error(), /could not be reached/i],
  ];
  for (const [name, respond, message] of failures) {
    it(`shows a readable error for ${name}`, async () => {
      useHandlers(http.get(PUQ, respond));
      const el = await fixture<AdminSessions>(html`<admin-sessions adapter="puqcloud" endpoint=${PUQ}></admin-sessions>`);
      await until(() => shadowPart(el, 'error'), `no error shown for ${name}`);
      expect(shadowPart(el, 'error')!.textContent!.replace(/\s+/g, ' ')).to.match(message);
      expect(shadowPart(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(shadowPart(el, 'empty')).to.equal(null);
    });
  }

  it('says what to do when the endpoint is missing, without a request', async () => {
    let requests = 0;
    useHandlers(http.get('*', () => void requests++));
    const el = await fixture<AdminSessions>(html`<admin-sessions></admin-sessions>`);
    await until(() => shadowPart(el, 'error'));
    expect(shadowPart(el, 'error')!.textContent).to.match(/set the endpoint attribute/i);
    await delay(50);
    expect(requests).to.equal(0);
  });
});
