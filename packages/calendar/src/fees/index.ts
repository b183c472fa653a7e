export * from './bands.js';
export * from './per-piece.js';
export * from './per-page.js';
export * from './calculate-fee.js';
export * from './examples.js';
