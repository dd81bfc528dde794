import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, isForeignKeyViolation, rows, sql } from '../../db/sql.js';
import { DomainError, badInput, complaintNotFound, conflict, forbidden } from '../shared/domain-error.js';
import { isUuid, optionalText } from '../shared/input-checks.js';
import { clockSkewMs } from '@rongrian/schema/input-rules';
import type { SessionUser } from '../auth/session-user.js';
import { AlertKind, ComplaintChangeKind } from '../live-events/live-event.types.js';
import { notifyLiveEvent } from '../live-events/notify-live-event.js';
import { buddhistYear } from '../calendar/buddhist-era.js';
import { deadlineChanges } from '../deadlines/deadline-changes.js';
import { deadlineCtes, loadDeadlineContext } from '../deadlines/deadline.sql.js';
import { matchAccused, type OfficialToMatch } from '../officials/official-match.js';
import { thaiDate, thaiTime } from '../documents/thai-format.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { ComplaintEventKind, ComplaintStage } from './complaint.enums.js';
import type { AccusedInput, ComplainantInput, MoveInput, RecordComplaintInput } from './complaint.inputs.js';
import { findWorkflowState } from './complaint.queries.js';
import { formatReceiptNumber, receiptNumberSql } from './receipt-number.js';
import { effectsOf } from './move-effects.js';
import { planMove, type Move } from './workflow.js';

/** The instants a clerk gives, as the forms name them (contract: Thai messages name things in Thai). */
const instantNamesTh = { receivedAt: 'วันเวลาที่รับเรื่อง', incidentAt: 'วันเวลาที่เกิดเหตุ', at: 'วันเวลาที่ดำเนินการ' } as const;

function notInFuture(field: keyof typeof instantNamesTh, instant: Date, now: Date): void {
  if (instant.getTime() > now.getTime() + clockSkewMs) {
    throw badInput(field, `${instantNamesTh[field]}ต้องไม่อยู่ในอนาคต`, `${field} may not lie in the future`);
  }
}

/** workflow.md, "Notices": only a complainant who left a way to reach them gets notices. */
export function leftContact(complainant: ComplainantInput | null | undefined): boolean {
  if (!complainant) return false;
  const address = complainant.address;
  return [
    complainant.phone,
    complainant.email,
    address?.houseNumber,
    address?.moo,
    address?.tambon,
    address?.amphoe,
    address?.changwat,
  ].some((value) => optionalText(value) !== null);
}

/** The officials the accused are matched against (issue 9, item 4): one statement, only when a name was typed. */
async function officialsToMatch(em: EntityManager, accused: AccusedInput[]): Promise<(OfficialToMatch & { divisionCode: string })[]> {
  if (!accused.some((person) => !person.officialId && (optionalText(person.fullName) || optionalText(person.position)))) return [];
  return allOfficials(em);
}

/** Every official, as the accused are matched against them: one statement. */
export function allOfficials(em: EntityManager): Promise<(OfficialToMatch & { divisionCode: string })[]> {
  return rows(
    em,
    sql<
      OfficialToMatch & { divisionCode: string }
    >`select id, full_name as "fullName", position, division_code as "divisionCode" from official`,
  );
}

/**
 * The officials a recording would link typed accused to (issue 9, item 4): for the clerk to confirm
 * or refuse (`notOfficials`) before recording. The same matching as the recording itself.
 */
export async function accusedMatches(em: EntityManager, accused: AccusedInput[]) {
  const officials = await officialsToMatch(em, accused);
  const byId = new Map(officials.map((official) => [official.id, official]));
  return matchAccused(accused, officials).flatMap((match, index) =>
    match.kind === 'SAME_NAME' || match.kind === 'PROBABLE'
      ? [
          {
            accused: index,
            link: match.kind,
            officials: (match.kind === 'SAME_NAME' ? [match.officialId] : match.officialIds).map((id) => byId.get(id)!),
          },
        ]
      : [],
  );
}

/**
 * R5: the accused as rows. An accused named only by name and position is linked to the official
 * it names or probably names (issue 9, item 4), so that overriding rule 1 never depends on the
 * official being picked from the list; the clerk may say it is not them (`notOfficials`). Only
 * when it may be one of several officials must the clerk say which first (`ambiguity: 'ask'`).
 * A citizen on the website cannot say (issue 12): there (`'hideFromEach'`) such an accused is
 * recorded once linked to each official it may be, each PROBABLE, so that none of them sees the
 * complaint until the Center corrects the list (contract, "Corrections and the register").
 */
