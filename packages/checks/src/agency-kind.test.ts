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
