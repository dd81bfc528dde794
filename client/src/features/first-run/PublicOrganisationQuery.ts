import { graphql } from '../../gql';

/**
 * The body this installation serves, as anyone may see it (it is on every letter): the sign-in
 * page names it, and when there is none yet the app opens on the first-run page.
 */
export const PublicOrganisationQuery = graphql(`
  query PublicOrganisation {
    organisation {
      code
      nameTh
      nameEn
      emblemUrl
    }
  }
`);
