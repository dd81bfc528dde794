import type { Role } from '../../gql/graphql';

/** Roles that see the overview (issue 5): statistics readers who also read every complaint. */
export const overviewRoles: readonly Role[] = ['EXECUTIVE', 'COMMANDER', 'CENTER_OFFICER'];
