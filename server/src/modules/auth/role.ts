import { registerEnumType } from 'type-graphql';

/** The roles of the contract ("Who may do what"). */
export enum Role {
  ADMIN = 'ADMIN',
  CENTER_OFFICER = 'CENTER_OFFICER',
  COMMANDER = 'COMMANDER',
  DIVISION_OFFICER = 'DIVISION_OFFICER',
  EXECUTIVE = 'EXECUTIVE',
  AUDITOR = 'AUDITOR',
  /** Issue 13: a user of a DISTRICT, PROVINCE or NATIONAL body who reads the figures of the bodies below. */
  OVERSEER = 'OVERSEER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do',
  valuesConfig: {
    ADMIN: { description: 'ผู้ดูแลระบบ — administrator: users, calendar, rules, API tokens' },
    CENTER_OFFICER: { description: 'เจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริต — records and moves complaints' },
    COMMANDER: { description: 'ผู้บังคับบัญชา — orders complaints taken up and appoints committees' },
    DIVISION_OFFICER: { description: 'เจ้าหน้าที่กอง — handles complaints assigned to their division' },
    EXECUTIVE: { description: 'นายก อบต. / ผู้บริหาร — oversees all complaints' },
    AUDITOR: { description: 'ผู้ตรวจสอบ — reads statistics' },
    OVERSEER: {
      description: 'ผู้กำกับดูแล (อำเภอ จังหวัด ส่วนกลาง) — reads the figures of the bodies below, never a complaint or a name',
    },
  },
});
