import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Every environment variable the API reads. docs/CONFIGURATION.md documents each one. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: int(0, 65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL'),
  DB_POOL_SIZE: int(1, 200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().optional(),
  TRUST_PROXY: bool.default(false),
  GRAPHQL_MAX_DEPTH: int(2, 50).default(10),
  GRAPHQL_MAX_COMPLEXITY: int(10, 100000).default(1000),
  GRAPHQL_INTROSPECTION: bool.optional(),
  SHUTDOWN_TIMEOUT_MS: int(0, 120000).default(10000),
  SEED_DEMO_DATA: bool.default(false),
  /** Public address of the platform, used in links sent by email and as the SSO redirect base. */
  PUBLIC_URL: z.url().optional(),
  /** smtp(s)://user:pass@host:port; unset: mails go to the dev outbox at /dev/mailbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Open Innovation Lombardia <no-reply@localhost>'),
  SESSION_IDLE_MINUTES: int(5, 60 * 24 * 90).default(60 * 24 * 7),
  SESSION_ABSOLUTE_DAYS: int(1, 365).default(30),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: int(1, 1000).default(5),
  LOGIN_MAX_FAILURES_PER_IP: int(1, 10000).default(30),
  LOGIN_LOCK_MINUTES: int(1, 1440).default(15),
  /** OpenID Connect single sign-on; enabled when issuer and client id are both set. */
  OIDC_ISSUER_URL: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_PROVIDER_NAME: z.string().min(1).default('SSO'),
  OIDC_SCOPES: z.string().min(1).default('openid email profile'),
  /** Where uploaded files (avatars, logos) are stored on local disk. */
  UPLOADS_DIR: z.string().min(1).optional(),
  AVATAR_MAX_BYTES: int(10 * 1024, 20 * 1024 * 1024).default(5 * 1024 * 1024),
  /** Largest attachment of a challenge (PDF, office documents, images, text). */
  ATTACHMENT_MAX_BYTES: int(1024, 100 * 1024 * 1024).default(10 * 1024 * 1024),
  /** false: this instance schedules jobs but runs none (another instance must run them). */
  JOBS_ENABLED: bool.default(true),
  /** How often each queue's worker looks for due jobs (pg-boss's minimum is 0.5). */
  JOBS_POLL_INTERVAL_SECONDS: z.coerce.number().min(0.5).max(600).default(2),
  /** How long a published technology offer or collaboration request stays up (renewable). */
  MARKETPLACE_EXPIRY_MONTHS: int(1, 120).default(12),
  /** Origins whose pages may open a real-time (socket.io) connection, comma-separated; PUBLIC_URL's is always allowed. */
  ROOMS_ALLOWED_ORIGINS: z.string().optional(),
  /** Messages a person may send in ROOMS_RATE_WINDOW_SECONDS, across rooms and instances. */
  ROOMS_RATE_LIMIT: int(1, 1000).default(5),
  ROOMS_RATE_WINDOW_SECONDS: int(1, 3600).default(5),
  /** In rooms with at least ROOMS_BATCH_MIN_AUDIENCE connections on an instance, new messages of one window go out as one frame (0: never). */
  ROOMS_BATCH_WINDOW_MS: int(0, 1000).default(40),
  ROOMS_BATCH_MIN_AUDIENCE: int(1, 1_000_000).default(50),
});

export type Env = z.infer<typeof envSchema>;

export interface AppConfig extends Env {
  isProduction: boolean;
  introspection: boolean;
  /** PUBLIC_URL without a trailing slash (default http://localhost:PORT). */
  publicUrl: string;
  /** True when OIDC_ISSUER_URL and OIDC_CLIENT_ID are set. */
  ssoEnabled: boolean;
  /** PUBLIC_URL's origin and ROOMS_ALLOWED_ORIGINS. */
  roomsAllowedOrigins: string[];
}

export class ConfigError extends Error {}

/** Validates the environment once at boot; the first problem becomes one readable line. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    const value = present[name];
    const reason =
      value === undefined ? 'is required but not set' : `is invalid (${issue?.message ?? ''})`;
    throw new ConfigError(`Invalid configuration: ${name} ${reason}`);
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  if (isProduction && !env.SMTP_URL) {
    throw new ConfigError(
      'Invalid configuration: SMTP_URL is required in production (the dev outbox is disabled there)',
    );
  }
  if (isProduction && !env.PUBLIC_URL) {
    throw new ConfigError(
      'Invalid configuration: PUBLIC_URL is required in production (links in emails use it)',
    );
  }
  return {
    ...env,
    isProduction,
    introspection: env.GRAPHQL_INTROSPECTION ?? !isProduction,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    ssoEnabled: Boolean(env.OIDC_ISSUER_URL && env.OIDC_CLIENT_ID),
    roomsAllowedOrigins: [
      new URL(env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).origin,
      ...(env.ROOMS_ALLOWED_ORIGINS ?? '')
        .split(',')
        .map((origin) => origin.trim().replace(/\/+$/, ''))
        .filter(Boolean),
    ],
  };
}
