import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ComplaintView } from '../complaints/complaint.views.js';
import { DeadlineView } from '../deadlines/deadline.views.js';

/** workflow.md, "Alerts". */
export enum AlertKind {
  NEW_COMPLAINT = 'NEW_COMPLAINT',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
}

registerEnumType(AlertKind, {
  name: 'AlertKind',
  valuesConfig: {
    NEW_COMPLAINT: { description: 'A complaint was recorded' },
    DUE_SOON: { description: 'A clock has less than a quarter of its amount, or one working hour, left' },
    OVERDUE: { description: 'A clock passed its due instant unmet (raised once per clock)' },
  },
});

/** What crosses processes through LISTEN/NOTIFY: ids only, never documents. */
export interface AlertEvent {
  kind: AlertKind;
  complaintId: string;
  ruleCode?: string;
}

export const alertChannel = 'rongrian_alerts';

@ObjectType('Alert', { description: 'A live alert about a complaint the subscriber may see' })
export class AlertView {
  @Field(() => AlertKind) kind!: AlertKind;
  @Field(() => ComplaintView) complaint!: ComplaintView;
  @Field(() => DeadlineView, { nullable: true, description: 'The clock, for DUE_SOON and OVERDUE' }) deadline!: DeadlineView | null;
  @Field(() => Date, { description: 'When the alert was raised' }) at!: Date;
}
