// Writes docs/reference.md from custom-elements.json, so the API reference is never written twice.
// `--check` fails when the committed file differs (used by .ci/run).
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();
const lines = [
  '# API reference',
  '',
  'Generated from `custom-elements.json` by `node scripts/generate-reference.mjs`; do not edit by hand.',
  '',
];
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

for (const element of elements) {
  lines.push(`## \`<${element.tagName}>\``, '', element.summary ?? '', '');
  if (element.description) lines.push(element.description, '');
  const attributes = element.attributes ?? [];
  if (attributes.length) {
    lines.push('### Attributes', '', '| attribute | property | type | default | description |', '|---|---|---|---|---|');
    for (const a of attributes) {
      lines.push(`| \`${a.name}\` | ${a.fieldName ? `\`${a.fieldName}\`` : ''} | ${cell(a.type?.text)} | ${cell(a.default)} | ${cell(a.description)} |`);
    }
    lines.push('');
  }
  const properties = (element.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private' && !m.name.startsWith('#') && !m.static && m.description && !attributes.some((a) => a.fieldName === m.name));
  if (properties.length) {
    lines.push('### Properties (no attribute)', '', '| property | type | description |', '|---|---|---|');
    for (const p of properties) lines.push(`| \`${p.name}\` | ${cell(p.type?.text)} | ${cell(p.description)} |`);
    lines.push('');
  }
  const methods = (element.members ?? []).filter((m) => m.kind === 'method' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') && m.description && !m.static);
  if (methods.length) {
    lines.push('### Methods', '', '| method | description |', '|---|---|');
    for (const m of methods) lines.push(`| \`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})\` | ${cell(m.description)} |`);
    lines.push('');
  }
  const sections = [
    ['Events', element.events, (e) => [`\`${e.name}\``, cell(e.type?.text), cell(e.description)], '| event | type | description |'],
    ['Slots', element.slots, (s) => [`\`${s.name || '(default)'}\``, cell(s.description)], '| slot | description |'],
    ['CSS parts', element.cssParts, (p) => [`\`${p.name}\``, cell(p.description)], '| part | description |'],
    ['CSS custom properties', element.cssProperties, (p) => [`\`${p.name}\``, `\`${cell(p.default)}\``, cell(p.description)], '| property | default | description |'],
    ['CSS states', element.cssStates, (s) => [`\`:state(${s.name})\``, cell(s.description)], '| state | description |'],
  ];
  for (const [title, items, row, header] of sections) {
    if (!items?.length) continue;
    lines.push(`### ${title}`, '', header, header.replace(/[^|]+/g, '---'));
    for (const item of items) lines.push(`| ${row(item).join(' | ')} |`);
    lines.push('');
  }
}
const text = lines.join('\n');
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync('docs/reference.md', 'utf8');
  } catch {}
  if (committed !== text) {
    console.error('docs/reference.md is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('docs/reference.md matches custom-elements.json.');
} else {
  writeFileSync('docs/reference.md', text);
}
