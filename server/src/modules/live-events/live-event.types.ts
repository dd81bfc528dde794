import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ComplaintView } from '../complaints/complaint.views.js';
import { DeadlineView } from '../deadlines/deadline.views.js';

/** workflow.md, "Alerts". */
export enum AlertKind {
  NEW_COMPLAINT = 'NEW_COMPLAINT',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  NEW_MESSAGE = 'NEW_MESSAGE',
}

registerEnumType(AlertKind, {
  name: 'AlertKind',
  valuesConfig: {
    NEW_COMPLAINT: { description: 'A complaint was recorded' },
    DUE_SOON: { description: 'A clock has less than a quarter of its amount, or one working hour, left' },
    OVERDUE: { description: 'A clock passed its due instant unmet (raised once per clock)' },
    NEW_MESSAGE: { description: 'The complainant sent a message through the tracking code (CENTER_OFFICER only)' },
  },
});

/** What happened to a complaint, for screens that show it live (the board). */
export enum ComplaintChangeKind {
  RECORDED = 'RECORDED',
  MOVED = 'MOVED',
  CLOCKS_CHANGED = 'CLOCKS_CHANGED',
  CORRECTED = 'CORRECTED',
  VOIDED = 'VOIDED',
  HIDDEN = 'HIDDEN',
}

registerEnumType(ComplaintChangeKind, {
  name: 'ComplaintChangeKind',
  valuesConfig: {
    RECORDED: { description: 'A complaint was recorded' },
    MOVED: { description: 'A workflow move or a notice changed it (its version went up)' },
    CLOCKS_CHANGED: { description: 'A calendar or rule change moved its clocks' },
    CORRECTED: { description: 'The Center corrected what was recorded (its version went up)' },
    VOIDED: { description: 'Voided as recorded by mistake: it leaves the board (it stays in the register)' },
    HIDDEN: {
      description: 'It left the sight of the subscriber (a correction named them among the accused): drop it; complaint is null',
    },
  },
});

@ObjectType('ComplaintChange', { description: 'A complaint the subscriber may see was recorded or changed' })
export class ComplaintChangeView {
  @Field(() => ComplaintChangeKind) kind!: ComplaintChangeKind;
  @Field(() => ID) complaintId!: string;
  @Field(() => ComplaintView, { nullable: true, description: 'null when HIDDEN: nothing of it is sent to whom it is hidden from' })
  complaint!: ComplaintView | null;
  @Field(() => Date) at!: Date;
}

@ObjectType('Alert', { description: 'A live alert about a complaint the subscriber may see' })
export class AlertView {
  @Field(() => AlertKind) kind!: AlertKind;
  @Field(() => ComplaintView) complaint!: ComplaintView;
  @Field(() => DeadlineView, { nullable: true, description: 'The clock, for DUE_SOON and OVERDUE' }) deadline!: DeadlineView | null;
  @Field(() => Date, { description: 'When the alert was raised (as the database recorded it)' }) at!: Date;
  @Field(() => Boolean, { description: 'Sent to catch up (alerts `since`), not live: it was raised before this subscription began' })
  replayed!: boolean;
}

/** How far back `alerts(since)` replays, and how many at most (the newest). */
export const replayWindowMinutes = 60;
export const replayLimit = 100;
