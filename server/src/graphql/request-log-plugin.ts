import type { ApolloServerPlugin } from '@apollo/server';
import type { Config } from '../config.js';
import { statementsSoFar } from '../db/sql-statements.js';
import type { Context } from './context.js';
import { errorCodeOf } from './domain-errors.js';

/** Logs every operation with its duration and SQL statement count; tests read the count too. */
export function requestLogPlugin(config: Pick<Config, 'env'>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName, errors }) {
          const statements = statementsSoFar();
          if (config.env !== 'production') response.http.headers.set('x-sql-statements', String(statements));
          contextValue.logger.info(
            { operation: operationName, ms: Math.round(performance.now() - started), statements, errors: errors?.map(errorCodeOf) },
            'graphql',
          );
        },
      };
    },
  };
}
