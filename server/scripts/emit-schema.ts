/** Writes schema/schema.graphql from the resolvers. A test fails when the checked-in file drifts. */
import { writeFile } from 'node:fs/promises';
import { createSchema, printSdl } from '../src/graphql/schema.js';

const target = new URL('../../schema/schema.graphql', import.meta.url);
await writeFile(target, printSdl(await createSchema()));
console.log(`wrote ${target.pathname}`);
