import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../shared/domain-error.js';
import { isUuid, optionalText, westernDigits } from '../shared/input-checks.js';
import type { SessionUser } from '../auth/session-user.js';
import { fiscalPeriod } from '../reports/fiscal-year.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { ComplaintFilter } from './complaint.inputs.js';
import { findRegisterPage, type RegisterCursor, type RegisterFilter } from './complaint.queries.js';
import type { ComplaintConnection } from './complaint.views.js';

/** A page of the register holds at most this many complaints (contract: `first` ≤ 100). */
export const registerPageMax = 100;
export const registerPageDefault = 20;

/** Fiscal years the register is narrowed to: B.E., so that a C.E. year given by mistake is refused. */
const fiscalYears = { min: 2500, max: 2700 };

const encodeCursor = (cursor: RegisterCursor) => Buffer.from(JSON.stringify([cursor.receivedAt, cursor.id])).toString('base64url');

function decodeCursor(after: string): RegisterCursor {
  const refused = () =>
    badInput('after', 'ตำแหน่งหน้าถัดไปไม่ถูกต้อง กรุณาเริ่มจากหน้าแรก', 'after is not a cursor this register gave; start from the first page');
  try {
    const [receivedAt, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown[];
    if (typeof receivedAt !== 'string' || Number.isNaN(Date.parse(receivedAt)) || typeof id !== 'string' || !isUuid(id)) throw refused();
    return { receivedAt, id };
  } catch {
    throw refused();
  }
}

/** A search that reads as a receipt number: `12`, or `12/2569` (digits already Western). */
function receiptOf(search: string): RegisterFilter['receipt'] {
  const match = /^(\d{1,9})(?:\s*\/\s*(\d{4}))?$/.exec(search);
  return match ? { seq: Number(match[1]), year: match[2] ? Number(match[2]) : null } : null;
}

/**
 * R7, contract "Corrections and the register": the register as a Relay connection, newest receipt
 * first, under the board's access rules, narrowed by the filter; the search understands Thai digits
 * (westernDigits: the one place the rule lives).
 */
export async function registerPage(
  em: EntityManager,
  reference: ReferenceData,
  user: SessionUser,
  filter: ComplaintFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ComplaintConnection> {
  const size = first ?? registerPageDefault;
  if (!Number.isInteger(size) || size < 1 || size > registerPageMax) {
    throw badInput('first', `แสดงได้ครั้งละ 1 ถึง ${registerPageMax} เรื่อง`, `first is 1 to ${registerPageMax}`);
  }
  if (filter?.channel && !reference.channels.has(filter.channel)) {
    throw badInput('channel', `ไม่รู้จักช่องทาง "${filter.channel}"`, `Unknown channel "${filter.channel}"`);
  }
  if (filter?.division && !reference.divisions.has(filter.division)) {
    throw badInput('division', `ไม่รู้จักหน่วยงาน "${filter.division}"`, `Unknown division "${filter.division}"`);
  }
  const fiscalYear = filter?.fiscalYear ?? null;
  if (fiscalYear !== null && (fiscalYear < fiscalYears.min || fiscalYear > fiscalYears.max)) {
    throw badInput(
      'fiscalYear',
      `ปีงบประมาณต้องเป็นปีพุทธศักราช ระหว่าง ${fiscalYears.min} ถึง ${fiscalYears.max}`,
      `fiscalYear is a Buddhist-Era year between ${fiscalYears.min} and ${fiscalYears.max} (e.g. 2569)`,
    );
  }
  const search = optionalText(filter?.search ? westernDigits(filter.search) : null);
  const page = await findRegisterPage(
    em,
    user,
    {
      search,
      receipt: search ? receiptOf(search) : null,
      stage: filter?.stage ?? null,
      period: fiscalYear === null ? null : fiscalPeriod(fiscalYear, null, reference.timeZone),
      channel: filter?.channel ?? null,
      division: filter?.division ?? null,
      overdue: filter?.overdue ?? null,
      originAgency: filter?.originAgency ?? null,
    },
    size,
    after ? decodeCursor(after) : null,
  );
  const shown = page.rows.slice(0, size);
  const edges = shown.map((node) => ({ node, cursor: encodeCursor({ receivedAt: node.cursorAt, id: node.id }) }));
  return {
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    edges,
  };
}
