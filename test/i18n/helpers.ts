import type { SessionEntry } from '../../src/data/entry.js';

/** Tests that change `<html lang>` / `<html dir>` put them back afterwards. */
let saved: { lang: string | null; dir: string | null } | null = null;

export function savePageLanguage(): void {
  const root = document.documentElement;
  saved = { lang: root.getAttribute('lang'), dir: root.getAttribute('dir') };
}

export function restorePageLanguage(): void {
  const root = document.documentElement;
  for (const name of ['lang', 'dir'] as const) {
    const value = saved?.[name] ?? null;
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
  saved = null;
}

/**
 * A log where one admin switches IPs, then sends ten POSTs in ten seconds: the newest request is
 * both a new IP and part of a burst.
 */
export function suspiciousLog(newest: number): SessionEntry[] {
  const admin = { id: 'o1', name: 'Olena Kovalenko', email: 'olena@example.com' };
  const entry = (i: number, ip: string, method: string, time: number): SessionEntry => ({
    id: `s${i}`,
    time,
    admin,
    ip,
    url: i === 0 ? 'https://panel.example.com/admin/clients/7?tab=billing&q=a+b' : `https://panel.example.com/admin/clients/${i}`,
    type: 'WEB',
    method,
    userAgent: i === 0 ? null : 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0',
  });
  return [
    entry(0, '10.0.0.2', 'POST', newest),
    ...Array.from({ length: 9 }, (_, i) => entry(i + 1, '10.0.0.4', 'POST', newest - (i + 1) * 1000)),
    entry(10, '10.0.0.1', 'GET', newest - 120_000),
    entry(11, '10.0.0.3', 'GET', newest - 180_000),
  ];
}
