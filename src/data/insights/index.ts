export * from './collapse.js';
export * from './export.js';
export * from './ip-address.js';
export * from './query-language.js';
export * from './unusual.js';
export * from './user-agent.js';
