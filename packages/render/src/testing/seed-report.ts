import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '@xxgk/model';
import { TESTDATA } from './testdata.js';

/** The seeds' truth folder in the repository's testdata (tests only: product code never reads it). */
export const SEED_TRUTH = join(TESTDATA, 'seeds/truth');

/** A seed truth file as a full report (truth files carry only the tables and metadata). */
export function seedReport(name: string): Report {
  const truth = JSON.parse(readFileSync(join(SEED_TRUTH, name), 'utf8')) as Partial<Report>;
  return { title: null, sections: {}, notes: {}, ...truth } as Report;
}
