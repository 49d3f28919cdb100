import '../../src/components/admin-sessions/admin-sessions.js';
import type { AdminSessions } from '../../src/components/admin-sessions/admin-sessions.js';
import { http, HttpResponse } from 'msw';
import { rowsOf, startWorker, until, useHandlers } from '../helpers/msw.js';
import { PAYLOADS } from './payloads.js';

const beacon = (step: string) => navigator.sendBeacon(`http://127.0.0.1:9911/${encodeURIComponent(step)}-${Math.round(performance.now())}-${Math.round(((performance as any).memory?.usedJSHeapSize ?? 0) / 1e6)}MB`, '');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
describe('probe', function () {
  this.timeout(600000);
  before(startWorker);
  it('repro', async () => {
    const path = '/t/probe/log';
    const entries = PAYLOADS.flatMap((p, i) => [
      { id: `a${i}`, time: new Date(Date.now() - i * 2000).toISOString(), admin: { id: 'x', name: p.text, email: p.text }, ip: p.text, url: p.text, type: p.text, method: p.text, user_agent: p.text },
      { id: `u${i}`, time: new Date(Date.now() - i * 2000 - 1000).toISOString(), admin: { id: 'x', name: 'P', email: 'p@e' }, ip: '10.0.0.1', url: `https://panel.example.com/admin/${p.text}?next=${p.text}#${p.text}`, type: 'WEB', method: 'GET', user_agent: 'M' },
    ]);
    useHandlers(http.get(`${path}*`, ({ request }) => new URL(request.url).pathname.endsWith('histogram') ? HttpResponse.json({}, { status: 404 }) : HttpResponse.json({ entries, next_cursor: null, total: entries.length })));
    const el = document.createElement('admin-sessions') as AdminSessions;
    el.setAttribute('endpoint', path); el.setAttribute('cache', 'none'); el.setAttribute('range', '30d'); el.setAttribute('page-size', '1000');
    el.setAttribute('style', `box-sizing:border-box; width:800px; --admin-sessions-table-height:${entries.length * 60 + 300}px`);
    document.body.append(el);
    await until(() => el.shadowRoot?.querySelector('admin-sessions-table')?.shadowRoot && rowsOf(el).length === entries.length, 'rows', 120000);
    beacon('rows');
    for (let i = 0; i < 5; i++) { await sleep(1000); beacon(`idle-${i}`); }
    for (let round = 0; round < 30; round++) {
      const row = rowsOf(el).find((r) => r.dataset.id === 'u3')!;
      row.click(); await el.updateComplete; beacon(`open-${round}`);
      await sleep(100);
      row.click(); await el.updateComplete; beacon(`close-${round}`);
      await sleep(100);
    }
    for (let i = 0; i < 5; i++) { await sleep(1000); beacon(`idle-after-${i}`); }
    el.remove();
  });
});
