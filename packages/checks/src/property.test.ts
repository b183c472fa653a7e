import {
  APPLICANT_PARTS,
  cellPath,
  emptyReport,
  getCell,
  getFormat,
  REVIEW_BLOCKS,
  REVIEW_PARTS,
  setCell,
  type FormatId,
  type Report,
} from '@xxgk/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from './check.js';

const AGENCIES = [
  '淄博市工业和信息化局',
  '某某县某某镇人民政府',
  '某某市人民政府',
  '某某区某某街道办事处',
  '山东省人民政府',
  '某某县人民政府办公室',
];

const count = fc.nat({ max: 60 });

/**
 * A random report whose every identity holds: result rows and carried-forward are drawn per
 * applicant column, received and carried-over split their sum, every total is the sum of its
 * parts; metadata is consistent and published on time.
 */
function validReport(format: FormatId): fc.Arbitrary<Report> {
  const def = getFormat(format);
  const results = def.applicationRows.filter((r) => r.result);
  const years = format === '2021' ? { min: 2021, max: 2026 } : { min: 2019, max: 2020 };
  const proactiveFields = def.proactive.flatMap((t) =>
    t.rows.flatMap((r) => t.fields.map((f) => ({ path: cellPath('proactive', r.key, f.key), f }))),
  );
  return fc
    .record({
      year: fc.integer(years),
      agency: fc.constantFrom(...AGENCIES),
      publishedDay: fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }),
      results: fc.array(fc.array(count, { minLength: results.length, maxLength: results.length }), {
        minLength: 6,
        maxLength: 6,
      }),
      forward: fc.array(count, { minLength: 6, maxLength: 6 }),
      overShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: 6,
        maxLength: 6,
      }),
      review: fc.array(fc.array(count, { minLength: 4, maxLength: 4 }), {
        minLength: 3,
        maxLength: 3,
      }),
      proactive: fc.array(fc.integer({ min: 0, max: 500 }), {
        minLength: proactiveFields.length,
        maxLength: proactiveFields.length,
      }),
      signed: fc.array(fc.integer({ min: -30, max: 30 }), {
        minLength: proactiveFields.length,
        maxLength: proactiveFields.length,
      }),
    })
    .map((r) => {
      const report = emptyReport(format);
      report.year = r.year;
      report.agency = r.agency;
      report.title = `${r.agency}${r.year}年政府信息公开工作年度报告`;
      report.publishedOn =
        r.publishedDay === null
          ? null
          : `${r.year + 1}-01-${String(r.publishedDay).padStart(2, '0')}`;
      const totals = new Map<string, number>();
      const add = (row: string, v: number) => totals.set(row, (totals.get(row) ?? 0) + v);
      APPLICANT_PARTS.forEach((col, c) => {
        let processed = 0;
        results.forEach((row, i) => {
          const v = r.results[c]?.[i] ?? 0;
          processed += v;
          setCell(report, cellPath('applications', row.key, col), v);
          add(row.key, v);
        });
        const forward = r.forward[c] ?? 0;
        const over = Math.floor((processed + forward) * (r.overShare[c] ?? 0));
        const received = processed + forward - over;
        for (const [row, v] of [
          ['totalProcessed', processed],
          ['carriedForward', forward],
          ['carriedOver', over],
          ['received', received],
        ] as const) {
          setCell(report, cellPath('applications', row, col), v);
          add(row, v);
        }
      });
      for (const [row, v] of totals) setCell(report, cellPath('applications', row, 'total'), v);
      REVIEW_BLOCKS.forEach((block, b) => {
        let total = 0;
        REVIEW_PARTS.forEach((field, i) => {
          const v = r.review[b]?.[i] ?? 0;
          total += v;
          setCell(report, cellPath('review', block.key, field), v);
        });
        setCell(report, cellPath('review', block.key, 'total'), total);
      });
      proactiveFields.forEach(({ path, f }, i) => {
        const base = r.proactive[i] ?? 0;
        const v = f.signed ? (r.signed[i] ?? 0) : f.decimal ? base / 100 : base;
        setCell(report, path, v);
      });
      return report;
    });
}

const anyReport = fc.oneof(validReport('2021'), validReport('2019'));

/** Paths of every cell of table 三 and 四 of a report: each takes part in an identity. */
function identityCells(report: Report): string[] {
  const def = getFormat(report.format);
  return [
    ...def.applicationRows.flatMap((r) =>
      def.applicantColumns.map((c) => cellPath('applications', r.key, c)),
    ),
    ...REVIEW_BLOCKS.flatMap((b) =>
      [...REVIEW_PARTS, 'total' as const].map((f) => cellPath('review', b.key, f)),
    ),
  ];
}

const errors = (report: Report) => check({ report }).filter((f) => f.severity === 'error');

