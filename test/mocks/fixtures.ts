/**
 * The cast and the scenery of the mock log: admins (as PUQcloud stores them), their devices and
 * habits, and the panel URLs they hit. Strings here are raw, as the database holds them; the
 * PUQcloud handler escapes them on the way out, the native one sends them as they are.
 */
import { cumulative, int, pick, pickWeighted, type Random, uuid, mulberry32 } from './random.js';

export const PANEL_ORIGIN = 'https://panel.example.com';

/** An admin row exactly as PUQcloud repeats it on every log row (field order included). */
export interface AdminRecord {
  readonly uuid: string;
  readonly email: string;
  readonly phone_number: string | null;
  readonly two_factor: number;
  readonly disable: boolean;
  readonly email_verified: number;
  readonly phone_verified: number;
  readonly firstname: string;
  readonly lastname: string | null;
  readonly admin_notes: string | null;
  readonly dashboard: string | null;
  readonly client_summary_dashboard: string | null;
  readonly old_permissions: string | null;
  readonly language: string;
  readonly created_at: string;
  readonly updated_at: string;
}

/** One browser (or script) an admin works from. */
export interface Device {
  readonly ip: string | null;
  readonly userAgent: string | null;
}

/** How an admin behaves, which drives when and what the generator logs for them. */
export interface AdminProfile {
  readonly record: AdminRecord;
  /** Days before `now` the admin was deleted: their rows then carry `admin: null`. */
  readonly deletedDaysAgo: number | null;
  /** Working stretch start hours (UTC); a night shift simply starts late. */
  readonly shiftStartHours: readonly [number, number];
  /** Chance of working on a Saturday or Sunday. */
  readonly weekendChance: number;
  readonly devices: readonly Device[];
  /** Open tabs per stretch (each tab polls the bell every 5 s); 0 for a script. */
  readonly tabs: readonly [number, number];
  /** Chance that a stretch includes watching the session log with auto-refresh on. */
  readonly watchesLog: number;
  /** Share of this admin's actions that are API calls (the rest are page views and forms). */
  readonly apiShare: number;
  /** A script: API calls only, in bursts, around the clock. */
  readonly bot: boolean;
}

const DASHBOARD = '[{"x":0,"y":0,"w":6,"h":4,"widget":"staff_online"}]';

function admin(fields: Partial<AdminRecord> & Pick<AdminRecord, 'uuid' | 'email' | 'firstname' | 'lastname'>): AdminRecord {
  return {
    uuid: fields.uuid,
    email: fields.email,
    phone_number: fields.phone_number ?? null,
    two_factor: fields.two_factor ?? 0,
    disable: fields.disable ?? false,
    email_verified: fields.email_verified ?? 0,
    phone_verified: fields.phone_verified ?? 0,
    firstname: fields.firstname,
    lastname: fields.lastname,
    admin_notes: fields.admin_notes ?? null,
    dashboard: fields.dashboard ?? DASHBOARD,
    client_summary_dashboard: fields.client_summary_dashboard ?? null,
    old_permissions: fields.old_permissions ?? null,
    language: fields.language ?? 'en',
    created_at: fields.created_at ?? '2025-06-30 10:00:00',
    updated_at: fields.updated_at ?? '2025-12-01 09:12:44',
  };
}

export const UA = {
  chromeLinux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  chromeMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0',
  firefoxLinux: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
  curl: 'curl/8.5.0',
  python: 'python-requests/2.32.3',
  /** A user agent is attacker-controlled text too. */
  odd: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) "quoted" & <odd>',
} as const;

/** The demo's viewer: "Hide me" and the PUQcloud self-logging are about this admin. */
export const CURRENT_ADMIN_ID = '9e7b6a51-2f7d-4c1e-8d8c-3b1a4b9f0e22';

