import { getFormat, type Report, tableLayouts } from '@xxgk/model';
import {
  paragraphs,
  reportTitle,
  sectionHeading,
  sectionText,
  standalonePeriod,
} from '../document-parts.js';
import { escapeHtml } from '../escape.js';
import { findingsByCell, type RenderOptions } from '../findings.js';
import { findingsHtml } from './findings-html.js';
import { REPORT_CSS } from './styles.js';
import { tableHtml } from './table-html.js';

/** `2025-01-20` → `2025年1月20日`, as the date line under a report is printed. */
function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

function paragraphsHtml(text: string | undefined): string[] {
  return text === undefined ? [] : paragraphs(text).map((p) => `<p>${escapeHtml(p)}</p>`);
}

/**
 * The report as a standalone HTML page in the national format: title, the six sections in
 * order with their narrative paragraphs, and the three tables with the template's merged
 * cells (see {@link tableLayouts}); every data cell carries `data-path`. With findings, a list
 * of them opens the page and the cells they name are marked. Prints on A4; readable on a phone.
 * Pure: no I/O, the same report always gives the same bytes.
 */
export function renderHtml(report: Report, options: RenderOptions = {}): string {
  const def = getFormat(report.format);
  const layouts = tableLayouts(report.format);
  const byCell = findingsByCell(options.findings ?? []);
  const title = reportTitle(report);
  const body: string[] = [`<h1>${escapeHtml(title)}</h1>`];
  const period = standalonePeriod(report);
  if (period !== undefined) body.push(`<p class="period">${escapeHtml(period)}</p>`);
  if (options.findings) body.push(findingsHtml(report.format, options.findings));
  for (const section of def.sections) {
    body.push(`<section class="section" data-section="${section.key}">`);
    body.push(`<h2>${escapeHtml(sectionHeading(section))}</h2>`);
    body.push(...paragraphsHtml(sectionText(report, section)));
    if (section.key === 'proactive' || section.key === 'applications' || section.key === 'review')
      body.push(tableHtml(layouts[section.key], report, byCell));
    body.push('</section>');
  }
  const signature = [report.agency, report.publishedOn && chineseDate(report.publishedOn)].filter(
    (s): s is string => typeof s === 'string' && s !== '',
  );
  if (signature.length > 0)
    body.push(
      `<footer class="signature">${signature.map((s) => `<p>${escapeHtml(s)}</p>`).join('')}</footer>`,
    );
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="xxgk">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${REPORT_CSS}\n</style>`,
    '</head>',
    '<body>',
    `<main class="report" data-format="${report.format}">`,
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
