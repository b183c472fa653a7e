/**
 * The server's policies in one place: session lifetimes, lockout, upload limits. Each value
 * names the requirement it meets; tests shorten the times by passing their own values.
 */
export interface ServerConfig {
  /** A session unused this long ends (ASVS V3.3.2: idle timeout). */
  sessionIdleMs: number;
  /** A session ends this long after login, whatever the activity (ASVS V3.3.2). */
  sessionAbsoluteMs: number;
  /**
   * Failed logins in a row that lock an account, and for how long.
   * @see GB/T 22239-2019 8.1.4.1 b) 登录失败处理
   */
  lockout: { maxFailures: number; lockMs: number };
  /** Login attempts per client address per minute before 429 (against password spraying). */
  loginRateLimitPerMinute: number;
  /** Upload limits: one file, and the archive a .zip upload may expand to. */
  uploads: UploadLimits;
  /** How long an uploaded file waits for confirmation before it is removed. */
  importTtlMs: number;
  /** Most reports one filtered export (zip) may contain. */
  maxExportReports: number;
  /** Most reports one filtered export may render as PDF (each takes LibreOffice seconds). */
  maxPdfExportReports: number;
  /** Send the session cookie with `Secure` (behind https). Default: when the request is https. */
  secureCookies: 'auto' | boolean;
  /** Trust X-Forwarded-* from a reverse proxy in front of the server. */
  trustProxy: boolean;
}

/** What an upload may be, and what a .zip may expand to. */
export interface UploadLimits {
  /** Largest file in one request, in bytes. */
  maxFileBytes: number;
  /** Most entries a .zip may list. */
  maxZipEntries: number;
  /** Largest total a .zip may expand to, in bytes. */
  maxZipExpandedBytes: number;
  /** Largest uncompressed-to-compressed ratio of one entry above {@link ratioFloorBytes}. */
  maxZipRatio: number;
  /** Entries smaller than this are never judged by their ratio. */
  ratioFloorBytes: number;
}

const MINUTE = 60_000;

/** The policies the contract (notes/api.md) states: 30 min idle, 12 h absolute, 5 failures / 15 min. */
export const DEFAULT_CONFIG: ServerConfig = {
  sessionIdleMs: 30 * MINUTE,
  sessionAbsoluteMs: 12 * 60 * MINUTE,
  lockout: { maxFailures: 5, lockMs: 15 * MINUTE },
  loginRateLimitPerMinute: 20,
  uploads: {
    maxFileBytes: 20 * 1024 * 1024,
    maxZipEntries: 200,
    maxZipExpandedBytes: 100 * 1024 * 1024,
    maxZipRatio: 300,
    ratioFloorBytes: 1024 * 1024,
  },
  importTtlMs: 24 * 60 * MINUTE,
  maxExportReports: 500,
  maxPdfExportReports: 30,
  secureCookies: 'auto',
  trustProxy: false,
};

/** The defaults with some values replaced. */
export function makeConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    ...DEFAULT_CONFIG,
    ...overrides,
    lockout: { ...DEFAULT_CONFIG.lockout, ...overrides.lockout },
    uploads: { ...DEFAULT_CONFIG.uploads, ...overrides.uploads },
  };
}
