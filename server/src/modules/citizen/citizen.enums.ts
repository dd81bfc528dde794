import { registerEnumType } from 'type-graphql';

/** Contract, "New enum values": who wrote a message of the citizen's channel. */
export enum MessageAuthor {
  COMPLAINANT = 'COMPLAINANT',
  CENTER = 'CENTER',
}

registerEnumType(MessageAuthor, {
  name: 'MessageAuthor',
  valuesConfig: {
    COMPLAINANT: { description: 'The complainant, through the tracking code' },
    CENTER: { description: 'The Center (a CENTER_OFFICER)' },
  },
});
