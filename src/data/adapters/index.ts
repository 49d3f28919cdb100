import type { AdapterOptions, SessionsAdapter } from './adapter.js';
import { NativeAdapter } from './native.js';
import { PuqcloudAdapter } from './puqcloud.js';

/** The server contracts the `adapter` attribute names (written out, so the manifest and host types show them). */
export type AdapterName = 'native' | 'puqcloud';
export const ADAPTER_NAMES: readonly AdapterName[] = Object.freeze(['native', 'puqcloud']);

export function isAdapterName(value: string): value is AdapterName {
  return (ADAPTER_NAMES as readonly string[]).includes(value);
}

export function createAdapter(name: AdapterName, options: AdapterOptions): SessionsAdapter {
  return name === 'puqcloud' ? new PuqcloudAdapter(options) : new NativeAdapter(options);
}

export * from './adapter.js';
export { NativeAdapter } from './native.js';
export { PuqcloudAdapter } from './puqcloud.js';
