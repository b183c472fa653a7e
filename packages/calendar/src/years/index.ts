import type { CalendarYear } from '../calendar-year.js';
import { YEAR_2019 } from './2019.js';
import { YEAR_2020 } from './2020.js';
import { YEAR_2021 } from './2021.js';
import { YEAR_2022 } from './2022.js';
import { YEAR_2023 } from './2023.js';
import { YEAR_2024 } from './2024.js';
import { YEAR_2025 } from './2025.js';
import { YEAR_2026 } from './2026.js';

/**
 * The years shipped with xxgk, one module each, in year order. A new year is one new module
 * registered here — or, without a release, loaded at run time into a `Calendar`.
 */
export const BUILT_IN_YEARS: readonly CalendarYear[] = [
  YEAR_2019,
  YEAR_2020,
  YEAR_2021,
  YEAR_2022,
  YEAR_2023,
  YEAR_2024,
  YEAR_2025,
  YEAR_2026,
];
