import { describe, expect, it } from 'vitest';
import { parseDocument, parseText } from '../index.js';
import { seeds } from '../testing/shared-fixtures.js';

const TOP = [
  '某局2023年政府信息公开工作年度报告',
  '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
  '一、总体情况',
  '2023年，我局主动公开政府信息20条。',
  '二、主动公开政府信息情况',
];

describe('the report reader', () => {
  it('reads the 2019 format when （六）其他处理 carries numbers itself', () => {
    const { report } = parseText(
      [
        ...TOP,
        '三、收到和处理政府信息公开申请情况',
        '（六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
        '（七）总计 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      ].join('\n'),
    );
    expect(report.format).toBe('2019');
    expect(report.applications['otherHandling']).toEqual({
      naturalPerson: 1,
      commercial: 0,
      research: 0,
      socialWelfare: 0,
      legalService: 0,
      otherOrg: 0,
      total: 1,
    });
  });

  it('reads the 2021 format from its column headers, whatever year the text names', () => {
    const text = [
      '某局2019年政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '规章 | 0 | 0 | 0 |',
    ].join('\n');
    expect(parseText(text).report.format).toBe('2021');
    const old = text
      .replace('本年制发件数', '本年新制作数量')
      .replace('本年废止件数', '本年新公开数量')
      .replace('现行有效件数', '对外公开总数量');
    expect(parseText(old).report.format).toBe('2019');
  });

  it('reads section 二’s rows, not a table of the same labels in 一、总体情况', () => {
    const overview = [
      '公开类别 | 公开数量（条） |',
      '行政许可 | 356 |',
      '行政处罚 | 48 |',
      '其他 | 821 |',
    ];
    const section2 = [
      '第二十条第（五）项 |',
      '信息内容 | 本年处理决定数量 |',
      '行政许可 | 680 |',
      '第二十条第（六）项 |',
      '信息内容 | 本年处理决定数量 |',
      '行政处罚 | 16 |',
      '行政强制 | 8 |',
    ];
    const [title, period, one, text, two] = TOP;
    const withHeadings = [title, period, one, text, ...overview, two, ...section2];
    const expected = { licensing: { decisions: 680 }, punishment: { decisions: 16 } };
    expect(parseText(withHeadings.join('\n')).report.proactive).toMatchObject(expected);
    // Without the section headings, the captions bind the rows to their tables.
    const captionsOnly = withHeadings.filter((l) => l !== one && l !== two);
    expect(parseText(captionsOnly.join('\n')).report.proactive).toMatchObject(expected);
  });

  it('reads section 二’s rows under their own column header when there is neither a 二 heading nor a caption', () => {
    const overview = ['公开类别 | 公开数量（条） |', '行政许可 | 356 |', '行政处罚 | 48 |'];
    const section2 = [
      '信息内容 | 本年处理决定数量 |',
      '行政许可 | 680 |',
      '信息内容 | 本年处理决定数量 |',
      '行政处罚 | 16 |',
    ];
    const [title, period, one, text] = TOP;
    const lines = [title, period, one, text, ...overview, ...section2];
    expect(parseText(lines.join('\n')).report.proactive).toMatchObject({
      licensing: { decisions: 680 },
      punishment: { decisions: 16 },
    });
  });

  it('reads a decimal printed in a count cell as that number, for the checks to flag', () => {
    const { report } = parseText([...TOP, '第二十条第（六）项 |', '行政处罚 | 10.5 |'].join('\n'));
    expect(report.proactive['punishment']).toEqual({ decisions: 10.5 });
    expect(report.notes).toEqual({});
  });

  it('keeps a title that names no agency, and takes the agency signed at the end', () => {
    const text = [
      ...TOP.slice(1),
      '规章 | 0 | 0 | 0 |',
      '六、其他需要报告的事项',
      '本年度无其他需要报告的事项。',
      '江宁市交通运输局',
    ];
    const { report } = parseText(['2023年政府信息公开工作年度报告', ...text].join('\n'));
    expect(report).toMatchObject({
      title: '2023年政府信息公开工作年度报告',
      agency: '江宁市交通运输局',
      titleYear: 2023,
    });
    const cn = parseText(
      ['江宁市交通运输局二〇二三年度政府信息公开工作年度报告', ...text].join('\n'),
    );
    expect(cn.report).toMatchObject({ agency: '江宁市交通运输局', titleYear: 2023 });
  });

  it('reads a label wrapped onto the line that holds its numbers, in space-aligned rows', () => {
    const values = { naturalPerson: 19, commercial: 4, research: 1, socialWelfare: 6 };
    for (const first of [
      '（六）其他处理    1.申请人无正当理由逾期不补正、行政',
      '1.申请人无正当理由逾期不补正、行政',
    ]) {
      const { report } = parseText(
        [
          ...TOP,
          '三、收到和处理政府信息公开申请情况',
          '（五）不予处理    1.信访举报投诉类申请    38    1    1    8    6    2    56',
          first,
          '机关不再处理其政府信息公开申请    19    4    1    6    2    3    35',
          '3.其他    0    3    3    6    9    1    22',
          '',
        ].join('\n'),
      );
      expect(report.applications['otherHandling.noCorrection'], first).toMatchObject(values);
      expect(report.applications['otherHandling.other']).toMatchObject({ total: 22 });
    }
  });

  it('keeps a dash, 无 and an annotated number as notes of null cells', () => {
    const { report } = parseText(
      [...TOP, '规章 | - | 无 | 0 |', '行政规范性文件 | 22（其中修订16件） | 0 | 30 |'].join('\n'),
    );
    expect(report.proactive['regulations']).toEqual({ issued: null, repealed: null, inForce: 0 });
    expect(report.proactive['normativeDocuments']).toEqual({
      issued: null,
      repealed: 0,
      inForce: 30,
    });
    expect(report.notes).toEqual({
      'proactive.regulations.issued': '-',
      'proactive.regulations.repealed': '无',
      'proactive.normativeDocuments.issued': '22（其中修订16件）',
    });
  });

  it('leaves out a row whose cells lost their positions, and says so', () => {
    const { report, problems } = parseText(
      [
        ...TOP,
        '三、收到和处理政府信息公开申请情况',
        '一、本年新收政府信息公开申请数量 |',
        '3 |',
        '3 |',
        '|||||||',
        '二、上年结转政府信息公开申请数量 |',
        '2 |',
        '1 |',
        '||||||',
        '三、本年度办理结果 |',
        '(一)予以公开 |',
        '0 |',
        '||||||||',
        '四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      ].join('\n'),
    );
    expect(report.applications['received']).toEqual({
      naturalPerson: 3,
      commercial: null,
      research: null,
      socialWelfare: null,
      legalService: null,
      otherOrg: null,
      total: 3,
    });
    expect(report.applications['carriedOver']).toBeUndefined();
    expect(report.applications['granted']).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual([
      'table.inferred-columns',
      'table.short-row',
      'table.short-row',
    ]);
    expect(problems[1]?.message).toContain('二、上年结转政府信息公开申请数量');
  });

  it('keeps the cells a cut-off row shows, and no others', () => {
    const { report } = parseText(
      [
        ...TOP,
        '三、收到和处理政府信息公开申请情况',
        // The page stops inside the fourth figure (2 of 25?): it is left out.
        '一、本年新收政府信息公开申请数量 | 3 | 0 | 1 | 2',
      ].join('\n'),
    );
    expect(report.applications).toEqual({
      received: { naturalPerson: 3, commercial: 0, research: 1 },
    });
  });

  it('reads a row whose label shares its cell with its groups’ labels, or wrapped out of it', () => {
    const { report } = parseText(
      [
        ...TOP,
        '三、收到和处理政府信息公开申请情况',
        '三、本年度办理结果 （一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
        '（三）不予公开 1.属于国家秘密 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
        '5.要求行政机关确认或重新 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |',
        '出具已获取信息',
      ].join('\n'),
    );
    expect(Object.keys(report.applications)).toEqual([
      'granted',
      'withheld.stateSecret',
      'notProcessed.confirmation',
    ]);
    expect(report.applications['notProcessed.confirmation']?.total).toBe(3);
  });

  it('reads a label printed with other punctuation, or wrapped after its numbers', () => {
    const { report } = parseText(
      [
        ...TOP,
        '三、收到和处理政府信息公开申请情况',
        '1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请',
        ...'1000001'.split(''),
        '5.要求行政机关确认或重新',
        ...'2000002'.split(''),
        '出具已获取信息',
      ].join('\n'),
    );
    expect(report.applications['otherHandling.noCorrection']?.naturalPerson).toBe(1);
    expect(report.applications['notProcessed.confirmation']?.total).toBe(2);
  });

  it('reads table 四 printed one block per row', () => {
    const { report } = parseText(
      [
        ...TOP,
        '规章 | 0 | 0 | 0 |',
        '四、政府信息公开行政复议、行政诉讼情况',
        ' | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
        '行政复议 | 1 | 2 | 0 | 0 | 3 |',
        '未经复议直接起诉 | 0 | 0 | 0 | 1 | 1 |',
        '复议后起诉 | 0 | 0 | 0 | 0 | 0 |',
      ].join('\n'),
    );
    expect(report.review).toEqual({
      reconsideration: { upheld: 1, corrected: 2, other: 0, pending: 0, total: 3 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    });
  });

  it('skips page numbers and unknown rows inside a table, saying which rows it skipped', () => {
    const { report, problems } = parseText(
      [
        ...TOP,
        '规章',
        '1',
        '- 2 -',
        '2',
        '3',
        '其他主动公开文件',
        '186',
        '86',
        '255',
        '行政许可',
        '7',
        '',
      ].join('\n'),
    );
    expect(report.proactive).toEqual({
      regulations: { issued: 1, repealed: 2, inForce: 3 },
      licensing: { decisions: 7 },
    });
    expect(problems).toEqual([
      {
        code: 'table.unknown-row',
        message: '第11行“其他主动公开文件”不是年度报告格式中的表格行，其中的数字未读取。',
        line: 11,
      },
    ]);
  });

  it('reports the year of the 统计期限 and the title’s year when they disagree', () => {
    const { report } = parseText(
      [...TOP, '规章 | 0 | 0 | 0 |'].join('\n').replace('某局2023年', '某局2022年'),
    );
    expect(report.year).toBe(2023);
    expect(report.titleYear).toBe(2022);
    expect(report.period?.year).toBe(2023);
  });

  it('finds the six sections and their text, without the signature', async () => {
    const seed = seeds().find((s) => s.name.startsWith('001'));
    if (!seed) throw new Error('seed 001 missing');
    const { outline, report } = await parseDocument(seed.bytes);
    expect(outline.map((h) => [h.ordinal, h.key, h.standard])).toEqual([
      ['一', 'overview', true],
      ['二', 'proactive', true],
      ['三', 'applications', true],
      ['四', 'review', true],
      ['五', 'problems', true],
      ['六', 'other', true],
    ]);
    expect(report.sections.overview).toMatch(/^2023年，区工信局/u);
    expect(report.sections.other).toMatch(/^（一）收取信息处理费的情况/u);
    expect(report.sections.other).not.toContain('2024年1月11日');
    expect(report.sections.other).not.toMatch(/市中区工业和信息化局$/u);
  });

  it('takes the publication date from the info bar under the title, before a signature date', () => {
    const seed = seeds().find((s) => s.name.startsWith('001'));
    if (!seed) throw new Error('seed 001 missing');
    const lines = new TextDecoder().decode(seed.bytes).split('\n');
    const title = lines.findIndex((l) => l.trim().endsWith('政府信息公开工作年度报告'));
    const undated = lines.filter((l) => !/(?:发布|发文|成文)日期|发布时间/u.test(l));
    const withBar = (bar: string): string =>
      [...undated.slice(0, title + 1), bar, ...undated.slice(title + 1)].join('\n');
    expect(
      parseText(withBar('来源：市中区工业和信息化局  时间：2024-02-05  浏览次数：128')).report
        .publishedOn,
    ).toBe('2024-02-05');
    expect(parseText(withBar('[ 2024-02-05 ]')).report.publishedOn).toBe('2024-02-05');
    // Without it, the signature date at the end (2024年1月11日) is the date, as before.
    expect(parseText(withBar('更新时间：2024-02-05')).report.publishedOn).toBe('2024-01-11');
  });

  it('points every cell of every seed at the line of the text that holds it', async () => {
    for (const seed of seeds()) {
      const { provenance, text } = await parseDocument(seed.bytes);
      const lines = text.split('\n');
      const paths = Object.keys(provenance);
      expect(paths.length).toBeGreaterThanOrEqual(200);
      for (const path of paths) {
        const where = provenance[path];
        expect(where?.line, path).toBeGreaterThan(0);
        expect(lines[(where?.line ?? 0) - 1], path).toContain((where?.text ?? '').trim());
      }
    }
  });
});
