/**
 * The demo users of the public contract (shared/contract/README.md, "Demo users"). Seeded only into
 * the embedded demo database or when SEED_DEMO=true: a real organisation never gets these.
 */
export const demoPassword = 'rongrian-demo';

export type RoleCode = 'ADMIN' | 'CENTER_OFFICER' | 'COMMANDER' | 'DIVISION_OFFICER' | 'EXECUTIVE' | 'AUDITOR';

export interface DemoUserSeed {
  username: string;
  displayName: string;
  roles: RoleCode[];
  division: string | null;
  /** The full name of the linked official, one of the demo file's officials (organisations/kok-yae.json). */
  official: string | null;
}

export const demoUsers: DemoUserSeed[] = [
  { username: 'admin', displayName: 'ผู้ดูแลระบบ', roles: ['ADMIN'], division: null, official: null },
  { username: 'center', displayName: 'นางสุนิสา แก้วมณี', roles: ['CENTER_OFFICER'], division: 'PALAD', official: 'นางสุนิสา แก้วมณี' },
  { username: 'commander', displayName: 'นางสาววิไลวรรณ ศรีสุข', roles: ['COMMANDER'], division: 'PALAD', official: 'นางสาววิไลวรรณ ศรีสุข' },
  { username: 'nayok', displayName: 'นายสมชาย ใจดี', roles: ['EXECUTIVE'], division: null, official: 'นายสมชาย ใจดี' },
  { username: 'engineer', displayName: 'นายวีระ ทองคำ', roles: ['DIVISION_OFFICER'], division: 'ENGINEERING', official: 'นายวีระ ทองคำ' },
  { username: 'finance', displayName: 'นางมาลี สายทอง', roles: ['DIVISION_OFFICER'], division: 'FINANCE', official: 'นางมาลี สายทอง' },
];
