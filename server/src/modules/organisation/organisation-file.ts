import { channels as standardChannels } from '@rongrian/seeds';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { referenceCodePattern, usernamePattern } from '@rongrian/schema/input-rules';
import { hasVisibleCharacter } from '../shared/input-checks.js';
import { organisationKinds } from './organisation-kind.js';
import { signedDocuments } from './signed-document.js';

/** One thing wrong with a set-up file: where (a JSON path such as `divisions[2].code`) and what. */
export interface FileProblem {
  path: string;
  messageTh: string;
  messageEn: string;
}

const text = (max: number) => z.string().trim().max(max).refine(hasVisibleCharacter, { message: 'blank' });
const optionalText = (max: number) => z.string().trim().max(max).nullish();
const code = z.string().regex(referenceCodePattern, { message: 'code' });

const fileSchema = z.strictObject({
  organisation: z.strictObject({
    code,
    nameTh: text(200),
    nameEn: text(200),
    kind: z.enum(organisationKinds, { message: 'kind' }),
    address: text(500),
    // As the letterhead prints it: numbers with their extensions and fax ("036-374047 ต่อ 17, โทรสาร …").
    phone: text(200),
    website: optionalText(300),
    facebook: optionalText(300),
    // Issue 14, item 2: the letter code in "ที่", the fax and e-mail at the foot of letters.
    officeCode: optionalText(40),
    fax: optionalText(200),
    email: optionalText(200),
    parentCode: code.nullish(),
  }),
  channels: z
    .array(z.strictObject({ code: z.string(), contact: optionalText(500) }))
    .min(1, { message: 'none' })
    .optional(),
  divisions: z.array(z.strictObject({ code, nameTh: text(200), nameEn: text(200) })).min(1, { message: 'none' }),
  officials: z.array(z.strictObject({ fullName: text(200), position: text(200), division: z.string() })).optional(),
  signers: z
    .array(
      z.strictObject({
        document: z.enum(signedDocuments, { message: 'document' }),
        name: text(200),
        position: text(200),
        onBehalfOf: optionalText(200),
      }),
    )
    .optional(),
  admin: z.strictObject({
    username: z.string().trim().regex(usernamePattern, { message: 'username' }),
    displayName: text(200),
    password: z.string(),
  }),
});

/** A set-up file as checked: the shape of seeds' `OrganisationFile`, with its codes narrowed. */
export type CheckedFile = z.infer<typeof fileSchema>;

export type FileCheck = { ok: true; file: CheckedFile } | { ok: false; problems: FileProblem[] };

/** What each kind of zod refusal means to the person who wrote the file, in Thai then English. */
function describe(issue: z.core.$ZodIssue): [string, string] {
  switch (issue.message) {
    case 'blank':
      return ['ต้องกรอก (ห้ามเว้นว่าง)', 'must not be blank'];
    case 'code':
      return [
        'ต้องเป็นอักษรอังกฤษตัวใหญ่ ตัวเลข หรือ _ ขึ้นต้นด้วยตัวอักษร ยาว 2–40 ตัว เช่น NONG_KHAE_TM',
        'must be 2–40 capital letters, digits or _, starting with a letter, e.g. NONG_KHAE_TM',
      ];
    case 'kind':
      return [`ต้องเป็นหนึ่งใน ${organisationKinds.join(', ')}`, `must be one of ${organisationKinds.join(', ')}`];
    case 'document':
      return [`ต้องเป็นหนึ่งใน ${signedDocuments.join(', ')}`, `must be one of ${signedDocuments.join(', ')}`];
    case 'username':
      return ['ต้องเป็นอักษรอังกฤษ ตัวเลข หรือ . _ - ยาว 3–50 ตัว', 'must be 3–50 letters, digits or . _ -'];
    case 'none':
      return ['ต้องมีอย่างน้อยหนึ่งรายการ', 'must list at least one'];
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? ['ต้องมี (ขาดหายไป)', 'is missing'] : [`ต้องเป็น ${issue.expected}`, `must be ${issue.expected}`];
    case 'unrecognized_keys':
      return [`มีช่องที่ไม่รู้จัก: ${issue.keys.join(', ')}`, `has unknown fields: ${issue.keys.join(', ')}`];
    case 'too_big':
      return [`ยาวเกิน ${String(issue.maximum)} ตัวอักษร`, `is longer than ${String(issue.maximum)} characters`];
    default:
      return ['ไม่ถูกต้อง', 'is not valid'];
  }
}

