import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { createGraphQLServer, type GraphQLServer } from './graphql/server.js';
import { createSchema } from './graphql/schema.js';
import type { Logger } from './logger.js';
import { ReferenceData } from './modules/reference/reference-data.js';

export interface App {
  url: string;
  database: Database;
  server: GraphQLServer;
  /** Graceful: drains HTTP and WebSocket, closes the pool, stops the embedded database. */
  stop(): Promise<void>;
}

/** Opens (and migrates) the database, then serves the API and the web app. */
export async function startApp(config: Config, logger: Logger): Promise<App> {
  const database = await openDatabase(config, logger);
  try {
    const em = database.orm.em.fork();
    const [schema, reference] = await Promise.all([createSchema(), ReferenceData.load(em)]);
    const server = await createGraphQLServer(schema, { em: database.orm.em, reference, config, logger });
    const url = await server.listen();
    let stopping: Promise<void> | undefined;
    return {
      url,
      database,
      server,
      stop() {
        stopping ??= (async () => {
          await server.stop();
          await database.close();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
