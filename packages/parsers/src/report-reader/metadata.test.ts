import { describe, expect, it } from 'vitest';
import {
  agencyFromTitle,
  findPeriod,
  findTitle,
  labelledDate,
  narrativeYear,
  closingAgency,
  signatureDate,
  topDate,
  yearOfTitle,
} from './metadata.js';

describe('the title', () => {
  it('may end with its year in brackets, or be a 政务公开 report, and still names its agency and year', () => {
    for (const title of [
      '江宁市交通运输局政府信息公开工作年度报告（2023年度）',
      '江宁市交通运输局政府信息公开工作年度报告(2023年)',
      '江宁市交通运输局2023年政务公开工作年度报告',
    ]) {
      expect(findTitle(['首页 > 年报', title, '一、总体情况'], 2), title).toBe(title);
      expect(agencyFromTitle(title), title).toBe('江宁市交通运输局');
      expect(yearOfTitle(title), title).toBe(2023);
    }
  });

  it('is the line near the top that ends with 年度报告', () => {
    const lines = [
      '当前位置：首页 > 信息公开年报',
      '索引号: 1137/2025',
      '某局2024年政府信息公开工作年度报告',
    ];
    expect(findTitle(lines, 10)).toBe('某局2024年政府信息公开工作年度报告');
  });

  it('is joined with the line before when broken after the agency', () => {
    expect(findTitle(['', '市中区工业和信息化局', '2023年政府信息公开工作年度报告'], 10)).toBe(
      '市中区工业和信息化局2023年政府信息公开工作年度报告',
    );
    expect(findTitle(['西咸新区底张街道办事处2023年度政府', '信息公开工作年度报告'], 10)).toBe(
      '西咸新区底张街道办事处2023年度政府信息公开工作年度报告',
    );
  });

  it('is never a breadcrumb’s column names joined (政府信息公开 / 政府信息公开年报), and loses 标题 as a table cell', () => {
    expect(
      findTitle(
        [
          '首页',
          '政府信息公开',
          '政府信息公开年报',
          '索引号： | 11350128MB1234567X/2024-00012',
          '标题： | 平潭综合实验区2023年度政府信息公开工作年度报告',
        ],
        10,
      ),
    ).toBe('平潭综合实验区2023年度政府信息公开工作年度报告');
  });

  it('loses a 标题 label, and is never a sentence that mentions the report', () => {
    expect(findTitle(['标题: 某局2024年政府信息公开工作年度报告'], 10)).toBe(
      '某局2024年政府信息公开工作年度报告',
    );
    expect(
      findTitle(['现将我局2022年政府信息公开工作年度报告公布如下。本报告由六部分组成。'], 10),
    ).toBeNull();
  });

  it('names the agency before or after its year, and the year', () => {
    expect(agencyFromTitle('淄博市工业和信息化局2021年政府信息公开工作年度报告')).toBe(
      '淄博市工业和信息化局',
    );
    expect(agencyFromTitle('2024年度绍兴市上虞区经济和信息化局政府信息公开工作年度报告')).toBe(
      '绍兴市上虞区经济和信息化局',
    );
    expect(agencyFromTitle('某市人民政府办公室关于2023年政府信息公开工作年度报告')).toBe(
      '某市人民政府办公室',
    );
    expect(agencyFromTitle('2023年政府信息公开工作年度报告')).toBeNull();
    expect(yearOfTitle('2024年度绍兴市上虞区经济和信息化局政府信息公开工作年度报告')).toBe(2024);
  });
});

describe('a title that does not name the agency as usual', () => {
  it('cuts a year written in Chinese numerals off the agency, and reads that year', () => {
    const title = '江宁市交通运输局二〇二三年度政府信息公开工作年度报告';
    expect(agencyFromTitle(title)).toBe('江宁市交通运输局');
    expect(agencyFromTitle('二零二三年江宁市交通运输局政府信息公开工作年度报告')).toBe(
      '江宁市交通运输局',
    );
    expect(yearOfTitle(title)).toBe(2023);
    expect(yearOfTitle('二零二四年度某局政府信息公开工作年度报告')).toBe(2024);
    // The zero typed as the letter O, as many documents do.
    expect(yearOfTitle('江宁市交通运输局二O二三年度政府信息公开工作年度报告')).toBe(2023);
    expect(agencyFromTitle('江宁市交通运输局二O二三年度政府信息公开工作年度报告')).toBe(
      '江宁市交通运输局',
    );
  });

  it('is still the title when it names only the year, the one nearest the body', () => {
    expect(findTitle(['2023年政府信息公开工作年度报告', '', '发布日期：2024-01-18'], 10)).toBe(
      '2023年政府信息公开工作年度报告',
    );
    expect(
      findTitle(
        ['2022年政府信息公开工作年度报告', '首页 > 年报', '2023年政府信息公开工作年度报告'],
        10,
      ),
    ).toBe('2023年政府信息公开工作年度报告');
  });

  it('leaves the agency to the report’s last line when that is an agency’s name', () => {
    const end = [
      '六、其他需要报告的事项',
      '本年度无其他需要报告的事项。',
      '',
      '江宁市交通运输局',
      '',
    ];
    expect(closingAgency(end, 0)).toBe('江宁市交通运输局');
    expect(closingAgency([...end, '【打印】 【关闭】'], 0)).toBeNull();
    expect(closingAgency(['六、其他需要报告的事项', '无。', '特此报告'], 0)).toBeNull();
  });
});

