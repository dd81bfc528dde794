import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { ApiTokenResolver } from '../modules/api-tokens/api-token.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { BackupResolver } from '../modules/backups/backup.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { UserAdminResolver } from '../modules/auth/user-admin.resolver.js';
import { CalendarResolver } from '../modules/calendar/calendar.resolver.js';
import { ChannelResolver } from '../modules/channels/channel.resolver.js';
import { ComplaintResolver } from '../modules/complaints/complaint.resolver.js';
import { BoardColumnResolver } from '../modules/complaints/board.resolver.js';
import { DeadlineRuleResolver } from '../modules/deadlines/deadline-rule.resolver.js';
import { DeadlineResolver } from '../modules/deadlines/deadline.resolver.js';
import { DivisionResolver } from '../modules/divisions/division.resolver.js';
import { IdentityRequestResolver } from '../modules/identity-requests/identity-request.resolver.js';
import { LiveEventResolver } from '../modules/live-events/live-event.resolver.js';
import { OfficialResolver } from '../modules/officials/official.resolver.js';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver.js';
import { OversightResolver } from '../modules/oversight/oversight.resolver.js';
import { ReportResolver } from '../modules/reports/report.resolver.js';
import { StatisticsResolver } from '../modules/reports/statistics.resolver.js';
import { SecondFactorResolver } from '../modules/second-factor/second-factor.resolver.js';
import { CitizenResolver } from '../modules/citizen/citizen.resolver.js';
import { FileResolver } from '../modules/files/file.resolver.js';
import { IssuedDocumentResolver } from '../modules/documents/issued-document.resolver.js';
import { auditMutations } from './audited-mutations.js';
import { gateTokens } from './token-gate.js';
import { InstantScalar } from './instant.js';

export const resolvers = [
  AuthResolver,
  ChannelResolver,
  DivisionResolver,
  OfficialResolver,
  ComplaintResolver,
  BoardColumnResolver,
  CalendarResolver,
  DeadlineRuleResolver,
  DeadlineResolver,
  LiveEventResolver,
  StatisticsResolver,
  ReportResolver,
  ApiTokenResolver,
  AuditResolver,
  IdentityRequestResolver,
  UserAdminResolver,
  BackupResolver,
  OrganisationResolver,
  OversightResolver,
  SecondFactorResolver,
  CitizenResolver,
  FileResolver,
  IssuedDocumentResolver,
] as const;

/**
 * type-graphql insists on a PubSub once there is a subscription. Alerts use none: events cross
 * processes through PostgreSQL and the LiveEventHub fans them out (modules/live-events/live-event-hub.ts).
 */
const noPubSub: PubSub = {
  publish() {
    throw new Error('no in-process pub/sub: alerts go through PostgreSQL NOTIFY');
  },
  subscribe() {
    throw new Error('no in-process pub/sub: alerts are served by the LiveEventHub');
  },
};

/**
 * The schema, built from the resolvers; `validate: true` runs class-validator on every input. Every
 * mutation runs in a transaction with its audit entry (audited-mutations.ts); an API token reaches
 * only the root fields its scopes list (token-gate.ts), refused ones audited too.
 */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    pubSub: noPubSub,
    // Every Date input is an instant no earlier than B.E. 2500 (instant.ts).
    scalarsMap: [{ type: Date, scalar: InstantScalar }],
  });
  return auditMutations(gateTokens(schema));
}

const banner = `# Generated from the server's resolvers by \`npm run schema:emit\` — do not edit.
# The public contract (shared/contract/operations.graphql) must validate against it.
`;

/** The SDL as checked in at schema/schema.graphql: sorted, so that diffs show real changes only. */
export function printSdl(schema: GraphQLSchema): string {
  return `${banner}\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
