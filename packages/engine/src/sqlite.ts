// Public entry `@tdkt/engine/sqlite`: the embedded SQLite store, loaded only by hosts that use it (better-sqlite3 is native).
export { openSqliteStore, type SqliteStoreOptions } from './store/sqlite-store.js';
