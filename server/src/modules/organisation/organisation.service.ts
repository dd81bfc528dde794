import { currentBody } from '../../db/organisation-scope.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { emblemMaxBytes } from '@rongrian/schema/input-rules';
import { fileTypeFromBuffer } from 'file-type';
import { announceReferenceChange, type OrganisationProfile } from '../reference/reference-data.js';
import { badInput, DomainError } from '../shared/domain-error.js';
import { optionalText } from '../shared/input-checks.js';
import { Organisation } from './organisation.entity.js';
import type { SetEmblemInput, UpdateOrganisationInput } from './organisation.types.js';

const emblemTypes = new Set(['image/png', 'image/jpeg']);

export const notSetUp = () => new DomainError('NOT_FOUND', 'ยังไม่ได้ตั้งค่าหน่วยงาน', 'The body is not set up yet', { field: 'organisation' });

async function theOrganisation(em: EntityManager): Promise<Organisation> {
  const body = currentBody();
  const [organisation] = await em.find(Organisation, body === undefined ? {} : { code: body }, { limit: 1 });
  if (!organisation) throw notSetUp();
  return organisation;
}

/** ADMIN: the profile every document prints (name, address, phone, website, page) and the signers. */
export async function updateOrganisation(em: EntityManager, input: UpdateOrganisationInput): Promise<void> {
  const organisation = await theOrganisation(em);
  if (input.nameTh != null) organisation.nameTh = input.nameTh.trim();
  if (input.nameEn != null) organisation.nameEn = input.nameEn.trim();
  if (input.address != null) organisation.address = input.address.trim();
  if (input.phone != null) organisation.phone = input.phone.trim();
  if (input.website !== undefined) organisation.website = optionalText(input.website);
  if (input.facebook !== undefined) organisation.facebook = optionalText(input.facebook);
  if (input.officeCode !== undefined) organisation.officeCode = optionalText(input.officeCode);
  if (input.fax !== undefined) organisation.fax = optionalText(input.fax);
  if (input.email !== undefined) {
    const email = optionalText(input.email);
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      throw badInput(
        'email',
        'อีเมลของหน่วยงานไม่ถูกต้อง ตัวอย่าง saraban@kokyae.go.th',
        'The e-mail address is not valid, e.g. saraban@kokyae.go.th',
      );
    }
    organisation.email = email;
  }
  if (input.signers) {
    const documents = new Set(input.signers.map((signer) => signer.document));
    if (documents.size !== input.signers.length) {
      throw badInput('signers', 'เอกสารแต่ละชนิดมีผู้ลงนามได้คนเดียว', 'Each kind of document has one signer');
    }
    organisation.signers = input.signers.map((signer) => ({
      document: signer.document,
      name: signer.name.trim(),
      position: signer.position.trim(),
      onBehalfOf: optionalText(signer.onBehalfOf) ?? '',
    }));
  }
  await em.flush();
  await announceReferenceChange(em);
}

/**
 * ADMIN: the emblem for the letterhead. Its type is read from the bytes (file-type), not from what
 * the browser claimed, and only PNG and JPEG are kept: both print in every PDF and browser.
 */
export async function setEmblem(em: EntityManager, input: SetEmblemInput): Promise<void> {
  const organisation = await theOrganisation(em);
  if (!input.dataUrl) {
    organisation.emblem = null;
    organisation.emblemMediaType = null;
    await em.flush();
    await announceReferenceChange(em);
    return;
  }
  const base64 = /^data:[\w.+-]+\/[\w.+-]+;base64,([A-Za-z0-9+/]+={0,2})$/.exec(input.dataUrl)?.[1];
  if (!base64) throw badInput('dataUrl', 'ไฟล์ตราสัญลักษณ์ไม่อยู่ในรูปแบบที่อ่านได้', 'The emblem is not a base64 data: URL');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > emblemMaxBytes) {
    throw badInput('dataUrl', 'ไฟล์ตราสัญลักษณ์ใหญ่เกิน 300 KB กรุณาย่อขนาดภาพ', 'The emblem is larger than 300 KB; make the image smaller');
  }
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !emblemTypes.has(type.mime)) {
    throw badInput('dataUrl', 'ตราสัญลักษณ์ต้องเป็นภาพ PNG หรือ JPEG', 'The emblem must be a PNG or JPEG image');
  }
  organisation.emblem = bytes;
  organisation.emblemMediaType = type.mime;
  await em.flush();
  await announceReferenceChange(em);
}

/** The profile as the API answers it; the signers are for ADMIN (they are set on the administration page). */
export function organisationView(profile: OrganisationProfile, showSigners: boolean) {
  return {
    code: profile.code,
    nameTh: profile.nameTh,
    nameEn: profile.nameEn,
    kind: profile.kind,
    address: profile.address,
    phone: profile.phone,
    website: profile.website,
    facebook: profile.facebook,
    officeCode: profile.officeCode,
    fax: profile.fax,
    email: profile.email,
    parentCode: profile.parentCode,
    // Issue 13: each body's own, by its code (an <img> sends no header naming a body).
    emblemUrl: profile.emblemDataUrl ? `/organisation/emblem?body=${encodeURIComponent(profile.code)}` : null,
    signers: showSigners ? profile.signers : [],
  };
}
