import { describe, expect, it } from 'vitest';
import { dateLine, findDate, isoDate } from './dates.js';

describe('dates', () => {
  it('are read in the ways reports print them', () => {
    expect(findDate('发布日期:2025-01-20 发布机构')).toBe('2025-01-20');
    expect(findDate('2024年1月11日')).toBe('2024-01-11');
    expect(findDate('2024 年 1 月 5 日')).toBe('2024-01-05');
    expect(findDate('2025/1/22 15:32')).toBe('2025-01-22');
    expect(findDate('二〇二五年一月二十日')).toBe('2025-01-20');
    expect(findDate('二〇二四年十二月三十一日')).toBe('2024-12-31');
  });

  it('are read when the zero of a Chinese-numeral year is typed as the letter O (二O二四年)', () => {
    expect(findDate('二O二四年三月五日')).toBe('2024-03-05');
    expect(dateLine('二O二五年一月二十日')).toBe('2025-01-20');
    expect(dateLine('二Ｏ二四年一月五日')).toBe('2024-01-05');
  });

  it('are read when printed in full-width digits', () => {
    expect(findDate('发布日期：２０２４－０２－０５')).toBe('2024-02-05');
    expect(findDate('２０２４年２月５日')).toBe('2024-02-05');
    expect(dateLine('２０２４．０１．１８')).toBe('2024-01-18');
  });

  it('that do not exist are not dates', () => {
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(findDate('2024年13月1日')).toBeNull();
    expect(findDate('20241月1日')).toBeNull();
  });

  it('make a signature line only when the line is nothing but a date', () => {
    expect(dateLine(' 2022年1月29日    ')).toBe('2022-01-29');
    expect(dateLine('截至2023年12月31日，共公开信息')).toBeNull();
  });
});
