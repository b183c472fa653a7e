import { describe, expect, it } from 'vitest';
import { differentAgencies } from './agency-name.js';

describe('differentAgencies', () => {
  it('tells two bodies apart: another department, another place, another level', () => {
    expect(differentAgencies('江宁市交通运输局', '江宁市财政局')).toBe(true);
    expect(differentAgencies('江宁市交通运输局', '南京市交通运输局')).toBe(true);
    expect(differentAgencies('淄博市工业和信息化局', '桃江县审计局')).toBe(true);
    expect(differentAgencies('太平镇人民政府', '西咸新区底张街道办事处')).toBe(true);
  });

  it('takes a short form for the same body: left-out characters, a suffix, spacing, Traditional', () => {
    expect(differentAgencies('淄博高新区管委会', '淄博高新技术产业开发区管理委员会')).toBe(false);
    expect(differentAgencies('江宁市人民政府办公室', '江宁市政府办公室')).toBe(false);
    expect(differentAgencies('江宁市人民政府', '江宁市人民政府办公室')).toBe(false);
    expect(differentAgencies('信丰县卫生健康委', '信丰县卫生健康委员会')).toBe(false);
    expect(differentAgencies('江宁市发改委', '江宁市发展和改革委员会')).toBe(false);
    expect(differentAgencies('江宁市 交通運輸局', '江宁市交通运输局')).toBe(false);
  });

  it('does not tell anything when a name is missing or empty', () => {
    expect(differentAgencies(null, '江宁市财政局')).toBe(false);
    expect(differentAgencies('江宁市交通运输局', undefined)).toBe(false);
    expect(differentAgencies(' ', '江宁市财政局')).toBe(false);
  });
});
