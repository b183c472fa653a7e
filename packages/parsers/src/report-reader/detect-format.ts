import { formatForYear, type FormatId } from '@xxgk/model';
import { keyOf } from './label-key.js';
import { labelIndex } from './label-index.js';
import { isValueLike, type LabelMatches } from './match-labels.js';
import type { TokenStream } from './tokens.js';

const OTHER_HANDLING = keyOf('（六）其他处理');

/**
 * The national format the tables follow. Labels printed only in one format vote for it
 * (2019: 本年新制作数量, 上一年项目数量, 第二十条第（九）项, 政府集中采购 …; 2021: 本年制发件数,
 * 本年收费金额, the three rows under （六）其他处理); so does a （六）其他处理 row that carries
 * numbers itself (2019). With no evidence either way, the format of the report's year.
 * @see 国办公开办函〔2021〕30号
 * @see 国办公开办函〔2019〕60号
 */
export function detectFormat(
  stream: TokenStream,
  labels: LabelMatches,
  year: number | null,
): FormatId {
  const { evidence } = labelIndex();
  const votes: Record<FormatId, number> = { '2019': 0, '2021': 0 };
  for (const match of labels.matches) {
    const format = evidence.get(match.key);
    if (format) votes[format] += 1;
    else if (match.key === OTHER_HANDLING) {
      const next = match.end + 1;
      const label = stream.tokens[match.end];
      const token = stream.tokens[next];
      const sameRow = !label?.row || token?.line === label.line;
      if (token && sameRow && token.cls !== 'blank' && isValueLike(stream, labels, next))
        votes['2019'] += 1;
    }
  }
  if (votes['2019'] > votes['2021']) return '2019';
  if (votes['2021'] > votes['2019']) return '2021';
  return year !== null ? formatForYear(year) : '2021';
}
