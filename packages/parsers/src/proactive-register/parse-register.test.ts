import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { parseProactiveRegister } from './index.js';
import { serialDate, textDate } from './register-date.js';
import { buildXlsx } from './testing/xlsx-fixture.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const withBom = (s: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);
const gbk = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'gbk'));

/** A register as a clerk exports it from Excel on Chinese Windows: CRLF, a quoted title with a comma. */
const CSV = [
  '标题,发布日期,发布渠道,类别',
  '关于印发《某某市2025年政务公开工作要点》的通知,2025-03-01,门户网站,政策文件',
  '"某某市2024年财政预算执行情况和2025年财政预算草案的报告（摘要）, 第二部分",2025/3/5,政府公报,财政预决算',
  '市自然资源局关于某某地块国有建设用地使用权出让的公告,2025年4月8日,政务微信,自然资源',
  '',
  '2025年第一季度行政许可结果公示,20250410,其他,行政许可',
].join('\r\n');

describe('the proactive register import', () => {
  it('reads a UTF-8 CSV with Chinese headers into rows with their line numbers', () => {
    const { rows, rejected } = parseProactiveRegister(utf8(CSV));
    expect(rejected).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        title: '关于印发《某某市2025年政务公开工作要点》的通知',
        publishedOn: '2025-03-01',
        channel: 'portal',
        category: '政策文件',
      },
      {
        line: 3,
        title: '某某市2024年财政预算执行情况和2025年财政预算草案的报告（摘要）, 第二部分',
        publishedOn: '2025-03-05',
        channel: 'gazette',
        category: '财政预决算',
      },
      {
        line: 4,
        title: '市自然资源局关于某某地块国有建设用地使用权出让的公告',
        publishedOn: '2025-04-08',
        channel: 'newMedia',
        category: '自然资源',
      },
      {
        line: 6,
        title: '2025年第一季度行政许可结果公示',
        publishedOn: '2025-04-10',
        channel: 'other',
        category: '行政许可',
      },
    ]);
  });

  it('reads the same register with a BOM and as GBK (Excel’s CSV on Chinese Windows) identically', () => {
    const expected = parseProactiveRegister(utf8(CSV));
    expect(parseProactiveRegister(withBom(CSV))).toEqual(expected);
    expect(parseProactiveRegister(gbk(CSV))).toEqual(expected);
  });

  it('rejects each bad row with its line and a Chinese reason, and keeps the good ones', () => {
    const csv = [
      '信息名称,公开日期,公开渠道,栏目',
      '有效的一条,2025-01-02,网站,机构信息',
      ',2025-01-03,网站,机构信息',
      '日期不对,2025-02-30,网站,机构信息',
      '渠道不对,2025-01-04,电视台,机构信息',
      '未来的日期,2031-01-01,网站,机构信息',
      '有效的一条,2025-01-02,门户网站,机构信息',
      ',,,机构信息',
    ].join('\n');
    const { rows, rejected } = parseProactiveRegister(utf8(csv), { latest: '2026-12-07' });
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(rejected).toEqual([
      { line: 3, message: '标题为空。' },
      { line: 4, message: '发布日期“2025-02-30”无法识别，应写作 2025-03-01 或 2025年3月1日。' },
      {
        line: 5,
        message: '发布渠道“电视台”无法识别，应为“门户网站”、“政务新媒体”、“公报”、“其他”之一。',
      },
      { line: 6, message: '发布日期 2031-01-01 晚于今天（2026-12-07）。' },
      { line: 7, message: '与第 2 行重复（标题、发布日期和发布渠道都相同）。' },
      { line: 8, message: '标题为空；发布日期为空；发布渠道为空。' },
    ]);
  });

  it('counts lines physically, so a title spanning two lines shifts the rows after it', () => {
    const csv = '标题,发布日期,发布渠道\n"第一行\n第二行",2025-01-02,公报\n坏行,昨天,公报\n';
    const { rows, rejected } = parseProactiveRegister(utf8(csv));
    expect(rows[0]).toMatchObject({ line: 2, title: '第一行 第二行' });
    expect(rejected[0]?.line).toBe(4);
  });

  it('reads an XLSX with a title row above the header, date cells, inline strings and blanks', () => {
    const bytes = buildXlsx(
      [
        ['某某市人民政府办公室2025年主动公开信息登记表'],
        ['序号', '标题', '发布日期', '发布渠道', '类别/栏目'],
        [1, '某某市2025年重点民生实事项目', { date: '2025-02-14' }, '门户网站', '重点工作'],
        [2, { inline: '政务微博发布：春节期间办事指南' }, { date: '2025-01-27' }, '政务微博', null],
        [],
        [3, '某某市2025年1月统计月报', '2025.2.20', '其它', '统计信息'],
        [4, '没有日期的一条', null, '门户网站', '统计信息'],
        [5, '写成数字的日期', 20250301, '公报', '统计信息'],
      ],
      { startRow: 1 },
    );
    const { rows, rejected } = parseProactiveRegister(bytes, { fileName: '登记表.xlsx' });
    expect(rows).toEqual([
      {
        line: 3,
        title: '某某市2025年重点民生实事项目',
        publishedOn: '2025-02-14',
        channel: 'portal',
        category: '重点工作',
      },
      {
        line: 4,
        title: '政务微博发布：春节期间办事指南',
        publishedOn: '2025-01-27',
        channel: 'newMedia',
        category: '',
      },
      {
        line: 6,
        title: '某某市2025年1月统计月报',
        publishedOn: '2025-02-20',
        channel: 'other',
        category: '统计信息',
      },
      {
        line: 8,
        title: '写成数字的日期',
        publishedOn: '2025-03-01',
        channel: 'gazette',
        category: '统计信息',
      },
    ]);
    expect(rejected).toEqual([{ line: 7, message: '发布日期为空。' }]);
  });

  it('reads dates of a workbook in the 1904 date system', () => {
    const bytes = buildXlsx(
      [
        ['标题', '发布日期', '发布渠道'],
        ['一条', { date: '2025-12-31' }, '门户网站'],
      ],
      { date1904: true },
    );
    expect(parseProactiveRegister(bytes).rows[0]?.publishedOn).toBe('2025-12-31');
  });

  it('refuses, whole, a file without the required columns, one too long, and old .xls', () => {
    expect(() =>
      parseProactiveRegister(utf8('标题,类别\n一条,政策\n'), { fileName: 'a.csv' }),
    ).toThrow('文件“a.csv”不是主动公开信息登记表：找不到“发布日期”、“发布渠道”列');
    expect(() => parseProactiveRegister(utf8('随便什么\n内容\n'))).toThrow(/找不到“标题”/u);
    const long = ['标题,发布日期,发布渠道', '一,2025-01-01,公报', '二,2025-01-01,公报'].join('\n');
    expect(() => parseProactiveRegister(utf8(long), { maxRows: 1 })).toThrow(
      expect.objectContaining({ code: 'input.too-large' }),
    );
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(() => parseProactiveRegister(xls, { fileName: 'b.xls' })).toThrow(/另存为 \.xlsx/u);
  });

  it('refuses a ZIP that is not a workbook with a typed error', () => {
    const notWorkbook = buildXlsx([['标题']]).slice(0, 40);
    expect(() => parseProactiveRegister(notWorkbook)).toThrow(
      expect.objectContaining({ name: 'XxgkError' }),
    );
  });
});

