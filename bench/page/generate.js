// Deterministic session-log rows for the benchmark (same seed → same rows, in every contender).
// Shape: SessionEntry from src/data/entry.ts, newest first.

/** mulberry32: tiny, fast, seeded PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anna', 'Bartosz', 'Chiara', 'Dmitri', 'Elif', 'Fatima', 'Gustav', 'Hiro', 'Ines', 'Jonas',
  'Kamala', 'Lars', 'Marta', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tomasz'];
const LAST = ['Adams', 'Berger', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Hansen', 'Ivanova', 'Jensen',
  'Keller', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka'];
/** The keyword the filter scenario types: one admin's surname (unique in names, emails, IPs and paths). */
export const KEYWORD = 'okafor';

const SECTIONS = ['clients', 'services', 'invoices', 'tickets', 'products', 'servers', 'domains', 'settings', 'reports', 'users'];
const ACTIONS = ['', 'edit', 'view', 'history', 'notes', 'billing', 'logs'];
const AGENTS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:141.0) Gecko/20100101 Firefox/141.0',
  'curl/8.5.0',
  'PUQcloud-API-Client/2.3',
];
const METHODS = [['GET', 0.6], ['POST', 0.8], ['PUT', 0.88], ['PATCH', 0.93], ['DELETE', 1]];

function makeAdmins(random) {
  const admins = [];
  for (let i = 0; i < 40; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length];
    admins.push({ id: `adm-${i}`, name: `${first} ${last}`, email: `${first}.${last}${i}@panel.example`.toLowerCase() });
  }
  // Exactly one admin carries the keyword, so ~2.4% of rows match it.
  for (const a of admins) if (a.name.toLowerCase().includes(KEYWORD)) { a.name = a.name.replace(/Okafor/, 'Okafur'); a.email = a.email.replace(KEYWORD, 'okafur'); }
  admins[13] = { id: 'adm-13', name: 'Nadia Okafor', email: 'n.okafor@panel.example' };
  random();
  return admins;
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function makeEntry(random, admins, id, time) {
  const r = random();
  const admin = r < 0.04 ? null : pick(random, admins);
  const ipRoll = random();
  const ip = ipRoll < 0.03 ? null
    : ipRoll < 0.13 ? `2001:db8:${Math.floor(random() * 65536).toString(16)}::${Math.floor(random() * 65536).toString(16)}`
      : `${10 + Math.floor(random() * 180)}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${1 + Math.floor(random() * 254)}`;
  const type = random() < 0.7 ? 'WEB' : 'API';
  const m = random();
  const method = METHODS.find(([, p]) => m < p)[0];
  const section = pick(random, SECTIONS);
  const action = pick(random, ACTIONS);
  const num = 1 + Math.floor(random() * 99999);
  const query = random() < 0.2 ? `?page=${1 + Math.floor(random() * 20)}` : '';
  const url = `https://panel.example.com/${type === 'API' ? 'api/v1' : 'admin'}/${section}/${num}${action ? `/${action}` : ''}${query}`;
  return { id, time, admin, ip, url, type, method, userAgent: pick(random, AGENTS) };
}

const NEWEST = Date.UTC(2025, 10, 20, 12, 0, 0);

/** `n` entries, newest first, ids `e<seed>-<i>`. */
export function generate(n, seed) {
  const random = rng(seed);
  const admins = makeAdmins(random);
  const rows = new Array(n);
  let time = NEWEST;
  for (let i = 0; i < n; i++) {
    time -= 1000 + Math.floor(random() * 30000);
    rows[i] = makeEntry(random, admins, `e${i}`, time);
  }
  return { rows, admins };
}

/** `count` entries newer than `newestTime`, for the prepend scenario (ids `p<i>`), newest first. */
export function newer(count, newestTime, seed, admins) {
  const random = rng(seed ^ 0x5bd1e995);
  const out = [];
  let time = newestTime + 1000 * (count + 1);
  for (let i = 0; i < count; i++) {
    time -= 1000;
    out.push(makeEntry(random, admins, `p${i}`, time));
  }
  return out;
}
