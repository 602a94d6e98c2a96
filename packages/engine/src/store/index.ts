// The store module's public surface.
export * from './types.js';
export { createMemoryStore } from './memory-store.js';
export { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
