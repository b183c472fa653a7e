import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Severity } from '@xxgk/model';
import { parseDocument } from '@xxgk/parsers';
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import { loadSeeds, TESTDATA } from '../testing/seeds.js';

/** A real problem a seed contains: the rule that must find it, where, and a piece of its text. */
interface Known {
  rule: string;
  severity: Severity;
  /** Line in the raw seed text. */
  line: number;
  /** Text the finding's excerpt must contain. */
  excerpt: string;
}

/**
 * Every writing and statutory problem the five seeds really contain (see seeds/README.md),
 * found by reading them line by line.
 */
const KNOWN: Readonly<Record<string, readonly Known[]>> = {
  '000_7d23b93096d7af9d': [
    { rule: 'writing.brackets', severity: 'warning', line: 15, excerpt: '联系(地址' },
    { rule: 'writing.numbering', severity: 'warning', line: 641, excerpt: ',二是结合' },
    { rule: 'writing.date', severity: 'info', line: 15, excerpt: '1日起,至2024年' },
  ],
  '001_d68fabd84de01588': [
    { rule: 'writing.punctuation', severity: 'warning', line: 11, excerpt: '情况。。' },
    { rule: 'writing.numbering', severity: 'warning', line: 409, excerpt: '（2）' },
    { rule: 'writing.brackets', severity: 'warning', line: 5, excerpt: '联系（地址' },
  ],
  '002_02a5c0cdafefb5b5': [
    { rule: 'writing.intro-parts', severity: 'warning', line: 4, excerpt: '六个部分' },
    { rule: 'writing.phone', severity: 'warning', line: 4, excerpt: '0533-312068' },
    { rule: 'statutory.sections', severity: 'warning', line: 14, excerpt: '行政机关主动公开' },
    { rule: 'statutory.sections', severity: 'warning', line: 401, excerpt: '主要问题改进情况' },
    {
      rule: 'statutory.sections',
      severity: 'info',
      line: 354,
      excerpt: '因政府信息公开工作被申请',
    },
  ],
  '003_a7c7c325a06f5573': [
    { rule: 'statutory.period', severity: 'error', line: 9, excerpt: '20241月1日' },
    { rule: 'writing.measure-word', severity: 'warning', line: 21, excerpt: '依申请公开2' },
  ],
  '004_bd99d2d058b13537': [
    { rule: 'writing.duplicate', severity: 'warning', line: 6, excerpt: '报告如下现将有关情况' },
    { rule: 'writing.duplicate', severity: 'warning', line: 7, excerpt: '财政财政' },
    { rule: 'writing.numbering', severity: 'warning', line: 398, excerpt: '（二）落实上年度' },
    { rule: 'writing.numbering', severity: 'info', line: 8, excerpt: '(二)依申请' },
    {
      rule: 'statutory.sections',
      severity: 'warning',
      line: 345,
      excerpt: '因政府信息公开行政复议',
    },
    { rule: 'writing.date', severity: 'info', line: 4, excerpt: '2023 年12 月 31日' },
    { rule: 'writing.phone', severity: 'info', line: 4, excerpt: '3581178' },
  ],
};

/** Rules that judge the tables: none of them may raise anything on a seed's correct tables. */
const TABLE_RULES = /^(applications|review|proactive|cells|format)\./u;

const found = (findings: readonly Finding[], k: Known, withLine: boolean) =>
  findings.some(
    (f) =>
      f.rule === k.rule &&
      f.severity === k.severity &&
      (!withLine || f.line === k.line) &&
      (f.excerpt ?? '').includes(k.excerpt),
  );

const seeds = loadSeeds();

