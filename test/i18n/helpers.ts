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
