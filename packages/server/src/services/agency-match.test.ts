import { describe, expect, it } from 'vitest';
import { matchAgency } from './agency-match.js';

const agencies = [
  { id: 1, name: '淄博市工业和信息化局' },
  { id: 2, name: '枣庄市市中区工业和信息化局' },
  { id: 3, name: '淄博高新技术产业开发区发展改革局' },
  { id: 4, name: '济宁市市中区工业和信息化局' },
];

describe('recognising the agency of a document', () => {
  it('takes the exact name first, whatever its width or spacing', () => {
    expect(matchAgency({ agency: '淄博市 工业和信息化局', title: null }, agencies)).toBe(1);
    expect(matchAgency({ agency: '淄博高新技术产业开发区发展改革局', title: null }, agencies)).toBe(
      3,
    );
  });

  it('accepts a name that drops the city when only one agency fits', () => {
    expect(matchAgency({ agency: '市中区工业和信息化局', title: null }, agencies.slice(0, 3))).toBe(
      2,
    );
  });

  it('gives up when the name fits several agencies or none', () => {
    expect(matchAgency({ agency: '市中区工业和信息化局', title: null }, agencies)).toBeNull();
    expect(matchAgency({ agency: '某某局', title: null }, agencies)).toBeNull();
    expect(matchAgency({ agency: null, title: null }, agencies)).toBeNull();
  });

  it('falls back on the title when the agency is not stated', () => {
    expect(
      matchAgency(
        { agency: null, title: '淄博市工业和信息化局2024年政府信息公开工作年度报告' },
        agencies,
      ),
    ).toBe(1);
  });
});
