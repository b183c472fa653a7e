import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.js';

const sample = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`./samples/${name}`, import.meta.url)));

describe('the sample text files', () => {
  it('read a report extracted from a PDF, its columns aligned by spaces', async () => {
    const { report, problems } = await parseDocument(sample('space-columns-2021.txt'), {
      fileName: 'space-columns-2021.txt',
    });
    expect(problems).toEqual([]);
    expect(report).toMatchObject({
      format: '2021',
      year: 2023,
      agency: '某县市场监督管理局',
      publishedOn: '2024-01-18',
    });
    expect(report.proactive).toEqual({
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 1, repealed: 0, inForce: 3 },
      licensing: { decisions: 1265 },
      punishment: { decisions: 87 },
      coercion: { decisions: 3 },
      fees: { amountWanYuan: 12.35 },
    });
    expect(Object.keys(report.applications)).toEqual([
      'received',
      'carriedOver',
      'granted',
      'partiallyGranted',
      'withheld.stateSecret',
      'unableToProvide.notHeld',
      'totalProcessed',
      'carriedForward',
    ]);
    expect(report.applications['received']).toMatchObject({
      naturalPerson: 3,
      commercial: 1,
      total: 4,
    });
    expect(report.review.litigationDirect).toEqual({
      upheld: 1,
      corrected: 0,
      other: 0,
      pending: 0,
      total: 1,
    });
  });

  it('read a 2019-format report from a Traditional-Chinese mirror in pipe rows', async () => {
    const { report } = await parseDocument(sample('pipe-rows-2019-zhhant.txt'));
    expect(report.format).toBe('2019');
    expect(report.year).toBe(2020);
    expect(report.proactive).toEqual({
      regulations: { made: 0, published: 0, totalPublished: 0 },
      normativeDocuments: { made: 1, published: 1, totalPublished: 6 },
      licensing: { previousYear: 12, change: -2, decisions: 140 },
      otherServices: { previousYear: 3, change: 0, decisions: 16 },
      punishment: { previousYear: 5, change: 0, decisions: 22 },
      coercion: { previousYear: 1, change: 0, decisions: null },
      fees: { previousYear: null, change: null },
      procurement: { projects: 4, totalAmount: 86.5 },
    });
    expect(report.notes).toEqual({
      'proactive.coercion.decisions': '-',
      'proactive.procurement.totalAmount': '86.5萬元',
    });
    expect(report.applications['otherHandling']?.total).toBe(0);
  });

  it('read a table copied from a spreadsheet: tab-separated rows, merged cells left empty at the start', async () => {
    const { report, problems } = await parseDocument(
      sample('tab-rows-leading-empty-cells-2021.txt'),
    );
    expect(problems).toEqual([]);
    expect(Object.keys(report.applications)).toHaveLength(25);
    expect(report.applications['partiallyGranted']).toMatchObject({ naturalPerson: 6, total: 31 });
    expect(report.applications['carriedForward']).toMatchObject({ total: 13 });
    expect(report.review.litigationAfterReconsideration?.total).toBe(22);
  });

  it('read a web page saved as Markdown: ## headings, a |---| rule under each table’s first row, bold labels, escaped quotes', async () => {
    const { report, problems, outline } = await parseDocument(sample('markdown-report-2024.md'));
    expect(problems).toEqual([]);
    expect(outline.map((h) => [h.ordinal, h.key, h.standard])).toEqual([
      ['一', 'overview', true],
      ['二', 'proactive', true],
      ['三', 'applications', true],
      ['四', 'review', true],
      ['五', 'problems', true],
      ['六', 'other', true],
    ]);
    expect(Object.keys(report.applications)).toHaveLength(25);
    expect(report.applications['received']).toEqual({
      naturalPerson: 801,
      commercial: 97,
      research: 95,
      socialWelfare: 77,
      legalService: 81,
      otherOrg: 94,
      total: 1245,
    });
    expect(report.review.reconsideration).toEqual({
      upheld: 2,
      corrected: 3,
      other: 6,
      pending: 9,
      total: 20,
    });
    expect(report.notes).toEqual({});
  });

  it('read a report whose table cells are separated by single spaces (pdftotext without -layout)', async () => {
    const { report, problems } = await parseDocument(sample('single-space-rows-2023.txt'));
    expect(problems).toEqual([]);
    expect(report.proactive['licensing']).toEqual({ decisions: 3502 });
    expect(report.proactive['fees']).toEqual({ amountWanYuan: 12.35 });
    expect(Object.keys(report.applications)).toHaveLength(25);
    expect(report.applications['withheld.stateSecret']).toEqual({
      naturalPerson: 2,
      commercial: 1,
      research: 6,
      socialWelfare: 6,
      legalService: 1,
      otherOrg: 3,
      total: 19,
    });
    expect(report.applications['totalProcessed']).toEqual({
      naturalPerson: 613,
      commercial: 75,
      research: 113,
      socialWelfare: 88,
      legalService: 115,
      otherOrg: 97,
      total: 1101,
    });
    expect(report.review.litigationAfterReconsideration).toEqual({
      upheld: 7,
      corrected: 9,
      other: 2,
      pending: 4,
      total: 22,
    });
  });
});