export function accusedRows(accused: AccusedInput[], officials: OfficialToMatch[], ambiguity: 'ask' | 'hideFromEach' = 'ask') {
  // R5: the form names the accused (an official, or a name, position or unit): at least one of them.
  if (accused.length === 0) {
    throw badInput('accused', 'ต้องระบุผู้ถูกกล่าวหาอย่างน้อยหนึ่งคน', 'Name at least one accused: an official, or a name, position or unit');
  }
  const matches = matchAccused(accused, officials);
  const ambiguous = matches.flatMap((match, index) =>
    match.kind === 'PROBABLE' && match.officialIds.length > 1 ? [{ index, officialIds: match.officialIds }] : [],
  );
  if (ambiguous.length && ambiguity === 'ask') throw ambiguousAccused(accused, ambiguous, officials);
  const links = (match: (typeof matches)[number]): ({ officialId: string; link: string } | null)[] =>
    match.kind === 'CHOSEN' || match.kind === 'SAME_NAME'
      ? [{ officialId: match.officialId, link: match.kind }]
      : match.kind === 'PROBABLE'
        ? match.officialIds.map((officialId) => ({ officialId, link: 'PROBABLE' }))
        : [null];
  const rows = accused.flatMap((person, index) => links(matches[index]).map((linked) => ({ person, index, linked })));
  return rows.map(({ person, index, linked }, position) => {
    const row = {
      position: position + 1,
      official_id: linked?.officialId ?? null,
      link: linked?.link ?? null,
      not_official_ids: [...new Set(person.notOfficials ?? [])],
      full_name: optionalText(person.fullName),
      official_position: optionalText(person.position),
      unit: optionalText(person.unit),
    };
    if (!row.official_id && !row.full_name && !row.official_position && !row.unit) {
      throw badInput(
        `accused[${index}]`,
        `ผู้ถูกกล่าวหาคนที่ ${index + 1}: ระบุเจ้าหน้าที่ หรือชื่อ ตำแหน่ง หรือหน่วยงาน`,
        `Accused #${index + 1}: choose an official or give a name, position or unit`,
      );
    }
    return row;
  });
}

/** BAD_USER_INPUT naming each accused who may be one of several officials, and who they may be. */
function ambiguousAccused(accused: AccusedInput[], unsettled: { index: number; officialIds: string[] }[], officials: OfficialToMatch[]) {
  const byId = new Map(officials.map((official) => [official.id, official]));
  const describe = (ids: string[]) => ids.map((id) => `${byId.get(id)!.fullName} (${byId.get(id)!.position})`).join(', ');
  const [first] = unsettled;
  const written = [optionalText(accused[first.index].fullName), optionalText(accused[first.index].position)].filter(Boolean).join(', ');
  return new DomainError(
    'BAD_USER_INPUT',
    `ผู้ถูกกล่าวหาคนที่ ${first.index + 1} (${written}) อาจเป็นเจ้าหน้าที่คนใดคนหนึ่งต่อไปนี้ ${describe(first.officialIds)}: ` +
      'เลือกเจ้าหน้าที่ผู้นั้น หรือยืนยันว่าไม่ใช่ เพื่อมิให้ผู้ถูกกล่าวหาเห็นเรื่องนี้',
    `Accused #${first.index + 1} (${written}) may be any of the officials ${describe(first.officialIds)}: choose the official ` +
      '(officialId), or confirm it is none of them (notOfficials), so that an accused never sees the complaint',
    {
      field: `accused[${first.index}]`,
      probableOfficials: unsettled.map(({ index, officialIds }) => ({
        accused: index,
        officials: officialIds.map((id) => ({ id, fullName: byId.get(id)!.fullName, position: byId.get(id)!.position })),
      })),
    },
  );
}

/**
 * R5, R7: records a complaint from any channel, in one statement: the next receipt number of the
 * Buddhist-Era year (its counter row locked until commit, so numbers are unique and gap-free under
 * concurrency), the complaint, complainant, accused, evidence and the RECEIVED event. `user` is the
 * clerk who recorded it; null for a complaint the citizen sent through the website (no recorder).
 * Answers the complaint's id and its receipt number's running part.
 */
