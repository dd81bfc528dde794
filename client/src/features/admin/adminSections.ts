/** The administration screens, in the order of their tabs (kept apart so the app's shell loads none of them). */
export const adminSections = [
  'users',
  'officials',
  'divisions',
  'channels',
  'organisation',
  'holidays',
  'deadlines',
  'security',
  'import',
  'backups',
] as const;
export type AdminSection = (typeof adminSections)[number];

export function isAdminSection(value: string): value is AdminSection {
  return (adminSections as readonly string[]).includes(value);
}
