import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TESTDATA } from './testing/testdata.js';

/** The project's shared material, where developers and CI keep it: `../shared` beside the checkout. */
const SHARED = join(TESTDATA, '../../shared');

const SEEDS = [
  '000_7d23b93096d7af9d',
  '001_d68fabd84de01588',
  '002_02a5c0cdafefb5b5',
  '003_a7c7c325a06f5573',
  '004_bd99d2d058b13537',
];
const CAPTURES = [
  '003_changchun_tyjrswj_2023',
  '004_xixian_taipingzhen_2022',
  '007_suixi_beipozhen_2022_zhhant_mirror',
  '010_zhanjiang_dfzb_2023',
  '014_jxx_mzj_2023_oldformat_mirror',
  '016_xixian_dizhangjd_2023_oldformat',
  '019_wuhan_sthjj_2020_zhhant_wiki',
  '022_yueyang_nanhu_ju_2019',
  '024_xinfeng_wjw_2023',
  '027_taojiang_shenjiju_2020',
  '029_xuwen_sfj_2023',
  '031_yaan_jkq_2023_mirror',
  '034_zhashui_fenghuangzhen_2021_zhhant_mirror',
  '037_xushui_jtysj_2021_oneline',
];

/** Every file copied into testdata/, as a path relative to it (its own README aside). */
const VENDORED = [
  ...SEEDS.flatMap((s) => [`seeds/${s}.txt`, `seeds/truth/${s}.json`]),
  ...CAPTURES.flatMap((c) => [
    `fixtures/captures/raw/${c}.txt`,
    `fixtures/captures/truth/${c}.json`,
  ]),
  'fixtures/huaian-2024.pdf',
  'fixtures/truth/huaian-2024.json',
  'fixtures/official-blank-template-2021.docx',
].sort();

/** The files under `dir`, relative to `root`, sorted. */
function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(root, join(dir, e.name)) : [relative(root, join(dir, e.name))],
    )
    .sort();
}

describe('the test inputs in testdata/', () => {
  it('are the expected files, each non-empty, and byte-identical to ../shared wherever a file sits there too', () => {
    expect(filesUnder(TESTDATA).filter((f) => f !== 'README.md')).toEqual(VENDORED);
    for (const file of VENDORED)
      expect(readFileSync(join(TESTDATA, file)).byteLength, file).toBeGreaterThan(0);
    // A clone placed anywhere has no ../shared: the list above is then all there is to check.
    if (!existsSync(SHARED)) return;
    // Compared file by file where both copies exist: CI fails on a stale copy, but never merely
    // because the shared material grew (new material is for a developer to vendor when a test
    // needs it, not a reason to block every landing).
    const compared = VENDORED.filter((file) => existsSync(join(SHARED, file)));
    for (const file of compared)
      expect(
        readFileSync(join(TESTDATA, file)).equals(readFileSync(join(SHARED, file))),
        file,
      ).toBe(true);
  });
});
