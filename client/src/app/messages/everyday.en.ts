import type { dateEntryTh, fieldsTh, helpTh, leaveTh, menuTh, periodTh } from './everyday.th';

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

export const fieldsEn: typeof fieldsTh = {
  problem: (label: string, message: string) => `${label}: ${message}`,
  accusedN: (n: number) => `Accused no. ${n}`,
  evidenceN: (n: number) => `Evidence item ${n}`,
  memberN: (n: number) => `Committee member ${n}`,
  unknown: 'What was typed',
  invalid: 'not valid',
  maxLength: (n: number) => `at most ${n} characters`,
  minLength: (n: number) => `at least ${n} characters`,
  max: (n: number) => `at most ${n}`,
  min: (n: number) => `at least ${n}`,
  minItems: (n: number) => `at least ${n} items`,
  labels: {
    at: 'Date and time done',
    channel: 'Channel',
    receivedAt: 'Received',
    subject: 'Subject',
    details: 'Details',
    requestedAction: 'Action requested',
    incidentAt: 'When it happened',
    incidentPlace: 'Where it happened',
    complainant: 'Complainant',
    fullName: 'Full name',
    age: 'Age',
    address: 'Address',
    houseNumber: 'House number',
    moo: 'Moo',
    tambon: 'Tambon',
    amphoe: 'Amphoe',
    changwat: 'Changwat',
    postcode: 'Postcode',
    phone: 'Phone',
    email: 'Email',
    accused: 'Accused',
    officialId: 'Official',
    position: 'Position',
    unit: 'Unit',
    evidence: 'Evidence',
    description: 'Evidence item',
    copies: 'Copies',
    originAgency: 'Sent by',
    originReference: "Sending agency's reference",
    registerNumber: 'Incoming register number',
    centerRegisterNumber: "Center's register number",
    units: 'Responsible units',
    reason: 'Reason',
    note: 'Note',
    orderNumber: 'Appointment order number',
    members: 'Committee members',
    role: 'Role on the committee',
    outcome: 'Outcome',
    findings: 'Findings',
    kind: 'Notice kind',
    method: 'Notice method',
    date: 'Date',
    nameTh: 'Name in Thai',
    nameEn: 'Name in English',
    leftOn: 'Left office on',
    code: 'Code',
    divisionCode: 'Division',
    division: 'Division',
    username: 'Username',
    displayName: 'Display name',
    roles: 'Roles',
    newPassword: 'New password',
    fiscalYear: 'Fiscal year',
    quarter: 'Quarter',
    file: 'File',
    attachmentIds: 'Attachments',
    toOrganisationCode: 'Agency referred to',
    letter: 'Text of the letter',
    paragraphs: 'Text of the letter',
    void: 'Reason for voiding',
  } as Record<string, string>,
};

export const periodEn: typeof periodTh = {
  legend: 'Period shown',
  fiscalYear: 'Fiscal year',
  quarter: 'Quarter',
  wholeYear: 'Whole year',
  quarterN: (q: number) => `Quarter ${q}`,
  fiscalYearN: (fy: number) => `B.E. ${fy}`,
  shown: (fy: number, q: number | null) => (q ? `Fiscal year ${fy}, quarter ${q}` : `Fiscal year ${fy}, whole year`),
  received: 'Received in the period',
  totals: (shown: string, received: number, inProgress: number, closed: number, notAccepted: number) =>
    `${shown}: received ${received} · in progress ${inProgress} · closed ${closed} · not accepted ${notAccepted}`,
  live: 'Open and overdue figures are as of today, updated live',
};

export const helpEn: typeof helpTh = {
  title: 'What the manual asks',
  show: 'Show the note',
  hide: 'Hide the note',
  board:
    'R2: enter a complaint in the incoming register within 3 hours, in the Center’s register and before the commander within 1 day, and distribute it to the units within 3 hours of the order. R9: check every channel every working day.',
  intake:
    'R5, R7: record every complaint from every channel on the form: the complainant (kept confidential), the accused, when and where, the account, the evidence with its copies. The receipt number (running/B.E. year) is given here; enter it in the incoming register within 3 hours (R2.1).',
  register:
    'R7: every complaint is in the Center’s complaint register. R10: a summary goes to the Chief Executive every quarter; after the fiscal year (1 Oct – 30 Sep) its statistics are published.',
  overview:
    'R10: a summary of complaint handling goes to the Chief Executive every quarter; after the fiscal year the statistics are summarised, analysed and published (ITA).',
  reports: 'R10: reports issued are kept as issued: the quarterly ones for the Chief Executive, the yearly one for the public.',
  stages: {
    RECEIVED: 'R2.1: enter it in the incoming-document register within 3 hours of receipt.',
    REGISTERED: 'R2.2: enter it in the Center’s register and put it to the commander within 1 day.',
    AWAITING_ORDER:
      'R2.2, R6: the commander takes it up, naming units, or declines it with a recorded reason (anonymous without clear evidence, before the courts, another agency’s, a private dispute).',
    ORDERED: 'R2.3: distribute it to the units concerned within 3 hours of the order.',
    FACT_FINDING:
      'R4.2–R4.4: check the facts; if settled, tell the complainant within 7 days; if not, appoint a fact-finding committee. R3: the first notice goes out within 15 days.',
    COMMITTEE: 'R4.4: the fact-finding committee examines it; tell the complainant the result or progress within 7 days.',
    RESOLVED:
      'R4.3: tell the complainant the result in writing within 7 days. R4.5: write the summary report for the executives, then close it.',
    CLOSED: 'R10: a closed complaint counts in the quarterly summary and the fiscal year’s statistics.',
    NOT_ACCEPTED: 'R6: the reason for not taking it up is recorded. R3: a complainant who left contact gets a letter within 15 days.',
  },
};
