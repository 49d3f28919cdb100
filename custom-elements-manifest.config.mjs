/**
 * custom-elements.json is the public API only:
 * - modules and declarations the package entry (src/index.ts) exports, nothing internal;
 * - no private, protected, `#` or `_` members;
 * - module paths of the files the package ships (`src/x/y.ts` → `dist/x/y.js`, see vite.config.ts);
 * - the parts `<admin-sessions>` forwards from `<admin-sessions-table>` listed as its own.
 */
const ENTRY = 'src/index.ts';
const shipped = (path) => path.replace(/^(\.\/)?(src\/)?/, 'dist/').replace(/\.ts$/, '.js');
/** A module specifier as the analyzer writes it (`./x.js` relative to `from`, or `src/x.js`) → the source path. */
const source = (from, spec) => (spec.startsWith('.') ? new URL(spec, `file:///${from}`).pathname.slice(1) : spec).replace(/\.js$/, '.ts');
const isPublicMember = (member) =>
  !member.privacy || member.privacy === 'public' ? !/^[#_]/.test(member.name) && !(member.static && member.name === 'styles') : false;

function publicApiOnly() {
  return {
    name: 'admin-sessions-public-api',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const entry = manifest.modules.find((module) => module.path === ENTRY);
      /** source path → exported names, or '*' for `export * from`. */
      const exported = new Map();
      for (const { name, declaration } of entry?.exports ?? []) {
        const path = source(ENTRY, declaration.module ?? '');
        const names = exported.get(path) ?? new Set();
        names.add(name);
        exported.set(path, names);
      }
      const isExported = (path, name) => exported.get(path)?.has('*') || exported.get(path)?.has(name);
      // Follow re-exports (`export { X } from './native.js'` in an index the entry re-exports) to the declaring module.
      const byPath = new Map(manifest.modules.map((module) => [module.path, module]));
      for (let changed = true; changed; ) {
        changed = false;
        for (const [path] of [...exported]) {
          for (const exp of byPath.get(path)?.exports ?? []) {
            const target = exp.declaration.module && source(path, exp.declaration.module);
            if (!target || target === path || !isExported(path, exp.name)) continue;
            const names = exported.get(target) ?? new Set();
            if (!names.has(exp.declaration.name)) {
              names.add(exp.declaration.name);
              exported.set(target, names);
              changed = true;
            }
          }
        }
      }
      manifest.modules = manifest.modules
        .filter((module) => module.path === ENTRY || exported.has(module.path))
        .map((module) => {
          const keep = (name) => module.path === ENTRY || isExported(module.path, name);
          const declarations = (module.declarations ?? []).filter((declaration) => keep(declaration.name));
          for (const declaration of declarations) {
            if (declaration.members) declaration.members = declaration.members.filter(isPublicMember);
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !/^[#_]/.test(attribute.fieldName ?? ''));
          }
          const exports = (module.exports ?? [])
            .filter((exp) => module.path === ENTRY || exp.kind === 'custom-element-definition' || keep(exp.name))
            .map((exp) => ({ ...exp, declaration: { ...exp.declaration, ...(exp.declaration.module ? { module: shipped(source(module.path, exp.declaration.module)) } : {}) } }));
          return { ...module, path: shipped(module.path), declarations, exports };
        });
      const declarations = manifest.modules.flatMap((module) => module.declarations);
      const shell = declarations.find((declaration) => declaration.tagName === 'admin-sessions');
      const table = declarations.find((declaration) => declaration.tagName === 'admin-sessions-table');
      if (shell && table) {
        const own = new Set(shell.cssParts?.map((part) => part.name));
        const forwarded = (table.cssParts ?? [])
          .filter((part) => !own.has(part.name))
          .map((part) => ({ ...part, description: `${part.description} (of the table, forwarded)` }));
        shell.cssParts = [...(shell.cssParts ?? []), ...forwarded];
      }
    },
  };
}

/**
 * Elements register through `define(tag, Class, import.meta.url)` (src/internal/define.ts: a second
 * copy on the page is skipped, not thrown at), which the analyzer does not know: this records each
 * call as the `custom-element-definition` export it records for `customElements.define`.
 */
function defineCalls() {
  return {
    name: 'admin-sessions-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      const definition = { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module: moduleDoc.path } };
      moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
    },
  };
}

/**
 * A property typed with an alias of string literals (`adapter: AdapterName`) is listed with the
 * union itself (`'native' | 'puqcloud'`), so the manifest, docs/reference.md and editors show the
 * allowed values; the host types read the classes' own types.
 */
function literalUnions() {
  const aliases = new Map();
  const isLiteralUnion = (ts, type) =>
    (ts.isUnionTypeNode(type) ? type.types : [type]).every((member) => ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal));
  return {
    name: 'admin-sessions-literal-unions',
    analyzePhase({ ts, node }) {
      if (ts.isTypeAliasDeclaration(node) && !node.typeParameters && isLiteralUnion(ts, node.type)) aliases.set(node.name.text, (ts.isUnionTypeNode(node.type) ? node.type.types : [node.type]).map((member) => member.getText()).join(' | '));
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const expand = (type) => {
        if (!type?.text) return;
        type.text = type.text.split(' | ').map((part) => aliases.get(part) ?? part).join(' | ');
      };
      for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) expand(item.type);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [defineCalls(), literalUnions(), publicApiOnly()],
};
