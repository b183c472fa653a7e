/**
 * @xxgk/casework — the pure domain of 依申请公开 casework: applications as event logs, their
 * status and deadlines (via @xxgk/calendar), duplicate detection, the 复议/诉讼 register, the
 * Article 20 figures, and the annual report compiled from them. No I/O.
 */
export * from './channel.js';
export * from './case-number.js';
export * from './outcome.js';
export * from './reply-reasons.js';
export * from './application.js';
export * from './conclusion.js';
export * from './case-status.js';
export * from './duplicates.js';
export * from './review-cases.js';
export * from './article20.js';
export * from './compile.js';
export * from './due-list.js';
export * from './seeded-random.js';
