// Fails when custom-elements.json is not what the analyzer produces from the sources, or when a
// public element lacks a summary. The analyzer writes in place (its config also updates
// package.json's "customElements"), so the committed files are restored afterwards either way.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sortManifest } from './sort-manifest.mjs';

const committed = readFileSync('custom-elements.json', 'utf8');
const packageJson = readFileSync('package.json', 'utf8');
let fresh;
try {
  execSync('npx cem analyze', { stdio: 'ignore' });
  fresh = sortManifest(readFileSync('custom-elements.json', 'utf8'));
} finally {
  writeFileSync('custom-elements.json', committed);
  writeFileSync('package.json', packageJson);
}
if (fresh !== committed) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
const manifest = JSON.parse(fresh);
const missing = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && !declaration.summary)
  .map((declaration) => declaration.tagName);
if (missing.length) {
  console.error(`Elements without a @summary: ${missing.join(', ')}`);
  process.exit(1);
}
// The public API only (custom-elements-manifest.config.mjs): no private, `#` or `_` members, and
// module paths of files the package ships (run after `npm run build`).
const members = manifest.modules.flatMap((module) => (module.declarations ?? []).flatMap((declaration) => (declaration.members ?? []).map((member) => ({ declaration, member }))));
const hidden = members.filter(({ member }) => (member.privacy && member.privacy !== 'public') || /^[#_]/.test(member.name));
if (hidden.length) {
  console.error(`Non-public members in the manifest: ${hidden.map(({ declaration, member }) => `${declaration.name}.${member.name}`).join(', ')}`);
  process.exit(1);
}
const paths = manifest.modules.flatMap((module) => [module.path, ...(module.exports ?? []).map((exp) => exp.declaration?.module).filter(Boolean)]);
// A module of types only ships as its declarations (dist/types/…/x.d.ts).
const shipped = (path) => existsSync(path) || existsSync(path.replace(/^dist\//, 'dist/types/').replace(/\.js$/, '.d.ts'));
const notShipped = [...new Set(paths)].filter((path) => !path.startsWith('dist/') || (existsSync('dist') && !shipped(path)));
if (notShipped.length) {
  console.error(`Module paths that are not shipped files${existsSync('dist') ? '' : ' (build first)'}: ${notShipped.join(', ')}`);
  process.exit(1);
}
console.log(`custom-elements.json is up to date; every element has a summary; ${members.length} public members, no private ones; ${manifest.modules.length} module paths, all shipped.`);
