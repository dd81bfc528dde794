import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import { deadlineTone, nearestOpenDeadline, type DeadlineTone } from '../../app/deadline';
import { describeError, hasErrorCode } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { useNow } from '../../app/now';
import { Link } from '../../app/router';
import { moveTo, stageOrder, stagesReachable } from '../../app/workflow';
import { Banner } from '../../components/Banner';
import { ScreenHelp } from '../../components/ScreenHelp';
import { graphql } from '../../gql';
import type { ComplaintStage, Role } from '../../gql/graphql';
import { MoveDialog, type MoveDialogProps } from '../moves/MoveDialog';
import { isFormMove } from '../moves/useMoveComplaint';
import { useSignOut } from '../session/useSignOut';
import { BoardColumn } from './components/BoardColumn';
import { BoardFilters, noFilters, type BoardFilterValues } from './components/BoardFilters';
import { ComplaintCardOverlay } from './components/ComplaintCardOverlay';
import { columnKeyboardCoordinates } from './columnKeyboardCoordinates';
import './BoardPage.css';

// The board selects for itself only what it groups, filters and moves by (the moves the user may
// make on it now are the server's: availableMoves); each card reads the rest through its own
// fragment (data masking).
// The live feed (useBoardLive.ts) selects the same fragment, so a pushed change updates all of it.
export const BoardComplaintFragment = graphql(`
  fragment BoardPage_complaint on Complaint {
    id
    stage
    version
    availableMoves
    ...MoveDialog_complaint
    receiptNumber
    subject
    channel {
      code
    }
    units {
      code
    }
    deadlines {
      dueAt
      dueSoonAt
      status
    }
    ...ComplaintCard_complaint
  }
`);

export const BoardPageQuery = graphql(`
  query BoardPageQuery {
    board {
      fiscalYear
      columns {
        stage
        total
        complaints {
          ...BoardPage_complaint @unmask
        }
      }
    }
    channels {
      code
      nameTh
      nameEn
    }
    divisions {
      code
      nameTh
      nameEn
    }
  }
`);

// Issue 15, item 1: a column comes with its first cards and its count; "more" asks for the next.
export const BoardColumnMoreQuery = graphql(`
  query BoardColumnMoreQuery($stage: ComplaintStage!, $after: ID!) {
    boardColumn(stage: $stage) {
      stage
      total
      complaints(after: $after) {
        ...BoardPage_complaint @unmask
      }
    }
  }
`);

/** The columns that hold only the fiscal year's finished complaints (the server's window). */
const finishedStages = new Set<ComplaintStage>(['CLOSED', 'NOT_ACCEPTED']);

type PendingMove = Omit<MoveDialogProps, 'onClose'>;

/** dnd-kit's PointerSensor: how long after a drop it still clears the selection (`detach`). */
const dropSettleMs = 50;

