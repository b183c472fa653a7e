import { citing, detailsParagraph } from '../law.js';
import type { NoticeTemplate } from '../types.js';

/** Art. 36(3): a refusal says so and gives its reasons; every withheld notice cites it. */
const REFUSAL = '第三十六条第（三）项';

/** One ground of refusal: the row of table 三（三）, the article it rests on and its wording. */
interface WithheldGround {
  key: string;
  article: string;
  /** Completes "经审查，您申请获取的政府信息…". */
  reason: string;
}

/**
 * The eight grounds of table 三（三）, each with the article that carries it.
 * 行政查询事项 rests on Art. 36(7): such records are obtained under the laws that govern them.
 * @see 条例第十四条、第十五条、第十六条、第三十六条第（三）项、第（七）项
 */
const GROUNDS: readonly WithheldGround[] = [
  {
    key: 'withheld.stateSecret',
    article: '第十四条',
    reason: '属于依法确定为国家秘密的政府信息',
  },
  {
    key: 'withheld.prohibitedByLaw',
    article: '第十四条',
    reason: '属于法律、行政法规禁止公开的政府信息',
  },
  {
    key: 'withheld.endangersSafety',
    article: '第十四条',
    reason: '公开后可能危及国家安全、公共安全、经济安全、社会稳定',
  },
  {
    key: 'withheld.thirdPartyRights',
    article: '第十五条',
    reason:
      '涉及商业秘密、个人隐私等公开后会对第三方合法权益造成损害的内容，第三方不同意公开，且不公开不会对公共利益造成重大影响',
  },
  {
    key: 'withheld.internalAffairs',
    article: '第十六条第一款',
    reason: '属于本机关的人事管理、后勤管理、内部工作流程等方面的内部事务信息',
  },
  {
    key: 'withheld.processInformation',
    article: '第十六条第二款',
    reason:
      '属于本机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息',
  },
  {
    key: 'withheld.enforcementFiles',
    article: '第十六条第二款',
    reason: '属于行政执法案卷信息',
  },
  {
    key: 'withheld.queryMatters',
    article: '第三十六条第（七）项',
    reason:
      '属于行政查询事项，有关法律、行政法规对该类信息的获取有特别规定，请您依照相关法律、行政法规的规定向有关机关办理查询',
  },
];

/** 三（三）不予公开, one template per ground. */
export const WITHHELD: readonly NoticeTemplate[] = GROUNDS.map((ground) => {
  const articles = [ground.article, REFUSAL];
  return {
    kind: ground.key,
    title: '政府信息公开申请答复告知书',
    remedies: true,
    articles: () => articles,
    decision: (input) => [
      `经审查，您申请获取的政府信息${ground.reason}。${citing(articles)}，本机关决定不予公开。`,
      ...detailsParagraph(input.details),
    ],
  };
});
