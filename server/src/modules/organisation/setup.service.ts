import { ALL_ORGANISATIONS, inOrganisation } from '../../db/organisation-scope.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { channels as standardChannels, deadlineRules, governmentOfficeHours, holidays, thaiTimeZone } from '@rongrian/seeds';
import { sql } from '../../db/sql.js';
import { usernameTaken } from '../auth/accounts.service.js';
import { hashPassword } from '../auth/password.js';
import { passwordProblem } from '../auth/password-policy.js';
import { Role } from '../auth/role.js';
import { User } from '../auth/user.entity.js';
import { Holiday } from '../calendar/holiday.entity.js';
import { Channel } from '../channels/channel.entity.js';
import { DeadlineRule } from '../deadlines/deadline-rule.entity.js';
import { Division } from '../divisions/division.entity.js';
import { Official } from '../officials/official.entity.js';
import { announceReferenceChange } from '../reference/reference-data.js';
import { DomainError } from '../shared/domain-error.js';
import { checkOrganisationFile, type FileProblem } from './organisation-file.js';
import { Organisation } from './organisation.entity.js';
import { kindShortNameTh } from './organisation-kind.js';

/** What a set-up created, as the command prints it and the first-run page shows it. */
export interface SetUpSummary {
  code: string;
  nameTh: string;
  channels: string[];
  divisions: number;
  officials: number;
  holidays: number;
  deadlineRules: number;
  admin: string;
}

/** A set-up file that cannot be applied: every problem named, nothing changed. */
export function fileRefused(problems: FileProblem[]): DomainError {
  const first = problems[0]!;
  return new DomainError(
    'BAD_USER_INPUT',
    `แฟ้มตั้งค่ามีข้อผิดพลาด ${problems.length} รายการ เช่น ${first.path}: ${first.messageTh}`,
    `The set-up file has ${problems.length} problem(s), e.g. ${first.path}: ${first.messageEn}`,
    { field: first.path, problems },
  );
}

/** The password rules of "Accounts" as the file check asks them: the Thai and English refusal, or null. */
function adminPasswordProblem(password: string, username: string): [string, string] | null {
  const broken = passwordProblem(password, username, 'admin.password');
  return broken ? [broken.messageTh, broken.messageEn] : null;
}

/**
 * Contract, "Setting up a body that is not the demo": one transaction creates the organisation, its
 * channels (the standard eight, those of the file in use, with its contacts), divisions, officials,
 * the shipped holiday calendar and the manual's default deadline rules when the database has none
 * yet, and the first ADMIN with a final password. A file with errors, a code that exists, or a
 * username that is taken changes nothing and names each problem.
 *
 * Issue 13: the same command adds each further body of a deployment; everything of it is written
 * in its own scope (row-level security admits its rows only), its codes and numbers its own.
 */
