import type { ReportSections, SectionKey } from '@xxgk/model';
import { isTrailingChrome } from './chrome.js';
import type { FoundHeading } from './headings.js';

const NARRATIVE: readonly (SectionKey & keyof ReportSections)[] = ['overview', 'problems', 'other'];

/**
 * The text of the narrative sections (一, 五, 六): the lines between a section's heading and
 * the next heading; the last section stops at the page chrome or the signature block.
 */
export function narrativeSections(
  lines: readonly string[],
  headings: readonly FoundHeading[],
  signatureLine: number | null,
): ReportSections {
  const sections: ReportSections = {};
  for (const key of NARRATIVE) {
    const index = headings.findIndex((h) => h.key === key);
    const heading = headings[index];
    if (!heading) continue;
    const next = headings[index + 1];
    let stop = next ? next.line - 1 : lines.length;
    if (signatureLine !== null && signatureLine >= heading.line && signatureLine < stop) {
      stop = signatureLine;
      const before = (lines[stop - 1] ?? '').trim();
      // The agency's name above the date is the signature, not text of the section.
      if (stop - 1 >= heading.line && before.length <= 40 && !/[。，,；;：:]/u.test(before))
        stop -= 1;
    }
    const body: string[] = heading.rest ? [heading.rest] : [];
    for (let i = heading.line; i < stop; i += 1) {
      const text = (lines[i] ?? '').trim();
      if (text === '') continue;
      if (isTrailingChrome(text)) break;
      body.push(text);
    }
    if (body.length > 0) sections[key] = body.join('\n');
  }
  return sections;
}
