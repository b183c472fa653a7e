import { FORMAT_2021 } from '@xxgk/model';
import { describe, expect, it } from 'vitest';
import { docxParts } from '../docx/testing/docx-xml.js';
import {
  noticeFileName,
  noticeTemplate,
  noticeText,
  PROCEDURAL_TEMPLATES,
  REMEDIES,
  renderNotice,
  REPLY_TEMPLATES,
  type NoticeInput,
} from './index.js';

/** The outcomes as @xxgk/casework defines them: the result rows of table 三 (2021). */
const OUTCOME_KEYS = FORMAT_2021.applicationRows.filter((r) => r.result).map((r) => r.key);

const CASE: NoticeInput = {
  agencyName: '某某市自然资源和规划局',
  number: '〔2025〕第0001号',
  applicantName: '张三',
  receivedOn: '2025-09-26',
  content: '2024年某某地块土地征收批复文件',
  issuedOn: '2025-10-30',
};

/** The visible text of a DOCX's body, runs joined. */
function documentText(bytes: Uint8Array): string {
  const xml = docxParts(bytes)['word/document.xml'] ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1] ?? '').join('');
}

describe('the 告知书 templates', () => {
  it('have a reply template for every result row of table 三 and none for other rows', () => {
    expect(OUTCOME_KEYS).toHaveLength(21);
    expect([...REPLY_TEMPLATES.keys()].sort()).toEqual([...OUTCOME_KEYS].sort());
  });

  it.each(OUTCOME_KEYS)('cite for outcome %s an article that the text really contains', (key) => {
    const template = noticeTemplate(key);
    const articles = template.articles(CASE);
    expect(articles.length).toBeGreaterThan(0);
    const text = noticeText(key, CASE).paragraphs.join('');
    expect(text).toContain('《中华人民共和国政府信息公开条例》');
    for (const article of articles) expect(text).toContain(article);
    expect(text).toContain(REMEDIES);
  });

  it('cite the articles the brief of each ground names', () => {
    const cites = (key: string, input: NoticeInput = CASE) =>
      noticeTemplate(key).articles(input).join('、');
    expect(cites('granted')).toBe('第三十六条第（二）项');
    expect(
      cites('granted', { ...CASE, alreadyPublishedAt: '本局门户网站“法定主动公开内容”栏目' }),
    ).toBe('第三十六条第（一）项');
    expect(cites('partiallyGranted')).toContain('第三十七条');
    expect(cites('withheld.stateSecret')).toContain('第十四条');
    expect(cites('withheld.thirdPartyRights')).toContain('第十五条');
    expect(cites('withheld.internalAffairs')).toContain('第十六条第一款');
    expect(cites('withheld.processInformation')).toContain('第十六条第二款');
    expect(cites('unableToProvide.notHeld')).toBe('第三十六条第（四）项');
    expect(cites('unableToProvide.notHeld', { ...CASE, responsibleAgency: '某某区政府' })).toBe(
      '第三十六条第（五）项',
    );
    expect(cites('unableToProvide.needsCreation')).toBe('第三十八条');
    expect(cites('notProcessed.repeated')).toBe('第三十六条第（六）项');
    expect(cites('notProcessed.petition')).toBe('第三十九条第一款');
    expect(cites('notProcessed.publications')).toBe('第三十九条第二款');
    expect(cites('notProcessed.excessive')).toBe('第三十五条');
    expect(cites('otherHandling.noCorrection')).toBe('第三十条');
    expect(cites('otherHandling.unpaidFee')).toContain('国办函〔2020〕109号');
    expect(cites('supplementRequest')).toContain('第三十条');
    expect(cites('extension')).toBe('第三十三条第二款');
    expect(cites('consultation')).toBe('第三十二条');
    expect(cites('feeNotice')).toContain('第四十二条');
    expect(cites('feeNotice')).toContain('国办函〔2020〕109号');
  });

  it.each([...PROCEDURAL_TEMPLATES.keys()])(
    'fill the procedural notice %s from the case',
    (kind) => {
      const input: NoticeInput = {
        ...CASE,
        respondBy: '2025-10-13',
        extendedTo: '2025-11-27',
        consultee: '某某置业有限公司',
        fee: { method: 'perVolume', amountYuan: 1100, pages: 120, payBy: '2025-11-20' },
      };
      const text = noticeText(kind, input);
      const body = text.paragraphs.join('');
      for (const article of noticeTemplate(kind).articles(input)) expect(body).toContain(article);
      expect(body).toContain('2025年9月26日');
    },
  );

  it('say in the 补正 notice by when to correct, and in the fee notice the amount and method', () => {
    const supplement = noticeText('supplementRequest', { ...CASE, respondBy: '2025-10-13' });
    expect(supplement.paragraphs.join('')).toContain('于2025年10月13日前');
    expect(supplement.paragraphs.join('')).not.toContain(REMEDIES);
    const fee = noticeText('feeNotice', {
      ...CASE,
      fee: { method: 'perItem', amountYuan: 5500, itemsInMonth: 45 },
    });
    expect(fee.paragraphs.join('')).toContain('累计45件');
    expect(fee.paragraphs.join('')).toContain('按件计收信息处理费5500元');
  });

  it('address the consultation letter to the third party, not the applicant', () => {
    const text = noticeText('consultation', { ...CASE, consultee: '某某置业有限公司' });
    expect(text.salutation).toBe('某某置业有限公司');
    expect(text.paragraphs[0]).toContain('张三');
    expect(text.paragraphs.join('')).toContain('15个工作日');
  });

  it('state a withdrawal only when told, leaving a marked blank otherwise', () => {
    const blank = noticeText('otherHandling.other', CASE).paragraphs.join('');
    expect(blank).not.toContain('撤回该政府信息公开申请，本机关终止办理');
    expect(blank).toContain('（请填写办理情况');
    const told = noticeText('otherHandling.other', {
      ...CASE,
      details: '您已于2025年10月9日撤回该政府信息公开申请，本机关终止办理。',
    });
    expect(told.paragraphs.join('')).toContain('您已于2025年10月9日撤回');
  });

  it('print the reasons of a 部分公开 as paragraphs of their own, one per line typed', () => {
    const blank = noticeText('partiallyGranted', CASE).paragraphs;
    expect(blank.at(-2)).toBe('（不予公开部分的理由）');
    const text = noticeText('partiallyGranted', {
      ...CASE,
      details: '一、第3页含有第三方个人信息。\r\n\n二、第5页为内部讨论记录。',
    }).paragraphs;
    expect(text).not.toContain('（不予公开部分的理由）');
    expect(text.slice(-3, -1)).toEqual([
      '一、第3页含有第三方个人信息。',
      '二、第5页为内部讨论记录。',
    ]);
    const other = noticeText('otherHandling.other', {
      ...CASE,
      details: '申请人来电要求改为邮寄。\n本机关已于2025年10月9日邮寄。',
    }).paragraphs;
    expect(other.at(-3)).toMatch(/告知如下：申请人来电要求改为邮寄。$/u);
    expect(other.at(-2)).toBe('本机关已于2025年10月9日邮寄。');
  });

  it('end what the 补正 notice asks to correct with one full stop, whatever the clerk typed', () => {
    const text = noticeText('supplementRequest', {
      ...CASE,
      correction: '未写明文件名称或文号。 ',
      respondBy: '2025-10-15',
    }).paragraphs.join('');
    expect(text).toContain('经审查，您的申请内容不明确：未写明文件名称或文号。根据');
    const lines = noticeText('supplementRequest', {
      ...CASE,
      correction: '一、未写明文件名称；\n二、未写明制作机关。\n',
    }).paragraphs.join('');
    expect(lines).toContain('不明确：一、未写明文件名称；二、未写明制作机关。根据');
    const none = noticeText('supplementRequest', CASE).paragraphs.join('');
    expect(none).toContain('经审查，您的申请内容不明确。根据');
  });

  it('refuse a kind it has no template for', () => {
    expect(() => noticeTemplate('carriedOver')).toThrow(/告知书模板/u);
  });

  it('name the file after the case number and the title', () => {
    expect(noticeFileName('granted', CASE)).toBe('〔2025〕第0001号政府信息公开申请答复告知书.docx');
  });
});

