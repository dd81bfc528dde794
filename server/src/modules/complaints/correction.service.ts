import type { EntityManager } from '@mikro-orm/postgresql';
import { clockSkewMs } from '@rongrian/schema/input-rules';
import { firstRow, isForeignKeyViolation, sql, type RawBuilder } from '../../db/sql.js';
import { badInput, complaintNotFound, conflict, forbidden } from '../shared/domain-error.js';
import { hasVisibleCharacter, isUuid, optionalText } from '../shared/input-checks.js';
import type { SessionUser } from '../auth/session-user.js';
import { ComplaintChangeKind } from '../live-events/live-event.types.js';
import { notifyLiveEvent } from '../live-events/notify-live-event.js';
import { deadlineTimes } from '../deadlines/deadline-changes.js';
import { RuleScope } from '../deadlines/deadline.enums.js';
import { loadDeadlineContext } from '../deadlines/deadline.sql.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { FieldChange } from './complaint-correction.entity.js';
import { visibleTo } from './complaint-access.js';
import { ComplaintEventKind, type ComplaintStage } from './complaint.enums.js';
import type { CorrectComplaintInput } from './complaint.inputs.js';
import { accusedRows, allOfficials, leftContact } from './complaint.service.js';
import { planMove } from './workflow.js';

/** The complainant's columns, by the names of ComplainantInput (`address.*` inside its address). */
const complainantFields = [
  ['fullName', 'full_name'],
  ['age', 'age'],
  ['address.houseNumber', 'house_number'],
  ['address.moo', 'moo'],
  ['address.tambon', 'tambon'],
  ['address.amphoe', 'amphoe'],
  ['address.changwat', 'changwat'],
  ['address.postcode', 'postcode'],
  ['phone', 'phone'],
  ['email', 'email'],
] as const;

type ComplainantColumn = (typeof complainantFields)[number][1];
type ComplainantRow = Record<ComplainantColumn, string | number | null>;

interface AccusedRow {
  position: number;
  official_id: string | null;
  link: string | null;
  not_official_ids: string[];
  full_name: string | null;
  official_position: string | null;
  unit: string | null;
}

interface DeadlineRow {
  ruleCode: string;
  startedAt: string | null;
  dueAt: string | null;
  dueSoonAt: string | null;
  metAt: string | null;
  status: string;
}

/** What a correction compares against: the complaint as it is, as the tables hold it. */
interface Correctable {
  id: string;
  stage: ComplaintStage;
  version: number;
  voided: boolean;
  receivedAt: string;
  channelCode: string;
  subject: string;
  details: string;
  requestedAction: string | null;
  incidentAt: string | null;
  incidentPlace: string | null;
  anonymous: boolean;
  hasContact: boolean;
  unitCodes: string[];
  reportedUnitCodes: string[];
  resultNoticeSent: boolean;
  /** The earliest event after the receipt that the workflow made (not a correction, not a calendar change). */
  nextEventAt: string | null;
  complainant: ComplainantRow | null;
  accused: (AccusedRow & { officialName: string | null; officialPosition: string | null })[];
  deadlines: DeadlineRow[];
}

/** Every event kind the receipt may not be moved past (contract: "nor after the next event"). */
const notWorkflowEvents = [
  ComplaintEventKind.RECEIVED,
  ComplaintEventKind.CORRECTED,
  ComplaintEventKind.VOIDED,
  ComplaintEventKind.CALENDAR_CHANGED,
];

