import type { Role } from '../../gql/graphql';

/** Who reads the register: whoever reads complaints (contract, "Who may do what": board, complaint). */
export const registerRoles: readonly Role[] = ['CENTER_OFFICER', 'COMMANDER', 'EXECUTIVE', 'DIVISION_OFFICER'];

/** Issue 14, item 5 (contract, "Paperwork and publication"): who reads the registers of a fiscal year as files. */
export const registerFileRoles: readonly Role[] = ['CENTER_OFFICER', 'COMMANDER', 'EXECUTIVE'];
