import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, sql } from '../../db/sql.js';
import { DomainError } from '../shared/domain-error.js';

/** Contract: after 10 wrong codes from one address in 15 minutes, every call taking a code is refused. */
export const wrongCodeLimit = { hits: 10, windowMinutes: 15 } as const;

/** The longest window of any counter here (the submissions' hour). */
const longestWindowMinutes = 60;

interface Counted {
  hits: number;
  waitSeconds: number;
}

/** The counter's key: one per purpose and client address (no address, as over a bare WebSocket: one shared key). */
const keyOf = (purpose: 'submit' | 'wrong-code' | 'upload', address: string | null) => `${purpose}:${address ?? 'unknown'}`;

/**
 * Counts one call against `purpose:address` in a fixed window, in one statement that commits on
 * its own (run it on `ctx.standalone`): a refused call stays counted though its mutation rolls back.
 * The row is locked while it is counted, so concurrent calls cannot outrun the limit.
 */
async function count(em: EntityManager, key: string, windowMinutes: number): Promise<Counted> {
  const stale = sql`l.window_started_at <= now() - make_interval(mins => ${windowMinutes})`;
  const row = await firstRow<Counted>(
    em,
    // Every counter outlives its window by at most an hour (the longest window): each count removes
    // the others' that ended, so no address is kept longer (SECURITY.md, "The citizen's channel").
    sql`with expired as (
          delete from public_limit where key <> ${key} and window_started_at < now() - make_interval(mins => ${longestWindowMinutes})
        )
        insert into public_limit as l (key, hits, window_started_at) values (${key}, 1, now())
        on conflict (key) do update set
          hits = case when ${stale} then 1 else l.hits + 1 end,
          window_started_at = case when ${stale} then now() else l.window_started_at end
        returning l.hits, extract(epoch from l.window_started_at + make_interval(mins => ${windowMinutes}) - now())::float8 as "waitSeconds"`,
  );
  return row!;
}

/** RATE_LIMITED, saying in minutes when to try again. */
function rateLimited(waitSeconds: number, whatTh: string, whatEn: string): DomainError {
  const minutes = Math.max(1, Math.ceil(waitSeconds / 60));
  return new DomainError(
    'RATE_LIMITED',
    `${whatTh}จากเครื่องนี้หลายครั้งเกินกำหนด กรุณาลองใหม่อีกครั้งในอีก ${minutes} นาที`,
    `${whatEn} from this address too many times; try again in ${minutes} minutes`,
    { retryAfterSeconds: Math.max(1, Math.ceil(waitSeconds)) },
  );
}

/** Contract: at most `perHour` submissions an hour from one client address (PUBLIC_SUBMISSIONS_PER_HOUR). */
export async function countSubmission(standalone: EntityManager, address: string | null, perHour: number): Promise<void> {
  const { hits, waitSeconds } = await count(standalone, keyOf('submit', address), 60);
  if (hits > perHour) throw rateLimited(waitSeconds, 'ส่งเรื่องร้องเรียน', 'Complaints were sent');
}

/** Issue 12, item 4: at most `perHour` public uploads (POST /uploads without a session) an hour from one address (PUBLIC_UPLOADS_PER_HOUR). */
export async function countUpload(standalone: EntityManager, address: string | null, perHour: number): Promise<void> {
  const { hits, waitSeconds } = await count(standalone, keyOf('upload', address), 60);
  if (hits > perHour) throw rateLimited(waitSeconds, 'ส่งไฟล์หลักฐาน', 'Files were uploaded');
}

/** Refuses every call taking a code from an address that gave 10 wrong codes in the current window. */
export async function refuseIfTooManyWrongCodes(em: EntityManager, address: string | null): Promise<void> {
  const row = await firstRow<Counted>(
    em,
    sql`select hits, extract(epoch from window_started_at + make_interval(mins => ${wrongCodeLimit.windowMinutes}) - now())::float8 as "waitSeconds"
          from public_limit
         where key = ${keyOf('wrong-code', address)}
           and window_started_at > now() - make_interval(mins => ${wrongCodeLimit.windowMinutes})`,
  );
  if (row && row.hits >= wrongCodeLimit.hits) throw rateLimited(row.waitSeconds, 'ใส่รหัสติดตามเรื่องผิด', 'Wrong tracking codes were given');
}

/** A wrong code counts towards the limit (committed on its own, though the call answers NOT_FOUND). */
export async function countWrongCode(standalone: EntityManager, address: string | null): Promise<void> {
  await count(standalone, keyOf('wrong-code', address), wrongCodeLimit.windowMinutes);
}
