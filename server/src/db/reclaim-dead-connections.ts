import type { Pool, PoolClient } from 'pg';

/** Long enough for any holder of a connection that died to see its error and release it itself. */
const graceMs = 1_000;

/**
 * Gives the pool back a connection that died while checked out and that nobody released.
 *
 * MikroORM 7 runs transactions as Kysely controlled transactions, whose COMMIT and ROLLBACK release
 * the connection only when they succeed. When the database dies under a transaction, the ROLLBACK
 * fails on the dead connection, and the pool never gets it back: each outage with a transaction in
 * flight cost a connection for good, until a full pool made every request wait for ever (and
 * shutting down waited for the pool to drain). A connection that ended while checked out and is
 * still out a moment later is released here, with an error, so that the pool discards it; a later
 * release by its holder is then a no-op.
 */
export function reclaimDeadConnections(pool: Pool): void {
  const checkedOut = new Set<PoolClient>();
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_error, client) => checkedOut.delete(client));
  pool.on('connect', (client) => {
    client.once('end', () => {
      setTimeout(() => {
        if (!checkedOut.delete(client)) return;
        const release = client.release;
        client.release = () => undefined;
        release(new Error('the connection ended while checked out, and was not released'));
      }, graceMs).unref();
    });
  });
}
