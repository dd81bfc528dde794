import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { SessionUser } from '../auth/session-user.js';
import { findBoardPages, type BoardLongText, type BoardPage, type BoardPageRequest, type BoardWindow } from './board.queries.js';
import { findComplaintRelations } from './complaint.queries.js';
import type { ComplaintRelations } from './complaint.views.js';

/** A page of a board column, and what its cards must carry besides the card's fields. */
export interface BoardPageKey extends BoardPageRequest {
  finishedIn: BoardWindow;
  texts: readonly BoardLongText[];
}

/**
 * Per-request batching: when a list (the board) asks for a relation its query did not load, the
 * relations of every complaint in the list come in one statement; the board's columns, whatever
 * pages they ask for, come in one statement too (issue 15, item 1).
 */
export class ComplaintLoaders {
  readonly relations: DataLoader<string, ComplaintRelations | undefined>;
  readonly boardPages: DataLoader<BoardPageKey, BoardPage, string>;

  constructor(em: EntityManager, user: SessionUser | null) {
    this.relations = new DataLoader(async (ids) => {
      if (!user) return ids.map(() => undefined);
      const found = await findComplaintRelations(em, user, ids);
      return ids.map((id) => found.get(id));
    });
    this.boardPages = new DataLoader(
      async (keys) => {
        if (!user) return keys.map(() => ({ total: 0, complaints: [] }));
        // One board names one fiscal year; should a request name several, one statement each.
        const pages = new Map<number, BoardPage>();
        const windowOf = (key: BoardPageKey) => `${key.finishedIn.from.getTime()}/${key.finishedIn.to.getTime()}`;
        for (const window of new Set(keys.map(windowOf))) {
          const group = keys.map((key, i) => ({ key, i })).filter(({ key }) => windowOf(key) === window);
          const texts = new Set(group.flatMap(({ key }) => key.texts));
          const found = await findBoardPages(
            em,
            user,
            group[0]!.key.finishedIn,
            group.map(({ key }) => key),
            texts,
          );
          group.forEach(({ i }, j) => pages.set(i, found[j]!));
        }
        return keys.map((_, i) => pages.get(i)!);
      },
      {
        cacheKeyFn: (key) => JSON.stringify([key.stage, key.first, key.after, key.finishedIn, [...key.texts].sort()]),
      },
    );
  }
}
