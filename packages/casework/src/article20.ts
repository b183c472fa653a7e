import type { Report } from '@xxgk/model';
import { z } from 'zod';

/**
 * An agency's yearly figures under 条例第二十条, as table 二 of the 2021 format counts them.
 * @see 条例第二十条第（一）、（五）、（六）、（八）项
 */
export interface Article20Figures {
  regulations: { issued: number; repealed: number; inForce: number };
  normativeDocuments: { issued: number; repealed: number; inForce: number };
  licensingDecisions: number;
  punishmentDecisions: number;
  coercionDecisions: number;
  /** 行政事业性收费, in 万元 (decimals allowed). */
  feesWanYuan: number;
}

const count = z.number().int().nonnegative();
const docs = z.object({ issued: count, repealed: count, inForce: count });

/** The zod schema of {@link Article20Figures}. */
export const article20Schema = z.object({
  regulations: docs,
  normativeDocuments: docs,
  licensingDecisions: count,
  punishmentDecisions: count,
  coercionDecisions: count,
  feesWanYuan: z.number().nonnegative(),
});

/** Table 二 of the 2021 format from the figures (`report.proactive`). */
export function proactiveTable2021(f: Article20Figures): Report['proactive'] {
  return {
    regulations: { ...f.regulations },
    normativeDocuments: { ...f.normativeDocuments },
    licensing: { decisions: f.licensingDecisions },
    punishment: { decisions: f.punishmentDecisions },
    coercion: { decisions: f.coercionDecisions },
    fees: { amountWanYuan: f.feesWanYuan },
  };
}