export async function recordComplaint(
  em: EntityManager,
  reference: ReferenceData,
  user: SessionUser | null,
  input: RecordComplaintInput,
  now = new Date(),
): Promise<{ id: string; receiptNumber: string }> {
  if (!reference.channels.has(input.channel)) {
    throw badInput('channel', `ไม่รู้จักช่องทาง "${input.channel}"`, `Unknown channel "${input.channel}"`);
  }
  if (!reference.channel(input.channel).inUse) {
    throw badInput(
      'channel',
      `หน่วยงานไม่ได้เปิดรับเรื่องทางช่องทาง "${reference.channel(input.channel).nameTh}" (ผู้ดูแลระบบเปิดได้ที่หน้าตั้งค่าช่องทาง)`,
      `The body does not use the channel ${input.channel} (an administrator can turn it on)`,
    );
  }
  notInFuture('receivedAt', input.receivedAt, now);
  const originReference = optionalText(input.originReference);
  if (originReference && !input.originAgency) {
    throw badInput('originAgency', 'ระบุหน่วยงานที่ส่งเรื่องมาพร้อมเลขที่อ้างอิง', 'Name the agency the reference number is from');
  }
  if (input.incidentAt) {
    notInFuture('incidentAt', input.incidentAt, now);
    if (input.incidentAt > input.receivedAt) {
      throw badInput('incidentAt', 'เวลาที่เกิดเหตุต้องไม่หลังเวลาที่รับเรื่อง', 'incidentAt may not lie after receivedAt');
    }
  }
  // A website complaint (no recorder) has nobody to settle an accused who may be one of several officials.
  const accused = accusedRows(input.accused, await officialsToMatch(em, input.accused), user ? 'ask' : 'hideFromEach');
  // Overriding rule 1 would hide the complaint from its own recorder: another officer must take it.
  if (user?.officialId && accused.some((person) => person.official_id === user.officialId)) {
    throw forbidden(
      'บันทึกเรื่องที่กล่าวหาตนเอง ให้เจ้าหน้าที่ท่านอื่นบันทึกแทน',
      'record a complaint that accuses yourself; another officer must record it',
    );
  }

  const id = randomUUID();
  const year = buddhistYear(input.receivedAt, reference.timeZone);
  const complainant = input.complainant;
  const address = complainant?.address;
  const evidence = (input.evidence ?? []).map((item, index) => ({
    position: index + 1,
    description: item.description.trim(),
    copies: item.copies ?? 1,
  }));

  const hasContact = leftContact(complainant);
  // R2.1, R3, R8, R9: the deadlines that start at receipt, counted from receivedAt.
  const { rules, calendar } = await loadDeadlineContext(em);
  const deadlines = deadlineCtes(
    deadlineChanges(rules, calendar, { kind: ComplaintEventKind.RECEIVED, at: input.receivedAt, hasContact }),
    'recorded',
    input.receivedAt,
  );
  try {
    const recorded = await firstRow<{ receiptSeq: number }>(
      em,
      sql`with counter as (
            insert into receipt_counter as rc (year, last_number) values (${year}, 1)
            on conflict (organisation_code, year) do update set last_number = rc.last_number + 1
            returning last_number
          ), recorded as (
            insert into complaint (id, receipt_year, receipt_seq, stage, version, received_at, channel_code, subject,
                                   details, requested_action, incident_at, incident_place, anonymous, has_contact,
                                   last_event_at, recorded_by_id, origin_agency, origin_reference)
            select ${id}::uuid, ${year}, counter.last_number, ${ComplaintStage.RECEIVED}, 1, ${input.receivedAt},
                   ${input.channel}, ${input.subject.trim()}, ${input.details.trim()}, ${optionalText(input.requestedAction)},
                   ${input.incidentAt ?? null}, ${optionalText(input.incidentPlace)}, ${!complainant}, ${hasContact},
                   ${input.receivedAt}, ${user?.id ?? null}::uuid, ${input.originAgency ?? null}, ${originReference}
              from counter
            returning id, receipt_seq, received_at, recorded_at
          ), complainant as (
            insert into complainant (complaint_id, full_name, age, house_number, moo, tambon, amphoe, changwat,
                                     postcode, phone, email)
            select id, ${optionalText(complainant?.fullName)}, ${complainant?.age ?? null}, ${optionalText(address?.houseNumber)},
                   ${optionalText(address?.moo)}, ${optionalText(address?.tambon)}, ${optionalText(address?.amphoe)}, ${optionalText(address?.changwat)},
                   ${optionalText(address?.postcode)}, ${optionalText(complainant?.phone)}, ${optionalText(complainant?.email)}
              from recorded where ${Boolean(complainant)}
          ), accused as (
            insert into accused (complaint_id, position, official_id, link, not_official_ids, full_name, official_position, unit)
            select recorded.id, a.position, a.official_id, a.link, a.not_official_ids, a.full_name, a.official_position, a.unit
              from recorded, jsonb_to_recordset(${JSON.stringify(accused)}::jsonb)
                   as a(position int, official_id uuid, link text, not_official_ids uuid[], full_name text, official_position text, unit text)
          ), evidence as (
            insert into evidence (complaint_id, position, description, copies)
            select recorded.id, e.position, e.description, e.copies
              from recorded, jsonb_to_recordset(${JSON.stringify(evidence)}::jsonb) as e(position int, description text, copies int)
          ), event as (
            insert into complaint_event (complaint_id, kind, at, actor_id, data)
            select id, ${ComplaintEventKind.RECEIVED}, ${input.receivedAt}, ${user?.id ?? null}::uuid,
                   jsonb_build_object('channel', ${input.channel}::text, 'receiptNumber', ${receiptNumberSql(sql.ref('receipt_seq'), sql`${year}`)})
              from recorded
          )${deadlines.length ? sql`, ${sql.join(deadlines)}` : sql``}
          -- NEW_COMPLAINT and the board's change feed for every process, delivered at commit (ids only).
          select receipt_seq as "receiptSeq",
                 ${notifyLiveEvent({ topic: 'alert', kind: AlertKind.NEW_COMPLAINT, complaintId: sql.ref('id'), at: sql`date_trunc('milliseconds', recorded_at)` })},
                 ${notifyLiveEvent({ topic: 'change', kind: ComplaintChangeKind.RECORDED, complaintId: sql.ref('id') })}
            from recorded`,
    );
    if (!recorded) throw new Error('recording a complaint returned no row');
    return { id, receiptNumber: formatReceiptNumber(recorded.receiptSeq, year) };
  } catch (error) {
    if (isForeignKeyViolation(error) && error.constraint === 'accused_official_id_foreign') {
      throw badInput('accused', 'ไม่พบเจ้าหน้าที่ผู้ถูกกล่าวหาตามรหัสที่ระบุ', 'An accused official id matches no official');
    }
    throw error;
  }
}

