import type { LitElement } from 'lit';

/**
 * Copying for the elements: write to the clipboard, and when the browser refuses (no clipboard
 * outside secure contexts, such as an admin panel on plain http; no permission), offer the text
 * selected in a read-only field to copy by hand.
 */

/** Writes `text` to the clipboard; `false` when the browser has no clipboard here or refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Once `host` has rendered the field `selector` finds, focuses it and selects its whole value. */
export async function selectOfferedText(host: LitElement, selector: string): Promise<void> {
  await host.updateComplete;
  const field = host.renderRoot.querySelector<HTMLInputElement>(selector);
  field?.focus();
  field?.select();
}
