// Fails (exit 1, naming the files) when the relative imports of src/**/*.ts form a cycle or point
// up the layers; prints one line when the module graph is clean. `import type` and `export … from`
// count like any import: a type-only cycle or arrow up is still a design one.
//
// The layers, top to bottom (each folder may also import from itself):
//   src/index.ts, src/standalone.ts (the package's entries)  → anything
//   components/   → controllers, events, i18n, internal, data
//   controllers/  → events, i18n, internal, data
//   i18n/         → internal, data        (words the data layer's facts; clips values with internal)
//   events/       → data                  (event details carry data types)
//   internal/     → data                  (rendering helpers over data types)
//   data/         → data only             (plain TypeScript, no DOM)
// Nothing below imports components or controllers. A new folder under src/ must be added here.
//
// Usage: node scripts/check-imports.mjs [src-dir]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ALLOWED = {
  index: ['index', 'components', 'controllers', 'events', 'i18n', 'internal', 'data'],
  components: ['components', 'controllers', 'events', 'i18n', 'internal', 'data'],
  controllers: ['controllers', 'events', 'i18n', 'internal', 'data'],
  i18n: ['i18n', 'internal', 'data'],
  events: ['events', 'data'],
  internal: ['internal', 'data'],
  data: ['data'],
};

const root = resolve(process.argv[2] ?? 'src');

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The layer of a file: its first folder under src/, or `index` for the entry. */
function layerOf(file) {
  const parts = relative(root, file).split(sep);
  return parts.length === 1 ? (['index.ts', 'standalone.ts'].includes(parts[0]) ? 'index' : null) : parts[0];
}

// Top-level statements start at column 0: `import …`, `import type …`, `export … from`, `import '…'`.
// The clause before `from` holds no quote or semicolon, so a match never runs into another statement.
const STATIC = /^(?:import|export)\s+(?:type\s+)?(?:[^;'"`]*?\bfrom\s*)?(['"])([^'"\n]+)\1/gm;
const DYNAMIC = /\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g;

function relativeSpecifiers(text) {
  const found = [];
  for (const pattern of [STATIC, DYNAMIC]) {
    for (const match of text.matchAll(pattern)) if (match[2].startsWith('.')) found.push(match[2]);
  }
  return found;
}

/** `./x.js` → `x.ts`, `x.d.ts` or `x/index.ts` beside the importer; `null` when none exists. */
function resolveSpecifier(from, specifier) {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  const stem = base.replace(/\.(?:js|ts|mjs)$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.d.ts`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const files = sourceFiles(root).sort();
const graph = new Map();
const problems = [];
const name = (file) => relative(process.cwd(), file);

for (const file of files) {
  const layer = layerOf(file);
  if (!layer || !ALLOWED[layer]) {
    problems.push(`${name(file)}: not in a known layer (add its folder to scripts/check-imports.mjs)`);
  }
  const targets = [];
  for (const specifier of relativeSpecifiers(readFileSync(file, 'utf8'))) {
    const target = resolveSpecifier(file, specifier);
    if (!target) {
      problems.push(`${name(file)}: '${specifier}' does not resolve to a file`);
      continue;
    }
    if (!target.startsWith(root + sep)) {
      problems.push(`${name(file)}: '${specifier}' leaves src/`);
      continue;
    }
    targets.push(target);
    const to = layerOf(target);
    if (layer && ALLOWED[layer] && !ALLOWED[layer].includes(to)) {
      problems.push(`${name(file)} → ${name(target)}: ${layer} may not import ${to} (allowed: ${ALLOWED[layer].join(', ')})`);
    }
  }
  graph.set(file, [...new Set(targets)]);
}

// Cycles: strongly connected components (Tarjan) with more than one file, or a file importing itself.
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];

function connect(file) {
  index.set(file, counter);
  low.set(file, counter);
  counter++;
  stack.push(file);
  onStack.add(file);
  for (const next of graph.get(file) ?? []) {
    if (!index.has(next)) {
      connect(next);
      low.set(file, Math.min(low.get(file), low.get(next)));
    } else if (onStack.has(next)) {
      low.set(file, Math.min(low.get(file), index.get(next)));
    }
  }
  if (low.get(file) === index.get(file)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort());
  }
}

for (const file of files) if (!index.has(file)) connect(file);
for (const cycle of cycles) problems.push(`import cycle: ${cycle.map(name).join(' ↔ ')}`);

if (problems.length) {
  console.error(`Module graph: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
const arrows = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);
console.log(`Module graph OK: ${files.length} files, ${arrows} imports, no cycles, none pointing up the layers.`);