/**
 * Makes a workflow move: checks the caller may see the complaint, the version they saw, that they
 * may make the move (workflow.ts) and its instant, then applies it in one statement guarded by the
 * version, so of concurrent moves exactly one wins and the rest get CONFLICT.
 */
export async function moveComplaint(
  em: EntityManager,
  reference: ReferenceData,
  user: SessionUser,
  input: MoveInput,
  move: Move,
  now = new Date(),
): Promise<string> {
  if (!isUuid(input.complaintId)) throw complaintNotFound(input.complaintId);
  const state = await findWorkflowState(em, user, input.complaintId);
  if (!state) throw complaintNotFound(input.complaintId);
  if (state.version !== input.expectedVersion) throw conflict(state.version);

  const plan = planMove(state, user, move);
  const lastEventAt = new Date(state.lastEventAt);
  // Without `at` the move happens now, or at the previous event if a clock a little ahead put that
  // later (a receipt recorded within the allowed skew): never before it.
  const at = input.at ?? (now < lastEventAt ? lastEventAt : now);
  notInFuture('at', at, now);
  if (at < lastEventAt) {
    throw badInput(
      'at',
      `${instantNamesTh.at}ต้องไม่ก่อนการดำเนินการครั้งก่อนของเรื่องนี้ (${thaiDate(lastEventAt, reference.timeZone)} ${thaiTime(lastEventAt, reference.timeZone)})`,
      `at may not lie before the complaint's previous event (${lastEventAt.toISOString()})`,
    );
  }

  const effects = effectsOf(move, plan, user, at, reference);
  const { rules, calendar } = await loadDeadlineContext(em);
  const deadlines = deadlineCtes(
    deadlineChanges(rules, calendar, {
      kind: plan.event,
      noticeKind: move.kind === 'SEND_NOTICE' ? move.noticeKind : undefined,
      at,
      hasContact: state.hasContact,
    }),
    'moved',
    at,
  );
  const ctes = [...effects.ctes, ...deadlines];
  const sets = Object.entries(effects.columns).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  try {
    const result = await firstRow<{ moved: number }>(
      em,
      sql`with moved as (
            update complaint c
               set stage = ${plan.to}, version = c.version + 1, last_event_at = ${at}
                   ${sets.length ? sql`, ${sql.join(sets)}` : sql``}
             where c.id = ${state.id}::uuid and c.version = ${input.expectedVersion}
            returning c.id, c.received_at
          ), event as (
            insert into complaint_event (complaint_id, kind, at, actor_id, data)
            select moved.id, ${plan.event}, ${at}, ${user.id}::uuid, ${JSON.stringify(effects.data)}::jsonb from moved
          )${ctes.length ? sql`, ${sql.join(ctes)}` : sql``}
          select count(${notifyLiveEvent({ topic: 'change', kind: ComplaintChangeKind.MOVED, complaintId: sql.ref('id') })})::int as moved
            from moved`,
    );
    // Someone else's move committed between our read and this statement.
    if (!result?.moved) throw conflict(null);
  } catch (error) {
    if (isForeignKeyViolation(error) && error.constraint === 'committee_member_official_id_foreign') {
      throw badInput('members', 'ไม่พบเจ้าหน้าที่กรรมการตามรหัสที่ระบุ', "A committee member's official id matches no official");
    }
    throw error;
  }
  return state.id;
}