describe('random valid reports', () => {
  it('give no error in either format', () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        expect(errors(report)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('give no error when the document is cut off and rows are absent', () => {
    fc.assert(
      fc.property(anyReport, fc.nat(), fc.nat(), (report, a, b) => {
        const rows = Object.keys(report.applications);
        delete report.applications[rows[a % rows.length] ?? ''];
        const blocks = Object.keys(report.review) as (keyof Report['review'])[];
        delete report.review[blocks[b % blocks.length] ?? 'reconsideration'];
        expect(errors(report)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a single corrupted cell', () => {
  it('that breaks an identity is always an error on that cell', () => {
    fc.assert(
      fc.property(
        anyReport,
        fc.nat(),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        (report, pick, delta, down) => {
          const cells = identityCells(report);
          const path = cells[pick % cells.length] ?? '';
          const old = getCell(report, path) ?? 0;
          // Another non-negative count: lower when possible and asked, otherwise higher.
          const value = down && old >= delta ? old - delta : old + delta;
          setCell(report, path, value);
          const hit = errors(report).filter((f) => f.cells.includes(path));
          expect(hit.length, `${path}: ${old} → ${value}`).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('left blank is never an error and is named by a blank-cell warning', () => {
    fc.assert(
      fc.property(anyReport, fc.nat(), (report, pick) => {
        const cells = [
          ...identityCells(report),
          ...Object.entries(report.proactive).flatMap(([row, values]) =>
            Object.keys(values).map((f) => cellPath('proactive', row, f)),
          ),
        ];
        const path = cells[pick % cells.length] ?? '';
        setCell(report, path, null);
        const findings = check({ report });
        expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(findings.some((f) => f.rule === 'cells.blank' && f.cells.includes(path))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('made negative in table 二 is an error on that cell unless the column is signed', () => {
    fc.assert(
      fc.property(anyReport, fc.nat(), fc.integer({ min: 1, max: 99 }), (report, pick, amount) => {
        const def = getFormat(report.format);
        const fields = def.proactive.flatMap((t) =>
          t.rows.flatMap((r) =>
            t.fields.map((f) => ({ path: cellPath('proactive', r.key, f.key), f })),
          ),
        );
        const { path, f } = fields[pick % fields.length] ?? { path: '', f: { signed: true } };
        setCell(report, path, -amount);
        const hit = errors(report).some((x) => x.cells.includes(path));
        expect(hit).toBe(!f.signed);
      }),
      { numRuns: 200 },
    );
  });
});

describe('narrative figures', () => {
  it('agree with the table when the text states the table totals, and are caught otherwise', () => {
    fc.assert(
      fc.property(
        validReport('2021'),
        fc.integer({ min: 1, max: 30 }),
        fc.nat(3),
        (report, off, form) => {
          const received = getCell(report, 'applications.received.total') ?? 0;
          const over = getCell(report, 'applications.carriedOver.total') ?? 0;
          const done = getCell(report, 'applications.totalProcessed.total') ?? 0;
          const forward = getCell(report, 'applications.carriedForward.total') ?? 0;
          const say = (r: number) =>
            [
              `本年度共收到政府信息公开申请${r}件，办结${done}件，结转下年度${forward}件。`,
              `${report.year ?? 2024}年，我局新收政府信息公开申请${r}件，上年结转${over}件，已答复${done}件。`,
              `全年受理依申请公开事项${r}件，均依法予以答复。`,
              `（二）依申请公开情况。共收到政府信息公开申请${r}件，另有${forward}件结转下年度办理。`,
            ][form] ?? '';
          const text = (r: number) => `一、总体情况\n${say(r)}\n二、主动公开政府信息情况`;
          const agree = check({ report, text: text(received) }).filter(
            (f) => f.rule === 'text.applications',
          );
          expect(agree).toEqual([]);
          const wrong = received + off === received + over ? received + off + 1 : received + off;
          const caught = check({ report, text: text(wrong) }).filter(
            (f) => f.rule === 'text.applications',
          );
          expect(caught.map((f) => f.cells)).toContainEqual(['applications.received.total']);
          expect(caught.every((f) => f.severity === 'warning' && f.line === 2)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('any text', () => {
  const PIECES = [
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
    '（一）',
    '(2)',
    '1.',
    '一是',
    '二是',
    '收到政府信息公开申请',
    '未收到',
    '行政复议',
    '行政诉讼',
    '予以公开',
    '结转下年度',
    '统计期限自',
    '2024年1月1日',
    '年',
    '月',
    '日',
    '件',
    '条',
    '，',
    '。',
    '、',
    '（',
    '）',
    '《',
    '》',
    '“',
    '\n',
    ' ',
    '电话：0533-',
    '其中',
    '其余',
    '本报告由',
    '六个部分组成',
    '財政',
    '|',
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.integer({ min: 0, max: 99999 }).map(String)), {
      maxLength: 120,
    })
    .map((parts) => parts.join(''));

  it('never breaks the checker: findings are well formed and point inside the text', () => {
    fc.assert(
      fc.property(anyReport, text, (report, t) => {
        const findings = check({ report, text: t });
        const lines = t.split('\n').length;
        for (const f of findings) {
          expect(f.rule).not.toBe('checker.internal');
          expect(f.message.length).toBeGreaterThan(0);
          if (f.line !== undefined) {
            expect(f.line).toBeGreaterThanOrEqual(1);
            expect(f.line).toBeLessThanOrEqual(lines);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
