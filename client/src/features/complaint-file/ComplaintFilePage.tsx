import { useQuery } from '@apollo/client/react';
import { describeError, hasErrorCode } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { Banner } from '../../components/Banner';
import { ScreenHelp } from '../../components/ScreenHelp';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { ComplaintAttachments } from './components/ComplaintAttachments';
import { ComplaintCommittee } from './components/ComplaintCommittee';
import { ComplaintConversation } from './components/ComplaintConversation';
import { ComplaintCorrection } from './components/ComplaintCorrection';
import { ComplaintDeadlines } from './components/ComplaintDeadlines';
import { ComplaintDocuments } from './components/ComplaintDocuments';
import { ComplaintEvidence } from './components/ComplaintEvidence';
import { ComplaintFacts } from './components/ComplaintFacts';
import { ComplaintFileHeader } from './components/ComplaintFileHeader';
import { ComplaintHistory } from './components/ComplaintHistory';
import { ComplaintMoves } from './components/ComplaintMoves';
import { ComplaintNotices } from './components/ComplaintNotices';
import { ComplaintParties } from './components/ComplaintParties';
import { ComplaintReferral } from './components/ComplaintReferral';
import { ComplaintReferralFacts } from './components/ComplaintReferralFacts';
import { ComplaintUnitReports } from './components/ComplaintUnitReports';
import './ComplaintFilePage.css';

// The screen asks for the complaint once; each panel reads its own part through its fragment.
export const ComplaintFilePageQuery = graphql(`
  query ComplaintFilePageQuery($id: ID!) {
    complaint(id: $id) {
      stage
      id
      ...ComplaintFileHeader_complaint
      ...ComplaintMoves_complaint
      ...ComplaintCorrection_complaint
      ...ComplaintReferral_complaint
      ...ComplaintReferralFacts_complaint
      ...ComplaintFacts_complaint
      ...ComplaintUnitReports_complaint
      ...ComplaintParties_complaint
      ...ComplaintEvidence_complaint
      ...ComplaintDeadlines_complaint
      ...ComplaintCommittee_complaint
      ...ComplaintNotices_complaint
      ...ComplaintDocuments_complaint
      ...ComplaintHistory_complaint
    }
  }
`);

/** The complaint's file (แฟ้มเรื่อง): everything recorded on it, its deadlines, history and next steps. */
export function ComplaintFilePage({ id, roles }: { id: string; roles: readonly Role[] }) {
  const { t } = useI18n();
  const { data, error } = useQuery(ComplaintFilePageQuery, { variables: { id } });
  const f = t.file;

  if (hasErrorCode(error, 'NOT_FOUND') || (data && !data.complaint)) {
    return <Banner title={f.notFound} action={<Link to="/board">{f.back}</Link>} />;
  }
  if (error && !data) {
    return (
      <Banner tone="error" title={f.loadFailed}>
        {describeError(error, t.common)}
      </Banner>
    );
  }
  if (!data?.complaint) return <Banner title={t.common.loading} />;

  const complaint = data.complaint;
  return (
    <article className="screen screen--stacked complaint-file" aria-labelledby="complaint-file-title">
      <p>
        <Link to="/board">← {f.back}</Link>
      </p>
      <ComplaintFileHeader complaint={complaint} />
      {/* Issue 14, item 7: what the manual asks at this complaint's stage. */}
      <ScreenHelp screen="complaint" text={t.help.stages[complaint.stage]} />
      <ComplaintMoves complaint={complaint} />
      <ComplaintCorrection complaint={complaint} />
      <ComplaintReferral complaint={complaint} />
      <div className="complaint-file__grid">
        <section className="panel">
          <ComplaintFacts complaint={complaint} />
          <ComplaintReferralFacts complaint={complaint} />
          <ComplaintUnitReports complaint={complaint} />
        </section>
        <section className="panel">
          <ComplaintParties complaint={complaint} />
          <ComplaintEvidence complaint={complaint} />
        </section>
        <section className="panel">
          <ComplaintDeadlines complaint={complaint} />
          <ComplaintCommittee complaint={complaint} />
          <ComplaintNotices complaint={complaint} />
          <ComplaintDocuments complaint={complaint} roles={roles} />
        </section>
        <section className="panel">
          <ComplaintHistory complaint={complaint} />
        </section>
        {/* Issue 12: messages may carry identity, so only the Center reads and answers them. */}
        {roles.includes('CENTER_OFFICER') && <ComplaintConversation complaintId={complaint.id} />}
        <ComplaintAttachments complaintId={complaint.id} canAttach={roles.includes('CENTER_OFFICER')} />
      </div>
    </article>
  );
}
