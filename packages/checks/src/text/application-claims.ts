import { claimSet, findClaimSet, otherPeriod, type Claim, type ClaimContext } from './claims.js';
import { COLUMN_SOURCE, SUB_ROW_SOURCE, type TargetKey } from './application-targets.js';
import type { TextView } from './text-view.js';
import { tableProse } from './table-prose.js';
import { CHINESE_DIGIT } from './numbers.js';

const UNIT = String.raw`\s*(?:件次|件|条|个|份|宗|例)`;
/**
 * A figure that opens its pattern: Arabic digits, or a Chinese numeral after 有 (另有二十五件…),
 * after a punctuation mark (…1113件，二十五件结转至…) or opening its paragraph (二十五件申请顺延至
 * 下年度答复。): a pattern that opens with a bare numeral would be tried at every 一 of the text.
 * (A paragraph's start is `(?<![^\n])`: the same whether a paragraph is searched alone or the
 * whole narrative at once. Each paragraph is searched alone, only those holding the kind's
 * anchors, so it no longer costs what `^` did when the whole narrative was one search.)
 */
const LEADING_N = String.raw`(?:(?<n>\d+)|(?:(?<![^\n])|(?:另|尚|还|仍)?有|[，,。；;])(?<cn>${CHINESE_DIGIT}+))`;
/**
 * Anchors (see `ClaimKind.anchors`): the words one of which every match of the kind holds, or
 * two characters of them (a measure word, or a single character, would let most paragraphs of
 * a report in). The verbs of a received figure; carried over or forward; deferred.
 */
const RECEIVED = ['新收', '新增', '收到', '受理', '接收', '接到', '登记'];
const CARRIED = ['结转'];
/**
 * A word of each row label of groups (三)–(五) (see `SUB_ROWS`): 秘密 of 属于国家秘密… The rarest
 * pair of each label, not its plainest word: 明确, 过程, 查询, 内部, 信访 are common in narrative
 * (明确 was in 11 of the seeds' paragraphs, each then searched for every label), while 仍不 of
 * 补正后申请内容仍不明确 or 程性 of 过程性信息 are in the label and hardly anywhere else. 复申 serves
 * both 重复申请 and 反复申请.
 */
const SUB_ROW_ANCHORS = [
  '秘密',
  '禁止',
  '稳定',
  '三方',
  '部事',
  '程性',
  '案卷',
  '询事',
  '掌握',
  '另行',
  '仍不',
  '诉类',
  '复申',
  '出版',
  '出具',
];
/** Last year's applications moved into this one: 含2023年转至今年办理的3件. */
const MOVED_IN = ['转至', '转入'];
const DEFERRED = ['结转', '顺延', '转入', '延续'];
/**
 * A measure word, or none right before a sentence mark: “收到和办理依申请公开2，” still states
 * a figure (writing.measure-word reports the missing word).
 */
const UNIT_OR_MARK = String.raw`(?:${UNIT}|(?=[,，。；;]))`;
/** Clauses about other kinds of case: their counts are not applications. */
const NOT_APPLICATIONS = /复议|诉讼|建议|提案|信访|举报|投诉|咨询|留言|来信|来电|热线|12345/u;
const MENTIONS_APPLICATIONS = /申请/u;
/** A paragraph about disclosure requests: its bare 申请 are those. */
const ABOUT_APPLICATIONS = /依申请公开|政府信息公开申请|信息公开申请/u;
/**
 * A way of replying named right before 答复 (in the same 、-list item): 通过电子邮件答复12件、
 * 邮寄答复5件, 延期答复3件 count a part of the replies, not all of them.
 */
const ONE_WAY =
  /(?:网上|网络|线上|在线|邮件|邮寄|当面|现场|书面|口头|电话|传真|短信|信函|平台|方式|形式|渠道|延期|逾期)[^、，,]{0,4}$/u;

/**
 * A rate of 100% in the sentence: 其中按期办结36件，按期办结率达100% — the part after 其中 is then
 * all of them.
 */
