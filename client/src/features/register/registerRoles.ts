import type { Role } from '../../gql/graphql';

/** Who reads the register: whoever reads complaints (contract, "Who may do what": board, complaint). */
export const registerRoles: readonly Role[] = ['CENTER_OFFICER', 'COMMANDER', 'EXECUTIVE', 'DIVISION_OFFICER'];