describe('the 统计期限', () => {
  it('is read with its dates and year', () => {
    expect(
      findPeriod('本报告中所列数据的统计期限自2024年1月1日起,至2024年12月31日止。如有疑问'),
    ).toEqual({
      text: '统计期限自2024年1月1日起,至2024年12月31日止',
      start: '2024-01-01',
      end: '2024-12-31',
      year: 2024,
    });
  });

  it('tolerates spaces and Traditional characters', () => {
    expect(findPeriod('统计期限自 2023 年1月1日起，至2023 年12 月 31日止。')).toMatchObject({
      start: '2023-01-01',
      end: '2023-12-31',
      year: 2023,
    });
    expect(
      findPeriod('本報告中所列數據的統計時限為2022年1月1日起至2022年12月31日止。'),
    ).toMatchObject({
      year: 2022,
    });
    expect(findPeriod('数据的统計期限自2021年1月1日至2021年12月31日。')).toMatchObject({
      year: 2021,
    });
  });

  it('keeps a malformed period as printed, with no dates and no year', () => {
    expect(findPeriod('所列数据的统计期限从20241月1日到12月31日止。')).toEqual({
      text: '统计期限从20241月1日到12月31日止',
      start: null,
      end: null,
      year: null,
    });
  });

  it('is read when written in Chinese numerals, as formal documents write dates', () => {
    expect(
      findPeriod('统计期限自二〇二三年一月一日起至二〇二三年十二月三十一日止。'),
    ).toMatchObject({ start: '2023-01-01', end: '2023-12-31', year: 2023 });
    expect(findPeriod('统计期限自二O二二年一月一日至十二月三十一日。')).toMatchObject({
      start: '2022-01-01',
      end: null,
      year: 2022,
    });
    expect(findPeriod('数据统计时间为二〇二三年度。')).toMatchObject({ year: 2023 });
  });

  it('may name only a year', () => {
    expect(findPeriod('数据统计时间为2023年度。')).toMatchObject({
      start: null,
      end: null,
      year: 2023,
    });
  });

  it('is null when the document states none', () => {
    expect(findPeriod('截止2023年12月31日我局通过官方网站发布政务类信息34条。')).toBeNull();
  });
});

