import { SessionsError } from './errors.js';

/** Why the `endpoint` attribute cannot be requested. */
export type EndpointProblemReason = 'missing' | 'not-http' | 'invalid';

/**
 * A bad `endpoint` attribute, as the error the widget shows in place of the log: code `config`,
 * `problem` `endpoint-…`, the attribute as written in `detail`. `message` is in English (for logs).
 */
export class EndpointError extends SessionsError {
  constructor(
    readonly reason: EndpointProblemReason,
    /** The attribute as written. */
    readonly value: string,
  ) {
    const message =
      reason === 'missing'
        ? 'Set the endpoint attribute to the session log API URL.'
        : reason === 'not-http'
          ? `The endpoint "${value}" is not an http(s) URL.`
          : `The endpoint "${value}" is not a valid URL.`;
    super('config', message, 0, null, null, { detail: value, problem: `endpoint-${reason}` });
  }
}

/** An endpoint the browser can request, or `null` with the reason. */
export function readEndpoint(value: string | null | undefined): { url: string | null; problem: EndpointError | null } {
  if (!value || !value.trim()) return { url: null, problem: new EndpointError('missing', value ?? '') };
  try {
    const url = new URL(value.trim(), globalThis.location?.href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { url: null, problem: new EndpointError('not-http', value) };
    return { url: value.trim(), problem: null };
  } catch {
    return { url: null, problem: new EndpointError('invalid', value) };
  }
}
