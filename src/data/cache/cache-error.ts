/**
 * Why IndexedDB could not be used. Each has its own one-time warning (see `createEntryCache`).
 * - `unavailable`: no IndexedDB at all (disabled, some private modes, non-browser hosts).
 * - `open-failed`: opening threw or failed (private mode, security settings, a foreign layout).
 * - `blocked`: another tab holds an old version open, or the open did not finish in time.
 * - `newer-schema`: the database was written by a newer version of this widget.
 * - `quota`: a write hit the storage quota.
 * - `failed`: anything else went wrong in a read or write.
 */
export type CacheFailure = 'unavailable' | 'open-failed' | 'blocked' | 'newer-schema' | 'quota' | 'failed';

export class EntryCacheError extends Error {
  override readonly name = 'EntryCacheError';
  constructor(
    readonly reason: CacheFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The `EntryCacheError` for anything thrown by IndexedDB. */
export function toCacheError(error: unknown, fallback: CacheFailure = 'failed'): EntryCacheError {
  if (error instanceof EntryCacheError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
  const reason: CacheFailure = name === 'QuotaExceededError' ? 'quota' : name === 'VersionError' ? 'newer-schema' : fallback;
  return new EntryCacheError(reason, detail, { cause: error });
}
