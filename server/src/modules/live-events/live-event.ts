import type { AlertKind, ComplaintChangeKind } from './live-event.types.js';

/**
 * What crosses processes through LISTEN/NOTIFY: ids only, never documents. `at` is the instant the
 * database recorded it (ISO 8601); without it, the instant it is pushed.
 */
export type LiveEvent =
  | { topic: 'alert'; kind: AlertKind; complaintId: string; ruleCode?: string; at?: string }
  /**
   * `hiddenFrom`: officials a correction newly named among the accused. Their subscribers, who may no
   * longer read the complaint, are told it left their sight (HIDDEN), and nobody else is.
   */
  | { topic: 'change'; kind: ComplaintChangeKind; complaintId: string; at?: string; hiddenFrom?: string[] }
  /** A session ended (sign-out): every process closes the WebSockets opened with it. */
  | { topic: 'session'; tokenHash: string }
  /** The body, its channels or divisions changed (set-up, administration): every process reads them again. */
  | { topic: 'reference' };

export type ComplaintEvent = Exclude<LiveEvent, { topic: 'session' } | { topic: 'reference' }>;
export type AlertEvent = Extract<LiveEvent, { topic: 'alert' }>;
export type ChangeEvent = Extract<LiveEvent, { topic: 'change' }>;

/** How an alert event is executed: live, or replayed to a subscriber who asked to catch up. */
export type AlertRoot = Omit<AlertEvent, 'at'> & { at: Date; replayed?: boolean };
export type ChangeRoot = Omit<ChangeEvent, 'at'> & { at: Date };

/**
 * The NOTIFY channel of every live event. Named when it carried alerts only; the name is kept, as
 * every running process (and every statement that notifies) must agree on it.
 */
export const alertChannel = 'rongrian_alerts';
