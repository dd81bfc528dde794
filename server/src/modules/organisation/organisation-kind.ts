/** Contract, "Release 2" → "New enum values": the kinds of body, local and oversight. */
export const organisationKinds = ['SAO', 'MUNICIPALITY', 'PAO', 'CITY', 'DISTRICT', 'PROVINCE', 'NATIONAL'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/**
 * How the body's own documents name it in short, where the manual writes "อบต." (the channel
 * "เว็บไซต์ อบต.", "นายก อบต."): a municipality says เทศบาล, a provincial organisation อบจ.
 */
export const kindShortNameTh: Record<OrganisationKind, string> = {
  SAO: 'อบต.',
  MUNICIPALITY: 'เทศบาล',
  PAO: 'อบจ.',
  CITY: 'หน่วยงาน',
  DISTRICT: 'อำเภอ',
  PROVINCE: 'จังหวัด',
  NATIONAL: 'หน่วยงาน',
};
