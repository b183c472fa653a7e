import {
  seededRandom,
  type ApplicantType,
  type Article20Figures,
  type Channel,
} from '@xxgk/casework';
import { Calendar, type IsoDate } from '@xxgk/calendar';
import type { NewApplication, Repositories, schema, StoredCaseEvent } from '@xxgk/db';
import { checkEvent, withReplyDetails } from '../services/casework-applications.js';
import { protectIdentity } from '../services/casework-identity.js';

/**
 * A year and a bit of casework for two demo agencies, generated from a fixed seed (the same
 * cases on every start): 2025 wholly answered but two cases carried into 2026, 2026 up to early
 * December with open cases — one overdue, some due soon — every channel and applicant type,
 * 补正, extensions, consultations, a fee, a withdrawal; 复议/诉讼 cases, Article 20 figures and
 * proactive items. Every event goes through the same legality check as the API.
 */
export const DEMO_CASEWORK_AGENCIES = [
  '淄博高新技术产业开发区工业信息化和商务局',
  '淮安市人民政府',
] as const;

/** The last day the generated cases reach. */
export const DEMO_CASEWORK_UNTIL: IsoDate = '2026-12-04';

type Random = () => number;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
function weighted<T>(r: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return items[items.length - 1]![0];
}

const CHANNEL_WEIGHTS: readonly (readonly [Channel, number])[] = [
  ['onlinePlatform', 40],
  ['inPerson', 20],
  ['post', 20],
  ['email', 10],
  ['fax', 4],
  ['other', 6],
];
const TYPE_WEIGHTS: readonly (readonly [ApplicantType, number])[] = [
  ['naturalPerson', 60],
  ['commercial', 18],
  ['research', 5],
  ['socialWelfare', 5],
  ['legalService', 8],
  ['otherOrg', 4],
];
const PEOPLE = ['张伟', '王芳', '李娜', '刘强', '陈静', '杨洋', '赵磊', '黄敏', '周杰', '吴霞'];
const ORGS: Record<Exclude<ApplicantType, 'naturalPerson'>, readonly string[]> = {
  commercial: ['淄博鲁中新材料有限公司', '山东齐鑫化工有限公司', '淮安运河物流有限公司'],
  research: ['山东理工大学某研究所', '淮阴工学院某课题组'],
  socialWelfare: ['某市环保志愿者协会', '某市消费者权益服务中心'],
  legalService: ['山东某某律师事务所', '江苏某某律师事务所'],
  otherOrg: ['某村股份经济合作社', '某小区业主委员会'],
};
const TOPICS = [
  '2025年度工业企业技术改造专项资金补助名单及金额',
  '专精特新中小企业认定的评审材料和评分标准',
  '某化工园区扩区的规划环境影响评价文件',
  '某道路拓宽工程的立项批复和征地补偿标准',
  '招商引资项目投资协议的主要条款',
  '本单位2025年部门预算和“三公”经费支出',
  '某企业安全生产许可证的审批材料',
  '工业用地出让价格的确定依据',
  '数字经济发展专项资金的分配办法',
  '某产业园区污水处理设施的验收文件',
  '规模以上工业企业名单',
  '某项目节能审查意见',
];
const OPEN_OUTCOMES: readonly (readonly [string, number])[] = [
  ['granted', 40],
  ['partiallyGranted', 12],
  ['withheld.thirdPartyRights', 3],
  ['withheld.processInformation', 3],
  ['withheld.internalAffairs', 2],
  ['unableToProvide.notHeld', 14],
  ['unableToProvide.stillUnclear', 3],
  ['notProcessed.petition', 2],
  ['notProcessed.confirmation', 2],
  ['notProcessed.repeated', 1],
];

/**
 * What a clerk writes on the demo's replies that must state reasons (条例第三十六条第（三）项),
 * so their 告知书 read as a real one would rather than with the template's blank.
 */
const DEMO_REASONS: Readonly<Record<string, string>> = {
  partiallyGranted:
    '您申请的文件中，附件所列企业的银行账户、联系人及联系电话属于第三方的商业秘密和个人信息，经书面征求意见，第三方不同意公开，且不公开不会对公共利益造成重大影响，该部分不予公开。',
  'withheld.thirdPartyRights':
    '该信息载有企业的生产工艺和经营数据，属于商业秘密。本机关已书面征求该企业意见，其不同意公开，且不公开不会对公共利益造成重大影响。',
  'withheld.processInformation':
    '您申请的材料为本机关研究该事项时形成的讨论记录和内部请示，相关决定尚在研究过程中，属于过程性信息。',
  'withheld.internalAffairs':
    '您申请的材料为本机关内部人事安排和工作流程文件，不对外部产生直接约束力，属于内部事务信息。',
};