describe('the register’s readers', () => {
  it('split CSV records with quotes, doubled quotes, tabs and CRLF', () => {
    expect(parseCsv('a,"b,""c""",d\r\ne,f,g')).toEqual([
      { line: 1, cells: ['a', 'b,"c"', 'd'] },
      { line: 2, cells: ['e', 'f', 'g'] },
    ]);
    expect(parseCsv('标题\t发布日期\n一\t2025-01-01\n')).toEqual([
      { line: 1, cells: ['标题', '发布日期'] },
      { line: 2, cells: ['一', '2025-01-01'] },
    ]);
  });

  it('reads a channel written 其它 (or 「其它」, 其 它) as 其他, the way every label key folds it', () => {
    const csv = [
      '标题,发布日期,发布渠道',
      'a,2025-03-01,其它',
      'b,2025-03-02,「其它」',
      'c,2025-03-03,其 它',
    ];
    const { rows, rejected } = parseProactiveRegister(utf8(csv.join('\n')));
    expect(rejected).toEqual([]);
    expect(rows.map((r) => r.channel)).toEqual(['other', 'other', 'other']);
  });

  it('read dates in the ways clerks type them and refuse impossible ones', () => {
    expect(textDate('2025-3-1')).toBe('2025-03-01');
    expect(textDate('2025年03月01日')).toBe('2025-03-01');
    expect(textDate('２０２５－０３－０１')).toBe('2025-03-01');
    expect(textDate('2025/03/01 09:30:00')).toBe('2025-03-01');
    expect(textDate('2024-02-29')).toBe('2024-02-29');
    expect(textDate('2025-02-29')).toBeNull();
    expect(textDate('三月一日')).toBeNull();
    expect(serialDate(45658)).toBe('2025-01-01');
    expect(serialDate(45658.75)).toBe('2025-01-01');
    expect(serialDate(0)).toBeNull();
  });
});
