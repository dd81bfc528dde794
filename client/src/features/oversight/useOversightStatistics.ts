import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import type { OversightStatisticsQuery as Figures } from '../../gql/graphql';

/**
 * Contract, "Many bodies on one deployment": one body's figures (or, with the caller's own code,
 * the sum over every body below it). Counts only: nothing here can name a complaint or a person.
 */
export const OversightStatisticsQuery = graphql(`
  query OversightStatistics($organisationCode: String!, $fiscalYear: Int!, $quarter: Int) {
    organisationStatistics(organisationCode: $organisationCode, fiscalYear: $fiscalYear, quarter: $quarter) {
      organisationCode
      bodies
      fiscalYear
      quarter
      received
      inProgress
      closed
      notAccepted
      overdue
      deadlineCompliance {
        rule {
          code
          nameTh
          nameEn
          manualRef
        }
        met
        metLate
        overdue
        pending
        cancelled
      }
    }
  }
`);

export type BodyFigures = Figures['organisationStatistics'];

type Period = { fiscalYear: number; quarter: number | null };
type State = { key: string; figures?: ReadonlyMap<string, BodyFigures>; error?: unknown };

/**
 * The figures of every body asked for, one request each, all in parallel (the server's aliases
 * limit would cap one aliased document at 20 bodies; a province has more). Answers the last
 * complete set while a new period loads (`loading`), so the table never empties on a switch; a
 * period asked again comes from Apollo's cache.
 */
export function useOversightStatistics(codes: readonly string[], { fiscalYear, quarter }: Period) {
  const client = useApolloClient();
  const key = `${fiscalYear}:${quarter ?? ''}:${codes.join(',')}`;
  const [state, setState] = useState<State>({ key: '' });

  useEffect(() => {
    if (codes.length === 0) return;
    let current = true;
    Promise.all(
      codes.map((organisationCode) =>
        client
          .query({ query: OversightStatisticsQuery, variables: { organisationCode, fiscalYear, quarter } })
          .then((result) => result.data!.organisationStatistics),
      ),
    ).then(
      (answers) => {
        if (current) setState({ key, figures: new Map(answers.map((figures, i) => [codes[i]!, figures])) });
      },
      (error: unknown) => {
        if (current) setState((previous) => ({ ...previous, key, error }));
      },
    );
    return () => {
      current = false;
    };
  }, [client, codes, fiscalYear, quarter, key]);

  return {
    figures: state.figures,
    error: state.key === key ? state.error : undefined,
    loading: state.key !== key,
  };
}
