import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { SessionUser } from '../auth/session-user.js';
import { findComplaintRelations } from './complaint.queries.js';
import type { ComplaintRelations } from './complaint.views.js';

/**
 * Per-request batching: when a list (the board) asks for a relation its query did not load, the
 * relations of every complaint in the list come in one statement.
 */
export class ComplaintLoaders {
  readonly relations: DataLoader<string, ComplaintRelations | undefined>;

  constructor(em: EntityManager, user: SessionUser | null) {
    this.relations = new DataLoader(async (ids) => {
      if (!user) return ids.map(() => undefined);
      const found = await findComplaintRelations(em, user, ids);
      return ids.map((id) => found.get(id));
    });
  }
}
