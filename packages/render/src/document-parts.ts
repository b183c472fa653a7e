import type { Report, SectionDef } from '@xxgk/model';

/**
 * The report's title, or the standard title built from the agency and year when the document
 * stated none (`XX2024年政府信息公开工作年度报告`).
 */
export function reportTitle(report: Report): string {
  if (report.title && report.title.trim() !== '') return report.title.trim();
  const agency = report.agency ?? '';
  const year = report.year === null ? '' : `${report.year}年`;
  return `${agency}${year}政府信息公开工作年度报告`;
}

/** The heading of a section as the format prints it, e.g. `三、收到和处理政府信息公开申请情况`. */
export function sectionHeading(section: SectionDef): string {
  return `${section.ordinal}、${section.title}`;
}

/**
 * The narrative text kept for a section, if any. The narrative sections (一, 五, 六) have
 * their own fields; the table sections may carry text too when a reader kept it.
 */
export function sectionText(report: Report, section: SectionDef): string | undefined {
  const text = (report.sections as Record<string, unknown>)[section.key];
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

/** Splits narrative text into paragraphs: one per non-blank line, trimmed. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The statistics-period sentence, when it is not already part of a narrative section (then it
 * would print twice); the format asks every report to state it before section 一.
 */
export function standalonePeriod(report: Report): string | undefined {
  const text = report.period?.text.trim();
  if (!text) return undefined;
  const narrative = Object.values(report.sections as Record<string, unknown>);
  if (narrative.some((t) => typeof t === 'string' && t.includes(text))) return undefined;
  return text;
}
