/**
 * The documents that carry a named signer (issue 11, "letter signers"): the letters to the
 * complainant (R7, R8: acknowledgement, progress, result) and the Center's statistics report (R10);
 * issue 14: the committee's appointment order (R4.4, the executive's) and the summary report to
 * the executives (R4.5).
 */
export const signedDocuments = ['NOTICE_LETTER', 'STATISTICS_REPORT', 'COMMITTEE_ORDER', 'SUMMARY_REPORT'] as const;
export type SignedDocument = (typeof signedDocuments)[number];