export function BoardPage({ roles }: { roles: readonly Role[] }) {
  const { t } = useI18n();
  const now = useNow();
  // Cache first for an instant board, then the network: the live feed keeps it current while the
  // app is open, and this catches anything missed while another screen was shown.
  const { data, error, loading, networkStatus, refetch, fetchMore } = useQuery(BoardPageQuery, { fetchPolicy: 'cache-and-network' });
  const [loadingMore, setLoadingMore] = useState<ComplaintStage>();
  const { signOut } = useSignOut();
  const [filters, setFilters] = useState<BoardFilterValues>(noFilters);
  const [dragged, setDragged] = useState<string>();
  const [pending, setPending] = useState<PendingMove>();

  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the card's link still opens it.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    // Scrolling to an off-screen column at once, not smoothly: the column under the card is worked
    // out from the scroll position, and a drop while a smooth scroll is still under way landed on
    // a column in between (or none), so a quick Space after → did nothing.
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates, scrollBehavior: 'instant' }),
  );

  // Grouped by each complaint's own (cached) stage, not by the column the server put it in: a move,
  // or a change pushed live, rewrites the complaint's stage and the card follows at once.
  const complaints = useMemo(() => data?.board.columns.flatMap((column) => column.complaints) ?? [], [data]);
  const byId = useMemo(() => new Map(complaints.map((c) => [c.id, c])), [complaints]);
  const columns = useMemo(() => {
    const search = filters.search.trim().toLowerCase();
    const grouped = new Map<ComplaintStage, typeof complaints>(stageOrder.map((stage) => [stage, []]));
    for (const complaint of complaints) {
      if (filters.channel && complaint.channel.code !== filters.channel) continue;
      if (filters.unit && !complaint.units.some((unit) => unit.code === filters.unit)) continue;
      if (filters.deadline) {
        const deadline = nearestOpenDeadline(complaint.deadlines);
        const tone: DeadlineTone | 'none' = deadline ? deadlineTone(deadline, now) : 'none';
        if (tone !== filters.deadline) continue;
      }
      if (search && !complaint.receiptNumber.toLowerCase().includes(search) && !complaint.subject.toLowerCase().includes(search)) continue;
      grouped.get(complaint.stage)?.push(complaint);
    }
    return grouped;
  }, [complaints, filters, now]);

  // A card may be dropped where one of the moves the server lets the user make on it leads.
  const draggedComplaint = dragged ? byId.get(dragged) : undefined;
  const targets = draggedComplaint ? stagesReachable(draggedComplaint.availableMoves) : undefined;
  const isDraggable = (id: string) => stagesReachable(byId.get(id)?.availableMoves ?? []).size > 0;
  const refreshing = networkStatus === NetworkStatus.refetch;
  const forbidden = hasErrorCode(error, 'FORBIDDEN');
  const expired = hasErrorCode(error, 'UNAUTHENTICATED');

  // What each column holds on the server beyond the cards loaded so far.
  const remaining = useMemo(
    () => new Map(data?.board.columns.map((column) => [column.stage, Math.max(0, column.total - column.complaints.length)]) ?? []),
    [data],
  );

  function loadMore(stage: ComplaintStage) {
    const loaded = data?.board.columns.find((column) => column.stage === stage)?.complaints;
    const last = loaded?.[loaded.length - 1];
    if (!last) return;
    setLoadingMore(stage);
    fetchMore({
      query: BoardColumnMoreQuery,
      variables: { stage, after: last.id },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        board: {
          ...previous.board,
          columns: previous.board.columns.map((column) =>
            column.stage === stage
              ? {
                  ...column,
                  total: fetchMoreResult.boardColumn.total,
                  complaints: [...column.complaints, ...fetchMoreResult.boardColumn.complaints],
                }
              : column,
          ),
        },
      }),
    })
      .catch(() => undefined)
      .finally(() => setLoadingMore(undefined));
  }

  function refresh() {
    // A failed refetch is rendered from `error`; the rejected promise carries nothing more.
    refetch().catch(() => undefined);
  }

  function handleDragStart(event: DragStartEvent) {
    setDragged(String(event.active.id));
  }

  function handleDragEnd(event: DragEndEvent) {
    setDragged(undefined);
    const complaint = byId.get(String(event.active.id));
    if (!complaint || !event.over) return;
    const to = event.over.id as ComplaintStage;
    const kind = moveTo(to, complaint.availableMoves);
    if (!kind || !isFormMove(kind)) return;
    const move = { kind, to, complaint };
    // After a pointer drop, dnd-kit keeps clearing the page's text selection until a 50 ms timer
    // (set before this handler runs) removes its listener: a dialog focused sooner would have no
    // caret, and text entered through an input method, or by a test's fill, would go nowhere.
    window.setTimeout(() => setPending(move), dropSettleMs);
  }

  function renderBody() {
    if (forbidden) {
      return <Banner title={t.board.forbiddenTitle}>{t.board.forbiddenBody}</Banner>;
    }
    if (expired) {
      // Signing out forgets the old session's data, and App then shows the sign-in page.
      const signInAgain = (
        <button className="button button--primary" type="button" onClick={signOut}>
          {t.board.signInAgain}
        </button>
      );
      return <Banner tone="error" title={t.board.sessionExpired} action={signInAgain} />;
    }
    if (error && !data) {
      return (
        <Banner tone="error" title={t.board.loadFailed}>
          {describeError(error, t.common)}
        </Banner>
      );
    }
    if (!data) {
      return <Banner title={t.common.loading} />;
    }
    return (
      <>
        <BoardFilters value={filters} onChange={setFilters} channels={data.channels} divisions={data.divisions} />
        <DndContext
          sensors={sensors}
          onDragStart={handleDragStart}
          onDragEnd={handleDragEnd}
          onDragCancel={() => setDragged(undefined)}
          accessibility={{
            screenReaderInstructions: { draggable: t.board.dragInstructions },
            announcements: {
              onDragStart: ({ active }) => t.board.announce.start(byId.get(String(active.id))?.receiptNumber ?? ''),
              onDragOver: ({ over }) => (over ? t.board.announce.over(t.stages[over.id as ComplaintStage]) : t.board.announce.none),
              onDragEnd: ({ over }) => (over ? t.board.announce.over(t.stages[over.id as ComplaintStage]) : t.board.announce.none),
              onDragCancel: () => t.board.announce.cancel,
            },
          }}
        >
          {/* Focusable so that keyboard users can scroll the columns sideways. */}
          <div className="board__columns" role="region" aria-label={t.board.columns} tabIndex={0}>
            {stageOrder.map((stage) => (
              <BoardColumn
                key={stage}
                stage={stage}
                complaints={columns.get(stage) ?? []}
                accepts={targets ? targets.has(stage) : undefined}
                isDraggable={isDraggable}
                remaining={remaining.get(stage) ?? 0}
                loadingMore={loadingMore === stage}
                onMore={() => loadMore(stage)}
                fiscalYear={finishedStages.has(stage) ? data.board.fiscalYear : undefined}
              />
            ))}
          </div>
          <DragOverlay dropAnimation={null}>
            {draggedComplaint && <ComplaintCardOverlay receiptNumber={draggedComplaint.receiptNumber} subject={draggedComplaint.subject} />}
          </DragOverlay>
        </DndContext>
      </>
    );
  }

  return (
    <div className="board">
      <div className="board__toolbar">
        <h1>{t.board.title}</h1>
        {roles.includes('CENTER_OFFICER') && (
          <Link className="button button--primary" to="/intake">
            {t.intake.open}
          </Link>
        )}
        {/* Refreshing cannot change either answer; only another account or a new session can. */}
        {!forbidden && !expired && (
          <button className="button" type="button" onClick={refresh} disabled={loading}>
            {refreshing ? t.board.refreshing : t.board.refresh}
          </button>
        )}
      </div>
      {/* Issue 14, item 7: what the manual asks of the steps on this board. */}
      <ScreenHelp screen="board" text={t.help.board} />
      {renderBody()}
      {pending && <MoveDialog {...pending} onClose={() => setPending(undefined)} />}
    </div>
  );
}
