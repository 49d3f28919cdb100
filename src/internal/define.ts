/**
 * The one place elements are registered. A page may load two copies of the package (the standalone
 * file from a `<script>` tag and a bundled copy from the page's own build): the second
 * `customElements.define` of a tag would throw and stop that copy's module. Instead the copy that
 * comes second is skipped, with one console warning per copy naming the module that defined the tag
 * first and the one skipped; the first copy's elements work as before.
 */
import { warnOnce } from '../data/warn-once.js';

/** Marks a class registered by `define`: the URL of the module that registered it (a global symbol, shared by every copy). */
const DEFINED_BY = Symbol.for('admin-sessions.defined-by');
/** Which copy registered it: the URL of that copy's `define` module. */
const COPY = Symbol.for('admin-sessions.copy');

interface Marked {
  [DEFINED_BY]?: string;
  [COPY]?: string;
}

/**
 * Registers `element` as `tag`, unless the tag is taken: then this definition is skipped and the
 * console says once (per copy that registered first) which module defined it and which was skipped.
 * `source` is the calling module's `import.meta.url`.
 */
export function define(tag: string, element: CustomElementConstructor, source: string): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as (CustomElementConstructor & Marked) | undefined;
  if (existing === element) return;
  if (!existing) {
    Object.defineProperties(element, { [DEFINED_BY]: { value: source }, [COPY]: { value: import.meta.url } });
    registry.define(tag, element);
    return;
  }
  const first = existing[DEFINED_BY];
  const firstCopy = existing[COPY] ?? `another script:${tag}`;
  warnOnce(
    first
      ? `<${tag}> is already defined by ${first}; skipped the second copy in ${source} (two copies of admin-sessions on one page, e.g. the standalone file and a bundled one: load one).`
      : `<${tag}> is already defined by another script, not admin-sessions; skipped the definition in ${source}.`,
    { key: `define: ${firstCopy}` },
  );
}
