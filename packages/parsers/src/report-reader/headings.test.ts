import { describe, expect, it } from 'vitest';
import { readHeading, readRunInHeading } from './headings.js';

describe('a section heading', () => {
  it('is read with its section, ordinal and text, standard or not', () => {
    expect(readHeading('一、总体情况')).toEqual({
      key: 'overview',
      ordinal: '一',
      text: '总体情况',
      standard: true,
    });
    expect(readHeading('四、因政府信息公开工作被申请行政复议、提起行政诉讼情况')).toMatchObject({
      key: 'review',
      standard: true,
    });
    expect(readHeading('二、行政机关主动公开政府信息情况')).toMatchObject({
      key: 'proactive',
      standard: false,
    });
    expect(readHeading('五、政府信息公开工作存在的主要问题改进情况')).toMatchObject({
      key: 'problems',
      standard: false,
    });
  });

  it('may be numbered 一. or 一 and written in Traditional characters', () => {
    expect(readHeading('一. 总体情况')).toMatchObject({ key: 'overview', standard: true });
    expect(readHeading('一、 總體情況')).toMatchObject({ key: 'overview', standard: true });
    expect(readHeading('六 其它需要报告的事项')).toMatchObject({ key: 'other', standard: true });
  });

  it('with no text names no section', () => {
    expect(readHeading('三、')).toEqual({ key: null, ordinal: '三', text: '', standard: false });
  });

  it('is not a sentence, a sub-heading or an enumeration', () => {
    expect(readHeading('一是积极推进主动公开。')).toBeNull();
    expect(readHeading('（一）主动公开')).toBeNull();
    expect(readHeading('二、强化组织领导')).toBeNull();
  });
});

describe('a heading run into its paragraph', () => {
  it('is read when its text is a standard one, with the paragraph kept', () => {
    expect(readRunInHeading('一、总体情况。2023年，我局主动公开信息20条。')).toEqual({
      key: 'overview',
      ordinal: '一',
      text: '总体情况',
      standard: true,
      rest: '2023年，我局主动公开信息20条。',
    });
    expect(readRunInHeading('六、其他需要报告的事项：本年度未收取信息处理费。')).toMatchObject({
      key: 'other',
    });
  });

  it('is not any sentence that opens with an ordinal', () => {
    expect(readRunInHeading('一、强化组织领导。成立领导小组。')).toBeNull();
    expect(readRunInHeading('一、总体情况。')).toBeNull();
  });
});
