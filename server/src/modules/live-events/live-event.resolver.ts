import { Arg, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DomainError, complaintNotFound } from '../shared/domain-error.js';
import { findComplaint } from '../complaints/complaint.queries.js';
import type { AlertRoot, ChangeRoot } from './live-event.js';
import { AlertView, ComplaintChangeKind, ComplaintChangeView, replayLimit, replayWindowMinutes } from './live-event.types.js';

/**
 * A hub subscription sent over HTTP is executed once, with no event: refused as the WebSocket
 * refuses a mutation, with a code the client can act on.
 */
const webSocketOnly = (field: string) =>
  new DomainError(
    'BAD_USER_INPUT',
    'การแจ้งเตือนแบบสดรับได้ผ่านการเชื่อมต่อ WebSocket ที่ /graphql เท่านั้น',
    `${field} is served over the WebSocket at /graphql, not over HTTP`,
  );

@Resolver(() => AlertView)
export class LiveEventResolver {
  /**
   * Served over WebSocket by the LiveEventHub (live-event-hub.ts), which decides who receives each
   * event, and graphql/live-subscriptions.ts, which executes this once per audience; the function
   * below turns an event into the alert.
   */
  @Subscription(() => AlertView, {
    description: 'NEW_COMPLAINT, DUE_SOON and OVERDUE for complaints the subscriber may see (WebSocket only)',
    subscribe: () => {
      throw new Error('alerts are served over the WebSocket at /graphql');
    },
  })
  async alerts(
    @Root() event: AlertRoot | undefined,
    @Ctx() ctx: Context,
    // Read when the subscription starts (graphql/subscription-shape.ts); nothing to do per event.
    @Arg('since', () => Date, {
      nullable: true,
      description:
        `Catch up first: the alerts raised at or after this instant (and within the last ${replayWindowMinutes} minutes; ` +
        `at most the ${replayLimit} newest) are sent, oldest first and marked \`replayed\`, before the live ones; none is sent twice ` +
        'to one subscription. A client sends the `at` of the newest alert it holds (dropping one it already has), or an ' +
        'instant long past to get all the window holds. Omitted: live alerts only.',
    })
    _since: Date | null,
  ): Promise<AlertView> {
    if (!event) throw webSocketOnly('alerts');
    const complaint = ctx.user ? await findComplaint(ctx.em, ctx.user, event.complaintId) : undefined;
    if (!complaint) throw complaintNotFound(event.complaintId);
    const deadline = event.ruleCode ? (complaint.deadlines.find((one) => one.rule.code === event.ruleCode) ?? null) : null;
    return { kind: event.kind, complaint, deadline, at: event.at, replayed: event.replayed ?? false };
  }

  /** Served by the LiveEventHub like `alerts`: what a live board needs to stay current. */
  @Subscription(() => ComplaintChangeView, {
    description: 'Complaints the subscriber may see, as they are recorded, moved or their clocks change (WebSocket only)',
    subscribe: () => {
      throw new Error('complaint changes are served over the WebSocket at /graphql');
    },
  })
  async complaintChanges(@Root() event: ChangeRoot | undefined, @Ctx() ctx: Context): Promise<ComplaintChangeView> {
    if (!event) throw webSocketOnly('complaintChanges');
    // Contract, "Corrections and the register": the hub renders HIDDEN only for whom it was hidden from.
    if (event.kind === ComplaintChangeKind.HIDDEN)
      return { kind: event.kind, complaintId: event.complaintId, complaint: null, at: event.at };
    const complaint = ctx.user ? await findComplaint(ctx.em, ctx.user, event.complaintId) : undefined;
    if (!complaint) throw complaintNotFound(event.complaintId);
    return { kind: event.kind, complaintId: event.complaintId, complaint, at: event.at };
  }
}
