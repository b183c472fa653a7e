import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Names the LibreOffice launcher goes by on PATH (Debian installs both). */
const LAUNCHERS = ['soffice', 'libreoffice'];

/**
 * Where LibreOffice installs when it is not on PATH: the Debian program folder, the upstream
 * tarball's /opt folders and the macOS application bundle.
 */
export const DEFAULT_SOFFICE_LOCATIONS: readonly string[] = [
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

/** Where to look for LibreOffice; every field defaults to this process's setting. */
export interface SofficeLookup {
  /** An explicit binary: used as is, never searched for. */
  soffice?: string;
  /** Environment to read `XXGK_SOFFICE` and `PATH` from. */
  env?: NodeJS.ProcessEnv;
  /** Absolute paths tried after PATH. */
  locations?: readonly string[];
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The LibreOffice binary to run: the explicit one, else `XXGK_SOFFICE`, else `soffice` or
 * `libreoffice` on PATH, else a well-known install location; null when there is none.
 */
export function findSoffice(lookup: SofficeLookup = {}): string | null {
  if (lookup.soffice !== undefined) return isExecutable(lookup.soffice) ? lookup.soffice : null;
  const env = lookup.env ?? process.env;
  const configured = env.XXGK_SOFFICE;
  if (configured) return isExecutable(configured) ? configured : null;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    for (const name of LAUNCHERS) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return (lookup.locations ?? DEFAULT_SOFFICE_LOCATIONS).find(isExecutable) ?? null;
}
