import type { Finding, Severity } from '@xxgk/model';
import { buildContext } from './context.js';
import { RULES } from './rules/index.js';
import type { CheckInput } from './types.js';

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Id of the finding reported when a rule itself fails (a bug, never the document's fault). */
export const INTERNAL_RULE = 'checker.internal';

/**
 * Runs every rule on a report and returns the findings: errors first, then warnings, then
 * advice; within a severity by rule id, then by line. Pure: no I/O, same input, same output.
 */
export function check(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  let ctx;
  try {
    ctx = buildContext(input);
  } catch (e) {
    // Text the checker cannot lay out must not cost the reviewer the table checks.
    findings.push(internal('正文', e));
    ctx = buildContext({
      report: input.report,
      ...(input.previous ? { previous: input.previous } : {}),
    });
  }
  for (const rule of RULES) {
    try {
      const found = rule.run(ctx);
      for (let i = 0; i < found.length; i++) findings.push(found[i] as Finding);
    } catch (e) {
      // One faulty rule must not cost the reviewer every other finding.
      findings.push(internal(`规则 ${rule.id}`, e));
    }
  }
  return sortFindings(findings);
}

function internal(what: string, e: unknown): Finding {
  return {
    rule: INTERNAL_RULE,
    severity: 'warning',
    message: `${what}未能完成检查（${e instanceof Error ? e.message : String(e)}），相关结果缺失。`,
    cells: [],
  };
}

/** Orders findings: severity, then rule id, then line; stable otherwise. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        RANK[a.f.severity] - RANK[b.f.severity] ||
        (a.f.rule < b.f.rule ? -1 : a.f.rule > b.f.rule ? 1 : 0) ||
        (a.f.line ?? 0) - (b.f.line ?? 0) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}
