import { gql, NetworkStatus, type FragmentType, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { describeError, hasErrorCode } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import type { ComplaintStage } from '../../app/schema-types';
import { Notice } from '../../components/Notice';
import { useSignOut } from '../session/useSignOut';
import { BoardColumn } from './components/BoardColumn';
import { ComplaintCardFragment } from './components/ComplaintCard';

// Typed by hand in GraphQL Codegen's shape: with data masking on, the board sees only the fields it
// selects itself, and passes each complaint to the card that reads its own fragment.
type BoardComplaint = { __typename?: 'Complaint'; id: string; stage: ComplaintStage } &
  FragmentType<typeof ComplaintCardFragment>;

type BoardPageQueryData = {
  board: { columns: Array<{ stage: ComplaintStage; complaints: BoardComplaint[] }> };
};

const BoardPageQuery: TypedDocumentNode<BoardPageQueryData, Record<string, never>> = gql`
  query BoardPageQuery {
    board {
      columns {
        stage
        complaints {
          id
          # Keeps the cached complaint's stage current for every screen that reads it.
          stage
          ...ComplaintCard_complaint
        }
      }
    }
  }
  ${ComplaintCardFragment}
`;

// The workflow's order (shared/domain/workflow.md). NOT_ACCEPTED branches off AWAITING_ORDER and
// ends there, so it comes last rather than in the middle of the main line.
const stageOrder: readonly ComplaintStage[] = [
  'RECEIVED',
  'REGISTERED',
  'AWAITING_ORDER',
  'ORDERED',
  'FACT_FINDING',
  'COMMITTEE',
  'RESOLVED',
  'CLOSED',
  'NOT_ACCEPTED',
];

export function BoardPage() {
  const { t } = useI18n();
  const { data, error, loading, networkStatus, refetch } = useQuery(BoardPageQuery);
  const { signOut } = useSignOut();
  const refreshing = networkStatus === NetworkStatus.refetch;
  const forbidden = hasErrorCode(error, 'FORBIDDEN');
  const expired = hasErrorCode(error, 'UNAUTHENTICATED');

  function refresh() {
    // A failed refetch is rendered from `error`; the rejected promise carries nothing more.
    refetch().catch(() => undefined);
  }

  function renderBody() {
    if (forbidden) {
      return <Notice title={t.board.forbiddenTitle}>{t.board.forbiddenBody}</Notice>;
    }
    if (expired) {
      // Signing out forgets the old session's data, and App then shows the sign-in page.
      const signInAgain = (
        <button className="button button--primary" type="button" onClick={signOut}>
          {t.board.signInAgain}
        </button>
      );
      return <Notice tone="error" title={t.board.sessionExpired} action={signInAgain} />;
    }
    if (error) {
      return (
        <Notice tone="error" title={t.board.loadFailed}>
          {describeError(error, t.common)}
        </Notice>
      );
    }
    if (!data) {
      return <Notice title={t.common.loading} />;
    }
    const columns = new Map(data.board.columns.map((column) => [column.stage, column.complaints]));
    return (
      // Focusable so that keyboard users can scroll the columns sideways.
      <div className="board__columns" role="region" aria-label={t.board.columns} tabIndex={0}>
        {stageOrder.map((stage) => (
          <BoardColumn key={stage} stage={stage} complaints={columns.get(stage) ?? []} />
        ))}
      </div>
    );
  }

  return (
    <div className="board">
      <div className="board__toolbar">
        <h1>{t.board.title}</h1>
        {/* Refreshing cannot change either answer; only another account or a new session can. */}
        {!forbidden && !expired && (
          <button className="button" type="button" onClick={refresh} disabled={loading}>
            {refreshing ? t.board.refreshing : t.board.refresh}
          </button>
        )}
      </div>
      {renderBody()}
    </div>
  );
}
