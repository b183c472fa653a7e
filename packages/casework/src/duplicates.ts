import { foldText } from '@xxgk/model';
import { toDayNumber } from '@xxgk/calendar';
import type { Application } from './application.js';
import { conclusionOf } from './conclusion.js';

/** Content compared without whitespace, punctuation or symbols, Traditional folded to Simplified. */
export function normalizeContent(text: string): string {
  return foldText(text)
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

/** The applicant as compared: the identity number when given, else the name. */
export function applicantKey(app: Application): string {
  const id = app.applicant.identityDocument?.number.trim();
  return id ? `id:${id.toUpperCase()}` : `name:${normalizeContent(app.applicant.name)}`;
}

/** An application that repeats an earlier one of the same applicant. */
export interface DuplicateMatch {
  id: string;
  earlierId: string;
  /**
   * `repeat`: the earlier one had been answered when this one arrived (may be handled as
   * 不予处理·重复申请, 条例第三十六条第（六）项); `duplicate`: the earlier one was still open.
   */
  kind: 'duplicate' | 'repeat';
}

/**
 * Pairs each application with the latest earlier application of the same applicant asking for
 * the same content. Pure; ordered by receipt.
 * @see 条例第三十六条第（六）项
 */
export function findDuplicates(applications: readonly Application[]): DuplicateMatch[] {
  const sorted = [...applications].sort(
    (a, b) => toDayNumber(a.receivedOn) - toDayNumber(b.receivedOn),
  );
  const seen = new Map<string, Application>();
  const matches: DuplicateMatch[] = [];
  for (const app of sorted) {
    const key = `${applicantKey(app)}|${normalizeContent(app.content)}`;
    const earlier = seen.get(key);
    if (earlier) {
      const end = conclusionOf(earlier);
      const answered =
        end !== null && end.by === 'replied' && toDayNumber(end.on) <= toDayNumber(app.receivedOn);
      matches.push({ id: app.id, earlierId: earlier.id, kind: answered ? 'repeat' : 'duplicate' });
    }
    seen.set(key, app);
  }
  return matches;
}
