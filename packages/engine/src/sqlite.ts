// Public entry `@tdkt/engine/sqlite`: the embedded SQLite store, loaded only by hosts that use it (better-sqlite3 is native).
export type { SqliteStoreOptions } from './store/sqlite-options.js';
export { openSqliteStore } from './store/sqlite-store.js';
