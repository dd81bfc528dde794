import demo from './organisations/kok-yae.json' with { type: 'json' };
import type { OrganisationFile } from './organisation-file.js';

/**
 * The demo body, Kok Yae SAO (the manual's own organisation): one set-up file like any other,
 * applied only when the demo is seeded (the embedded default, or SEED_DEMO=true).
 */
export const demoOrganisationFile = demo as OrganisationFile;
