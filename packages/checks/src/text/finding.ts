import type { Finding, Severity } from '@xxgk/model';
import { excerptOf } from './excerpt.js';
import type { Paragraph, TextView } from './text-view.js';

/** Where in a paragraph a finding points: start and end index in the paragraph. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A finding about text: the line (unless the text was rebuilt from the report's sections, which
 * has no lines) and an excerpt of the paragraph around the span.
 */
export function textFinding(
  view: TextView,
  p: Paragraph,
  span: Span,
  finding: { rule: string; severity: Severity; message: string; cells?: string[] },
): Finding {
  // Two literals rather than a conditional spread: the same fields in the same order, without
  // V8's slow path for object spread.
  const excerpt = excerptOf(p.raw, span.start, span.end);
  const cells = finding.cells ?? [];
  return view.synthetic
    ? { rule: finding.rule, severity: finding.severity, message: finding.message, cells, excerpt }
    : {
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        cells,
        line: p.line,
        excerpt,
      };
}
