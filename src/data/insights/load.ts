/**
 * The query language (parser, server split, matchers) and the unusual-activity marks come in a
 * chunk of their own: an empty search and the first rows need neither. `loadInsights()` brings it
 * (once; a failed load may be asked again), `insights()` is it once there, else `null`.
 */
import { plainWords } from './plain-words.js';

export type Insights = typeof import('./language-chunk.js');

let loaded: Insights | null = null;
let loading: Promise<Insights> | null = null;

/** The chunk, once loaded. */
export function insights(): Insights | null {
  return loaded;
}

/** Loads the chunk (at most one request at a time; after a failure the next call tries again). */
export function loadInsights(): Promise<Insights> {
  loading ??= import('./language-chunk.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Whether `text` needs the query language to be read (anything but plain words, `plain-words.ts`) and it is not there yet. */
export function searchPending(text: string): boolean {
  return loaded === null && !plainWords(text);
}