const ALL_ON_TIME = /(?:办结|答复|办复)率(?:达到|达|为)?100(?:\.0+)?%/u;

type Accept = (c: ClaimContext, year: number | null) => boolean;
const plain: Accept = (c) => !NOT_APPLICATIONS.test(c.clause);
const thisYear: Accept = (c, year) => plain(c, year) && !otherPeriod(c.before, year);
const aboutApplications: Accept = (c, year) =>
  (MENTIONS_APPLICATIONS.test(c.sentence) || MENTIONS_APPLICATIONS.test(c.since)) &&
  thisYear(c, year);
const lastYear: Accept = (c, year) =>
  plain(c, year) && (c.groups.y === undefined || year === null || Number(c.groups.y) === year - 1);
const nextYear: Accept = (c, year) =>
  plain(c, year) && (c.groups.y === undefined || year === null || Number(c.groups.y) === year + 1);
/**
 * An outcome count: 予以公开5件, 无法提供的182件, 予以公开答复966件, or without its measure word before
 * a mark (部分公开67，占4.61%).
 */
const outcome = (key: TargetKey, words: string, anchors: readonly string[]) => ({
  key,
  source: String.raw`(?:${words})(?:的)?(?:答复)?(?:申请)?(?:共)?{N}${UNIT_OR_MARK}`,
  accept: thisYear,
  anchors,
});

/**
 * Every phrasing of a figure about applications, searched in one pass over each paragraph that
 * holds one of the kinds' anchors, with only the kinds whose anchors it holds: the whole
 * pattern has 20 alternatives, and V8 tries each at every index it reads. Where two could match
 * at the same place the earlier wins (办理完毕3件 is answered, not handled).
 */
