import fc from 'fast-check';
import { foldText } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import {
  agencyFromTitle,
  agencyKind,
  mayMakeRegulations,
  publicationDeadline,
} from './agency-kind.js';

describe('the kind of body a name denotes', () => {
  it.each([
    ['淄博高新技术产业开发区工业信息化和商务局', 'department'],
    ['淄博市工业和信息化局', 'department'],
    ['山东省教育厅', 'department'],
    ['某某县人民政府办公室', 'department'],
    ['国家税务总局淄博市税务局', 'department'],
    ['教育部', 'ministry'],
    ['国家发展和改革委员会', 'ministry'],
    ['山东省人民政府', 'provincial-government'],
    ['上海市人民政府', 'provincial-government'],
    ['广西壮族自治区人民政府', 'provincial-government'],
    ['淮安市人民政府', 'city-government'],
    ['西乡县人民政府', 'county-government'],
    ['南湖区人民政府', 'county-government'],
    ['太平镇人民政府', 'township'],
    ['凤凰镇', 'township'],
    ['地藏街道办事处', 'subdistrict'],
    ['雅安经济开发区管理委员会', 'zone-committee'],
    ['某某', 'unknown'],
  ])('%s is a %s', (name, kind) => {
    expect(agencyKind(name)).toBe(kind);
  });

  it.each([
    ['江宁市', 'city-government'],
    ['上海市', 'provincial-government'],
    ['山东省', 'provincial-government'],
    ['西乡县', 'county-government'],
    ['江宁市秦淮区', 'county-government'],
    ['淄博高新技术产业开发区', 'unknown'],
    ['西咸新区', 'unknown'],
  ])('a bare place name %s (a government reporting for itself) is a %s', (name, kind) => {
    expect(agencyKind(name)).toBe(kind);
  });

  it('takes a government committee named 管理委员会 but governing no zone for a department', () => {
    expect(agencyKind('江宁市人民政府国有资产监督管理委员会')).toBe('department');
    expect(agencyKind('江宁市城市管理委员会')).toBe('department');
    expect(agencyKind('苏州工业园区管理委员会')).toBe('zone-committee');
    expect(agencyKind('黄山风景名胜区管理委员会')).toBe('zone-committee');
    expect(agencyKind('淄博高新区管委会')).toBe('zone-committee');
    expect(agencyKind('江宁市人民政府江宁经济开发区管理委员会')).toBe('zone-committee');
  });

  it('ignores a year the reader left at the end of the name', () => {
    expect(agencyKind('江宁市交通运输局二〇二三年度')).toBe('department');
    expect(agencyKind('江宁市交通运输局2023年')).toBe('department');
  });

  it('reads Traditional names and ignores spaces', () => {
    expect(agencyKind('鳳凰鎮 人民政府')).toBe('township');
  });

  it('lets only ministries and provincial governments make 规章 for certain', () => {
    expect(mayMakeRegulations('ministry')).toBe('yes');
    expect(mayMakeRegulations('provincial-government')).toBe('yes');
    expect(mayMakeRegulations('city-government')).toBe('unknown');
    expect(mayMakeRegulations('department')).toBe('no');
    expect(mayMakeRegulations('township')).toBe('no');
  });

  it('gives governments until 31 March and departments until 31 January by statute', () => {
    expect(publicationDeadline('county-government')).toEqual({
      month: 3,
      day: 31,
      certain: true,
      basis: 'statute',
    });
    expect(publicationDeadline('department')).toEqual({
      month: 1,
      day: 31,
      certain: true,
      basis: 'statute',
    });
    expect(publicationDeadline('unknown').certain).toBe(false);
  });

  it('gives towns and sub-districts the local 31 January, not a statutory one', () => {
    for (const kind of ['township', 'subdistrict'] as const)
      expect(publicationDeadline(kind)).toEqual({
        month: 1,
        day: 31,
        certain: false,
        basis: 'local-rules',
      });
  });

  it('finds the agency in a title before its year', () => {
    expect(agencyFromTitle('淄博市工业和信息化局2021年政府信息公开工作年度报告')).toBe(
      '淄博市工业和信息化局',
    );
    expect(agencyFromTitle('2024年度政府信息公开工作年度报告')).toBeNull();
    expect(agencyFromTitle('江宁市交通运输局二〇二三年度政府信息公开工作年度报告')).toBe(
      '江宁市交通运输局',
    );
    expect(agencyFromTitle('江宁市2023年政府信息公开工作年度报告')).toBe('江宁市');
    expect(agencyFromTitle('2023年上海市政府信息公开工作年度报告')).toBe('上海市');
    expect(agencyFromTitle('2024年度绍兴市上虞区经济和信息化局政府信息公开工作年度报告')).toBe(
      '绍兴市上虞区经济和信息化局',
    );
  });
});

