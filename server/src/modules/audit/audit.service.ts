import type { EntityManager } from '@mikro-orm/postgresql';
import { unsafeCharacter } from '@rongrian/schema/input-rules';
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

/** U+0000 and unpaired surrogates: jsonb refuses them (issue 9, item 7). */
const unstorable = new RegExp(unsafeCharacter.source, 'g');

/** A text as the audit trail can hold it: what jsonb cannot store becomes U+FFFD. */
function storable(text: string): string {
  return text.replace(unstorable, '\uFFFD');
}

/**
 * Appends entries to the hash chain in one statement (audit_append keeps the chain). Nothing an
 * entry holds can make the statement fail: texts jsonb refuses are replaced first.
 */
export async function appendAudit(em: EntityManager, entries: AuditRecord[]): Promise<void> {
  if (entries.length === 0) return;
  const json = JSON.stringify(entries, (_key, value: unknown) => (typeof value === 'string' ? storable(value) : value));
  await sql`select audit_append(${json}::jsonb)`.execute(em.getKysely());
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