export const ADMIN_PROFILES: readonly AdminProfile[] = [
  {
    record: admin({ uuid: CURRENT_ADMIN_ID, email: 'demo-admin@example.com', firstname: 'puq', lastname: 'puq', two_factor: 1 }),
    deletedDaysAgo: null,
    shiftStartHours: [7, 10],
    weekendChance: 0.15,
    devices: [
      { ip: '77.87.125.4', userAgent: UA.chromeLinux },
      { ip: '77.87.125.4', userAgent: UA.firefoxLinux },
    ],
    tabs: [1, 2],
    watchesLog: 0.5,
    apiShare: 0.45,
    bot: false,
  },
  {
    record: admin({
      uuid: '3f1c2d4e-8a9b-4c7d-9e0f-1a2b3c4d5e6f',
      email: 'o.brien@example.com',
      firstname: 'Seán',
      lastname: "O'Brien",
      phone_number: '+353 87 123 4567',
      admin_notes: 'Night shift <b>lead</b> & on-call',
      language: 'en',
    }),
    deletedDaysAgo: null,
    shiftStartHours: [19, 22],
    weekendChance: 0.4,
    devices: [
      { ip: '2001:db8:85a3::8a2e:370:7334', userAgent: UA.safariMac },
      { ip: '2001:db8:85a3::8a2e:370:7334', userAgent: UA.safariIphone },
      { ip: '2a01:4f8:c17:9e1::2', userAgent: UA.firefoxLinux },
    ],
    tabs: [1, 3],
    watchesLog: 0.25,
    apiShare: 0.4,
    bot: false,
  },
  {
    // A service account: no last name, scripts instead of a browser.
    record: admin({ uuid: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', email: 'ops@example.com', firstname: 'Ops', lastname: null, dashboard: null }),
    deletedDaysAgo: null,
    shiftStartHours: [0, 23],
    weekendChance: 1,
    devices: [
      { ip: '10.0.4.17', userAgent: UA.curl },
      { ip: '10.0.4.17', userAgent: null },
      { ip: '10.0.4.18', userAgent: UA.python },
    ],
    tabs: [0, 0],
    watchesLog: 0,
    apiShare: 1,
    bot: true,
  },
  {
    record: admin({
      uuid: 'c41e7d2a-5b3f-4e8a-9d1c-2f6b8a0e4d37',
      email: 'zoe.kowalczyk@example.com',
      firstname: 'Zoë',
      lastname: 'Kowalczyk-Núñez',
      phone_number: '+48 601 234 567',
      language: 'pl',
      email_verified: 1,
    }),
    deletedDaysAgo: null,
    shiftStartHours: [6, 9],
    weekendChance: 0.05,
    devices: [
      { ip: '89.64.12.201', userAgent: UA.firefoxWindows },
      { ip: '2a02:a311:4143:9a00:5c2e:1ff:fe8a:3b10', userAgent: UA.firefoxWindows },
    ],
    tabs: [1, 2],
    watchesLog: 0.1,
    apiShare: 0.5,
    bot: false,
  },
  {
    record: admin({
      uuid: '5d2f8e61-0a4b-4c9d-8e7f-6a1b2c3d4e50',
      email: 'tj.baker@example.com',
      firstname: 'Tom "TJ"',
      lastname: 'Baker',
      admin_notes: 'Billing & refunds; ask before touching <VAT> rules',
    }),
    deletedDaysAgo: null,
    shiftStartHours: [11, 14],
    weekendChance: 0.1,
    devices: [
      { ip: '203.0.113.54', userAgent: UA.edgeWindows },
      { ip: '198.51.100.77', userAgent: UA.safariIphone },
    ],
    tabs: [1, 2],
    watchesLog: 0.05,
    apiShare: 0.35,
    bot: false,
  },
  {
    // Deleted nine days ago: everything she did stays in the log with `admin: null`.
    record: admin({ uuid: 'e8a1f3c5-7b9d-4f2e-a6c8-0d1e2f3a4b5c', email: 'k.smith@example.com', firstname: 'Karen', lastname: 'Smith' }),
    deletedDaysAgo: 9,
    shiftStartHours: [8, 12],
    weekendChance: 0,
    devices: [
      { ip: '198.51.100.23', userAgent: UA.chromeMac },
      { ip: null, userAgent: UA.chromeMac },
    ],
    tabs: [1, 1],
    watchesLog: 0.05,
    apiShare: 0.3,
    bot: false,
  },
];

/** One logged request before it gets an id, a time and an admin. */
export interface Action {
  readonly type: 'WEB' | 'API';
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
}

/** Ids of the panel's clients, services and invoices, so URLs repeat the way real ones do. */
const pool = (() => {
  const random = mulberry32(0x5eed);
  const make = (n: number) => Array.from({ length: n }, () => uuid(random));
  return { clients: make(40), services: make(60), invoices: make(80), tasks: make(12) };
})();

type ActionMaker = (random: Random) => Action;

const client = (r: Random) => pick(r, pool.clients);
const service = (r: Random) => pick(r, pool.services);
const invoice = (r: Random) => pick(r, pool.invoices);
/**
 * A panel URL. Memoised: the same few thousand URLs recur across the log, and sharing one string
 * per URL keeps a large log small (fewer survivors for the garbage collector to copy).
 */
const urls = new Map<string, string>();
function p(path: string): string {
  let url = urls.get(path);
  if (url === undefined) {
    url = `${PANEL_ORIGIN}/admin${path}`;
    urls.set(path, url);
  }
  return url;
}

const web = (method: Action['method'], url: string): Action => ({ type: 'WEB', method, url });
const api = (method: Action['method'], url: string): Action => ({ type: 'API', method, url });

/** Page views and form posts through the panel's UI, weighted by how often people do them. */
const WEB_ACTIONS: ReadonlyArray<readonly [number, ActionMaker]> = [
  [10, () => web('GET', p('/dashboard'))],
  [14, () => web('GET', p('/clients'))],
  [16, (r) => web('GET', p(`/clients/${client(r)}?tab=${pick(r, ['summary', 'invoices', 'services', 'notes', 'tickets'])}`))],
  [8, (r) => web('GET', p(`/invoices/${invoice(r)}`))],
  [6, (r) => web('GET', p(`/services/${service(r)}/edit`))],
  [4, () => web('GET', p('/products'))],
  [3, () => web('GET', p('/products/9/edit'))],
  [3, () => web('GET', p('/monitoring/admin_sessions'))],
  [2, () => web('GET', p('/settings/general'))],
  [2, () => web('GET', p('/tasks'))],
  [2, (r) => web('GET', p(`/clients?search=${pick(r, ['acme', 'M%C3%BCller', 'gmbh', 'vps+frankfurt', 'o%27neil'])}`))],
  [2, (r) => web('POST', p(`/clients/${client(r)}/notes`))],
  [1, () => web('POST', p('/my_account'))],
];

/** The panel's own XHR calls and API clients. */
const API_ACTIONS: ReadonlyArray<readonly [number, ActionMaker]> = [
  [14, (r) => api('GET', p(`/api/clients?draw=${int(r, 1, 30)}&start=${10 * int(r, 0, 5)}&length=10&search%5Bvalue%5D=&order%5B0%5D%5Bcolumn%5D=0&order%5B0%5D%5Bdir%5D=desc`))],
  [10, (r) => api('GET', p(`/api/clients/${client(r)}/invoices`))],
  [6, (r) => api('POST', p(`/api/clients/${client(r)}/invoices`))],
  [5, (r) => api('PUT', p(`/api/clients/${client(r)}`))],
  [4, (r) => api('POST', p(`/api/clients/${client(r)}/notes`))],
  [5, () => api('PUT', p('/api/products/9/price'))],
  [5, (r) => api('PATCH', p(`/api/services/${service(r)}`))],
  [3, (r) => api('DELETE', p(`/api/services/${service(r)}`))],
  [3, (r) => api('DELETE', p(`/api/invoices/${invoice(r)}/items/${int(r, 1, 6)}`))],
  [4, (r) => api('GET', p(`/api/services/select?q=${pick(r, ['vps', 'mail', 'dedi', 'ssl'])}`))],
  [4, () => api('GET', p('/api/dashboard/widgets'))],
  [2, (r) => api('POST', p(`/api/tasks/${pick(r, pool.tasks)}/retry`))],
];

/** What the Ops scripts do: provisioning syncs and price updates. */
const BOT_ACTIONS: ReadonlyArray<readonly [number, ActionMaker]> = [
  [12, () => api('GET', p('/api/services?status=active&per_page=100'))],
  [8, (r) => api('GET', p(`/api/clients/${client(r)}`))],
  [4, (r) => api('POST', p(`/api/services/${service(r)}/suspend`))],
  [3, (r) => api('POST', p(`/api/services/${service(r)}/unsuspend`))],
  [3, () => api('PUT', p('/api/products/9/price'))],
  [3, (r) => api('PATCH', p(`/api/services/${service(r)}`))],
  [2, (r) => api('DELETE', p(`/api/services/${service(r)}`))],
  [2, () => api('POST', p('/api/tasks/queue'))],
];

/**
 * Requests an attacker can make an admin's session log show: the URL (and user agent) are the
 * requester's to choose. The widget must render all of these as inert text.
 */
export const HOSTILE_ACTIONS: readonly Action[] = [
  web('GET', p(`/clients/${pool.clients[0]}?tab=invoices&q=<script>alert(1)</script>`)),
  web('GET', p('/x?"><img src=x onerror=alert(document.cookie)>&next=javascript:alert(\'x\')')),
  web('GET', p("/search?q=' OR 1=1 -- ")),
  web('GET', p('/clients?search=Tom & Jerry\'s "Deluxe" <VPS>')),
  web('GET', p('/clients?note=&amp;already-escaped&lt;b&gt;')),
  web('GET', p('/files?path=../../../../etc/passwd')),
  api('POST', p('/api/clients/<svg onload=alert(1)>/notes')),
  web('GET', p('/clients?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E')),
];

function weighted(makers: ReadonlyArray<readonly [number, ActionMaker]>) {
  const items = makers.map(([, make]) => make);
  const weights = cumulative(makers.map(([weight]) => weight));
  return (random: Random) => pickWeighted(random, items, weights)(random);
}

export const randomWebAction = weighted(WEB_ACTIONS);
export const randomApiAction = weighted(API_ACTIONS);
export const randomBotAction = weighted(BOT_ACTIONS);

export const BELL_URL = p('/api/my_account/bell_notification');
export const DASHBOARD_URL = p('/dashboard');

const LOG_COLUMNS = ['created_at', 'ip_address', 'admin', 'action', 'method', 'url', 'user_agent'];

/** RFC 3986 encoding, as PHP's http_build_query(…, PHP_QUERY_RFC3986) writes it. */
export function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `DD-MM-YYYY HH:00:00` of an instant's UTC hour shifted by `hours`, as the stock page sends it. */
function stockDate(epochMs: number, hours: number): string {
  const d = new Date(Math.floor(epochMs / 3600000) * 3600000 + hours * 3600000);
  return `${pad2(d.getUTCDate())}-${pad2(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${pad2(d.getUTCHours())}:00:00`;
}

/** Every DataTables column spelled out, as the stock page sends them: the same ~1.2 KB each time. */
const LOG_COLUMN_PARAMS = LOG_COLUMNS.flatMap((name, i) => {
  const c = `columns[${i}]`;
  return [
    `${rfc3986(`${c}[data]`)}=${name}`,
    `${rfc3986(`${c}[name]`)}=${name}`,
    `${rfc3986(`${c}[orderable]`)}=${i === 0}`,
    `${rfc3986(`${c}[search][regex]`)}=false`,
    `${rfc3986(`${c}[search][value]`)}=`,
    `${rfc3986(`${c}[searchable]`)}=true`,
  ];
}).join('&');
const LOG_POLL_PATH = p('/api/admin_session_logs');

/**
 * The URL the stock "Admin Sessions" page polls, as Laravel logs it: keys sorted (Symfony
 * normalises the query string), RFC 3986 encoding, 1–2 KB each.
 */
export function stockLogPollUrl(draw: number, epochMs: number, hideMe: boolean, cacheBuster: number): string {
  return (
    `${LOG_POLL_PATH}?_=${cacheBuster}&${LOG_COLUMN_PARAMS}&draw=${draw}` +
    `&end_date=${rfc3986(stockDate(epochMs, 24))}&hide_me=${hideMe ? 1 : 0}&length=10` +
    '&order%5B0%5D%5Bcolumn%5D=0&order%5B0%5D%5Bdir%5D=desc&search%5Bregex%5D=false&search%5Bvalue%5D=' +
    `&start=0&start_date=${rfc3986(stockDate(epochMs, -24))}`
  );
}

/**
 * The URL a request is logged under: Laravel's `fullUrl()`, i.e. the panel's origin, the path and
 * the normalised query string: pairs sorted by their whole decoded key (see page.json:
 * `search[regex]` before `search[value]`), RFC 3986 encoding.
 */
export function loggedUrl(requestUrl: string, origin = PANEL_ORIGIN): string {
  const url = new URL(requestUrl);
  const pairs = [...url.searchParams];
  // Array.prototype.sort is stable, so repeated keys keep their order.
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = pairs.map(([key, value]) => `${rfc3986(key)}=${rfc3986(value)}`).join('&');
  return `${origin}${url.pathname}${query ? `?${query}` : ''}`;
}