describe('the five seeds, checked from their truth tables and raw text', () => {
  it('covers every seed', () => {
    expect(seeds.map((s) => s.name).sort()).toEqual(Object.keys(KNOWN).sort());
  });

  for (const seed of seeds) {
    describe(seed.name, () => {
      const findings = check(seed.input);

      it('finds every real problem the seed contains, on its line', () => {
        for (const k of KNOWN[seed.name] ?? [])
          expect(found(findings, k, true), `${k.rule} 第${k.line}行 ${k.excerpt}`).toBe(true);
      });

      it('raises nothing about its correct tables', () => {
        expect(findings.filter((f) => TABLE_RULES.test(f.rule))).toEqual([]);
      });

      it('raises no error other than the known ones', () => {
        const known = (KNOWN[seed.name] ?? []).filter((k) => k.severity === 'error');
        const errors = findings.filter((f) => f.severity === 'error');
        expect(errors.length).toBe(known.length);
        for (const k of known) expect(found(errors, k, true)).toBe(true);
      });

      it('raises no warning beyond the known problems', () => {
        const warnings = findings.filter((f) => f.severity === 'warning');
        for (const w of warnings)
          expect(
            (KNOWN[seed.name] ?? []).some(
              (k) =>
                k.rule === w.rule && k.line === w.line && (w.excerpt ?? '').includes(k.excerpt),
            ),
            `${w.rule} 第${w.line ?? '?'}行：${w.message}`,
          ).toBe(true);
      });

      it('matches its golden findings', async () => {
        const golden = findings.map(({ rule, severity, line, cells, excerpt }) => ({
          rule,
          severity,
          line,
          cells,
          excerpt,
        }));
        // JSON Lines: one finding per line, diff-friendly and left alone by the formatter.
        await expect(golden.map((g) => JSON.stringify(g)).join('\n') + '\n').toMatchFileSnapshot(
          `./${seed.name}.findings.jsonl`,
        );
      });
    });
  }
});

describe('the five seeds, read by the parser and checked', () => {
  for (const seed of seeds) {
    it(`${seed.name}: finds the same problems and no error on the tables`, async () => {
      const bytes = readFileSync(join(TESTDATA, 'seeds', `${seed.name}.txt`));
      const parsed = await parseDocument(bytes, { fileName: `${seed.name}.txt` });
      const findings = check({ report: parsed.report, text: parsed.text, outline: parsed.outline });
      for (const k of KNOWN[seed.name] ?? [])
        expect(found(findings, k, false), `${k.rule} ${k.excerpt}`).toBe(true);
      const errors = findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => f.rule)).toEqual(
        (KNOWN[seed.name] ?? []).filter((k) => k.severity === 'error').map((k) => k.rule),
      );
      expect(findings.filter((f) => TABLE_RULES.test(f.rule))).toEqual([]);
    });
  }
});

describe('the seeds with a planted disagreement between narrative and tables', () => {
  const byName = new Map(seeds.map((s) => [s.name, s]));
  const textFindings = (
    name: string,
    edit: (text: string) => string,
    cells?: Record<string, number>,
  ) => {
    const seed = byName.get(name);
    if (!seed) throw new Error(name);
    const report = structuredClone(seed.input.report);
    for (const [path, value] of Object.entries(cells ?? {})) {
      const [, row, col] = /^applications\.(.+)\.(\w+)$/u.exec(path) ?? [];
      const values = row ? report.applications[row] : undefined;
      if (values && col) (values as Record<string, number>)[col] = value;
    }
    return check({ report, text: edit(seed.text) }).filter((f) => f.rule.startsWith('text.'));
  };

  it('catches 2 applications said to be 3 (002)', () => {
    const found = textFindings('002_02a5c0cdafefb5b5', (t) => t.replace('事项2件次', '事项3件次'));
    expect(found.map((f) => [f.rule, f.line, f.severity])).toEqual([
      ['text.applications', 8, 'warning'],
    ]);
  });

  it('catches a figure written without its measure word (003)', () => {
    const found = textFindings('003_a7c7c325a06f5573', (t) =>
      t.replace('依申请公开2,', '依申请公开5,'),
    );
    expect(found.map((f) => [f.rule, f.line])).toEqual([['text.applications', 21]]);
  });

  it('catches 未收到 when the table has an application (000)', () => {
    const found = textFindings('000_7d23b93096d7af9d', (t) => t, {
      'applications.received.naturalPerson': 1,
      'applications.received.total': 1,
    });
    expect(found.map((f) => [f.rule, f.line])).toEqual([['text.applications', 23]]);
  });

  it('catches a breakdown that no longer adds up (000)', () => {
    const found = textFindings('000_7d23b93096d7af9d', (t) => t.replace('其余15条', '其余16条'));
    expect(found.map((f) => [f.rule, f.line, f.severity])).toEqual([
      ['text.proactive', 21, 'warning'],
    ]);
  });

  it('catches a normative document the table does not count (002)', () => {
    const found = textFindings('002_02a5c0cdafefb5b5', (t) =>
      t.replace('规范性文件1件', '规范性文件2件'),
    );
    expect(found.map((f) => [f.rule, f.cells])).toEqual([
      ['text.proactive', ['proactive.normativeDocuments.issued']],
    ]);
  });
});
