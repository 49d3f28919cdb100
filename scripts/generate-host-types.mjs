// Framework types for hosts, generated from custom-elements.json by maintained generators and
// shipped next to the package's own types (run after `tsc -p tsconfig.build.json`: `npm run types:hosts`):
// - dist/types/custom-elements-jsx.d.ts (@wc-toolkit/jsx-types): `CustomElements` for React 19 and
//   Preact's `JSX.IntrinsicElements` (attributes, properties and `on<event>` handlers with typed detail);
// - dist/types/custom-elements-vue.d.ts (custom-element-vuejs-integration): Vue's `GlobalComponents`;
// - dist/standalone/admin-sessions.d.ts and dist/one-file/admin-sessions.d.ts: the standalone files'
//   types (what src/standalone.ts exports), beside them.
// Both generators read the element classes' own types (`AdminSessions['adapter']`) from ./index.js.
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const outdir = 'dist/types';
mkdirSync(outdir, { recursive: true });

// The JSDoc's `@fires {AdminSessionsLoadEvent}` names the event class, which neither generator
// imports: give the JSX generator `CustomEvent<AdminSessionsLoadDetail>` (it imports the detail
// type) and the Vue generator the detail type it wraps in `CustomEvent<…>` itself; a plain Event
// has no detail. The detail interfaces are types only (not in the manifest): their names are read
// from src/events/.
const eventSources = readdirSync('src/events').map((file) => readFileSync(`src/events/${file}`, 'utf8')).join('\n');
const details = new Set([...eventSources.matchAll(/^export interface (\w+Detail)\b/gm)].map((match) => match[1]));
/** The manifest with each event's type given as `withDetail(detail)`, or `plain` (none when undefined) for a plain Event. */
function withEventTypes(withDetail, plain) {
  const copy = structuredClone(manifest);
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    for (const event of declaration.events ?? []) {
      const detail = event.type?.text?.replace(/Event$/, 'Detail');
      if (detail && details.has(detail)) event.type = { text: withDetail(detail) };
      else if (plain) event.type = { text: plain };
      else delete event.type;
    }
  }
  return copy;
}

generateJsxTypes(withEventTypes((detail) => `CustomEvent<${detail}>`, 'Event'), {
  outdir,
  fileName: 'custom-elements-jsx.d.ts',
  globalTypePath: './index.js',
  stronglyTypedEvents: true,
  hideLogs: true,
});
generateVuejsTypes(withEventTypes((detail) => detail), {
  outdir,
  fileName: 'custom-elements-vue.d.ts',
  globalTypePath: './index.js',
  hideLogs: true,
});
// The Vue generator imports an event's detail type once per element that fires it (the details panel
// and the facets both fire admin-sessions-filter): a type imported twice does not compile.
const vueTypes = `${outdir}/custom-elements-vue.d.ts`;
writeFileSync(
  vueTypes,
  readFileSync(vueTypes, 'utf8').replace(/import type \{([^}]*)\}/g, (_, names) => `import type {${[...new Set(names.split(','))].join(',')}}`),
);

for (const dir of ['dist/standalone', 'dist/one-file']) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/admin-sessions.d.ts`, "// The standalone file's API: the widget and table elements, their events, errors and clearCache.\nexport * from '../types/standalone.js';\n");
}
console.log('Host types: dist/types/custom-elements-jsx.d.ts, dist/types/custom-elements-vue.d.ts, dist/{standalone,one-file}/admin-sessions.d.ts');
