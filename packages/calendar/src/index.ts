/**
 * @xxgk/calendar — the official working-day calendar as data (one module per year, each citing
 * its State Council notice), working-day arithmetic, the statutory reply clock of 条例第三十三条
 * with its Chinese explanation, and the 信息处理费 calculator. Pure: no I/O.
 */
export * from './iso-date.js';
export * from './calendar-year.js';
export * from './calendar.js';
export * from './working-days.js';
export { BUILT_IN_YEARS } from './years/index.js';
export * from './deadline-events.js';
export type { Pause, Timeline } from './deadline-timeline.js';
export { describeDay } from './deadline-explanation.js';
export * from './reply-clock.js';
export * from './deadline-status.js';
export * from './fees/index.js';
