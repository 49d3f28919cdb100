// The analyzer lists modules in the order its file glob finds them, which can change from run to
// run; sorting them by path makes custom-elements.json reproducible (and its freshness check fair).
import { readFileSync, writeFileSync } from 'node:fs';

export function sortManifest(text) {
  const manifest = JSON.parse(text);
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync('custom-elements.json', sortManifest(readFileSync('custom-elements.json', 'utf8')));
}
