// Type-checks the README's React and Vue snippets, as written, against the generated host types
// (`npm run typecheck:readme`, after `npm run build`): a wrong attribute, value or event-detail field
// in them fails, and test/types/hosts/*.ts(x) prove with `@ts-expect-error` lines that such
// mistakes are errors. `admin-sessions` resolves to this repository's build (paths mapping); with
// `--packed`, to the package as published (`npm pack` extracted into tmp/readme-consumer/node_modules);
// with `--consumer=DIR`, to a package already extracted into DIR/node_modules/admin-sessions (a
// consumer-build test's), the checked files then written to DIR/readme-types/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = process.cwd();
const consumer = process.argv.find((arg) => arg.startsWith('--consumer='))?.slice('--consumer='.length);
const pack = process.argv.includes('--packed');
const packed = pack || Boolean(consumer);
const work = resolve(consumer ? join(consumer, 'readme-types') : pack ? 'tmp/readme-consumer' : 'tmp/host-types');
if (consumer && !existsSync(join(consumer, 'node_modules/admin-sessions/package.json'))) {
  console.error(`--consumer=${consumer}: no node_modules/admin-sessions there.`);
  process.exit(1);
}

const shipped = {
  'admin-sessions': 'dist/types/index.d.ts',
  'admin-sessions/jsx': 'dist/types/custom-elements-jsx.d.ts',
  'admin-sessions/vue': 'dist/types/custom-elements-vue.d.ts',
  'admin-sessions/standalone': 'dist/standalone/admin-sessions.d.ts',
};
const missing = consumer ? [] : Object.values(shipped).filter((file) => !existsSync(file));
if (missing.length) {
  console.error(`Missing ${missing.join(', ')}: run \`npm run build\` (with \`npm run types:hosts\`) first.`);
  process.exit(1);
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
if (pack) {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').at(-1);
  const target = join(work, 'node_modules/admin-sessions');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', target, '--strip-components=1']);
}

/** The fenced blocks of the README section whose `### ` heading starts with `heading`, by language. */
function sectionBlocks(heading) {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^### /m).find((part) => part.startsWith(heading));
  if (!section) throw new Error(`README.md has no "### ${heading}" section`);
  const blocks = {};
  for (const [, language, body] of section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
    if (blocks[language]) throw new Error(`README "${heading}": more than one \`\`\`${language} block`);
    blocks[language] = body;
  }
  return blocks;
}

/**
 * The Vue snippet as TypeScript: its `<script setup>` as is, and its template's `<admin-sessions>`
 * as the props object it sets, typed by GlobalComponents: `name="text"` a string, `:name="expr"` the
 * expression, `@event="handler"` the generated `on<event>` prop.
 */
function vueAsTypeScript(sfc) {
  const script = /<script setup[^>]*>([\s\S]*?)<\/script>/.exec(sfc)?.[1] ?? '';
  const element = /<(admin-sessions[\w-]*)((?:\s+[:@]?[\w-]+(?:="[^"]*")?)*)\s*\/?>/.exec(/<template>([\s\S]*)<\/template>/.exec(sfc)?.[1] ?? '');
  if (!element) throw new Error('the README Vue snippet has no <admin-sessions…> in its <template>');
  const [, tag, attributes] = element;
  const props = [...attributes.matchAll(/([:@]?)([\w-]+)(?:="([^"]*)")?/g)].map(([, prefix, name, value]) => {
    if (value === undefined) return `  ${JSON.stringify(name)}: true,`;
    if (prefix === '@') return `  ${JSON.stringify(`on${name}`)}: ${value},`;
    return `  ${JSON.stringify(name)}: ${prefix === ':' ? value : JSON.stringify(value)},`;
  });
  return `${script.trim()}
import type { GlobalComponents } from 'vue';

type TemplateProps<Tag extends keyof GlobalComponents> = GlobalComponents[Tag] extends new (...args: never[]) => { $props: infer Props } ? Props : never;

// The README template's <${tag}>, as props.
export const readmeTemplate: TemplateProps<${JSON.stringify(tag)}> = {
${props.join('\n')}
};
`;
}

function tsconfig(dir, extra) {
  const paths = packed ? undefined : Object.fromEntries(Object.entries(shipped).map(([name, file]) => [name, [join(root, file)]]));
  const compilerOptions = {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    // The generated .d.ts files are checked too (an import they lack would otherwise read as `any`).
    skipLibCheck: false,
    types: [],
    ...(paths ? { paths } : {}),
    ...extra,
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts', '*.tsx'] }, null, 2));
}

const react = sectionBlocks('React 19');
const vue = sectionBlocks('Vue 3');
const hosts = {
  react: { files: { 'readme-admin-log.tsx': react.tsx, 'readme-jsx-types.d.ts': react.ts }, tests: 'react', options: { jsx: 'react-jsx' } },
  vue: { files: { 'readme-template.ts': vueAsTypeScript(vue.vue ?? ''), 'readme-vue-types.d.ts': vue.ts }, tests: 'vue', options: {} },
};

let failed = false;
for (const [name, host] of Object.entries(hosts)) {
  const dir = join(work, 'src', name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(host.files)) {
    if (!text) throw new Error(`README.md: no snippet for ${name}/${file}`);
    writeFileSync(join(dir, file), text);
  }
  for (const file of readdirSync('test/types/hosts').filter((file) => file.startsWith(`${host.tests}-`))) copyFileSync(join('test/types/hosts', file), join(dir, file));
  tsconfig(dir, host.options);
  try {
    execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], { stdio: 'inherit' });
    console.log(`README ${name} snippet type-checks against ${packed ? 'the packed package' : 'the build'} (${Object.keys(host.files).join(', ')}, test/types/hosts/${host.tests}-*).`);
  } catch {
    console.error(`README ${name} snippet: type errors above (files in ${dir}).`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
