import type { ErrorCode } from '@xxgk/model';

/**
 * The process exit codes of `xxgk`, the same for every command:
 * 0 all fine; 1 `check` found at least one `error`; 2 some input could not be read (or the
 * command could not run at all). With several files the highest code wins.
 */
export const EXIT = {
  ok: 0,
  findings: 1,
  unreadable: 2,
} as const;

/** One of the exit codes in {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * Exit code of each typed failure — the one place they are mapped. Exhaustive on purpose: a new
 * error code does not compile until someone decides what the CLI does with it.
 */
const BY_ERROR_CODE: Readonly<Record<ErrorCode, ExitCode>> = {
  'input.empty': EXIT.unreadable,
  'input.unsupported': EXIT.unreadable,
  'input.not-report': EXIT.unreadable,
  'input.no-tables': EXIT.unreadable,
  'input.unreadable': EXIT.unreadable,
  'input.too-large': EXIT.unreadable,
  'input.scanned': EXIT.unreadable,
  'input.invalid-json': EXIT.unreadable,
  'input.not-found': EXIT.unreadable,
  usage: EXIT.unreadable,
  'converter.missing': EXIT.unreadable,
  'database.locked': EXIT.unreadable,
  'database.unavailable': EXIT.unreadable,
  'record.conflict': EXIT.unreadable,
  'record.immutable': EXIT.unreadable,
  'calendar.year-missing': EXIT.unreadable,
  'calendar.invalid-input': EXIT.unreadable,
  internal: EXIT.unreadable,
};

/** Exit code for a failure with this code. */
export function exitCodeFor(code: ErrorCode): ExitCode {
  return BY_ERROR_CODE[code];
}

/** The exit code of a run over several files: the most serious one. */
export function worstExit(codes: Iterable<ExitCode>): ExitCode {
  let worst: ExitCode = EXIT.ok;
  for (const code of codes) if (code > worst) worst = code;
  return worst;
}
