import type { EntityManager } from '@mikro-orm/postgresql';
import { inOrganisation } from '../../db/organisation-scope.js';
import { firstRow, rows, sql } from '../../db/sql.js';
import type { SessionUser } from '../auth/session-user.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { OriginAgency } from './complaint.enums.js';
import type { RecordComplaintInput } from './complaint.inputs.js';
import { recordComplaint } from './complaint.service.js';
import { formatReceiptNumber } from './receipt-number.js';

interface Source {
  receiptSeq: number;
  receiptYear: number;
  subject: string;
  details: string;
  requestedAction: string | null;
  incidentAt: Date | null;
  incidentPlace: string | null;
  originAgency: OriginAgency | null;
  originReference: string | null;
  complainant: {
    full_name: string | null;
    age: number | null;
    house_number: string | null;
    moo: string | null;
    tambon: string | null;
    amphoe: string | null;
    changwat: string | null;
    postcode: string | null;
    phone: string | null;
    email: string | null;
  } | null;
  accused: { fullName: string | null; position: string | null; unit: string | null }[];
  evidence: { description: string; copies: number }[];
}

/**
 * Contract, "Many bodies on one deployment": a complaint referred to a body of this deployment
 * arrives in that body's RECEIVED column as a forwarded letter (channel FORWARDED_LETTER, received
 * now, with its clocks and its NEW_COMPLAINT alert), its origin the sending body and receipt
 * number; the complainant's identity goes with it only when `shareIdentity` (otherwise it is held
 * without one). The accused go by name: an official of the sender is nobody's in the receiver,
 * and a namesake there never sees it (issue 12: linked to each official it may be). In the
 * mutation's transaction, each side written in its own body.
 */
export async function forwardReferral(
  em: EntityManager,
  reference: ReferenceData,
  sender: SessionUser,
  complaintId: string,
  target: string,
  shareIdentity: boolean,
  now = new Date(),
): Promise<{ receiptNumber: string; receivedAt: Date }> {
  const source = await firstRow<Source>(
    em,
    sql`select c.receipt_seq as "receiptSeq", c.receipt_year as "receiptYear", c.subject, c.details,
               c.requested_action as "requestedAction", c.incident_at as "incidentAt", c.incident_place as "incidentPlace",
               c.origin_agency as "originAgency", c.origin_reference as "originReference",
               (select to_jsonb(p) from complainant p where p.complaint_id = c.id) as complainant,
               coalesce((select jsonb_agg(jsonb_build_object('fullName', coalesce(a.full_name, o.full_name),
                                  'position', coalesce(a.official_position, o.position), 'unit', a.unit) order by a.position)
                           from accused a left join official o on o.id = a.official_id where a.complaint_id = c.id), '[]') as accused,
               coalesce((select jsonb_agg(jsonb_build_object('description', e.description, 'copies', e.copies) order by e.position)
                           from evidence e where e.complaint_id = c.id), '[]') as evidence
          from complaint c where c.id = ${complaintId}::uuid and c.organisation_code = ${sender.organisationCode}`,
  );
  if (!source) throw new Error(`the referred complaint ${complaintId} is not the sender's`);
  const origin = formatReceiptNumber(source.receiptSeq, source.receiptYear);
  const person = shareIdentity ? source.complainant : null;
  const input: RecordComplaintInput = {
    channel: 'FORWARDED_LETTER',
    receivedAt: now,
    subject: source.subject,
    details: source.details,
    requestedAction: source.requestedAction,
    incidentAt: source.incidentAt ? new Date(source.incidentAt) : null,
    incidentPlace: source.incidentPlace,
    // An agency outside the deployment it first came from (Damrongdhama …) stays its origin there too.
    originAgency: source.originAgency,
    originReference: source.originReference,
    complainant: person?.full_name
      ? {
          fullName: person.full_name,
          age: person.age,
          address: {
            houseNumber: person.house_number,
            moo: person.moo,
            tambon: person.tambon,
            amphoe: person.amphoe,
            changwat: person.changwat,
            postcode: person.postcode,
          },
          phone: person.phone,
          email: person.email,
        }
      : null,
    accused: source.accused.filter((one) => one.fullName || one.position || one.unit),
    evidence: source.evidence,
  } as RecordComplaintInput;
  const recorded = await inOrganisation(target, async () => {
    const arrived = await recordComplaint(em, reference, null, input, now);
    await sql`update complaint set origin_organisation_code = ${sender.organisationCode}, origin_receipt_number = ${origin}
               where id = ${arrived.id}::uuid and organisation_code = ${target}`.execute(em.getKysely());
    return arrived;
  });
  await sql`update referral set received_as = ${recorded.receiptNumber}, received_at = ${now}
             where complaint_id = ${complaintId}::uuid and organisation_code = ${sender.organisationCode}`.execute(em.getKysely());
  return { receiptNumber: recorded.receiptNumber, receivedAt: now };
}

export interface ReferralRow {
  toOrganisationCode: string;
  letterNumber: string;
  shareIdentity: boolean;
  referredAt: Date;
  receivedAs: string | null;
  receivedAt: Date | null;
}

/** The referral of a complaint the caller has already been allowed to read (its body's side). */
export async function referralOf(em: EntityManager, user: SessionUser, complaintId: string): Promise<ReferralRow | null> {
  const [found] = await rows<ReferralRow>(
    em,
    sql`select to_organisation_code as "toOrganisationCode", letter_number as "letterNumber", share_identity as "shareIdentity",
               referred_at as "referredAt", received_as as "receivedAs", received_at as "receivedAt"
          from referral where complaint_id = ${complaintId}::uuid and organisation_code = ${user.organisationCode}`,
  );
  if (!found) return null;
  return { ...found, referredAt: new Date(found.referredAt), receivedAt: found.receivedAt ? new Date(found.receivedAt) : null };
}
