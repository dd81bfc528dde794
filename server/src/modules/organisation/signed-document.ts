/**
 * The documents that carry a named signer (issue 11, "letter signers"): the letters to the
 * complainant (R7, R8: acknowledgement, progress, result) and the Center's statistics report (R10).
 */
export const signedDocuments = ['NOTICE_LETTER', 'STATISTICS_REPORT'] as const;
export type SignedDocument = (typeof signedDocuments)[number];
