/**
 * A `SessionsError` as a person reads it, in the widget's language.
 *
 * The data layer (`src/data/adapters/http.ts`, `session-log.ts`, `config.ts`) writes each error's
 * `message` in English for logs and for the `admin-sessions-error` event. The widget shows the
 * dictionary's sentence for the error's `kind` instead, and keeps what the server (or the data
 * layer) told: the HTTP status, the `Retry-After` seconds, the time-out, and the server's own words
 * or a technical detail, shown untranslated. The built-in adapters set these as fields
 * (`status`, `retryAfter`, `detail`, `timeoutSeconds`); for an error without them (made by a
 * page's own `fetchPage`, or by older code) they are read back from the English message.
 *
 * A message this module does not recognise is kept whole as the detail, so nothing the integrator
 * wrote is lost.
 */
import type { SessionsError, SessionsErrorKind } from '../data/errors.js';
import type { ErrorInfo, Messages } from './messages.js';
import { EndpointError } from '../data/endpoint.js';

/** What the text needs from a `LocalizeController`. */
export interface ErrorLocalizer {
  readonly msg: Messages;
}

/** What is read back from an English message: the server's words, and a time-out in seconds. */
interface Parsed {
  readonly detail: string | null;
  readonly timeoutSeconds?: number | null;
}

/** ` (the server's words)` right before the final full stop, as `http.ts` appends them. */
const TRAILING_DETAIL = /\s\((.+)\)\.$/;
/** ` Retrying in 30 s.`: the dictionaries say it from `retryAfter`. */
const RETRY_NOTE = / Retrying in \d+ s\.$/;

/** Reads one kind's English message; `null` when it is not one the data layer writes. */
type Reader = (message: string) => Parsed | null;

/** `<start>.` or `<start> (<detail>).`, where `start` matches the beginning of the message. */
const trailing = (start: RegExp): Reader => (message) => {
  const head = start.exec(message);
  if (!head || head.index !== 0) return null;
  const rest = message.slice(head[0].length).replace(RETRY_NOTE, '');
  if (rest === '.') return { detail: null };
  const detail = TRAILING_DETAIL.exec(rest);
  return detail && detail.index === 0 ? { detail: detail[1]! } : null;
};

const exactly = (...messages: string[]): Reader => (message) => (messages.includes(message) ? { detail: null } : null);

/** After a colon: `The log could not be read: <what>`. */
const afterColon = (prefix: string): Reader => (message) =>
  message.startsWith(prefix) ? { detail: message.slice(prefix.length).replace(/\.$/, '').trim() || null } : null;

const READERS: Readonly<Record<SessionsErrorKind, readonly Reader[]>> = {
  unauthorized: [exactly('Your session has expired. Log in again to see the log.')],
  forbidden: [trailing(/You do not have permission to view the admin session log/)],
  'not-found': [exactly('The session log endpoint was not found (404). Check the endpoint attribute.')],
  'rate-limited': [trailing(/The server is receiving too many requests/)],
  server: [trailing(/The server failed to load the log \(HTTP \d+\)/)],
  network: [exactly('The server could not be reached. Check the connection.')],
  timeout: [
    (message) => {
      const seconds = /^The server did not answer within (\d+) s\.$/.exec(message);
      return seconds ? { detail: null, timeoutSeconds: Number(seconds[1]) } : null;
    },
  ],
  'bad-response': [
    trailing(/The server answered HTTP \d+/),
    trailing(/The server's answer was not a session log page/),
    (message) => {
      const draw = /^The server answered a different request \((draw \S+, expected \S+)\)/.exec(message);
      return draw ? { detail: draw[1]! } : null;
    },
    afterColon('The log could not be read:'),
  ],
  config: [],
};

/** `config.ts`'s endpoint problems, which have their own sentences. */
function endpointText(error: EndpointError, msg: Messages): string {
  switch (error.reason) {
    case 'missing':
      return msg.errors.endpointMissing;
    case 'not-http':
      return msg.errors.endpointNotHttp(error.value);
    case 'invalid':
      return msg.errors.endpointInvalid(error.value);
  }
}

function parse(kind: SessionsErrorKind, message: string): Parsed {
  for (const read of READERS[kind] ?? []) {
    const parsed = read(message);
    if (parsed) return parsed;
  }
  const whole = message.trim();
  return { detail: whole || null };
}

/**
 * The text to show for `error` (whose kind is `kind`) in `localize`'s language. Server-provided
 * details (status, `Retry-After`, time-out, the server's words) are kept as parameters.
 */
export function errorText(
  kind: SessionsErrorKind,
  error: Pick<SessionsError, 'message' | 'status' | 'retryAfter'> & Partial<Pick<SessionsError, 'detail' | 'timeoutSeconds'>>,
  localize: ErrorLocalizer,
): string {
  const msg = localize.msg;
  const message = error.message ?? '';
  if (error instanceof EndpointError) return endpointText(error, msg);
  const given = error.detail !== undefined || error.timeoutSeconds !== undefined;
  const parsed: Parsed = given ? { detail: error.detail?.trim() || null, timeoutSeconds: error.timeoutSeconds ?? null } : parse(kind, message);
  const info: ErrorInfo = {
    status: error.status ?? 0,
    retryAfter: error.retryAfter ?? null,
    timeoutSeconds: parsed.timeoutSeconds ?? null,
    detail: parsed.detail,
  };
  const text = msg.errors[kind] ?? msg.errors['bad-response'];
  return text(info);
}
