import type { Finding } from '@xxgk/model';

/** A finding with its keys in the order of the spec's "Findings" section, extras after. */
export function findingJson(finding: Finding): Record<string, unknown> {
  const { rule, severity, message, cells, line, excerpt, ...rest } = finding;
  const out: Record<string, unknown> = { rule, severity, message, cells };
  if (line !== undefined) out.line = line;
  if (excerpt !== undefined) out.excerpt = excerpt;
  return { ...out, ...rest };
}

/** One JSON Lines record: a single line, no spaces, newline-terminated. */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** A single JSON document: two-space indent, newline-terminated. */
export function jsonDocument(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
