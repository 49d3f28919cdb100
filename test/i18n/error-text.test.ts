import { expect } from '@open-wc/testing';
import '../helpers/dictionaries.js';
import { delay, http, HttpResponse } from 'msw';
import { errorText } from '../../src/i18n/error-text.js';
import { readEndpoint } from '../../src/data/endpoint.js';
import { SessionsError, unreadableLog } from '../../src/data/errors.js';
import { badShape, errorForStatus, getJson } from '../../src/data/adapters/http.js';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';
import '../../src/i18n/en-parts.js';
import { uk } from '../../src/i18n/uk.js';
import { startWorker, useHandlers } from '../helpers/msw.js';

/**
 * `errorText` words an error from its code and parameters only. The errors here come from the data
 * layer's own functions, and their English `message` (for logs) must say what the English
 * dictionary says: a change of either wording shows up as a failing test here.
 */

const EN = { msg: en };
const DE = { msg: de };
const UK = { msg: uk };

const response = (status: number, headers: Record<string, string> = {}) => ({ status, body: undefined, headers: new Headers(headers) });
const text = (error: SessionsError, localize = DE) => errorText(error.code, error, localize);

describe('i18n: error texts by code (errorText)', () => {
  it('says in English exactly what the data layer says', () => {
    const errors = [
      errorForStatus(response(401), 'Session expired', null),
      errorForStatus(response(403), 'Permission Denied, Forbidden', null),
      errorForStatus(response(403), null, null),
      errorForStatus(response(404), 'Not found', null),
      errorForStatus(response(429, { 'Retry-After': '7' }), null, null),
      errorForStatus(response(429), 'slow down', null),
      errorForStatus(response(500), 'Internal server error', null),
      errorForStatus(response(502), null, null),
      errorForStatus(response(418), "I'm a teapot", null),
      badShape('not JSON'),
      badShape('no "entries" array'),
    ];
    for (const error of errors) expect(text(error, EN), error.message).to.equal(error.message);
  });

  it('puts German and Ukrainian sentences around the server’s own words and numbers', () => {
    expect(text(errorForStatus(response(403), 'Permission Denied, Forbidden', null))).to.equal(
      'Sie haben keine Berechtigung, das Protokoll der Admin-Sitzungen anzusehen (Permission Denied, Forbidden).',
    );
    expect(text(errorForStatus(response(500), 'Internal server error', null), UK)).to.equal(
      'Серверу не вдалося завантажити журнал (HTTP 500: Internal server error).',
    );
    expect(text(errorForStatus(response(429, { 'Retry-After': '7' }), null, null))).to.equal('Der Server erhält zu viele Anfragen. Neuer Versuch in 7 s.');
    expect(text(errorForStatus(response(429, { 'Retry-After': '7' }), null, null), UK)).to.equal('Сервер отримує забагато запитів. Повтор через 7 с.');
    expect(text(errorForStatus(response(418), "I'm a teapot", null))).to.equal("Der Server antwortete mit HTTP 418 (I'm a teapot).");
    expect(text(badShape('no "entries" array'), UK)).to.equal('Відповідь сервера не є сторінкою журналу сеансів (no "entries" array).');
    expect(text(errorForStatus(response(401), 'Session expired', null), UK)).to.equal(
      'Ваш сеанс завершився. Увійдіть знову, щоб переглянути журнал.',
    );
  });

  it('keeps the Retry-After of a 503 and the server’s words', () => {
    const error = errorForStatus(response(503, { 'Retry-After': '30' }), 'Maintenance', null);
    expect(text(error, EN)).to.equal(error.message);
    expect(text(error)).to.equal('Der Server konnte das Protokoll nicht laden (HTTP 503: Maintenance). Neuer Versuch in 30 s.');
  });

  it('names the endpoint problems config.ts finds, with the endpoint as written', () => {
    const problem = (value: string) => readEndpoint(value).problem!;
    expect(text(problem(''))).to.equal(de.errors.endpointMissing);
    expect(text(problem('ftp://files.example.com/log'), UK)).to.equal(uk.errors.endpointNotHttp('ftp://files.example.com/log'));
    expect(text(problem('http://['))).to.equal(de.errors.endpointInvalid('http://['));
    for (const value of ['', 'ftp://files.example.com/log', 'http://[']) expect(text(problem(value), EN)).to.equal(problem(value).message);
    // Only a config error with a problem gets its own sentence; its English message is never read.
    expect(text(new SessionsError('config', 'The endpoint "x" is not a valid URL.'))).to.equal('Das Element ist nicht richtig konfiguriert.');
    expect(text(new SessionsError('config', 'anything', 0, null, null, { problem: 'endpoint-invalid', detail: 'x' }))).to.equal(de.errors.endpointInvalid('x'));
  });

  describe('with the network', () => {
    before(startWorker);

    it('reads the time-out seconds and the unreachable server', async () => {
      useHandlers(
        http.get('/t-error-text/slow', async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
        http.get('/t-error-text/down', () => HttpResponse.error()),
      );
      const failure = async (path: string, timeoutMs: number) => {
        try {
          await getJson(path, new AbortController().signal, timeoutMs);
        } catch (error) {
          return error as SessionsError;
        }
        throw new Error(`${path} did not fail`);
      };
      const timeout = await failure('/t-error-text/slow', 1000);
      expect(timeout.code).to.equal('timeout');
      expect(text(timeout, EN)).to.equal(timeout.message);
      expect(text(timeout)).to.equal('Der Server hat nicht innerhalb von 1 s geantwortet.');
      const down = await failure('/t-error-text/down', 5000);
      expect(down.code).to.equal('network');
      expect(text(down, EN)).to.equal(down.message);
      expect(text(down, UK)).to.equal('Не вдалося з’єднатися із сервером. Перевірте підключення.');
    });
  });

  it('words an error from its code and parameters, never from its message', () => {
    // A page's own wording in `message` is for its logs: the sentence comes from the dictionary.
    const server = new SessionsError('server', 'Upstream blew up', 502, null, null, { detail: 'Bad gateway' });
    expect(text(server)).to.equal('Der Server konnte das Protokoll nicht laden (HTTP 502: Bad gateway).');
    const timeout = new SessionsError('timeout', 'took too long', 0, null, null, { timeoutSeconds: 30 });
    expect(text(timeout, UK)).to.equal('Сервер не відповів протягом 30 с.');
    const quiet = new SessionsError('forbidden', 'Nope (not for you).', 403);
    expect(text(quiet)).to.equal('Sie haben keine Berechtigung, das Protokoll der Admin-Sitzungen anzusehen.');
    // An English message in the data layer's own words is not read back either.
    const old = new SessionsError('server', 'The server failed to load the log (HTTP 502: Bad gateway).', 502);
    expect(text(old)).to.equal('Der Server konnte das Protokoll nicht laden (HTTP 502).');
    const custom = new SessionsError('network', 'VPN required', 0);
    expect(text(custom)).to.equal('Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung.');
  });

  it('keeps the message of a failure that is not a SessionsError (a page’s own fetchPage) as the detail', () => {
    const wrapped = unreadableLog(new TypeError('VPN required'));
    expect(wrapped.code).to.equal('bad-response');
    expect(text(wrapped)).to.equal('Die Antwort des Servers ist keine Seite des Sitzungsprotokolls (VPN required).');
    expect(text(wrapped, EN)).to.equal("The server's answer was not a session log page (VPN required).");
  });

  it('takes any object with the parameters, as the error event’s listeners have them', () => {
    expect(errorText('rate-limited', { status: 429, retryAfter: 30 }, EN)).to.equal('The server is receiving too many requests. Retrying in 30 s.');
    expect(errorText('server', {}, UK)).to.equal(uk.errors.server({ status: 0, retryAfter: null, timeoutSeconds: null, detail: null }));
  });
});
