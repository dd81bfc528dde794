import { registerEnumType } from 'type-graphql';

/** Contract, "The citizen's channel": who sent a file, which decides who may see it and how it was kept. */
export enum FileSource {
  /** Through the public form or the tracking page (POST /uploads without a session): image metadata removed. */
  PUBLIC = 'PUBLIC',
  /** A CENTER_OFFICER's scan of a posted letter or the complaint box's papers: kept byte for byte. */
  STAFF = 'STAFF',
}

registerEnumType(FileSource, {
  name: 'FileSource',
  valuesConfig: {
    PUBLIC: { description: 'Sent by the complainant through the website form or the tracking page; image metadata removed' },
    STAFF: { description: "Uploaded by a CENTER_OFFICER (a scan of a letter or of the complaint box's papers), stored byte for byte" },
  },
});
