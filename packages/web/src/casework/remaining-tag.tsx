import { Tag } from 'antd';
import type { Remaining } from '../api/casework.js';
import { remainingText, remainingTone, TONE_COLORS } from './remaining.js';

/** A case's remaining time as a coloured tag (red overdue, orange due soon). */
export function RemainingTag({ remaining }: { remaining: Remaining }) {
  const tone = remainingTone(remaining);
  return (
    <Tag color={TONE_COLORS[tone]} data-tone={tone} className="remaining-tag">
      {remainingText(remaining)}
    </Tag>
  );
}
