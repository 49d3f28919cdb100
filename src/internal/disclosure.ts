/**
 * Escape inside an open `<details>` (its keydown listener) closes it and puts the focus back on its
 * summary; only the innermost one (an inner element that handled Escape prevents its default), and
 * not one laid out open with its summary hidden (the wide toolbar's Filters).
 */
export function closeOnEscape(event: KeyboardEvent): void {
  const details = event.currentTarget as HTMLDetailsElement;
  const summary = details.querySelector('summary');
  if (event.key !== 'Escape' || event.defaultPrevented || !details.open || !summary?.getClientRects().length) return;
  event.preventDefault();
  details.open = false;
  summary.focus();
}