describe('other metadata', () => {
  it('takes the year the narrative speaks of most', () => {
    expect(narrativeYear(['2020年,县审计局认真贯彻', '截止2020年12月31日', '2019年对比'], 3)).toBe(
      2020,
    );
    expect(narrativeYear(['根据修订的条例制定本报告'], 1)).toBeNull();
  });

  it('prefers a 发布日期 to a 发文日期, and finds a signature date at the end', () => {
    expect(labelledDate(['发文日期: 2025-01-19', '发布日期:2025-01-20'])).toBe('2025-01-20');
    expect(labelledDate(['发文日期: 2025-01-19'])).toBe('2025-01-19');
  });

  it('reads the labels sites use for the date: 公开时间, 發佈時間, a 目录 entry’s 生成日期, a bracketed 时间', () => {
    expect(labelledDate(['公开时间：2024-02-05'])).toBe('2024-02-05');
    expect(labelledDate(['發佈時間：2024-02-05'])).toBe('2024-02-05');
    expect(labelledDate(['索引号：113201/2024-00012  生成日期：2024-02-05'])).toBe('2024-02-05');
    expect(labelledDate(['生成日期：2024-01-10', '发布日期：2024-02-05'])).toBe('2024-02-05');
    expect(
      topDate(['某局2023年政府信息公开工作年度报告', '[时间：2024-02-05]', '一、总体情况'], 2),
    ).toBe('2024-02-05');
    expect(
      topDate(['某局2023年政府信息公开工作年度报告', '【日期：2024-02-05】', '一、总体情况'], 2),
    ).toBe('2024-02-05');
  });

  it('does not take the dates of a list of other pages (相关阅读), each under the same label', () => {
    const related = [
      '相关阅读',
      '关于开展安全生产月活动的通知',
      '发布时间：2024-03-01',
      '一季度工作动态',
      '发布时间：2024-04-02',
    ];
    expect(
      labelledDate([...related, '某局2023年政府信息公开工作年度报告', '发布日期：2024-01-18']),
    ).toBe('2024-01-18');
    expect(labelledDate(['某局2023年政府信息公开工作年度报告', '正文', ...related])).toBeNull();
    expect(
      labelledDate(['发布时间：2024-01-18', '正文', '……', '……', '……', '……', '……', ...related]),
    ).toBe('2024-01-18');
  });

  it('does not take a signature date from a list of other pages and their dates at the end', () => {
    const end = ['六、其他需要报告的事项', '无。'];
    const related = [
      '相关阅读',
      '关于开展安全生产月活动的通知',
      '2024-03-01',
      '一季度工作动态',
      '2024-04-02',
    ];
    expect(signatureDate([...end, '某某市交通运输局', '2024年1月18日', ...related], 0)).toEqual({
      line: 3,
      date: '2024-01-18',
    });
    expect(signatureDate([...end, '2024年1月18日', '', '', '', '', ...related], 0)).toEqual({
      line: 2,
      date: '2024-01-18',
    });
    expect(signatureDate([...end, ...related], 0)).toBeNull();
  });

  it('does not take a date after the page’s closing chrome for the signature date', () => {
    const page = ['六、其他需要报告的事项', '无。', '某某市交通运输局', '2024年1月18日'];
    const chrome = [
      '上一篇：某某市交通运输局2022年政府信息公开工作年度报告',
      '【打印】 【关闭】',
      '2024-03-05',
    ];
    expect(signatureDate([...page, ...chrome], 0)).toEqual({ line: 3, date: '2024-01-18' });
    expect(signatureDate(['六、其他需要报告的事项', '无。', ...chrome], 0)).toBeNull();
  });

  it('reads the Published Time a web-to-Markdown capture puts above the page', () => {
    const header = [
      'Title: 某局2023年政府信息公开工作年度报告',
      '',
      'URL Source: http://x.gov.cn/a/1.html',
    ];
    expect(labelledDate([...header, '', 'Published Time: 2024-02-05T09:30:00+08:00'])).toBe(
      '2024-02-05',
    );
  });

  it('reads a 发布日期 whose date sits alone on the next line, as a flattened info table prints it', () => {
    const bar = ['索引号：', '11320100MB1234567X/2024-00012', '发布机构：', '江宁市交通运输局'];
    expect(labelledDate([...bar, '发布日期：', '2024-02-05', '江宁市交通运输局2023年…'])).toBe(
      '2024-02-05',
    );
    expect(labelledDate(['成文日期：', '', '2024-01-10', '发布日期：', '2024-02-05 10:11'])).toBe(
      '2024-02-05',
    );
    // The next line is no date, or a sentence that holds one: not taken.
    expect(labelledDate(['发布日期：', '2024年1月5日，我局召开会议。'])).toBeNull();
    expect(labelledDate(['发布日期：', '来源：本站', '2024-02-05'])).toBeNull();
    expect(
      signatureDate(['六、其他需要报告的事项', '无。', '某局', '2024年1月5日', '图表数据'], 0),
    ).toEqual({
      line: 3,
      date: '2024-01-05',
    });
  });

  it('reads a labelled date written as eight digits (发布日期：20240305), and only right after its label', () => {
    expect(labelledDate(['发布日期：20240305'])).toBe('2024-03-05');
    expect(labelledDate(['发布时间: 20240305 09:30'])).toBe('2024-03-05');
    expect(labelledDate(['发布日期：20241305'])).toBeNull();
    expect(labelledDate(['发布日期：2024030512'])).toBeNull();
  });

  it('reads a date label spaced out character by character, as Word and some CMS templates print it', () => {
    for (const label of [
      '发 布 日 期：',
      '发　布　时　间：',
      '发 布 时 间 ：',
      '发  布  日  期 : ',
      '公 开 日 期：',
      '成 文 日 期：',
    ])
      expect(labelledDate(['江宁市交通运输局2023年…', `${label}2024年1月20日`]), label).toBe(
        '2024-01-20',
      );
    expect(labelledDate(['成 文 日 期：2024-01-10', '发 布 日 期：2024-02-05'])).toBe('2024-02-05');
    // A bare spaced 日 期 in the info bar under the title.
    expect(
      topDate(
        ['某局2023年政府信息公开工作年度报告', '日　期：2024-02-05  来源：本站', '一、总体情况'],
        2,
      ),
    ).toBe('2024-02-05');
    // The same spaced label again a few lines away is a list of other pages.
    const related = [
      '相关阅读',
      '某局关于…的通知',
      '发 布 时 间：2024-03-01',
      '某局…',
      '发布时间：2024-03-02',
    ];
    expect(labelledDate(['某局2023年政府信息公开工作年度报告', '正文', ...related])).toBeNull();
  });
});

