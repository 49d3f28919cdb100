// The analyzer lists modules in the order its file glob finds them, which can change from run to
// run; sorting them by path makes custom-elements.json reproducible (and its freshness check fair).
// It also lists `dispatchEvent(new SomeEvent(…))` calls as events without a name next to the
// documented `@fires` entry of the same type; those nameless duplicates are dropped.
import { readFileSync, writeFileSync } from 'node:fs';

export function sortManifest(text) {
  const manifest = JSON.parse(text);
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!Array.isArray(declaration.events)) continue;
      const named = new Set(declaration.events.filter((event) => event.name).map((event) => event.type?.text));
      declaration.events = declaration.events.filter((event) => event.name || !named.has(event.type?.text));
    }
  }
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync('custom-elements.json', sortManifest(readFileSync('custom-elements.json', 'utf8')));
}