export async function setUpOrganisation(em: EntityManager, raw: unknown): Promise<SetUpSummary> {
  const checked = checkOrganisationFile(raw, adminPasswordProblem);
  if (!checked.ok) throw fileRefused(checked.problems);
  const { file } = checked;
  // The admin's password is hashed before the transaction: argon2 takes a while, locks should not.
  const passwordHash = await hashPassword(file.admin.password);
  const code = file.organisation.code;
  return inOrganisation(code, () =>
    em.transactional(async (tx) => {
      // Two set-ups at once: the second waits, then finds the first's organisation.
      await sql`lock table organisation in exclusive mode`.execute(tx.getKysely());
      const problems: FileProblem[] = [];
      const existing = await inOrganisation(ALL_ORGANISATIONS, () => tx.findAll(Organisation, { fields: ['code', 'nameTh'] }));
      if (existing.some((organisation) => organisation.code === file.organisation.code)) {
        problems.push({
          path: 'organisation.code',
          messageTh: `มีหน่วยงานรหัส ${file.organisation.code} อยู่แล้ว`,
          messageEn: `An organisation with code ${file.organisation.code} already exists`,
        });
      }
      if (file.organisation.parentCode && !existing.some((organisation) => organisation.code === file.organisation.parentCode)) {
        problems.push({
          path: 'organisation.parentCode',
          messageTh: `ยังไม่มีหน่วยงานกำกับดูแลรหัส ${file.organisation.parentCode}: ตั้งค่าหน่วยงานนั้นก่อน`,
          messageEn: `No overseeing body ${file.organisation.parentCode} yet: set it up first`,
        });
      }
      const username = file.admin.username.trim();
      // Usernames are one namespace on the deployment (sign-in names no body): checked across bodies.
      if (await inOrganisation(ALL_ORGANISATIONS, () => usernameTaken(tx, username))) {
        problems.push({ path: 'admin.username', messageTh: `มีผู้ใช้ชื่อ ${username} อยู่แล้ว`, messageEn: `The username ${username} is taken` });
      }
      if (problems.length) throw fileRefused(problems);

      const { organisation } = file;
      tx.create(Organisation, {
        code: organisation.code,
        nameTh: organisation.nameTh,
        nameEn: organisation.nameEn,
        kind: organisation.kind,
        address: organisation.address,
        phone: organisation.phone,
        website: organisation.website ?? null,
        facebook: organisation.facebook ?? null,
        officeCode: organisation.officeCode ?? null,
        fax: organisation.fax ?? null,
        email: organisation.email ?? null,
        parentCode: organisation.parentCode ?? null,
        signers: (file.signers ?? []).map((signer) => ({ ...signer, onBehalfOf: signer.onBehalfOf ?? '' })),
        timeZone: thaiTimeZone,
        officeHours: governmentOfficeHours,
      });

      // All eight rows exist, so an administrator can start using a channel later; `channels` answers those in use.
      const used = file.channels ? new Map(file.channels.map((channel) => [channel.code, channel.contact ?? null])) : null;
      const shortName = kindShortNameTh[organisation.kind];
      const present = new Map((await tx.findAll(Channel)).map((channel) => [channel.code, channel]));
      for (const standard of standardChannels) {
        const values = {
          nameTh: standard.nameTh.replace('อบต.', shortName),
          nameEn: standard.nameEn,
          position: standard.position,
          inUse: used ? used.has(standard.code) : true,
          contact: used?.get(standard.code) ?? null,
        };
        const row = present.get(standard.code);
        if (row) tx.assign(row, values);
        else tx.create(Channel, { organisationCode: code, code: standard.code, ...values });
      }

      const divisions = new Map<string, Division>();
      file.divisions.forEach((division, index) => {
        divisions.set(division.code, tx.create(Division, { organisationCode: code, ...division, position: index + 1 }));
      });
      for (const official of file.officials ?? []) {
        tx.create(Official, {
          organisationCode: code,
          fullName: official.fullName,
          position: official.position,
          division: divisions.get(official.division)!,
        });
      }
      const holidaysCreated = (await tx.count(Holiday)) === 0 ? holidays.length : 0;
      if (holidaysCreated) for (const holiday of holidays) tx.create(Holiday, { organisationCode: code, ...holiday });
      const rulesCreated = (await tx.count(DeadlineRule)) === 0 ? deadlineRules.length : 0;
      if (rulesCreated) for (const rule of deadlineRules) tx.create(DeadlineRule, { organisationCode: code, ...rule } as never);

      tx.create(User, {
        organisationCode: code,
        username,
        displayName: file.admin.displayName,
        passwordHash,
        roles: [Role.ADMIN],
        divisionCode: null,
        official: null,
      });
      await tx.flush();
      await announceReferenceChange(tx);
      return {
        code: organisation.code,
        nameTh: organisation.nameTh,
        channels: standardChannels.filter((channel) => !used || used.has(channel.code)).map((channel) => channel.code),
        divisions: file.divisions.length,
        officials: file.officials?.length ?? 0,
        holidays: holidaysCreated,
        deadlineRules: rulesCreated,
        admin: username,
      };
    }),
  );
}
