import type { dateEntryTh, leaveTh, menuTh } from './everyday.th';

export const menuEn: typeof menuTh = {
  open: 'Menu',
  close: 'Close menu',
};

export const dateEntryEn: typeof dateEntryTh = {
  pick: 'Pick from the calendar',
  calendar: (label: string) => `Calendar: ${label}`,
  close: 'Close the calendar',
  dateTimeFormat: (label: string) => `${label}: type day/month/year (B.E.) and time, e.g. 1/12/2569 14:30`,
  dateFormat: (label: string) => `${label}: type day/month/year (B.E.), e.g. 1/12/2569`,
  dateTimePlaceholder: 'dd/mm/yyyy hh:mm',
  datePlaceholder: 'dd/mm/yyyy',
};

export const leaveEn: typeof leaveTh = {
  confirm: 'What you typed is not saved yet. Leave this page?',
};
