/**
 * The one "warn once": a bad attribute, a broken cache or a missing calendar locale is said once,
 * never on every render or every request. Plain TypeScript, so the data layer (the cache) and the
 * elements share it.
 */

/** Where a warning goes instead of the console (e.g. `createEntryCache`'s `warn` option). */
export type WarnSink = (message: string) => void;

export interface WarnOnceOptions {
  /** What counts as the same warning: the message by default; e.g. a cache problem's cause, whatever its detail. */
  readonly key?: string;
  /** Where it goes: the console by default, as `<from> message`. A sink gets the message as is. */
  readonly sink?: WarnSink;
  /** The element the console warning names; `admin-sessions` by default. */
  readonly from?: string;
}

const toConsole: WarnSink = (message) => console.warn(message);

/** Keys already said, per sink (the console is one sink). */
const said = new WeakMap<WarnSink, Set<string>>();

/** Warns once per distinct `key` and sink. A sink that throws is ignored: a logger must not break anything. */
export function warnOnce(message: string, { key = message, sink, from = 'admin-sessions' }: WarnOnceOptions = {}): void {
  const target = sink ?? toConsole;
  const seenKey = sink ? key : `<${from}> ${key}`;
  let seen = said.get(target);
  if (!seen) said.set(target, (seen = new Set()));
  if (seen.has(seenKey)) return;
  seen.add(seenKey);
  try {
    target(sink ? message : `<${from}> ${message}`);
  } catch {
    // a throwing logger must not break the caller
  }
}
