import { dirname, join, resolve, sep } from 'node:path';
import { isIP } from 'node:net';
import { z } from 'zod';
import { parseFileStoreUrl, type ObjectStoreLocation } from './modules/files/file-store-url.js';

/**
 * The only reader of process.env. Every variable is documented in .env.example; a bad value stops
 * the process at start with a message naming the variable, rather than failing later.
 */
/** An address or subnet of a proxy, or one of express's (proxy-addr's) names for a range. */
function isProxyAddress(value: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(value)) return true;
  const [address, bits, ...rest] = value.split('/');
  if (rest.length || !isIP(address)) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128));
}

/**
 * The proof of work's highest counter by default: at most this many PBKDF2 derivations (of
 * `proofOfWorkCost` rounds) to find it, half as many at least. Measured (README, "Proof of work").
 */
export const proofOfWorkDefaultMaxNumber = 1_000;

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const environment = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('localhost'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  SEED_DEMO: booleanFlag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Whole numbers: PostgreSQL's make_interval(mins => …) takes an integer, so a fractional
  // SESSION_IDLE_MINUTES used to pass here and then fail every request (issue 9, item 14).
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int('must be a whole number of hours')
    .positive()
    .max(24 * 30)
    .default(12),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int('must be a whole number of minutes')
    .positive()
    .max(24 * 60)
    .default(60),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  // Issue 12, item 5: `true` trusts the one proxy in front (not every hop: express would then take
  // the leftmost X-Forwarded-For, which the client writes); a number, that many proxies; or the
  // proxies' addresses/subnets (and express's names loopback, linklocal, uniquelocal), comma-separated.
  TRUST_PROXY: z
    .string()
    .refine(
      (value) => /^(true|false|\d+)$/.test(value) || value.split(',').every((part) => isProxyAddress(part.trim())),
      'must be true, false, a number of proxies (0-10), or comma-separated proxy addresses or subnets',
    )
    .refine((value) => !/^\d+$/.test(value) || Number(value) <= 10, 'must be at most 10 proxies')
    .default('false'),
  PUBLIC_SUBMISSIONS_PER_HOUR: z.coerce.number().int('must be a whole number').positive().max(100_000).default(10),
  // Issue 12, item 5: the proof of work of the website form (ALTCHA), on by default in production.
  PROOF_OF_WORK: booleanFlag.optional(),
  PROOF_OF_WORK_MAX_NUMBER: z.coerce.number().int('must be a whole number').min(10).max(1_000_000).default(proofOfWorkDefaultMaxNumber),
  PROOF_OF_WORK_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length >= 32, 'must be at least 32 bytes in base64 (openssl rand -base64 32)')
    .optional(),
  // Issue 12, item 2: the address the letters' QR code opens (`<PUBLIC_URL>/track`).
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/, 'must be an http:// or https:// URL without a query, e.g. https://rongrian.example.go.th')
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
  PUBLIC_UPLOADS_PER_HOUR: z.coerce.number().int('must be a whole number').positive().max(100_000).default(30),
  FILE_STORE_URL: z
    .string()
    .transform((value, context) => {
      try {
        return parseFileStoreUrl(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    })
    .optional(),
  CLIENT_DIST: z.string().optional(),
  JOBS: booleanFlag.default(true),
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  SESSION_CHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_KEEP: z.coerce.number().int('must be a whole number of backups').min(1).max(1000).default(14),
  // Five fields, minute hour day month weekday, in Asia/Bangkok (pg-boss's cron); "off" disables it.
  BACKUP_SCHEDULE: z
    .string()
    .regex(/^(off|(\S+\s+){4}\S+)$/, 'must be a cron expression of five fields (minute hour day month weekday) or off')
    .default('0 2 * * *'),
  SECOND_FACTOR_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes in base64 (openssl rand -base64 32)')
    .optional(),
});

