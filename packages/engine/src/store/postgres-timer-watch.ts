// LISTEN/NOTIFY for due timers: wakes the engine process that owns the earliest timer, reconnecting when dropped.
import pg from 'pg';

/**
 * Listens for the timers processes announce (`pg_notify`) on one connection of its own; after a lost connection it reconnects and tells the listeners "look now" (instant 0),
 * since notifications sent meanwhile are gone.
 */
export function timerWatch(url: string, channel: string) {
  const listeners = new Set<(fireAt: number) => void>();
  let client: pg.Client | undefined;
  let stopped = false;
  const tell = (at: number) => {
    for (const listener of listeners) listener(at);
  };
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    client = c;
    const retry = () => {
      if (client !== c || stopped) return;
      client = undefined;
      void c.end().catch(() => undefined);
      setTimeout(
        () =>
          void connect().then(
            () => tell(0),
            () => undefined,
          ),
        500,
      ).unref();
    };
    c.on('error', retry);
    c.on('end', retry);
    c.on('notification', (message) => {
      const at = Number(message.payload);
      if (Number.isFinite(at)) tell(at);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
    } catch {
      retry();
    }
  };
  return {
    add(listener: (fireAt: number) => void): () => void {
      listeners.add(listener);
      if (client === undefined && !stopped) void connect();
      return () => listeners.delete(listener);
    },
    async stop(): Promise<void> {
      stopped = true;
      const c = client;
      client = undefined;
      if (c !== undefined) await c.end().catch(() => undefined);
    },
  };
}
