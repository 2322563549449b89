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
});

export type Env = z.infer<typeof envSchema>;

export interface AppConfig extends Env {
  isProduction: boolean;
  introspection: boolean;
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
  return { ...env, isProduction, introspection: env.GRAPHQL_INTROSPECTION ?? !isProduction };
}
