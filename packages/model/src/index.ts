/**
 * @xxgk/model — the national annual-report formats as data, the report type and its schemas.
 * No I/O: every other package reads this one definition.
 */
export * from './applicant-columns.js';
export * from './review.js';
export * from './formats/index.js';
export * from './report.js';
export * from './findings.js';
export * from './paths.js';
export * from './layout/index.js';
export * from './labels.js';
export * from './white-space.js';
export { TRADITIONAL_TO_SIMPLIFIED } from './traditional.js';
export * from './schema.js';
export * from './document.js';
export * from './errors.js';
