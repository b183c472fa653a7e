import {
  allCellPaths,
  cellLabel,
  getCell,
  setCell,
  type Report,
  type ReportSections,
} from '@xxgk/model';
import type { CorrectionRequest, SectionsPatch } from '../api/types.js';
import { parseCellInput } from '../tables/cell-value.js';
import { withComputedTotals } from '../tables/totals.js';

/** The narrative sections a user can edit. */
export const NARRATIVE_KEYS = ['overview', 'problems', 'other'] as const;

/** Key of an editable narrative section. */
export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];

/** What the user has typed so far, on top of the saved version. */
export interface Edits {
  /** Raw text typed into number cells, by cell path. */
  cells: Record<string, string>;
  sections: Partial<Record<NarrativeKey, string>>;
  title?: string;
  publishedOn?: string;
}

/** A typed cell that is not a number. */
export interface InvalidCell {
  path: string;
  label: string;
  message: string;
}

/**
 * The report as edited: typed numbers applied (cells that do not read as numbers keep their
 * saved value and are listed as invalid), narrative and title replaced, and, for 填报, every
 * total computed from its parts.
 */
export function applyEdits(
  original: Report,
  edits: Edits,
  autoTotals: boolean,
): { report: Report; invalid: InvalidCell[] } {
  const report = structuredClone(original);
  const invalid: InvalidCell[] = [];
  for (const [path, text] of Object.entries(edits.cells)) {
    const parsed = parseCellInput(text);
    if (parsed.ok) setCell(report, path, parsed.value);
    else invalid.push({ path, label: cellLabel(report.format, path), message: parsed.message });
  }
  const sections: ReportSections = { ...report.sections };
  for (const key of NARRATIVE_KEYS) {
    const text = edits.sections[key];
    if (text !== undefined) sections[key] = text;
  }
  report.sections = sections;
  if (edits.title !== undefined) report.title = edits.title.trim() || null;
  if (edits.publishedOn !== undefined) report.publishedOn = edits.publishedOn || null;
  return { report: autoTotals ? withComputedTotals(report) : report, invalid };
}

/** A cell absent from a report and a blank cell both print as nothing: no change between them. */
const same = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? null) === (b ?? null);

/** The correction to send: the cells, sections and metadata that differ from the original. */
export function correctionOf(original: Report, edited: Report, reason: string): CorrectionRequest {
  const cells = allCellPaths(original.format)
    .filter((p) => !same(getCell(original, p), getCell(edited, p)))
    .map((path) => ({ path, value: getCell(edited, path) ?? null }));
  const sections: SectionsPatch = {};
  for (const key of NARRATIVE_KEYS) {
    const after = edited.sections[key] ?? '';
    if (after !== (original.sections[key] ?? '')) sections[key] = after;
  }
  const meta: NonNullable<CorrectionRequest['meta']> = {};
  if (edited.title !== original.title) meta.title = edited.title;
  if (edited.publishedOn !== original.publishedOn) meta.publishedOn = edited.publishedOn;
  const request: CorrectionRequest = { cells, reason: reason.trim() };
  if (Object.keys(sections).length > 0) request.sections = sections;
  if (Object.keys(meta).length > 0) request.meta = meta;
  return request;
}

/** Number of changes a correction carries (cells + sections + metadata fields). */
export function changeCount(c: CorrectionRequest): number {
  return c.cells.length + Object.keys(c.sections ?? {}).length + Object.keys(c.meta ?? {}).length;
}
