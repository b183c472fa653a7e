import type { FeeInput } from './calculate-fee.js';

/** A worked example of the fee calculator: the input, and the amount and explanation by hand. */
export interface FeeExample {
  title: string;
  input: FeeInput;
  /** 元, computed by hand from the bands. */
  amount: number;
  explanation: string;
}

/**
 * The calculator's worked examples, each computed by hand; the tests run every one. The first
 * per-piece example is domain.md §4.4's (45 applications in a month = 5,500 元).
 * @see 国办函〔2020〕109号 第四条、第五条
 */
export const FEE_EXAMPLES: readonly FeeExample[] = [
  {
    title: '一个月内45件：超额累进至第四档',
    input: { perPiece: { pieces: 45 } },
    amount: 5500,
    explanation:
      '按件计收（国办函〔2020〕109号第四条，同一申请人一个自然月内累计）：该申请人本自然月内第1至45件；第1至10件免费；第11至30件20件×100元/件=2000元；第31至40件10件×200元/件=2000元；第41至45件5件×300元/件=1500元；合计5500元。',
  },
  {
    title: '一个月内10件：不收费',
    input: { perPiece: { pieces: 10 } },
    amount: 0,
    explanation:
      '按件计收（国办函〔2020〕109号第四条，同一申请人一个自然月内累计）：该申请人本自然月内第1至10件；第1至10件免费；合计0元。',
  },
  {
    title: '本月第11件：第一件收费的申请',
    input: { perPiece: { previousThisMonth: 10, pieces: 1 } },
    amount: 100,
    explanation:
      '按件计收（国办函〔2020〕109号第四条，同一申请人一个自然月内累计）：该申请人本自然月此前已有10件，本申请计为第11件；第11件1件×100元/件=100元；合计100元。',
  },
  {
    title: '一个月内30件：第二档用满',
    input: { perPiece: { pieces: 30 } },
    amount: 2000,
    explanation:
      '按件计收（国办函〔2020〕109号第四条，同一申请人一个自然月内累计）：该申请人本自然月内第1至30件；第1至10件免费；第11至30件20件×100元/件=2000元；合计2000元。',
  },
  {
    title: '本月已有29件，一件申请按一事一申请拆为3件：跨两档',
    input: { perPiece: { previousThisMonth: 29, pieces: 3 } },
    amount: 500,
    explanation:
      '按件计收（国办函〔2020〕109号第四条，同一申请人一个自然月内累计）：该申请人本自然月此前已有29件，本申请计为第30至32件；第30件1件×100元/件=100元；第31至32件2件×200元/件=400元；合计500元。',
  },
  {
    title: '本月第51件：第五档',
    input: { perPiece: { previousThisMonth: 50, pieces: 1 } },
    amount: 400,
    explanation:
      '按件计收（国办函〔2020〕109号第四条，同一申请人一个自然月内累计）：该申请人本自然月此前已有50件，本申请计为第51件；第51件1件×400元/件=400元；合计400元。',
  },
  {
    title: '30页：不收费',
    input: { perPage: { pages: 30 } },
    amount: 0,
    explanation:
      '按量计收（国办函〔2020〕109号第五条，按每件申请的页数计算）：共30页；第1至30页免费；合计0元。',
  },
  {
    title: '31页：第一页收费',
    input: { perPage: { pages: 31 } },
    amount: 10,
    explanation:
      '按量计收（国办函〔2020〕109号第五条，按每件申请的页数计算）：共31页；第1至30页免费；第31页1页×10元/页=10元；合计10元。',
  },
  {
    title: '100页：第二档用满',
    input: { perPage: { pages: 100 } },
    amount: 700,
    explanation:
      '按量计收（国办函〔2020〕109号第五条，按每件申请的页数计算）：共100页；第1至30页免费；第31至100页70页×10元/页=700元；合计700元。',
  },
  {
    title: '200页：第三档用满',
    input: { perPage: { pages: 200 } },
    amount: 2700,
    explanation:
      '按量计收（国办函〔2020〕109号第五条，按每件申请的页数计算）：共200页；第1至30页免费；第31至100页70页×10元/页=700元；第101至200页100页×20元/页=2000元；合计2700元。',
  },
  {
    title: '250页：四档都有',
    input: { perPage: { pages: 250 } },
    amount: 4700,
    explanation:
      '按量计收（国办函〔2020〕109号第五条，按每件申请的页数计算）：共250页；第1至30页免费；第31至100页70页×10元/页=700元；第101至200页100页×20元/页=2000元；第201至250页50页×40元/页=2000元；合计4700元。',
  },
];
