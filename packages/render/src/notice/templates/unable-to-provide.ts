import { citing, detailsParagraph } from '../law.js';
import type { NoticeInput, NoticeTemplate } from '../types.js';

const NOT_FOUND = '第三十六条第（四）项';
const NOT_OURS = '第三十六条第（五）项';

/**
 * 三（四）1 本机关不掌握: not found after search (Art. 36(4)); when another agency is responsible
 * and known, the applicant is told which (Art. 36(5)).
 */
const NOT_HELD: NoticeTemplate = {
  kind: 'unableToProvide.notHeld',
  title: '政府信息公开申请答复告知书',
  remedies: true,
  articles: (input) => (input.responsibleAgency ? [NOT_OURS] : [NOT_FOUND]),
  decision: (input: NoticeInput) => [
    input.responsibleAgency
      ? `经审查，您申请获取的政府信息不属于本机关负责公开。${citing([NOT_OURS])}，现告知您：该政府信息的负责公开机关为${input.responsibleAgency}，请您向其提出申请。`
      : `经检索，本机关没有您申请获取的政府信息。${citing([NOT_FOUND])}，现告知您该政府信息不存在。`,
    ...detailsParagraph(input.details),
  ],
};

/**
 * 三（四）2 没有现成信息需要另行制作: the agency provides only what it has made or obtained.
 * @see 条例第三十八条
 */
const NEEDS_CREATION: NoticeTemplate = {
  kind: 'unableToProvide.needsCreation',
  title: '政府信息公开申请答复告知书',
  remedies: true,
  articles: () => ['第三十八条'],
  decision: (input) => [
    `经审查，本机关没有您所申请的现成信息，提供该信息需要本机关对现有政府信息进行加工、分析。${citing(['第三十八条'])}，本机关不予提供。`,
    ...detailsParagraph(input.details),
  ],
};

/**
 * 三（四）3 补正后申请内容仍不明确: the correction did not make the request identifiable.
 * @see 条例第二十九条第二款、第三十条
 */
const STILL_UNCLEAR: NoticeTemplate = {
  kind: 'unableToProvide.stillUnclear',
  title: '政府信息公开申请答复告知书',
  remedies: true,
  articles: () => ['第二十九条第二款', '第三十条'],
  decision: (input) => [
    `本机关已告知您对申请内容作出补正。经审查，补正后的申请内容仍不明确，本机关无法确定您所需的政府信息。${citing(['第二十九条第二款', '第三十条'])}，本机关无法向您提供。`,
    ...detailsParagraph(input.details),
  ],
};

/** 三（四）无法提供, one template per row. */
export const UNABLE_TO_PROVIDE: readonly NoticeTemplate[] = [
  NOT_HELD,
  NEEDS_CREATION,
  STILL_UNCLEAR,
];
