import type { Messages } from './th';

export const en: Messages = {
  appName: 'ร้องเรียน · Rongrian',
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    startFailed: 'Could not start',
    unreachable: 'Cannot reach the server. Check the connection and try again.',
    failed: 'Something went wrong. Please try again; if it keeps happening, tell the system administrator.',
    reference: (id: string) => `Reference: ${id}`,
  },
  language: {
    label: 'Language',
  },
  signIn: {
    title: 'Sign in',
    intro: 'Complaint intake and tracking for staff',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    badCredentials: 'The username or password is incorrect. Please check and try again.',
  },
  header: {
    roles: 'Roles',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    signOutFailed: 'Could not sign out. Please try again.',
  },
  board: {
    title: 'Complaint board',
    columns: 'Workflow stages',
    refresh: 'Refresh',
    refreshing: 'Refreshing…',
    empty: 'No complaints at this stage',
    count: (n: number) => (n === 1 ? '1 complaint' : `${n} complaints`),
    loadFailed: 'Could not load the board',
    forbiddenTitle: 'This account does not use the complaint board',
    forbiddenBody:
      'Your role may not see complaints on the board. If you need it, please contact the system administrator.',
    sessionExpired: 'Your session has expired.',
    signInAgain: 'Sign in again',
  },
  card: {
    receiptNumber: 'Receipt no.',
    channel: 'Channel',
    receivedAt: 'Received',
  },
  roles: {
    ADMIN: 'Administrator',
    CENTER_OFFICER: 'Center officer',
    COMMANDER: 'Commander',
    DIVISION_OFFICER: 'Division officer',
    EXECUTIVE: 'Chief Executive / executive',
    AUDITOR: 'Auditor',
  },
  stages: {
    RECEIVED: 'Received',
    REGISTERED: 'Registered at the SAO',
    AWAITING_ORDER: 'Submitted to the commander',
    ORDERED: 'Ordered by the commander',
    FACT_FINDING: 'Fact-finding',
    COMMITTEE: 'Fact-finding committee',
    RESOLVED: 'Resolved',
    CLOSED: 'Closed',
    NOT_ACCEPTED: 'Not accepted',
  },
};
