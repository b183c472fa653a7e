/**
 * Test helper (never imported by product code): the five seed reports of testdata/seeds as
 * checker inputs — the truth tables, the raw text, and a title found in the text the way a
 * reader would. Headings are left for the checker to locate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '@xxgk/model';
import type { CheckInput } from '../types.js';

/**
 * The repository's test inputs (`testdata/` at its root, copied from the project's shared
 * material), so a clone placed anywhere passes. Product code never reads it.
 */
export const TESTDATA = join(import.meta.dirname, '../../../../testdata');
const SEEDS = join(TESTDATA, 'seeds');

/** One seed: its file name, text and the checker input built from its truth. */
export interface Seed {
  name: string;
  text: string;
  input: CheckInput;
}

/** The first line that names the report, joined to the agency line above when split in two. */
export function titleOf(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!/年度报告$/u.test(line) || /^标题/u.test(line)) continue;
    const before = lines[i - 1] ?? '';
    const after = lines[i + 1] ?? '';
    // A title broken over two lines: the agency (and year) above, or the year part below.
    if (/^\d{4}年/u.test(line) || (!/\d{4}/u.test(line) && /\d{4}年$/u.test(before)))
      return `${before}${line}`;
    if (!/\d{4}/u.test(line) && /\d{4}/u.test(after)) return `${line}${after}`;
    return line;
  }
  return null;
}

/** Builds the checker input of a seed from its truth JSON and raw text. */
export function seedInput(truth: Partial<Report>, text: string): CheckInput {
  const report: Report = {
    format: truth.format ?? '2021',
    year: truth.year ?? null,
    agency: truth.agency ?? null,
    title: truth.title ?? titleOf(text),
    publishedOn: truth.publishedOn ?? null,
    proactive: truth.proactive ?? {},
    applications: truth.applications ?? {},
    review: truth.review ?? {},
    sections: truth.sections ?? {},
    notes: truth.notes ?? {},
  };
  return { report, text };
}

/** All five seeds, in file order. */
export function loadSeeds(): Seed[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      const truth = JSON.parse(
        readFileSync(join(SEEDS, 'truth', f.replace(/\.txt$/u, '.json')), 'utf8'),
      ) as Partial<Report>;
      return { name: f.replace(/\.txt$/u, ''), text, input: seedInput(truth, text) };
    });
}