export const APPLICATION_FIGURES = claimSet<TargetKey | 'subRow' | 'column'>([
  {
    key: 'received',
    anchors: RECEIVED,
    // The figure before its noun: 共收到12件政府信息公开申请 (not 12件…行政复议申请). First:
    // the next kind matches there too (its span is empty) and would reject it.
    source: String.raw`(?:新收|新增|收到|受理|接收|接到|登记)(?:了)?(?:共|共计|合计)?{N}\s*(?:件|份)(?:次)?(?:的)?(?:政府信息公开|依申请公开|信息公开)(?:的)?(?:申请|事项|请求)`,
    // 其中，通过网上平台收到8件政府信息公开申请: one channel's part of the total.
    accept: (c, year) => !/其中/u.test(c.lead) && !otherPeriod(c.before, year),
  },
  {
    key: 'received',
    anchors: ['收到', '受理', '接到', '接收'],
    // 本年度全区共收到70件申请 in a paragraph about 依申请公开 (the paragraph says what they are).
    // Before the next kind, which matches here too and would reject it.
    source: String.raw`(?:收到|受理|接收|接到)(?:了)?(?:共|共计|合计)?{N}\s*(?:件|份)(?:的)?申请(?![^，,。；;\n]{0,6}(?:复议|诉讼|许可|审批|事项))`,
    accept: (c, year) =>
      ABOUT_APPLICATIONS.test(c.paragraph) &&
      !/其中/u.test(c.lead) &&
      !NOT_APPLICATIONS.test(c.clause) &&
      !otherPeriod(c.before, year),
  },
  {
    key: 'received',
    anchors: RECEIVED,
    // The span may name the applicants: 收到公民、法人和其他组织提出的政府信息公开申请 (22).
    source: String.raw`(?:新收|新增|收到|受理|接收|接到|登记)(?<span>[^，,。；;：:\d\n]{0,28}?)(?:共|共计|合计)?{N}${UNIT_OR_MARK}`,
    accept: (c, year) => {
      const span = c.groups.span ?? '';
      return /申请/u.test(span) && !NOT_APPLICATIONS.test(span) && !otherPeriod(c.before, year);
    },
  },
  {
    key: 'received',
    // 未收到, 没有受理…, or 无/没有 before the applications: 无政府信息公开申请, 无依申请公开.
    anchors: ['收到', '受理', '接到', '接收', '没有', '无政', '无依'],
    source: String.raw`(?:未|没有|无)(?:新)?(?:收到|受理|接到|接收)(?:过)?(?:任何)?(?<span>[^，,。；;\d\n]{0,16}?)(?:政府信息公开|依申请公开|信息公开)(?:的)?(?:申请|事项)|(?:无|没有)(?:政府信息公开申请|依申请公开(?:申请|事项)?)(?![^，,。；;\n]{0,8}(?:复议|诉讼|收费|费用))`,
    // 未收到因政府信息公开申请引起的行政诉讼: no case, not no application.
    accept: (c, year) =>
      !NOT_APPLICATIONS.test(c.groups.span ?? '') &&
      !/复议|诉讼/u.test(c.clause.slice(c.before.length)) &&
      !otherPeriod(c.before, year),
  },
  {
    key: 'handled',
    anchors: ['办理'],
    source: String.raw`办理(?:了)?(?:政府信息公开|依申请公开)(?:申请)?(?:事项)?(?:共|共计)?{N}${UNIT_OR_MARK}`,
    accept: thisYear,
  },
  {
    key: 'naturalPersons',
    anchors: ['自然', '公民'],
    source: String.raw`(?:自然人|公民)(?:提出(?:的)?)?(?:申请)?(?:共)?{N}${UNIT}`,
    accept: aboutApplications,
  },
  {
    // One organisation column: 涉及自然人72件、商业企业3件 (group `col`).
    key: 'column',
    anchors: ['商业', '科研', '公益', '务机'],
    source: String.raw`(?<col>${COLUMN_SOURCE})(?:提出(?:的)?)?(?:申请)?(?:共)?{N}${UNIT}`,
    accept: aboutApplications,
  },
  {
    key: 'organisations',
    anchors: ['法人'],
    source: String.raw`法人(?:或|和|及)?其他组织(?:提出(?:的)?)?(?:申请)?(?:共)?{N}${UNIT}`,
    accept: aboutApplications,
  },
  {
    key: 'carriedOver',
    anchors: CARRIED,
    source: String.raw`(?:上年(?:度)?|上一年(?:度)?|(?<y>\d{4})\s*年(?:度)?)(?:的)?(?:申请)?结转(?:而来)?(?:的)?(?:政府信息公开|依申请公开|信息公开)?(?:申请)?(?:事项|办理件)?(?:共)?{N}${UNIT}`,
    accept: lastYear,
  },
  {
    key: 'carriedOver',
    anchors: MOVED_IN,
    // 含2023年转至今年办理的3件 (among the year's applications handled).
    source: String.raw`(?:上(?:一)?年(?:度)?|(?<y>\d{4})\s*年(?:度)?)(?:的)?(?:申请)?(?:转至|转入)(?:今年|本年(?:度)?)(?:继续)?(?:办理|处理|答复)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:共)?{N}${UNIT}`,
    accept: lastYear,
  },
  {
    key: 'carriedOver',
    anchors: CARRIED,
    source: String.raw`结转上(?:一)?年(?:度)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:共)?{N}${UNIT}`,
    accept: plain,
  },
  {
    key: 'carriedOver',
    anchors: CARRIED,
    // The figure before its noun: 另有3件为上年结转申请.
    source: String.raw`${LEADING_N}\s*件(?:申请)?(?:为|系|是|属|属于)(?:上(?:一)?年(?:度)?|(?<y>\d{4})\s*年(?:度)?)(?:的)?(?:申请)?结转`,
    accept: lastYear,
  },
  {
    key: 'carriedOver',
    anchors: CARRIED,
    source: String.raw`(?:无|没有)上(?:一)?年(?:度)?结转|上(?:一)?年(?:度)?(?:无|没有)结转`,
    accept: plain,
  },
  {
    key: 'totalProcessed',
    // 办结, 答复, 办理完毕, 处理完毕, 办理完成, 作出答复, 予以答复, 完成答复.
    anchors: ['办结', '答复', '完毕', '完成'],
    source: String.raw`(?:办结|答复|办理完毕|处理完毕|办理完成|作出答复|予以答复|完成答复)(?:办理)?(?:了)?(?:政府信息公开|依申请公开)?(?:申请)?(?:共|共计)?{N}${UNIT}`,
    accept: (c, year) =>
      aboutApplications(c, year) &&
      (!/其中/u.test(c.before) || ALL_ON_TIME.test(c.sentence)) &&
      !ONE_WAY.test(c.before),
  },
  {
    key: 'carriedForward',
    anchors: CARRIED,
    source: String.raw`结转(?:至|到|入)?(?:下(?:一)?年(?:度)?|(?<y>\d{4})\s*年(?:度)?)(?:继续)?(?:办理|处理|答复)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:共)?{N}${UNIT}`,
    accept: nextYear,
  },
  {
    key: 'carriedForward',
    anchors: DEFERRED,
    // A Chinese numeral only after 有/余 or a mark (LEADING_N): a pattern that opens with one
    // would otherwise be tried at every 一 of the text.
    // A short reason may come between (3件因在答复期内顺延至2024年答复), never a clause break.
    source: String.raw`${LEADING_N}\s*件(?:申请)?(?:[^，,。；;\d\n]{0,10}?)(?:需|将|已)?(?:结转|顺延|转入|延续)(?:至|到|入)?(?:下(?:一)?年(?:度)?|(?<y>\d{4})\s*年(?:度)?)`,
    accept: nextYear,
  },
  {
    key: 'carriedForward',
    anchors: ['结转', '顺延'],
    // 无结转下年度, and with the year named: 无结转2024年继续办理件.
    source: String.raw`(?:无|没有)(?:需)?(?:结转|顺延)(?:至|到)?(?:下(?:一)?年|(?<y>\d{4})\s*年)`,
    accept: nextYear,
  },
  // 予以公开及部分公开258件, 同意公开或部分公开共81件: the two rows together. First, so that its
  // 部分公开258件 is not read as partial disclosures alone.
  outcome(
    'grantedOrPartial',
    '(?<!部分)(?:予以公开|同意公开|全部公开)(?:及|和|或|与|、|或者)(?:予以)?部分公开',
    ['以公', '意公', '部公'],
  ),
  outcome('granted', '(?<!部分)(?:予以公开|同意公开|全部公开)', ['以公', '意公', '部公']),
  outcome('partiallyGranted', '部分(?:予以)?公开', ['部分']),
  outcome('withheld', '不予公开', ['予公']),
  outcome('unableToProvide', '无法提供', ['提供']),
  outcome('notProcessed', '不予处理', ['予处']),
  outcome('otherHandling', '其他处理', ['他处']),
  {
    // One row of a group, by its label: 属于四类过程性信息1件, 本办不掌握相关政府信息2件 (group `row`;
    // one kind for them all, so the set keeps one anchor bit and few kinds).
    key: 'subRow',
    anchors: SUB_ROW_ANCHORS,
    source: String.raw`(?<row>${SUB_ROW_SOURCE})(?:的)?(?:申请)?(?:共)?{N}${UNIT}`,
    accept: thisYear,
  },
]);

/**
 * Every figure about applications the narrative states, with what it is a figure of: received,
 * handled, by kind of applicant, carried over, answered, carried forward, or an outcome; and
 * those of the sentences under the headings of sections 二 and 三 (`tableProse`).
 */
export function applicationClaims(
  view: TextView,
  year: number | null,
): { target: TargetKey | 'subRow' | 'column'; claim: Claim }[] {
  const found = findClaimSet(view, APPLICATION_FIGURES, year);
  const prose = tableProse(view).other;
  if (prose) found.push(...findClaimSet(prose, APPLICATION_FIGURES, year));
  return found.map(({ key, claim }) => ({ target: key, claim }));
}
