/**
 * The README's "Embed it" snippets, run as written (issue 7). Each test reads README.md from the
 * test server and takes its snippet from the fenced code block, so a README edit that breaks a
 * snippet fails here:
 * - plain HTML and Laravel Blade: the markup (Blade's `{{ … }}` rendered as Laravel would, escaped)
 *   put into the page, with the script tag's module already loaded by this file;
 * - React 19: the JSX element's attributes evaluated as JSX would pass them, rendered by
 *   react-dom/client `createRoot` (this file is TypeScript, so no JSX compiler: the element is made
 *   with `createElement`, which is what JSX compiles to);
 * - Vue 3: the `<template>` compiled in the browser by Vue's full build, with the README's
 *   `isCustomElement`.
 * The README's endpoint `/admin/api/admin_session_logs` is the msw mock of the PUQcloud contract.
 */
import { expect } from '@open-wc/testing';
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import sinon from 'sinon';
import { createApp, type App } from 'vue/dist/vue.esm-browser.js';
// The README's `import 'admin-sessions'`: the package's entry registers every element.
import { clearCache, type AdminSessions, type AdminSessionsLoadDetail } from '../../src/index.js';
import { lastParams, mockApi, pageRequests, type MockApi } from '../helpers/mock-api.js';
import { rowsOf, startWorker, until } from '../helpers/msw.js';
import { MOCK_ADMINS } from '../mocks/index.js';

const README_ENDPOINT = '/admin/api/admin_session_logs';

/** The README's fenced code blocks in one language, in order. */
async function readmeBlocks(language: string): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].filter((m) => m[1] === language).map((m) => m[2]!);
}

async function readmeBlock(language: string): Promise<string> {
  const blocks = await readmeBlocks(language);
  if (blocks.length !== 1) throw new Error(`expected one \`\`\`${language} block in README.md, found ${blocks.length}`);
  return blocks[0]!;
}

/** Laravel's `e()` (`{{ }}`): htmlspecialchars with ENT_QUOTES. */
function laravelEscape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#039;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Renders a Blade template's `{{ expression }}`s from what the server would return for each. */
function renderBlade(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    const value = values[expression];
    if (value === undefined) throw new Error(`the test does not know what Laravel renders for {{ ${expression} }}`);
    return laravelEscape(value);
  });
}

const hosts: HTMLElement[] = [];
const teardown: Array<() => void> = [];

function host(): HTMLElement {
  const div = document.createElement('div');
  document.body.append(div);
  hosts.push(div);
  return div;
}

/**
 * Puts server-rendered markup into the page. Its `<script type="module">` is taken out and returned:
 * that module (the element) is already loaded by this file, and the vendor URL does not exist here.
 */
function mountMarkup(markup: string): { el: AdminSessions; script: { type: string; src: string } | null } {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const script = template.content.querySelector('script');
  script?.remove();
  host().append(template.content);
  const el = hosts.at(-1)!.querySelector<AdminSessions>('admin-sessions')!;
  return { el, script: script ? { type: script.type, src: script.getAttribute('src') ?? '' } : null };
}

/** Collects the `admin-sessions-load` details an element fires (typed through GlobalEventHandlersEventMap). */
function loads(el: HTMLElement): AdminSessionsLoadDetail[] {
  const seen: AdminSessionsLoadDetail[] = [];
  el.addEventListener('admin-sessions-load', (event) => seen.push(event.detail));
  return seen;
}

async function shown(el: AdminSessions, what: string): Promise<void> {
  const hasTable = () => Boolean(el.shadowRoot?.querySelector('admin-sessions-table')?.shadowRoot);
  await until(() => hasTable() && rowsOf(el).length > 0, `${what}: no rows shown`);
}