describe('the date of a page’s info bar', () => {
  const TITLE = '江宁市交通运输局2023年政府信息公开工作年度报告';
  const page = (...bar: string[]): string[] => [
    '首页 > 政府信息公开 > 政府信息公开年报',
    '索引号：11320100MB1234567X/2024-00012 发布机构：江宁市交通运输局',
    TITLE,
    ...bar,
    '本年度报告根据《中华人民共和国政府信息公开条例》编制。',
    '一、总体情况',
  ];
  const top = (lines: string[]): string | null => topDate(lines, lines.length - 1);

  it('is read after a bare 日期 or 时间 label, alone or among the bar’s other fields', () => {
    expect(top(page('日期：2024-02-05'))).toBe('2024-02-05');
    expect(top(page('时间：2024-02-05'))).toBe('2024-02-05');
    expect(top(page('来源：江宁市交通运输局  时间：2024-02-05  浏览次数：128'))).toBe('2024-02-05');
    expect(top(page('信息来源：本站 日期：2024年02月05日 作者：办公室'))).toBe('2024-02-05');
  });

  it('is read from a bracketed date, a date before 来源, or a date alone under the title', () => {
    expect(top(page('[ 2024-02-05 ]'))).toBe('2024-02-05');
    expect(top(page('（2024年1月18日）'))).toBe('2024-01-18');
    expect(top(page('2024-02-05 来源：本站'))).toBe('2024-02-05');
    expect(top(page('2024-02-05来源：本站'))).toBe('2024-02-05');
    expect(top(page('2024年2月5日来源：江宁市交通运输局浏览次数：12'))).toBe('2024-02-05');
    expect(top(page('2024-02-05 10:11 来源：本站 浏览次数：12'))).toBe('2024-02-05');
    expect(top(page('[ 2024-02-05 10:11:12 ]'))).toBe('2024-02-05');
    expect(top(page('2024-02-05 10:11:12'))).toBe('2024-02-05');
    expect(top([TITLE, '', '2024-02-18', '', '本年度报告根据条例编制。', '一、总体情况'])).toBe(
      '2024-02-18',
    );
  });

  it('is not taken from a list of other years’ reports above the title, and that list is not the title', () => {
    const lines = [
      '相关阅读',
      '江宁市交通运输局2022年政府信息公开工作年度报告',
      '2023-01-20',
      '江宁市交通运输局2021年政府信息公开工作年度报告',
      '2022-01-25',
      TITLE,
      '本年度报告根据《中华人民共和国政府信息公开条例》编制。',
      '一、总体情况',
    ];
    expect(findTitle(lines, 7)).toBe(TITLE);
    expect(topDate(lines, 7)).toBeNull();
    const dated = [...lines.slice(0, 6), '2024-02-05', ...lines.slice(6)];
    expect(findTitle(dated, 8)).toBe(TITLE);
    expect(topDate(dated, 8)).toBe('2024-02-05');
  });

  it('is not the date of a site header or a sidebar news item above the title', () => {
    expect(top(['日期：2024年3月5日 星期二', ...page('时间：2024-01-18')])).toBe('2024-01-18');
    expect(top(['日期：2024年3月5日 星期二', ...page()])).toBeNull();
    const news = [
      '最新动态',
      '市局召开2024年工作会议',
      '日期：2024-03-01',
      '开展安全检查',
      '日期：2024-02-20',
    ];
    expect(top([...news, ...page('2024-01-18 来源：本站')])).toBe('2024-01-18');
    // An info bar above the title, with the page's other fields, still gives the date.
    expect(top(['来源：本站  日期：2024-02-05  浏览次数：12', ...page()])).toBe('2024-02-05');
  });

  it('is not an update time, a 统计时间, or a date in the narrative', () => {
    expect(top(page('更新时间：2024-02-05'))).toBeNull();
    expect(top(page('统计时间：2023年1月1日至2023年12月31日'))).toBeNull();
    expect(top(page('2024年3月5日，市政府召开政务公开工作会议。'))).toBeNull();
    expect(top(['2024-02-18', TITLE, '一、总体情况'])).toBeNull();
    // Below the first heading nothing is the page's chrome.
    const lines = [TITLE, '一、总体情况', '日期：2024-02-05'];
    expect(topDate(lines, 1)).toBeNull();
  });
});
