import type { CachedView, CachedViewInput, ClosableEntryCache } from './entry-cache.js';

/** `kind: 'none'`: remembers nothing, so every view is loaded from the server. */
export class NoCache implements ClosableEntryCache {
  readonly kind = 'none' as const;

  async read(_scope: string, _queryKey: string): Promise<CachedView | null> {
    return null;
  }

  async write(_scope: string, _queryKey: string, _view: CachedViewInput): Promise<void> {}

  async clear(_scope?: string): Promise<void> {}

  close(): void {}
}
