/**
 * Configuration from the environment, with defaults that make the embedded
 * mode work with nothing set. Every variable is listed in the README.
 */
export type Config = {
  host: string;
  port: number;
  databaseUrl?: string;
  dataDir: string;
  demoData: boolean;
  sessionHours: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: string;
  maxLoginFailures: number;
  lockMinutes: number;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const bool = (v: string | undefined, dflt: boolean) =>
    v === undefined || v === '' ? dflt : ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());
  return {
    host: env.HOST || '127.0.0.1',
    port: Number(env.PORT || 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || './data',
    demoData: bool(env.DEMO_DATA, true),
    sessionHours: Number(env.SESSION_HOURS || 12),
    cookieSecure: bool(env.COOKIE_SECURE, false),
    trustProxy: bool(env.TRUST_PROXY, false),
    logLevel: env.LOG_LEVEL || 'info',
    maxLoginFailures: Number(env.LOGIN_MAX_FAILURES || 5),
    lockMinutes: Number(env.LOGIN_LOCK_MINUTES || 15),
  };
}
