// The store module's public surface (the SQLite and PostgreSQL stores are subpath exports: `@tdkt/engine/sqlite`, `@tdkt/engine/postgres`).

export { compareText, NO_DEADLINE } from './keys.js';
export { createMemoryStore } from './memory-store.js';
export * from './types.js';
