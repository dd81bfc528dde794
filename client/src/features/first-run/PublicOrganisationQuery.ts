import { graphql } from '../../gql';

/**
 * The body this installation serves, as anyone may see it (it is on every letter): the sign-in
 * page names it, and when there is none yet the app opens on the first-run page. Issue 13: on a
 * deployment of several bodies the page names none unless its address does (`?body=`), and the
 * sign-in page then names the deployment only.
 */
export const PublicOrganisationQuery = graphql(`
  query PublicOrganisation {
    firstRunPending
    organisation {
      code
      nameTh
      nameEn
      emblemUrl
    }
  }
`);
