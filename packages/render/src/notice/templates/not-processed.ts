import { citing, detailsParagraph } from '../law.js';
import type { NoticeTemplate } from '../types.js';

/** One row of table 三（五）: its article and wording. */
interface NotProcessedGround {
  key: string;
  article: string;
  /** The finding, completing "经审查，…". */
  finding: string;
  /** What the agency does about it, after the citation. */
  decision: string;
}

/**
 * The five grounds of table 三（五）不予处理.
 * 要求确认或重新出具已获取信息 rests, in common practice, on Art. 38 (the agency provides the
 * information it has made or obtained, not a new confirmation of it); the 条例 has no article
 * naming the case.
 * @see 条例第三十五条、第三十六条第（六）项、第三十八条、第三十九条
 */
const GROUNDS: readonly NotProcessedGround[] = [
  {
    key: 'notProcessed.petition',
    article: '第三十九条第一款',
    finding: '您以政府信息公开申请的形式进行信访、投诉、举报等活动',
    decision: '本机关不作为政府信息公开申请处理，您可以通过信访、投诉、举报等相应渠道提出',
  },
  {
    key: 'notProcessed.repeated',
    article: '第三十六条第（六）项',
    finding: '本机关已就您提出的政府信息公开申请作出答复，您本次重复申请公开相同的政府信息',
    decision: '本机关不予重复处理',
  },
  {
    key: 'notProcessed.publications',
    article: '第三十九条第二款',
    finding: '您申请的内容为要求提供政府公报、报刊、书籍等公开出版物',
    decision: '本机关不作为政府信息公开申请处理，您可以通过公开出版物的发行渠道获取',
  },
  {
    key: 'notProcessed.excessive',
    article: '第三十五条',
    finding: '您申请公开政府信息的数量、频次明显超过合理范围，经本机关要求说明理由，理由不合理',
    decision: '本机关不予处理',
  },
  {
    key: 'notProcessed.confirmation',
    article: '第三十八条',
    finding: '您要求本机关对已获取的政府信息进行确认或者重新出具',
    decision: '该申请不属于政府信息公开申请的处理范围，本机关不予处理',
  },
];

/** 三（五）不予处理, one template per ground. */
export const NOT_PROCESSED: readonly NoticeTemplate[] = GROUNDS.map((ground) => ({
  kind: ground.key,
  title: '政府信息公开申请答复告知书',
  remedies: true,
  articles: () => [ground.article],
  decision: (input) => [
    `经审查，${ground.finding}。${citing([ground.article])}，${ground.decision}。`,
    ...detailsParagraph(input.details),
  ],
}));
