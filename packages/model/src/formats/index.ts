import { FORMAT_2019 } from './format-2019.js';
import { FORMAT_2021 } from './format-2021.js';
import type { FormatDef, FormatId } from './types.js';

export { FORMAT_2019 } from './format-2019.js';
export { FORMAT_2021 } from './format-2021.js';
export * from './types.js';
export { SECTIONS, APPLICATION_GROUPS } from './common.js';

/** Every known edition, newest first. The registry every package reads. */
export const FORMATS: Readonly<Record<FormatId, FormatDef>> = {
  '2021': FORMAT_2021,
  '2019': FORMAT_2019,
};

/** Identifiers of every known edition, newest first. */
export const FORMAT_IDS: readonly FormatId[] = ['2021', '2019'];

/** The edition definition for an id. */
export function getFormat(id: FormatId): FormatDef {
  return FORMATS[id];
}

/**
 * The edition a report on `year` must use: 2019 试行 for 2019–2020, 2021 from 2021 on.
 * @see 国办公开办函〔2021〕30号
 */
export function formatForYear(year: number): FormatId {
  return year >= FORMAT_2021.firstYear ? '2021' : '2019';
}