/** A demo reply with the reasons its outcome requires, through the API's own check. */
function withDemoReasons(event: StoredCaseEvent): StoredCaseEvent {
  if (event.type !== 'replied' || event.details !== undefined) return withReplyDetails(event);
  const details = DEMO_REASONS[event.outcome];
  return withReplyDetails(details ? { ...event, details } : event);
}

/** One generated case: its intake and its events in order. */
interface DemoCase {
  agency: string;
  intake: Omit<NewApplication, 'agencyId' | 'createdBy' | 'identity'> & {
    identityNumber: string | null;
  };
  events: StoredCaseEvent[];
}

/** A syntactically valid 18-digit 居民身份证 number (check digit per GB 11643) for the demo. */
function demoIdNumber(r: Random): string {
  const body = `370303${1960 + Math.floor(r() * 40)}${String(1 + Math.floor(r() * 12)).padStart(2, '0')}${String(1 + Math.floor(r() * 28)).padStart(2, '0')}${String(Math.floor(r() * 1000)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

function workingDayIn(r: Random, from: IsoDate, to: IsoDate, cal: Calendar): IsoDate {
  const start = Date.parse(`${from}T00:00:00Z`);
  const span = (Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000;
  let d = new Date(start + Math.floor(r() * (span + 1)) * 86_400_000).toISOString().slice(0, 10);
  while (!cal.isWorkingDay(d)) d = cal.addWorkingDays(d, 1);
  return d;
}

/** The receipt facts the channel's rule reads (条例第三十一条), all on `on`. */
function receiptFor(channel: Channel, on: IsoDate): NewApplication['receipt'] {
  if (channel === 'inPerson' || channel === 'other') return { submittedOn: on };
  if (channel === 'post') return { signedForOn: on };
  return { confirmedOn: on };
}

function scriptFor(r: Random, received: IsoDate, cal: Calendar, open: boolean): StoredCaseEvent[] {
  const add = (n: number) => cal.addWorkingDays(received, n);
  if (open) return [];
  const scenario = weighted(r, [
    ['plain', 62],
    ['supplement', 10],
    ['extension', 9],
    ['consultation', 8],
    ['fee', 4],
    ['withdrawn', 4],
    ['noCorrection', 3],
  ] as const);
  const outcome = weighted(r, OPEN_OUTCOMES);
  switch (scenario) {
    case 'plain':
      return [{ type: 'replied', date: add(3 + Math.floor(r() * 15)), outcome }];
    case 'supplement': {
      const asked = add(2);
      const got = cal.addWorkingDays(asked, 4);
      return [
        { type: 'supplementRequested', date: asked, respondBy: cal.addWorkingDays(asked, 10) },
        { type: 'supplementReceived', date: got },
        { type: 'replied', date: cal.addWorkingDays(got, 12), outcome },
      ];
    }
    case 'extension':
      return [
        { type: 'extensionApproved', date: add(17) },
        { type: 'replied', date: add(28 + Math.floor(r() * 8)), outcome },
      ];
    case 'consultation':
      return [
        { type: 'consultationStarted', date: add(5) },
        { type: 'consultationEnded', date: add(14) },
        {
          type: 'replied',
          date: add(19),
          outcome: pick(r, ['granted', 'partiallyGranted', 'withheld.thirdPartyRights']),
        },
      ];
    case 'fee':
      return [
        {
          type: 'feeNoticeIssued',
          date: add(6),
          fee: { method: 'perVolume', amountYuan: 130, pages: 230 },
        },
        { type: 'feePaid', date: add(9) },
        { type: 'replied', date: add(14), outcome: 'granted' },
      ];
    case 'withdrawn':
      return [{ type: 'withdrawn', date: add(2 + Math.floor(r() * 5)) }];
    case 'noCorrection': {
      const asked = add(3);
      // The notice's period passes without a 补正: the case ends as 其他处理·未补正 by itself.
      return [
        { type: 'supplementRequested', date: asked, respondBy: cal.addWorkingDays(asked, 10) },
      ];
    }
  }
}

/** The generated cases, in order of receipt per agency. */
export function demoCases(cal: Calendar = Calendar.builtIn()): DemoCase[] {
  const r = seededRandom(20_250_101);
  const cases: DemoCase[] = [];
  const make = (agency: string, from: IsoDate, to: IsoDate, n: number, openAfter: IsoDate) => {
    const dates = Array.from({ length: n }, () => workingDayIn(r, from, to, cal)).sort();
    for (const [i, received] of dates.entries()) {
      // The first six of each batch show every channel and every applicant column once.
      const channel =
        i < CHANNEL_WEIGHTS.length ? CHANNEL_WEIGHTS[i]![0] : weighted(r, CHANNEL_WEIGHTS);
      const type = i < TYPE_WEIGHTS.length ? TYPE_WEIGHTS[i]![0] : weighted(r, TYPE_WEIGHTS);
      const name = type === 'naturalPerson' ? pick(r, PEOPLE) : pick(r, ORGS[type]);
      cases.push({
        agency,
        intake: {
          channel,
          receipt: receiptFor(channel, received),
          receivedOn: received,
          applicantType: type,
          applicantName: name,
          identityNumber: type === 'naturalPerson' ? demoIdNumber(r) : null,
          content: pick(r, TOPICS),
          requestedForm: pick(r, ['纸质', '电子文档', '光盘']),
          requestedDelivery: pick(r, ['邮寄', '电子邮件', '自行领取']),
        },
        events: scriptFor(r, received, cal, received > openAfter),
      });
    }
  };
  const [a, b] = DEMO_CASEWORK_AGENCIES;
  make(a, '2025-01-06', '2025-12-19', 16, '2025-12-31');
  // Two of 2025's cases still open at the year's end: carried over into 2026.
  const carried = (on: IsoDate, events: StoredCaseEvent[]): DemoCase => ({
    agency: a,
    intake: {
      channel: 'onlinePlatform',
      receipt: { confirmedOn: on },
      receivedOn: on,
      applicantType: 'commercial',
      applicantName: '淄博鲁中新材料有限公司',
      identityNumber: null,
      content: '2025年度工业企业技术改造专项资金补助名单及金额',
      requestedForm: '电子文档',
      requestedDelivery: '电子邮件',
    },
    events,
  });
  cases.push(
    carried('2025-12-22', [{ type: 'replied', date: '2026-01-15', outcome: 'granted' }]),
    carried('2025-12-29', [
      { type: 'extensionApproved', date: '2026-01-23' },
      { type: 'replied', date: '2026-02-26', outcome: 'partiallyGranted' },
    ]),
  );
  make(a, '2026-01-05', '2026-09-30', 26, '2026-12-31');
  // Open at the end of the demo: one overdue (due 2026-11-30), some due soon, one paused.
  const open = (on: IsoDate, events: StoredCaseEvent[] = [], agency: string = a): DemoCase => ({
    agency,
    intake: {
      channel: 'inPerson',
      receipt: { submittedOn: on },
      receivedOn: on,
      applicantType: 'naturalPerson',
      applicantName: pick(r, PEOPLE),
      identityNumber: demoIdNumber(r),
      content: pick(r, TOPICS),
      requestedForm: '纸质',
      requestedDelivery: '邮寄',
    },
    events,
  });
  cases.push(
    open('2026-11-02'),
    open('2026-11-16'),
    open('2026-11-18'),
    open('2026-11-20', [{ type: 'consultationStarted', date: '2026-11-24' }]),
    open('2026-12-02'),
  );
  make(b, '2026-02-02', '2026-09-30', 12, '2026-12-31');
  cases.push(open('2026-11-23', [], b), open('2026-12-01', [], b));
  return cases;
}

const PROACTIVE: readonly [string, schema.ProactiveChannel, string][] = [
  ['关于开展2026年度工业企业技术改造项目申报工作的通知', 'portal', '通知公告'],
  ['2026年专精特新中小企业名单公示', 'portal', '公示公告'],
  ['工业和信息化领域惠企政策汇编', 'newMedia', '政策文件'],
  ['2025年度部门决算公开', 'portal', '财政预决算'],
  ['2026年度部门预算公开', 'portal', '财政预决算'],
  ['关于印发数字经济发展专项资金管理办法的通知', 'gazette', '政策文件'],
  ['政策解读：数字经济发展专项资金管理办法', 'newMedia', '政策解读'],
  ['2026年上半年工业经济运行情况', 'portal', '统计信息'],
  ['重点项目建设进展情况（第三季度）', 'portal', '重点领域'],
  ['安全生产专项整治工作情况', 'other', '重点领域'],
];

/**
 * Loads the demo casework through the repositories (inside the demo's transaction): the
 * applications with their events (each judged by the API's rules), review cases, Article 20
 * figures and proactive items of the two demo agencies.
 */
export async function loadDemoCasework(
  tx: Repositories,
  agencyIds: ReadonlyMap<string, number>,
  clerkIds: ReadonlyMap<string, number>,
): Promise<{ applications: number; reviewCases: number; proactiveItems: number }> {
  const cal = Calendar.builtIn();
  const ids: { agency: string; id: number }[] = [];
  for (const c of demoCases(cal)) {
    const agencyId = agencyIds.get(c.agency)!;
    const clerk = clerkIds.get(c.agency) ?? null;
    const { identityNumber, ...intake } = c.intake;
    let row = await tx.applications.create(
      {
        ...intake,
        agencyId,
        identity: identityNumber ? protectIdentity('居民身份证', identityNumber) : null,
        createdBy: clerk,
      },
      cal,
    );
    for (const e of c.events)
      row = await tx.applications.appendEvent(row.id, withDemoReasons(e), {
        recordedBy: clerk,
        calendar: cal,
        check: (app, event) => checkEvent(app, event, DEMO_CASEWORK_UNTIL, cal),
      });
    ids.push({ agency: c.agency, id: row.id });
  }
  const [a, b] = DEMO_CASEWORK_AGENCIES;
  const first = (agency: string, n: number) =>
    ids.filter((i) => i.agency === agency)[n]?.id ?? null;
  const reviews = [
    {
      agency: a,
      kind: 'reconsideration',
      app: first(a, 3),
      filedOn: '2025-05-12',
      result: 'upheld',
      decidedOn: '2025-07-10',
    },
    {
      agency: a,
      kind: 'litigationDirect',
      app: first(a, 9),
      filedOn: '2025-11-03',
      result: 'pending',
      decidedOn: null,
    },
    {
      agency: a,
      kind: 'reconsideration',
      app: first(a, 20),
      filedOn: '2026-04-20',
      result: 'corrected',
      decidedOn: '2026-06-15',
    },
    {
      agency: b,
      kind: 'litigationAfterReconsideration',
      app: first(b, 2),
      filedOn: '2026-07-06',
      result: 'pending',
      decidedOn: null,
    },
  ] as const;
  for (const rc of reviews)
    await tx.reviewCases.create({
      agencyId: agencyIds.get(rc.agency)!,
      kind: rc.kind,
      applicationId: rc.app,
      filedOn: rc.filedOn,
      result: rc.result,
      decidedOn: rc.decidedOn,
      createdBy: clerkIds.get(rc.agency) ?? null,
    });
  const figures = (scale: number): Article20Figures => ({
    regulations: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 2 * scale, repealed: 1, inForce: 11 + scale },
    licensingDecisions: 120 * scale,
    punishmentDecisions: 6 * scale,
    coercionDecisions: 0,
    feesWanYuan: 0,
  });
  for (const [agency, scale] of [
    [a, 1],
    [b, 3],
  ] as const)
    for (const year of [2025, 2026])
      await tx.article20.put(agencyIds.get(agency)!, year, figures(scale + year - 2025), null);
  const items = PROACTIVE.flatMap(([title, channel, category], i) =>
    [2025, 2026].map((year) => ({
      agencyId: agencyIds.get(a)!,
      title: title.replace('2026', String(year)).replace('2025', String(year - 1)),
      publishedOn: `${year}-${String(1 + ((i * 5) % 11)).padStart(2, '0')}-${String(3 + i * 2).padStart(2, '0')}`,
      channel,
      category,
      createdBy: clerkIds.get(a) ?? null,
    })),
  );
  await tx.proactiveItems.add(items);
  return { applications: ids.length, reviewCases: reviews.length, proactiveItems: items.length };
}
