// Public entry `@tdkt/engine/postgres`: the PostgreSQL store for several engine processes, loaded only by hosts that use it.
export { openPostgresStore, type PostgresStoreOptions } from './store/postgres-store.js';
