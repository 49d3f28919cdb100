import type { AdapterOptions, SessionsAdapter } from './adapter.js';
import { NativeAdapter } from './native.js';
import { PuqcloudAdapter } from './puqcloud.js';

export const ADAPTER_NAMES = ['native', 'puqcloud'] as const;
export type AdapterName = (typeof ADAPTER_NAMES)[number];

export function isAdapterName(value: string): value is AdapterName {
  return (ADAPTER_NAMES as readonly string[]).includes(value);
}

export function createAdapter(name: AdapterName, options: AdapterOptions): SessionsAdapter {
  return name === 'puqcloud' ? new PuqcloudAdapter(options) : new NativeAdapter(options);
}

export * from './adapter.js';
export { NativeAdapter } from './native.js';
export { PuqcloudAdapter } from './puqcloud.js';
