import { useApolloClient, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { describeError, hasErrorCode } from '../../app/errors';
import { formatInstant } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { stageOrder } from '../../app/workflow';
import { Banner } from '../../components/Banner';
import { ScreenHelp } from '../../components/ScreenHelp';
import { graphql } from '../../gql';
import type { ComplaintFilter, ComplaintStage, OriginAgency } from '../../gql/graphql';
import { fiscalPeriodOf } from '../overview/overviewModel';
import { RegisterDownloads } from './RegisterDownloads';
import './RegisterPage.css';

/** R7, contract "Corrections and the register": one page of the register; the server filters and searches. */
export const RegisterPageQuery = graphql(`
  query RegisterPageQuery($filter: ComplaintFilter, $first: Int, $after: String) {
    complaints(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          receiptNumber
          receivedAt
          subject
          stage
          voided
          channel {
            code
            nameTh
            nameEn
          }
          units {
            code
            nameTh
            nameEn
          }
          deadlines {
            status
          }
        }
      }
    }
  }
`);

const RegisterChoicesQuery = graphql(`
  query RegisterChoicesQuery {
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

const pageSize = 25;

type Filters = {
  search: string;
  fiscalYear: string;
  stage: string;
  channel: string;
  division: string;
  overdue: boolean;
  originAgency: string;
};
const noFilters: Filters = { search: '', fiscalYear: '', stage: '', channel: '', division: '', overdue: false, originAgency: '' };

/** The filter as the API takes it; the search goes as typed (the server reads Thai digits). */
function filterOf(filters: Filters): ComplaintFilter {
  return {
    search: filters.search.trim() || null,
    fiscalYear: filters.fiscalYear ? Number(filters.fiscalYear) : null,
    stage: (filters.stage || null) as ComplaintStage | null,
    channel: filters.channel || null,
    division: filters.division || null,
    overdue: filters.overdue ? true : null,
    // Issue 13, item 4: the complaints one agency outside the deployment sent (e.g. the Damrongdhama Center).
    originAgency: (filters.originAgency || null) as OriginAgency | null,
  };
}

type Edge = NonNullable<ReturnType<typeof useRegister>['data']>['complaints']['edges'][number];

function useRegister(filter: ComplaintFilter) {
  return useQuery(RegisterPageQuery, { variables: { filter, first: pageSize }, fetchPolicy: 'cache-and-network' });
}

/** ทะเบียนเรื่องร้องเรียน: every complaint the user may see, newest first, with filters, a search and "load more". */
export function RegisterPage() {
  const { t, lang, name } = useI18n();
  const r = t.register;
  const client = useApolloClient();
  const [draft, setDraft] = useState<Filters>(noFilters);
  const [applied, setApplied] = useState<Filters>(noFilters);
  const filter = useMemo(() => filterOf(applied), [applied]);
  const { data, error, previousData } = useRegister(filter);
  const choices = useQuery(RegisterChoicesQuery).data;
  // Pages after the first, read on "load more"; a new filter starts again from the first page.
  const [more, setMore] = useState<{ key: string; edges: Edge[]; endCursor: string | null; hasNextPage: boolean }>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string>();
  const currentFy = fiscalPeriodOf(new Date()).fiscalYear;
  const key = JSON.stringify(filter);

  if (hasErrorCode(error, 'FORBIDDEN')) return <Banner title={r.forbidden} />;
  const shown = data ?? previousData;
  if (error && !shown) {
    return (
      <Banner tone="error" title={r.loadFailed}>
        {describeError(error, t.common)}
      </Banner>
    );
  }

  const extra = more?.key === key ? more : undefined;
  const connection = shown?.complaints;
  const edges = [...(connection?.edges ?? []), ...(extra?.edges ?? [])];
  const hasNextPage = extra ? extra.hasNextPage : (connection?.pageInfo.hasNextPage ?? false);
  const endCursor = extra ? extra.endCursor : (connection?.pageInfo.endCursor ?? null);

  function apply(next: Filters) {
    setDraft(next);
    setApplied(next);
    setMoreError(undefined);
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    apply(draft);
  }
  async function loadMore() {
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const result = await client.query({
        query: RegisterPageQuery,
        variables: { filter, first: pageSize, after: endCursor },
        fetchPolicy: 'network-only',
      });
      const page = result.data!.complaints;
      setMore({
        key,
        edges: [...(extra?.edges ?? []), ...page.edges],
        endCursor: page.pageInfo.endCursor,
        hasNextPage: page.pageInfo.hasNextPage,
      });
    } catch (failure) {
      setMoreError(describeError(failure, t.common));
    } finally {
      setLoadingMore(false);
    }
  }

  const select = (field: 'fiscalYear' | 'stage' | 'channel' | 'division' | 'originAgency', value: string) =>
    apply({ ...draft, [field]: value });
  return (
    <section className="screen screen--stacked register" aria-labelledby="register-title">
      <header>
        <h1 id="register-title">{r.title}</h1>
        <p className="register__intro">{r.intro}</p>
        <ScreenHelp screen="register" text={t.help.register} />
      </header>
      <form className="register__filters" role="search" aria-label={r.search} onSubmit={submit}>
        <label className="register__search">
          <span>{r.search}</span>
          <span className="register__search-row">
            <input
              type="search"
              name="search"
              value={draft.search}
              placeholder={r.searchPlaceholder}
              onChange={(e) => setDraft({ ...draft, search: e.target.value })}
            />
            <button type="submit" className="button button--primary">
              {r.searchSubmit}
            </button>
          </span>
        </label>
        <label>
          <span>{r.fiscalYear}</span>
          <select name="fiscalYear" value={draft.fiscalYear} onChange={(e) => select('fiscalYear', e.target.value)}>
            <option value="">{r.all}</option>
            {[0, 1, 2, 3, 4].map((back) => (
              <option key={back} value={currentFy - back}>
                {currentFy - back}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{r.stage}</span>
          <select name="stage" value={draft.stage} onChange={(e) => select('stage', e.target.value)}>
            <option value="">{r.all}</option>
            {stageOrder.map((stage) => (
              <option key={stage} value={stage}>
                {t.stages[stage]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{r.channel}</span>
          <select name="channel" value={draft.channel} onChange={(e) => select('channel', e.target.value)}>
            <option value="">{r.all}</option>
            {(choices?.channels ?? []).map((c) => (
              <option key={c.code} value={c.code}>
                {name(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{r.division}</span>
          <select name="division" value={draft.division} onChange={(e) => select('division', e.target.value)}>
            <option value="">{r.all}</option>
            {(choices?.divisions ?? []).map((d) => (
              <option key={d.code} value={d.code}>
                {name(d)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t.referral.originAgency}</span>
          <select name="originAgency" value={draft.originAgency} onChange={(e) => select('originAgency', e.target.value)}>
            <option value="">{r.all}</option>
            {t.referral.agencyOrder.map((agency) => (
              <option key={agency} value={agency}>
                {t.referral.agencies[agency]}
              </option>
            ))}
          </select>
        </label>
        <label className="register__check">
          <input type="checkbox" name="overdue" checked={draft.overdue} onChange={(e) => apply({ ...draft, overdue: e.target.checked })} />
          <span>{r.overdue}</span>
        </label>
        <button type="button" className="button" onClick={() => apply(noFilters)}>
          {r.clear}
        </button>
      </form>

      {!connection ? (
        <Banner title={t.common.loading} />
      ) : (
        <>
          <p className="register__count" aria-live="polite" data-testid="register-count">
            {r.count(edges.length, connection.totalCount)}
          </p>
          {edges.length === 0 ? (
            <p className="register__none">{r.none}</p>
          ) : (
            <table className="register__table">
              <thead>
                <tr>
                  <th scope="col">{r.columns.receipt}</th>
                  <th scope="col">{r.columns.receivedAt}</th>
                  <th scope="col">{r.columns.subject}</th>
                  <th scope="col">{r.columns.stage}</th>
                  <th scope="col">{r.columns.channel}</th>
                  <th scope="col">{r.columns.division}</th>
                  <th scope="col">{r.columns.status}</th>
                </tr>
              </thead>
              <tbody>
                {edges.map(({ node }) => {
                  const overdue = node.deadlines.some((d) => d.status === 'OVERDUE');
                  return (
                    <tr key={node.id} data-receipt={node.receiptNumber} data-voided={node.voided || undefined}>
                      <td data-label={r.columns.receipt}>
                        <Link to={`/complaints/${node.id}`}>{node.receiptNumber}</Link>
                      </td>
                      <td data-label={r.columns.receivedAt}>
                        <time dateTime={node.receivedAt}>{formatInstant(node.receivedAt, lang)}</time>
                      </td>
                      <td data-label={r.columns.subject}>{node.subject}</td>
                      <td data-label={r.columns.stage}>{t.stages[node.stage]}</td>
                      <td data-label={r.columns.channel}>{name(node.channel)}</td>
                      <td data-label={r.columns.division}>{node.units.map((unit) => name(unit)).join(', ') || '—'}</td>
                      <td data-label={r.columns.status}>
                        {node.voided && <span className="register__mark register__mark--void">{r.voidMark}</span>}
                        {overdue && <span className="register__mark register__mark--overdue">{r.overdueMark}</span>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {moreError && (
            <p className="form__error" role="alert">
              {moreError}
            </p>
          )}
          {hasNextPage && (
            <button type="button" className="button register__more" onClick={loadMore} disabled={loadingMore}>
              {loadingMore ? r.loadingMore : r.loadMore}
            </button>
          )}
        </>
      )}
      <RegisterDownloads />
    </section>
  );
}