/**
 * The kind as first written, with a pattern per test: the reference the string comparisons of
 * `agencyKind` must agree with.
 */
function agencyKindByPatterns(name: string): string {
  const n = foldText(name)
    .replace(/[\s\u3000]/gu, '')
    .replace(/[（(]?(?:\d{4}|[〇零○一二三四五六七八九]{4})年度?$/u, '');
  if (n.length === 0) return 'unknown';
  if (/(街道办事处|街道办|街道)$/u.test(n)) return 'subdistrict';
  if (/(人民政府办公室|人民政府办公厅|政府办公室|政府办公厅|政府办)$/u.test(n)) return 'department';
  if (
    /(管理委员会|管委会|工委)$/u.test(n) &&
    (!/人民政府.+委员会$|监督管理委员会$|城市管理委员会$/u.test(n) ||
      /开发区|高新区|新区|园区|示范区|试验区|实验区|保税区|合作区|经济区|产业区|工业区|管理区|功能区|旅游区|度假区|风景区|名胜区|景区|矿区|林区|港区/u.test(
        n,
      ))
  )
    return 'zone-committee';
  if (/(镇|乡|苏木)(人民政府|政府)?$/u.test(n)) return 'township';
  if (/^(北京|上海|天津|重庆)市?人民政府$/u.test(n) || /(省|自治区)人民政府$/u.test(n))
    return 'provincial-government';
  if (/(县|区|旗)人民政府$/u.test(n)) return 'county-government';
  if (/(市|州|盟)人民政府$/u.test(n)) return 'city-government';
  if (
    /^.{1,14}(?:省|自治区|市|州|盟|县|区|旗)$/u.test(n) &&
    !/局|委员会|办公室|厅|中心|政府|管委会|法院|检察院|公司|学校|开发区|高新区|新区|园区|示范区|试验区|实验区|保税区|合作区|经济区|产业区|工业区|管理区|功能区|旅游区|度假区|风景区|矿区|林区/u.test(
      n,
    )
  ) {
    if (/^(北京|上海|天津|重庆)市$/u.test(n) || /(省|自治区)$/u.test(n))
      return 'provincial-government';
    return /[县区旗]$/u.test(n) ? 'county-government' : 'city-government';
  }
  const national = /^(国务院|国家|中国|中华人民共和国)/u;
  if (national.test(n) && !/[省市县区州盟旗镇乡]/u.test(n.replace(national, ''))) return 'ministry';
  if (/^[^省市县区州盟旗镇乡]{1,12}(部|署)$/u.test(n)) return 'ministry';
  if (/(局|厅|委员会|委|办公室|办|中心|院|所|站|队|处|部|馆|署)$/u.test(n)) return 'department';
  return 'unknown';
}

describe('the kind of body a name denotes, by string comparisons', () => {
  it.each([
    ['公'.repeat(12) + '部', 'ministry'],
    ['公'.repeat(13) + '部', 'department'],
    ['𠀀'.repeat(12) + '署', 'ministry'],
    ['江'.repeat(14) + '市', 'city-government'],
    ['江'.repeat(15) + '市', 'unknown'],
    ['𠀀'.repeat(14) + '自治区', 'provincial-government'],
    ['江'.repeat(12) + '自治区', 'provincial-government'],
  ])('counts the characters before an ending as a pattern does: %s is %s', (name, kind) => {
    expect(agencyKind(name)).toBe(kind);
    expect(agencyKindByPatterns(name)).toBe(kind);
  });

  it('is what a pattern per test gives, for names made of the words they look for', () => {
    const word = fc.constantFrom(
      ...'北京 上海 重庆 江宁 淄博 国务院 国家 中国 中华人民共和国 省 自治区 市 州 盟 县 区 旗 镇 乡 苏木 街道 办事处 办 人民政府 政府 办公室 办公厅 管理委员会 管委会 工委 监督管理委员会 城市管理 委员会 开发区 新区 局 厅 委 中心 院 所 站 队 处 部 署 馆 公安 财政 2024 二〇二三 年 年度 （ ( 學 𠀀'.split(
        ' ',
      ),
      ' ',
      '\u3000',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 9 }), (words) => {
        const name = words.join('');
        expect(agencyKind(name)).toBe(agencyKindByPatterns(name));
      }),
      { numRuns: 3000 },
    );
  });
});
