import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The widget's theme properties, `--admin-sessions-<name>`, and the value each has when the page
 * sets none: the one place these defaults are written. Every element reads them through the private
 * copies `--_<name>` that `themeProperties` defines on its host, so all of them agree unthemed and
 * all of them take a theme.
 */
const DEFAULTS = {
  'color': 'light-dark(#1f2328, #e6e8eb)',
  'background': 'light-dark(#ffffff, #14171b)',
  'border-color': 'light-dark(#e3e6ea, #2f353d)',
  'muted-color': 'light-dark(#5f6b7a, #9aa5b1)',
  'accent-color': 'light-dark(#1b6ef3, #6ea8ff)',
  'accent-contrast': 'light-dark(#ffffff, #0f172a)',
  'danger-color': 'light-dark(#b42318, #ff8a80)',
  // Unset, the focus ring is the accent colour.
  'focus-ring': 'var(--_accent-color)',
  'radius': '0.5rem',
} as const;

export type ThemeProperty = keyof typeof DEFAULTS;

/**
 * `:host` rules defining `--_<name>` for every theme property: the page's `--admin-sessions-<name>`,
 * else the default. `deprecated` names an older property an element still reads when the new one
 * is unset (`{ color: 'text' }`: `--admin-sessions-color`, else `--admin-sessions-text`).
 */
export function themeProperties(deprecated: Partial<Record<ThemeProperty, string>> = {}): CSSResult {
  const declarations = Object.entries(DEFAULTS).map(([name, fallback]) => {
    const old = deprecated[name as ThemeProperty];
    const value = old ? `var(--admin-sessions-${old}, ${fallback})` : fallback;
    return `--_${name}: var(--admin-sessions-${name}, ${value});`;
  });
  return unsafeCSS(`@layer admin-sessions{:host{${declarations.join('')}}}`);
}

/** The theme properties with no deprecated names, shared by the elements' styles. */
export const theme = themeProperties();