async function findCorrectable(em: EntityManager, user: SessionUser, id: string): Promise<Correctable | undefined> {
  return firstRow<Correctable>(
    em,
    sql`select c.id, c.stage, c.version, c.voided_at is not null as voided, c.received_at as "receivedAt",
               c.channel_code as "channelCode", c.subject, c.details, c.requested_action as "requestedAction",
               c.incident_at as "incidentAt", c.incident_place as "incidentPlace", c.anonymous, c.has_contact as "hasContact",
               array(select u.division_code from complaint_unit u where u.complaint_id = c.id) as "unitCodes",
               array(select r.division_code from unit_report r where r.complaint_id = c.id) as "reportedUnitCodes",
               exists (select 1 from notice n where n.complaint_id = c.id and n.kind = 'RESULT') as "resultNoticeSent",
               (select min(ev.at) from complaint_event ev
                 where ev.complaint_id = c.id and ev.kind <> all(${notWorkflowEvents}::text[])) as "nextEventAt",
               (select to_jsonb(p) - 'complaint_id' from complainant p where p.complaint_id = c.id) as complainant,
               (select coalesce(jsonb_agg(to_jsonb(a) - 'complaint_id'
                         || jsonb_build_object('officialName', o.full_name, 'officialPosition', o.position) order by a.position), '[]')
                  from accused a left join official o on o.id = a.official_id where a.complaint_id = c.id) as accused,
               (select coalesce(jsonb_agg(jsonb_build_object('ruleCode', d.rule_code, 'startedAt', d.started_at, 'dueAt', d.due_at,
                         'dueSoonAt', d.due_soon_at, 'metAt', d.met_at, 'status', d.status)), '[]')
                  from deadline d where d.complaint_id = c.id) as deadlines
          from complaint c where c.id = ${id}::uuid and ${visibleTo(user)}`,
  );
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
const sameInstant = (a: Date | string | null, b: Date | string | null) => iso(a) === iso(b);

/** An accused as the history shows it: the name, position and unit written, or the official's. */
function describeAccused(
  rows: {
    full_name: string | null;
    official_position: string | null;
    unit: string | null;
    officialName: string | null;
    officialPosition: string | null;
  }[],
): string {
  return rows
    .map((row) => {
      const name = row.full_name ?? row.officialName ?? '—';
      const rest = [row.official_position ?? row.officialPosition, row.unit].filter(Boolean).join(', ');
      return rest ? `${name} (${rest})` : name;
    })
    .join('; ');
}

const accusedKey = (rows: Omit<AccusedRow, 'position'>[]) =>
  JSON.stringify(
    rows.map((row) => [row.official_id, row.link, row.full_name, row.official_position, row.unit, [...row.not_official_ids].sort()]),
  );

/** An instant as a Thai clerk reads it: B.E., office time. */
const thaiInstant = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('th-TH', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(instant);

/** Thai names of the fields, for messages a clerk reads (never the input's names). */
const fieldTh = {
  receivedAt: 'วันเวลาที่รับเรื่อง',
  incidentAt: 'วันเวลาที่เกิดเหตุ',
} as const;

export interface CorrectionResult {
  id: string;
  /** The officials the correction newly named among the accused: they lose sight of it at once. */
  newlyAccused: string[];
}

/**
 * Contract, "Corrections and the register" (CENTER_OFFICER): changes the fields given, checked as
 * recording checks them (the input rules, the accused matched to the officials), records the
 * correction with the before and after of each field that really changed, and adds one event
 * (CORRECTED, or VOIDED), never editing an earlier one; version + 1, guarded like every move. A
 * changed receipt instant recomputes the clocks that start at receipt (the receipt number stays: it
 * is on letters already sent; the fiscal year and the statistics follow the new instant). Voiding
 * stops every open clock and takes the complaint off the board; it stays in the register.
 */
export async function correctComplaint(
  em: EntityManager,
  reference: ReferenceData,
  user: SessionUser,
  input: CorrectComplaintInput,
  now = new Date(),
): Promise<CorrectionResult> {
  if (!isUuid(input.complaintId)) throw complaintNotFound(input.complaintId);
  const reason = input.reason.trim();
  if (!hasVisibleCharacter(reason)) {
    throw badInput('reason', 'กรุณาระบุเหตุผลของการแก้ไข', 'Give the reason for the correction');
  }
  const current = await findCorrectable(em, user, input.complaintId);
  if (!current) throw complaintNotFound(input.complaintId);
  if (current.version !== input.expectedVersion) throw conflict(current.version);
  // One workflow table: CORRECT is the Center's, and never on a voided complaint.
  planMove({ ...current, unitReports: [] }, user, { kind: 'CORRECT' });

  const columns: Record<string, unknown> = {};
  const changes: FieldChange[] = [];
  const fields: string[] = [];
  const change = (field: string, column: string, before: string | null, after: string | null, value: unknown) => {
    if (before === after) return;
    columns[column] = value;
    changes.push({ field, before, after, hidden: false });
    fields.push(field);
  };

  if (input.subject != null) {
    const subject = input.subject.trim();
    change('subject', 'subject', current.subject, subject, subject);
  }
  if (input.details != null) {
    const details = input.details.trim();
    change('details', 'details', current.details, details, details);
  }
  if (input.requestedAction !== undefined) {
    const text = optionalText(input.requestedAction);
    change('requestedAction', 'requested_action', current.requestedAction, text, text);
  }
  if (input.incidentPlace !== undefined) {
    const text = optionalText(input.incidentPlace);
    change('incidentPlace', 'incident_place', current.incidentPlace, text, text);
  }
  if (input.channel != null && input.channel !== current.channelCode) {
    if (!reference.channels.has(input.channel)) {
      throw badInput('channel', `ไม่รู้จักช่องทาง "${input.channel}"`, `Unknown channel "${input.channel}"`);
    }
    change('channel', 'channel_code', current.channelCode, input.channel, input.channel);
  }

  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : new Date(current.receivedAt);
  const receiptMoved = !!input.receivedAt && !sameInstant(input.receivedAt, current.receivedAt);
  if (receiptMoved) {
    if (receivedAt.getTime() > now.getTime() + clockSkewMs) {
      throw badInput('receivedAt', `${fieldTh.receivedAt}ต้องไม่อยู่ในอนาคต`, 'receivedAt may not lie in the future');
    }
    if (current.nextEventAt && receivedAt > new Date(current.nextEventAt)) {
      throw badInput(
        'receivedAt',
        `${fieldTh.receivedAt}ต้องไม่หลังขั้นตอนถัดไปของเรื่องนี้ (${thaiInstant(new Date(current.nextEventAt), reference.timeZone)})`,
        `receivedAt may not lie after the complaint's next event (${new Date(current.nextEventAt).toISOString()})`,
      );
    }
    change('receivedAt', 'received_at', iso(current.receivedAt), receivedAt.toISOString(), receivedAt);
  }
  const incidentAt =
    input.incidentAt !== undefined ? input.incidentAt && new Date(input.incidentAt) : current.incidentAt && new Date(current.incidentAt);
  if (input.incidentAt !== undefined && !sameInstant(input.incidentAt ?? null, current.incidentAt)) {
    if (incidentAt && incidentAt.getTime() > now.getTime() + clockSkewMs) {
      throw badInput('incidentAt', `${fieldTh.incidentAt}ต้องไม่อยู่ในอนาคต`, 'incidentAt may not lie in the future');
    }
    change('incidentAt', 'incident_at', iso(current.incidentAt), iso(incidentAt ?? null), incidentAt ?? null);
  }
  if (incidentAt && incidentAt > receivedAt && (fields.includes('incidentAt') || receiptMoved)) {
    throw badInput('incidentAt', `${fieldTh.incidentAt}ต้องไม่หลัง${fieldTh.receivedAt}`, 'incidentAt may not lie after receivedAt');
  }

  // The complainant (identity, overriding rule 2): its before and after kept apart.
  const identityChanges: FieldChange[] = [];
  let complainant: ComplainantRow | null = null;
  let hasContact = current.hasContact;
  if (input.complainant === null) {
    throw badInput(
      'complainant',
      'การแก้ไขไม่ลบผู้ร้องเรียนออก: แก้ไขรายละเอียดของผู้ร้องเรียนแทน',
      'A correction does not remove the complainant: correct their details instead',
    );
  }
  if (input.complainant) {
    const given = input.complainant;
    const address = given.address;
    complainant = {
      full_name: given.fullName.trim(),
      age: given.age ?? null,
      house_number: optionalText(address?.houseNumber),
      moo: optionalText(address?.moo),
      tambon: optionalText(address?.tambon),
      amphoe: optionalText(address?.amphoe),
      changwat: optionalText(address?.changwat),
      postcode: optionalText(address?.postcode),
      phone: optionalText(given.phone),
      email: optionalText(given.email),
    };
    for (const [field, column] of complainantFields) {
      const before = current.complainant?.[column] ?? null;
      const after = complainant[column];
      if (String(before ?? '') !== String(after ?? '')) {
        identityChanges.push({
          field: `complainant.${field}`,
          before: before === null ? null : String(before),
          after: after === null ? null : String(after),
          hidden: false,
        });
      }
    }
    if (identityChanges.length) {
      fields.push('complainant');
      hasContact = leftContact(given);
      columns.anonymous = false;
      columns.has_contact = hasContact;
    } else {
      complainant = null;
    }
  }

  // The accused, matched to the officials exactly as recording matches them.
  let accused: AccusedRow[] | null = null;
  let newlyAccused: string[] = [];
  if (input.accused) {
    const officials = await allOfficials(em);
    const rows = accusedRows(input.accused, officials) as AccusedRow[];
    if (accusedKey(rows) !== accusedKey(current.accused)) {
      if (user.officialId && rows.some((person) => person.official_id === user.officialId)) {
        throw forbidden(
          'บันทึกเรื่องที่กล่าวหาตนเอง ให้เจ้าหน้าที่ท่านอื่นแก้ไขแทน',
          'name yourself among the accused; another officer must make this correction',
        );
      }
      const byId = new Map(officials.map((official) => [official.id, official]));
      const unknown = rows.find((row) => row.official_id && !byId.has(row.official_id));
      if (unknown) throw badInput('accused', 'ไม่พบเจ้าหน้าที่ผู้ถูกกล่าวหาตามรหัสที่ระบุ', 'An accused official id matches no official');
      const named = (row: AccusedRow) => ({
        ...row,
        officialName: row.official_id ? byId.get(row.official_id)!.fullName : null,
        officialPosition: row.official_id ? byId.get(row.official_id)!.position : null,
      });
      accused = rows;
      const before = new Set(current.accused.map((row) => row.official_id).filter(Boolean));
      newlyAccused = [...new Set(rows.flatMap((row) => (row.official_id && !before.has(row.official_id) ? [row.official_id] : [])))];
      changes.push({ field: 'accused', before: describeAccused(current.accused), after: describeAccused(rows.map(named)), hidden: false });
      fields.push('accused');
    }
  }

  const voiding = input.void === true;
  if (voiding && fields.length) {
    // A void is its own act: the statistics take its clocks out as they stand (deadlineWrites).
    throw badInput(
      'void',
      'การยกเลิกเรื่องบันทึกแยกจากการแก้ไขข้อมูล: ยกเลิกเรื่องโดยไม่แก้ไขช่องอื่น',
      'Void a complaint on its own, without correcting other fields in the same request',
    );
  }
  if (voiding) {
    columns.voided_at = now;
    columns.void_reason = reason;
    changes.push({ field: 'void', before: null, after: reason, hidden: false });
  }
  if (fields.length === 0 && !voiding) {
    throw badInput('reason', 'ไม่มีข้อมูลใดเปลี่ยนแปลง: ข้อมูลที่ระบุตรงกับที่บันทึกไว้แล้ว', 'Nothing changed: every field given already holds that value');
  }

  const deadlines = await deadlineWrites(em, current, { receiptMoved, receivedAt, hasContact, voiding });
  const ctes: RawBuilder<unknown>[] = [];
  if (complainant) {
    const values = complainantFields.map(([, column]) => complainant![column]);
    const names = complainantFields.map(([, column]) => sql.ref(column));
    ctes.push(sql`complainant_written as (
      insert into complainant (complaint_id, ${sql.join(names)})
      select corrected.id, ${sql.join(values.map((value) => sql`${value}`))} from corrected
      on conflict (complaint_id) do update set ${sql.join(complainantFields.map(([, column]) => sql`${sql.ref(column)} = excluded.${sql.ref(column)}`))})`);
  }
  if (accused) {
    ctes.push(sql`accused_written as (
      insert into accused (complaint_id, position, official_id, link, not_official_ids, full_name, official_position, unit)
      select corrected.id, a.position, a.official_id, a.link, a.not_official_ids, a.full_name, a.official_position, a.unit
        from corrected, jsonb_to_recordset(${JSON.stringify(accused)}::jsonb)
             as a(position int, official_id uuid, link text, not_official_ids uuid[], full_name text, official_position text, unit text)
      on conflict (complaint_id, position) do update
        set official_id = excluded.official_id, link = excluded.link, not_official_ids = excluded.not_official_ids,
            full_name = excluded.full_name, official_position = excluded.official_position, unit = excluded.unit)`);
    ctes.push(sql`accused_dropped as (
      delete from accused a using corrected where a.complaint_id = corrected.id and a.position > ${accused.length})`);
  }
  if (deadlines.update.length) {
    ctes.push(sql`deadlines_corrected as (
      update deadline d
         set received_at = x.received_at, started_at = x.started_at, due_at = x.due_at, due_soon_at = x.due_soon_at, status = x.status,
             overdue_alerted_at = case when x.due_at is distinct from d.due_at and x.due_at > now() then null else d.overdue_alerted_at end,
             due_soon_alerted_at = case when x.due_soon_at is distinct from d.due_soon_at and x.due_soon_at > now() then null else d.due_soon_alerted_at end
        from corrected, jsonb_to_recordset(${JSON.stringify(deadlines.update)}::jsonb)
             as x(rule_code text, received_at timestamptz, started_at timestamptz, due_at timestamptz, due_soon_at timestamptz, status text)
       where d.complaint_id = corrected.id and d.rule_code = x.rule_code)`);
  }
  if (voiding && deadlines.update.length) {
    // Contract, "Corrections and the register": a voided complaint's clocks count in no figure. Its
    // settled clocks leave deadline_rollup here; the ones this void cancels are added by the rollup
    // trigger at the end of the statement and taken away here, so they net to nothing.
    ctes.push(sql`voided_clocks as (
      insert into deadline_rollup as dr (month, rule_code, status, clocks)
      select date_trunc('month', corrected.received_at at time zone 'Asia/Bangkok')::date, x.rule_code, x.status, -1
        from corrected, jsonb_to_recordset(${JSON.stringify(deadlines.update)}::jsonb) as x(rule_code text, status text)
      on conflict (organisation_code, month, rule_code, status) do update set clocks = dr.clocks - 1)`);
  }
  if (deadlines.start.length) {
    ctes.push(sql`deadlines_started as (
      insert into deadline (complaint_id, received_at, rule_code, started_at, due_at, due_soon_at, status)
      select corrected.id, corrected.received_at, k.rule_code, k.started_at, k.due_at, k.due_soon_at, 'PENDING'
        from corrected, jsonb_to_recordset(${JSON.stringify(deadlines.start)}::jsonb)
             as k(rule_code text, started_at timestamptz, due_at timestamptz, due_soon_at timestamptz)
      on conflict (complaint_id, rule_code) do nothing)`);
  }
  const sets = Object.entries(columns).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  const kind = voiding ? ComplaintEventKind.VOIDED : ComplaintEventKind.CORRECTED;
  const hiddenFrom = sql`${JSON.stringify(newlyAccused)}::json`;
  try {
    const result = await firstRow<{ corrected: number }>(
      em,
      sql`with corrected as (
            update complaint c set version = c.version + 1 ${sets.length ? sql`, ${sql.join(sets)}` : sql``}
             where c.id = ${current.id}::uuid and c.version = ${input.expectedVersion}
            returning c.id, c.received_at
          ), correction as (
            insert into complaint_correction (complaint_id, at, actor_id, reason, fields, voided, changes, identity_changes)
            select corrected.id, ${now}, ${user.id}::uuid, ${reason}, ${fields}::text[], ${voiding},
                   ${JSON.stringify(changes)}::jsonb, ${JSON.stringify(identityChanges)}::jsonb
              from corrected
          ), event as (
            -- The history's own entry; what changed (identity included) is in the correction, not here.
            insert into complaint_event (complaint_id, kind, at, actor_id, data)
            select corrected.id, ${kind}, ${now}, ${user.id}::uuid, ${JSON.stringify({ reason, fields, voided: voiding })}::jsonb from corrected
          )${ctes.length ? sql`, ${sql.join(ctes)}` : sql``}
          select count(${notifyLiveEvent({
            topic: 'change',
            kind: voiding ? ComplaintChangeKind.VOIDED : ComplaintChangeKind.CORRECTED,
            complaintId: sql.ref('id'),
            hiddenFrom,
          })})::int as corrected
            from corrected`,
    );
    if (!result?.corrected) throw conflict(null);
  } catch (error) {
    if (isForeignKeyViolation(error) && error.constraint === 'accused_official_id_foreign') {
      throw badInput('accused', 'ไม่พบเจ้าหน้าที่ผู้ถูกกล่าวหาตามรหัสที่ระบุ', 'An accused official id matches no official');
    }
    throw error;
  }
  return { id: current.id, newlyAccused };
}

/**
 * What a correction does to the clocks (workflow.md, "Deadlines"): a moved receipt moves the clocks
 * that start at receipt (a met one is MET or MET_LATE again against its new due instant) and every
 * clock's copy of receivedAt (the statistics count it in the new month); a complainant who now left
 * contact gets the notice clocks that start at receipt, one who no longer did has those open ones
 * cancelled; voiding cancels every open clock.
 */
async function deadlineWrites(
  em: EntityManager,
  current: Correctable,
  change: { receiptMoved: boolean; receivedAt: Date; hasContact: boolean; voiding: boolean },
) {
  const contactChanged = change.hasContact !== current.hasContact;
  if (!change.receiptMoved && !contactChanged && !change.voiding) return { update: [], start: [] };
  const { rules, calendar } = await loadDeadlineContext(em);
  const byCode = new Map(rules.map((rule) => [rule.code, rule]));
  const oldReceipt = iso(current.receivedAt);
  const update = current.deadlines.map((deadline) => {
    const rule = byCode.get(deadline.ruleCode);
    let { startedAt, dueAt, dueSoonAt, status } = deadline;
    if (change.receiptMoved && rule && rule.startEvent === ComplaintEventKind.RECEIVED && startedAt && iso(startedAt) === oldReceipt) {
      const times = deadlineTimes(calendar, rule, change.receivedAt);
      startedAt = change.receivedAt.toISOString();
      dueAt = times.due.toISOString();
      dueSoonAt = times.dueSoon.toISOString();
      if (deadline.metAt && status !== 'CANCELLED') status = new Date(deadline.metAt) <= times.due ? 'MET' : 'MET_LATE';
    }
    const open = status === 'PENDING' && !deadline.metAt;
    if (open && (change.voiding || (!change.hasContact && rule?.appliesTo === RuleScope.WITH_CONTACT))) status = 'CANCELLED';
    return {
      rule_code: deadline.ruleCode,
      received_at: change.receivedAt.toISOString(),
      started_at: startedAt,
      due_at: dueAt,
      due_soon_at: dueSoonAt,
      status,
    };
  });
  const present = new Set(current.deadlines.map((deadline) => deadline.ruleCode));
  const start =
    change.voiding || !change.hasContact || !contactChanged
      ? []
      : rules
          .filter(
            (rule) =>
              rule.appliesTo === RuleScope.WITH_CONTACT && rule.startEvent === ComplaintEventKind.RECEIVED && !present.has(rule.code),
          )
          .map((rule) => {
            const times = deadlineTimes(calendar, rule, change.receivedAt);
            return {
              rule_code: rule.code,
              started_at: change.receivedAt.toISOString(),
              due_at: times.due.toISOString(),
              due_soon_at: times.dueSoon.toISOString(),
            };
          });
  return { update, start };
}