/** Every variable the server reads (documented in .env.example and the README). */
export const environmentVariables = Object.keys(environment.shape);

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Unset: an embedded PostgreSQL is started in `dataDir` (the demo mode). */
  databaseUrl: string | undefined;
  dataDir: string;
  /** 0 picks a free port; 5432 may already be taken by another server. */
  embeddedPgPort: number;
  /** Demo users are seeded in the embedded default, or when SEED_DEMO=true. */
  seedDemo: boolean;
  logLevel: string;
  sessionTtlHours: number;
  /** A session unused this long ends (OWASP ASVS: idle timeout). */
  sessionIdleMinutes: number;
  /** 'auto': Secure cookies when the request arrived over TLS (directly or, with TRUST_PROXY, via a proxy). */
  cookieSecure: 'auto' | boolean;
  /** express's `trust proxy`: false, a number of proxies, or the proxies' addresses (never "every hop"). */
  trustProxy: boolean | number | string;
  /** Issue 12, item 5: the website form's proof of work (ALTCHA). */
  proofOfWork: {
    enabled: boolean;
    /** The challenge's highest counter (PROOF_OF_WORK_MAX_NUMBER): its difficulty. */
    maxNumber: number;
    /** PROOF_OF_WORK_KEY; null: the key kept in the database is used (citizen/proof-of-work-key.ts). */
    key: Buffer | null;
  };
  /** The app's public address (`https://…`, no trailing slash), or null: the address a request came to. */
  publicUrl: string | null;
  /** Contract, "The citizen's channel": website submissions accepted per client address an hour. */
  publicSubmissionsPerHour: number;
  /** Issue 12, item 4: public uploads (POST /uploads without a session) accepted per client address an hour. */
  publicUploadsPerHour: number;
  /** Where evidence files' bytes go: an S3-compatible object store, or null for PostgreSQL (modules/files/file-store-url.ts). */
  fileStore: ObjectStoreLocation | null;
  /** The built web app served at `/`. */
  clientDist: string;
  /** Run the job queue (the deadline check) in this process. */
  jobs: boolean;
  /** Chromium renders the PDFs (Debian's `chromium` package by default). */
  chromiumPath: string;
  /**
   * How often the WebSockets' sessions are checked again (idle, signed out elsewhere, user
   * disabled): a socket whose session ended is closed within this many seconds.
   */
  sessionCheckSeconds: number;
  /** Where the nightly backups go (issue 11, item 7): by default `backups` beside DATA_DIR. */
  backupDir: string;
  /** How many nightly backups are kept; older ones are deleted after a new one succeeds. */
  backupKeep: number;
  /** When the nightly backup runs (cron, Asia/Bangkok), or null when it is off. */
  backupSchedule: string | null;
  /** Seals the TOTP secrets at rest (AES-256-GCM); null keeps them unsealed (second-factor/secret-box.ts). */
  secondFactorKey: Buffer | null;
}

/** TRUST_PROXY as express's `trust proxy` takes it: `true` is one proxy, a number that many, else the list. */
function trustProxyOf(value: string): boolean | number | string {
  if (value === 'false' || value === '0') return false;
  if (value === 'true') return 1;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=` in a compose file, say) means unset.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = environment.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const backupDir = resolve(e.BACKUP_DIR ?? join(dirname(dataDir), 'backups'));
  // A backup of the data directory would copy the backups inside it, growing every night.
  if (!e.DATABASE_URL && (backupDir === dataDir || backupDir.startsWith(`${dataDir}${sep}`))) {
    throw new ConfigError(`Invalid configuration:\n  BACKUP_DIR: must not be inside DATA_DIR (${dataDir})`);
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    seedDemo: e.SEED_DEMO ?? e.DATABASE_URL === undefined,
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    cookieSecure: e.COOKIE_SECURE === 'auto' ? 'auto' : e.COOKIE_SECURE === 'true',
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    proofOfWork: {
      enabled: e.PROOF_OF_WORK ?? e.NODE_ENV === 'production',
      maxNumber: e.PROOF_OF_WORK_MAX_NUMBER,
      key: e.PROOF_OF_WORK_KEY ? Buffer.from(e.PROOF_OF_WORK_KEY, 'base64') : null,
    },
    publicUrl: e.PUBLIC_URL ?? null,
    publicSubmissionsPerHour: e.PUBLIC_SUBMISSIONS_PER_HOUR,
    publicUploadsPerHour: e.PUBLIC_UPLOADS_PER_HOUR,
    fileStore: e.FILE_STORE_URL ?? null,
    clientDist: resolve(e.CLIENT_DIST ?? new URL('../../client/dist', import.meta.url).pathname),
    jobs: e.JOBS,
    chromiumPath: e.CHROMIUM_PATH,
    sessionCheckSeconds: e.SESSION_CHECK_SECONDS,
    backupDir,
    backupKeep: e.BACKUP_KEEP,
    backupSchedule: e.BACKUP_SCHEDULE === 'off' ? null : e.BACKUP_SCHEDULE,
    secondFactorKey: e.SECOND_FACTOR_KEY ? Buffer.from(e.SECOND_FACTOR_KEY, 'base64') : null,
  };
}
