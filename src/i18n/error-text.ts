/**
 * A `SessionsError` as a person reads it, in the widget's language: the dictionary's sentence for
 * its code, with its parameters (the HTTP status, the `Retry-After` seconds, the time-out, the
 * server's own words or a technical detail, shown untranslated). The error's English `message` is
 * for logs and is never read back.
 */
import type { ConfigProblem, SessionsError, SessionsErrorKind } from '../data/errors.js';
import type { ErrorInfo, Messages } from './messages.js';

/** What the text needs from a `LocalizeController` (or `{ msg: messagesFor(locale) }`). */
export interface ErrorLocalizer {
  readonly msg: Messages;
}

/** The parameters a sentence may use; any left out count as absent. */
export type ErrorParameters = Partial<Pick<SessionsError, 'status' | 'retryAfter' | 'detail' | 'timeoutSeconds' | 'problem'>>;

/** The configuration problems that have their own sentences. */
function configText(problem: ConfigProblem, detail: string | null, msg: Messages): string {
  switch (problem) {
    case 'endpoint-missing':
      return msg.errors.endpointMissing;
    case 'endpoint-not-http':
      return msg.errors.endpointNotHttp(detail ?? '');
    case 'endpoint-invalid':
      return msg.errors.endpointInvalid(detail ?? '');
  }
}

/**
 * The text to show for an error of code `code` with `error`'s parameters (a `SessionsError`, or
 * any object with those fields), in `localize`'s language.
 */
export function errorText(code: SessionsErrorKind, error: ErrorParameters, localize: ErrorLocalizer): string {
  const msg = localize.msg;
  const detail = error.detail?.trim() || null;
  if (code === 'config' && error.problem) return configText(error.problem, detail, msg);
  const info: ErrorInfo = {
    status: error.status ?? 0,
    retryAfter: error.retryAfter ?? null,
    timeoutSeconds: error.timeoutSeconds ?? null,
    detail,
  };
  const text = msg.errors[code] ?? msg.errors['bad-response'];
  return text(info);
}
