import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The LibreOffice launcher on PATH, or null (tests only). */
export function findSoffice(): string | null {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const file = join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** LibreOffice is installed here: the tests that let it rewrite our documents can run. */
export const hasLibreOffice = findSoffice() !== null;

/**
 * Opens a document in headless LibreOffice and saves it again through `filter` (e.g.
 * `docx:"MS Word 2007 XML"`), with a private profile. LibreOffice exits 0 even when it fails,
 * so the output file is what counts.
 */
export function resave(bytes: Uint8Array, inName: string, filter: string): Uint8Array {
  const soffice = findSoffice();
  if (soffice === null) throw new Error('LibreOffice is not installed');
  const work = mkdtempSync(join(tmpdir(), 'xxgk-docx-lo-'));
  try {
    const input = join(work, inName);
    const out = join(work, 'out');
    writeFileSync(input, bytes);
    const result = spawnSync(
      soffice,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--convert-to',
        filter,
        '--outdir',
        out,
        input,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const files = (() => {
      try {
        return readdirSync(out);
      } catch {
        return [];
      }
    })();
    const produced = files[0];
    if (produced === undefined)
      throw new Error(`LibreOffice wrote nothing: ${result.stdout} ${result.stderr}`);
    return new Uint8Array(readFileSync(join(out, produced)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
