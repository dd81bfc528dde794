import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, sql } from '../../db/sql.js';

export interface AuditRecord {
  actorId: string | null;
  actor: string | null;
  action: string;
  target: string | null;
  outcome: string;
  data: Record<string, unknown>;
  requestId: string | null;
  ip: string | null;
}

/** Appends entries to the hash chain in one statement (audit_append keeps the chain). */
export async function appendAudit(em: EntityManager, entries: AuditRecord[]): Promise<void> {
  if (entries.length === 0) return;
  await sql`select audit_append(${JSON.stringify(entries)}::jsonb)`.execute(em.getKysely());
}

export interface ChainCheck {
  entries: number;
  /** The first entry whose hash or link does not match, or null when the chain is whole. */
  firstBrokenId: string | null;
  /** The hash of the newest entry: keep it outside the database to detect a rewrite of the whole chain. */
  head: string | null;
}

/** Recomputes every hash and link, set-based, and names the first entry that does not match. */
export async function verifyAuditChain(em: EntityManager): Promise<ChainCheck> {
  const row = await firstRow<ChainCheck>(
    em,
    sql`with chain as (
          select id, hash, prev_hash,
                 coalesce(lag(hash) over (order by id), repeat('0', 64)) as previous,
                 audit_entry_hash(id, at, actor_id, actor, action, target, outcome, data, request_id, ip, prev_hash) as expected
            from audit_entry)
        select count(*)::int as entries,
               (min(id) filter (where hash <> expected or prev_hash <> previous))::text as "firstBrokenId",
               (select hash from audit_entry order by id desc limit 1) as head
          from chain`,
  );
  return row!;
}

const secrets = new Set(['password', 'token']);

/** An operation's variables without secrets, for the record. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, secrets.has(key) ? '[removed]' : withoutSecrets(inner)]));
  }
  return value;
}
