import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { selectedFieldNames } from '../../graphql/selection.js';
import { badInput } from '../shared/domain-error.js';
import { isUuid } from '../shared/input-checks.js';
import { boardLongTexts } from './board.queries.js';
import { BoardColumn, ComplaintView } from './complaint.views.js';

/** Issue 15, item 1: a column answers its first cards only; the web app asks for more on demand. */
export const boardPageDefault = 100;
export const boardPageMax = 500;

/**
 * A board column's count and cards. Every column of a request is read in one statement, whatever
 * pages they ask for (complaint.loaders.ts, boardPages), with only the fields the query selects.
 */
@Resolver(() => BoardColumn)
export class BoardColumnResolver {
  @FieldResolver(() => Int, {
    description: 'How many complaints the caller may see in this column (CLOSED and NOT_ACCEPTED: in the board’s fiscal year)',
  })
  async total(@Root() column: BoardColumn, @Ctx() ctx: Context): Promise<number> {
    const page = await ctx.loaders.boardPages.load({
      stage: column.stage,
      finishedIn: column.finishedIn,
      first: 0,
      after: null,
      texts: [],
    });
    return page.total;
  }

  @FieldResolver(() => [ComplaintView], {
    description: `The column's first \`first\` complaints (default ${boardPageDefault}, at most ${boardPageMax}) after the complaint \`after\`, oldest receipt first`,
  })
  async complaints(
    @Root() column: BoardColumn,
    @Arg('first', () => Int, { defaultValue: boardPageDefault }) first: number,
    @Arg('after', () => ID, { nullable: true }) after: string | null | undefined,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ): Promise<ComplaintView[]> {
    if (!Number.isInteger(first) || first < 0 || first > boardPageMax) {
      throw badInput('first', `จำนวนเรื่องต่อหน้าต้องอยู่ระหว่าง 0 ถึง ${boardPageMax}`, `first must be between 0 and ${boardPageMax}`);
    }
    if (after != null && !isUuid(after)) {
      throw badInput('after', 'ตำแหน่งเริ่มต้นไม่ถูกต้อง กรุณาโหลดกระดานใหม่', 'after is not the id of a complaint; reload the board');
    }
    const selected = selectedFieldNames(info);
    const texts = boardLongTexts.filter((text) => selected.has(text));
    const page = await ctx.loaders.boardPages.load({
      stage: column.stage,
      finishedIn: column.finishedIn,
      first,
      after: after ?? null,
      texts,
    });
    return page.complaints;
  }
}
