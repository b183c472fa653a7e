import { describe, expect, it } from 'vitest';
import { parseDocument } from '../index.js';

describe('a copied page whose 索引号 table says 主题分类：其他', () => {
  it('still finds the title and agency below it: 其他 there is no cell of the report’s tables', async () => {
    const text = [
      '当前位置：',
      '首页',
      '政府信息公开',
      '政府信息公开年报',
      '索引号：\t11350128MB1234567X/2024-00012\t主题分类：\t其他',
      '发布机构：\t某县人民政府办公室\t发布日期：\t2024-03-08',
      '某县人民政府2023年度政府信息公开工作年度报告',
      '本报告所列数据统计期限为2023年1月1日至2023年12月31日。',
      '二、主动公开政府信息情况',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t0\t0\t0',
      '行政规范性文件\t7\t1\t47',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    const { report } = await parseDocument(new TextEncoder().encode(text), {
      fileName: 'copy.txt',
    });
    expect(report.title).toBe('某县人民政府2023年度政府信息公开工作年度报告');
    expect(report.agency).toBe('某县人民政府');
  });
});