describe('README embed snippets', () => {
  let api: MockApi;
  before(startWorker);
  afterEach(async () => {
    sinon.restore();
    teardown.splice(0).forEach((undo) => undo());
    hosts.splice(0).forEach((div) => div.remove());
    await clearCache();
  });

  describe('plain HTML', () => {
    it('loads the README markup from the PUQcloud endpoint and shows rows, logging nothing', async () => {
      api = mockApi({ prefix: '' });
      // A page built from the snippet logs nothing (the first test of this page: no warning was said before).
      const logged = (['log', 'info', 'warn', 'error'] as const).map((method) => sinon.spy(console, method));
      const { el, script } = mountMarkup(await readmeBlock('html'));
      const seen = loads(el);
      expect(script?.type).to.equal('module');
      expect(script?.src).to.equal('/vendor/admin-sessions/admin-sessions.js');
      expect(el.endpoint).to.equal(README_ENDPOINT);
      expect(el.adapter).to.equal('puqcloud');
      expect(el.serverTimeZone).to.equal('UTC');
      await shown(el, 'plain HTML');
      await until(() => seen.length > 0, 'no admin-sessions-load');
      expect(pageRequests(api, 'puqcloud').length).to.be.greaterThan(0);
      expect(seen[0]!.entries.length).to.be.greaterThan(0);
      await el.updateComplete;
      expect(logged.flatMap((spy) => spy.getCalls().map((call) => call.args.map(String).join(' ')))).to.deep.equal([]);
    });
  });

  describe('Laravel Blade', () => {
    const KYIV = 'Europe/Kyiv';

    async function renderReadmeBlade(currentAdmin: string) {
      const asset = `${location.origin}/vendor/admin-sessions/admin-sessions.js`;
      const endpoint = `${location.origin}${README_ENDPOINT}`;
      const html = renderBlade(await readmeBlock('blade'), {
        "asset('vendor/admin-sessions/admin-sessions.js')": asset,
        "url(config('app.admin_path', 'admin').'/api/admin_session_logs')": endpoint,
        "config('app.timezone')": KYIV,
        "auth('admin')->user()->uuid": currentAdmin,
        'app()->getLocale()': 'de',
      });
      return { html, asset, endpoint, ...mountMarkup(html) };
    }

    it('renders to markup the element reads: endpoint, adapter, server-time-zone, current-admin, locale', async () => {
      api = mockApi({ prefix: '', serverTimeZone: KYIV });
      const { el, script, asset, endpoint } = await renderReadmeBlade(MOCK_ADMINS.current);
      const seen = loads(el);
      expect(script?.type).to.equal('module');
      expect(script?.src).to.equal(asset);
      expect(el.endpoint).to.equal(endpoint);
      expect(el.adapter).to.equal('puqcloud');
      expect(el.serverTimeZone).to.equal(KYIV);
      expect(el.currentAdmin).to.equal(MOCK_ADMINS.current);
      expect(el.locale).to.equal('de');
      await shown(el, 'Blade');
      await until(() => seen.length > 0, 'no admin-sessions-load');
      expect(pageRequests(api, 'puqcloud').length).to.be.greaterThan(0);
      // The server's wall-clock times were read in server-time-zone: each entry is the mock's instant.
      const first = seen[0]!.entries[0]!;
      const record = api.store.newestFirst().find((r) => r.id === first.id);
      expect(record?.time).to.equal(first.time);
    });

    it('escapes {{ }} values as Laravel does, and the element reads them unescaped', async () => {
      api = mockApi({ prefix: '' });
      const admin = `o'brien&ops+"audit"@example.com`;
      const { html, el } = await renderReadmeBlade(admin);
      expect(html).to.include('current-admin="o&#039;brien&amp;ops+&quot;audit&quot;@example.com"');
      expect(el.currentAdmin).to.equal(admin);
      expect(el.getAttribute('current-admin')).to.equal(admin);
      await shown(el, 'Blade, escaped values');
    });
  });

  describe('React 19', () => {
    /** The JSX element `<admin-sessions … />` of the README's React snippet, as [name, source] pairs. */
    async function readmeJsxAttributes(): Promise<Array<[string, string | null]>> {
      const jsx = await readmeBlock('tsx');
      const element = /<admin-sessions\b([\s\S]*?)\/>/.exec(jsx);
      if (!element) throw new Error('no <admin-sessions … /> in the README React snippet');
      const attributes: Array<[string, string | null]> = [];
      // name="text" | name={expression (one level of braces)} | name
      const attribute = /([\w-]+)(?:=(?:"([^"]*)"|\{((?:[^{}]|\{[^{}]*\})*)\}))?/g;
      for (const [, name, text, expression] of element[1]!.matchAll(attribute)) {
        attributes.push([name!, text !== undefined ? JSON.stringify(text) : (expression ?? null)]);
      }
      return attributes;
    }

    /** The props JSX passes for those attributes: text as is, `{expression}` evaluated, a bare name `true`. */
    function jsxProps(attributes: Array<[string, string | null]>, scope: Record<string, unknown>): Record<string, unknown> {
      const names = Object.keys(scope);
      const props: Record<string, unknown> = {};
      for (const [name, source] of attributes) {
        props[name] = source === null ? true : new Function(...names, `return (${source});`)(...names.map((n) => scope[n]));
      }
      return props;
    }

    async function renderAdminLog(readmeConsole: Pick<Console, 'log' | 'warn'>): Promise<{ el: AdminSessions; seen: AdminSessionsLoadDetail[] }> {
      const attributes = await readmeJsxAttributes();
      // `function AdminLog({ admin })` from the README, with the snippet's own element and attributes.
      const AdminLog = ({ admin }: { admin: { uuid: string } }) =>
        React.createElement('admin-sessions', jsxProps(attributes, { admin, console: readmeConsole }));
      const container = host();
      // Listening on the container (the event bubbles) so that no load is missed while React renders.
      const seen = loads(container);
      const root = ReactDOMClient.createRoot(container);
      teardown.push(() => root.unmount());
      root.render(React.createElement(AdminLog, { admin: { uuid: MOCK_ADMINS.current } }));
      await until(() => container.querySelector('admin-sessions'), 'React rendered no <admin-sessions>');
      return { el: container.querySelector<AdminSessions>('admin-sessions')!, seen };
    }

    it('sets attributes and properties from React, shows rows and calls onadmin-sessions-load with the typed detail', async () => {
      api = mockApi({ prefix: '' });
      const readmeConsole = { log: sinon.spy(), warn: sinon.spy() };
      const { el, seen } = await renderAdminLog(readmeConsole);
      // Properties the element has are set as properties, the rest as attributes.
      expect(el.endpoint).to.equal(README_ENDPOINT);
      expect(el.adapter).to.equal('puqcloud');
      expect(el.getAttribute('current-admin')).to.equal(MOCK_ADMINS.current);
      expect(el.currentAdmin).to.equal(MOCK_ADMINS.current);
      expect(el.getAttribute('hide-me')).to.equal('');
      expect(el.hideMe).to.equal(true);
      expect(el.range).to.equal('7d');
      await shown(el, 'React');
      await until(() => readmeConsole.log.called && seen.length > 0, 'onadmin-sessions-load was not called');
      // The README's handler logged `event.detail.total`: the number the typed event carries.
      const logged: unknown = readmeConsole.log.firstCall.args[0];
      expect(typeof logged).to.equal('number');
      expect(logged).to.equal(seen[0]!.total);
      expect(readmeConsole.warn.called).to.equal(false);
      // What React set reached the request: Hide me and the last seven days.
      const params = lastParams(api, 'puqcloud');
      expect(params.get('hide_me')).to.equal('1');
      const [day, month, year, hour, minute, second] = (params.get('start_date') ?? '').split(/[- :]/).map(Number);
      const from = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
      expect(Math.abs(Date.now() - 7 * 86_400_000 - from)).to.be.lessThan(120_000);
      expect(seen[0]!.entries.some((entry) => entry.admin?.id === MOCK_ADMINS.current)).to.equal(false);
    });

    it('calls onadmin-sessions-error with the message when the server fails', async () => {
      api = mockApi({ prefix: '' });
      api.failNext(500, { times: 10 });
      const readmeConsole = { log: sinon.spy(), warn: sinon.spy() };
      await renderAdminLog(readmeConsole);
      await until(() => readmeConsole.warn.called, 'onadmin-sessions-error was not called');
      const message: unknown = readmeConsole.warn.firstCall.args[0];
      expect(typeof message).to.equal('string');
      expect((message as string).length).to.be.greaterThan(0);
    });
  });

  describe('Vue 3', () => {
    it('mounts the README template with isCustomElement, shows rows and runs @admin-sessions-load', async () => {
      api = mockApi({ prefix: '' });
      const sfc = await readmeBlock('vue');
      const template = /<template>([\s\S]*)<\/template>/.exec(sfc)?.[1];
      expect(template, 'the README Vue snippet has a <template>').to.be.a('string');
      const readme = await (await fetch('/README.md')).text();
      const isCustomElement = /app\.config\.compilerOptions\.isCustomElement = (\(tag\) => [^`]+)`/.exec(readme)?.[1];
      expect(isCustomElement, 'the README says how to set isCustomElement in the browser').to.be.a('string');
      const log = sinon.stub(console, 'log');
      const warn = sinon.spy(console, 'warn');
      const app: App = createApp({ template: template! });
      app.config.compilerOptions.isCustomElement = new Function(`return (${isCustomElement!});`)();
      const container = host();
      app.mount(container);
      teardown.push(() => app.unmount());
      const el = container.querySelector<AdminSessions>('admin-sessions')!;
      expect(el.endpoint).to.equal(README_ENDPOINT);
      expect(el.adapter).to.equal('puqcloud');
      const seen = loads(el);
      await shown(el, 'Vue');
      await until(() => seen.length > 0 && log.called, '@admin-sessions-load did not run');
      const logged: unknown = log.firstCall.args[0];
      expect(typeof logged).to.equal('number');
      expect(logged).to.equal(seen[0]!.total);
      // Without isCustomElement Vue warns that it cannot resolve a component named admin-sessions.
      const vueWarnings = warn.getCalls().map((call) => String(call.args[0])).filter((text) => text.includes('[Vue warn]'));
      expect(vueWarnings.join('\n')).to.equal('');
    });
  });
});
