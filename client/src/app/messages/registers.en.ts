import type { registersTh } from './registers.th';

export const registersEn: typeof registersTh = {
  title: 'Registers of the fiscal year (print or download)',
  intro: "The incoming and outgoing letter registers and the Center's complaint register book, in the prescribed columns",
  fiscalYear: (fy: number) => `Fiscal year ${fy}`,
  names: {
    received: 'Incoming letter register',
    sent: 'Outgoing letter register',
    complaints: 'Complaint register book',
  },
  pdf: 'PDF',
  xlsx: 'Excel',
  link: (register: string, fy: number, format: string) => `${register}, fiscal year ${fy} (${format})`,
};