function pathOf(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') ||
    '(file)'
  );
}

/**
 * Contract, "Setting up a body": checks a set-up file completely and names every problem, so
 * that one run of the command tells the clerk all that must be fixed. Cross checks beyond the shape:
 * PALAD among the divisions, channel codes among the standard eight, an official's division among
 * the file's divisions, nothing listed twice, the admin's password meeting the password rules.
 */
export function checkOrganisationFile(raw: unknown, passwordProblem: (password: string, username: string) => string[] | null): FileCheck {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const [th, en] = describe(issue);
        return { path: pathOf(issue.path), messageTh: th, messageEn: en };
      }),
    };
  }
  const file = parsed.data;
  const problems: FileProblem[] = [];
  const problem = (path: string, messageTh: string, messageEn: string) => problems.push({ path, messageTh, messageEn });

  const divisionCodes = new Set<string>();
  file.divisions.forEach((division, index) => {
    if (divisionCodes.has(division.code))
      problem(`divisions[${index}].code`, `รหัส ${division.code} ซ้ำ`, `${division.code} is listed twice`);
    divisionCodes.add(division.code);
  });
  if (!divisionCodes.has('PALAD')) {
    problem('divisions', 'ต้องมีสำนักปลัด (รหัส PALAD) ซึ่งเป็นที่ตั้งของศูนย์ฯ', 'must include PALAD, home of the Center');
  }
  const known = new Set(standardChannels.map((channel) => channel.code));
  const seen = new Set<string>();
  file.channels?.forEach((channel, index) => {
    if (!known.has(channel.code)) {
      problem(
        `channels[${index}].code`,
        `ไม่รู้จักช่องทาง "${channel.code}" (ใช้ได้: ${[...known].join(', ')})`,
        `unknown channel "${channel.code}" (one of ${[...known].join(', ')})`,
      );
    } else if (seen.has(channel.code)) {
      problem(`channels[${index}].code`, `ช่องทาง ${channel.code} ซ้ำ`, `${channel.code} is listed twice`);
    }
    seen.add(channel.code);
  });
  file.officials?.forEach((official, index) => {
    if (!divisionCodes.has(official.division)) {
      problem(
        `officials[${index}].division`,
        `ไม่มีหน่วยงานรหัส "${official.division}" ในรายการ divisions`,
        `no division "${official.division}" in divisions`,
      );
    }
  });
  const signed = new Set<string>();
  file.signers?.forEach((signer, index) => {
    if (signed.has(signer.document))
      problem(`signers[${index}].document`, `${signer.document} มีผู้ลงนามซ้ำ`, `${signer.document} has two signers`);
    signed.add(signer.document);
  });
  if (file.organisation.parentCode === file.organisation.code) {
    problem('organisation.parentCode', 'หน่วยงานกำกับต้องไม่ใช่หน่วยงานเดียวกัน', 'a body cannot oversee itself');
  }
  const broken = passwordProblem(file.admin.password, file.admin.username);
  if (broken) problem('admin.password', broken[0]!, broken[1]!);

  return problems.length ? { ok: false, problems } : { ok: true, file };
}

/** The file's text as JSON with comments (the commented example is usable as it is), or its syntax errors by line. */
export function parseOrganisationFileText(source: string): { ok: true; value: unknown } | { ok: false; problems: FileProblem[] } {
  const errors: ParseError[] = [];
  const value: unknown = parse(source, errors, { allowTrailingComma: true, disallowComments: false });
  if (!errors.length) return { ok: true, value };
  return {
    ok: false,
    problems: errors.map((error) => {
      const line = source.slice(0, error.offset).split('\n').length;
      return {
        path: `line ${line}`,
        messageTh: `บรรทัดที่ ${line}: รูปแบบ JSON ไม่ถูกต้อง (${printParseErrorCode(error.error)})`,
        messageEn: `line ${line}: not valid JSON (${printParseErrorCode(error.error)})`,
      };
    }),
  };
}
