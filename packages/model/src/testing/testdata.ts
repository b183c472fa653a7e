import { join } from 'node:path';

/**
 * The repository's test inputs (`testdata/` at its root: the seed reports, the Huai'an PDF, the
 * official template, the captures), so a clone placed anywhere passes its tests. Tests and
 * benches only: product code never reads it.
 */
export const TESTDATA = join(import.meta.dirname, '../../../../testdata');