describe('the 告知书 DOCX', () => {
  it('parses as a Word document whose text has the number, the article and the remedies', async () => {
    const bytes = await renderNotice('withheld.thirdPartyRights', {
      ...CASE,
      details: '该信息涉及某某置业有限公司的商业秘密，经征求意见，该公司不同意公开。',
    });
    const parts = docxParts(bytes);
    expect(Object.keys(parts)).toContain('word/document.xml');
    const text = documentText(bytes);
    expect(text).toContain('政府信息公开申请答复告知书');
    expect(text).toContain('〔2025〕第0001号');
    expect(text).toContain('张三：');
    expect(text).toContain('本机关于2025年9月26日收到您提出的政府信息公开申请');
    expect(text).toContain('2024年某某地块土地征收批复文件');
    expect(text).toContain('第十五条');
    expect(text).toContain('第三十六条第（三）项');
    expect(text).toContain('不同意公开');
    expect(text).toContain(REMEDIES);
    expect(text).toContain('某某市自然资源和规划局');
    expect(text).toContain('2025年10月30日');
  });

  it('sets the title in 2号 小标宋 and the body in 3号 仿宋 on an A4 page', async () => {
    const xml = docxParts(await renderNotice('granted', CASE))['word/document.xml'] ?? '';
    expect(xml).toMatch(
      /w:eastAsia="方正小标宋简体"[^]*?<w:sz w:val="44"\/>[^]*?政府信息公开申请答复告知书/u,
    );
    expect(xml).toMatch(/w:eastAsia="仿宋_GB2312"[^]*?<w:sz w:val="32"\/>[^]*?本机关于/u);
    expect(xml).toContain('w:w="11906"');
    expect(xml).toContain('w:h="16838"');
  });

  it('renders every outcome’s reply without failing, each naming its own article', async () => {
    for (const key of OUTCOME_KEYS) {
      const text = documentText(await renderNotice(key, CASE));
      for (const article of noticeTemplate(key).articles(CASE)) expect(text).toContain(article);
    }
  });

  it('drops characters XML forbids instead of writing a file Word refuses', async () => {
    const text = documentText(
      await renderNotice('granted', { ...CASE, content: '文件\u0001名称' }),
    );
    expect(text).toContain('文件名称');
  });
});
