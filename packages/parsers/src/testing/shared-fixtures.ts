import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '@xxgk/model';

/**
 * The repository's test inputs (`testdata/` at its root, copied byte for byte from the
 * project's shared material), so a clone placed anywhere passes. Tests and benches only:
 * product code never reads it.
 */
export const TESTDATA = fileURLToPath(new URL('../../../../testdata/', import.meta.url));

/** A seed report: its text file and its truth. */
export interface Seed {
  name: string;
  bytes: Uint8Array;
  truth: Record<string, unknown>;
}

/** A real partial capture: its text, the truth of every visible cell, its format and year. */
export interface Capture {
  name: string;
  bytes: Uint8Array;
  format: '2019' | '2021';
  year: number | null;
  /** Path → value; `["RAW", text]` means null with the text in notes. */
  cells: Record<string, number | null | ['RAW', string]>;
}

/** The five seed reports of testdata/seeds. */
export function seeds(): Seed[] {
  const dir = join(TESTDATA, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/u, '');
      return {
        name,
        bytes: new Uint8Array(readFileSync(join(dir, file))),
        truth: JSON.parse(readFileSync(join(dir, 'truth', `${name}.json`), 'utf8')) as Record<
          string,
          unknown
        >,
      };
    });
}

/** The fourteen captures of testdata/fixtures/captures. */
export function captures(): Capture[] {
  const dir = join(TESTDATA, 'fixtures', 'captures');
  return readdirSync(join(dir, 'raw'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/u, '');
      const truth = JSON.parse(readFileSync(join(dir, 'truth', `${name}.json`), 'utf8')) as Omit<
        Capture,
        'name' | 'bytes'
      >;
      return {
        name,
        bytes: new Uint8Array(readFileSync(join(dir, 'raw', file))),
        format: truth.format,
        year: truth.year,
        cells: truth.cells,
      };
    });
}

/** The truth of the published 淮安 2024 report (testdata/fixtures/truth/huaian-2024.json). */
export function huaianTruth(): Report {
  return JSON.parse(
    readFileSync(join(TESTDATA, 'fixtures/truth/huaian-2024.json'), 'utf8'),
  ) as Report;
}

/**
 * The 淮安 2024 truth with no narrative and no raw cell texts: what a report rendered into a
 * test layout holds, so a layout's parse can be compared with it whole.
 */
export function huaianTables(): Report {
  return { ...huaianTruth(), sections: {}, notes: {} };
}
