const warned = new Set<string>();

/** Warns once per distinct message, so a bad attribute or a broken cache never floods the console. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`<admin-sessions> ${message}`);
}
