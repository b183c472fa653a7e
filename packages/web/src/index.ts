/**
 * @xxgk/web — the browser app (built by `npm run build -w @xxgk/web` into `dist/`, which the
 * server serves). The package also exports the pure helpers the app is built on, so other
 * tools can lay out the national tables the same way.
 */
export * from './tables/layout.js';
export * from './tables/totals.js';
export * from './tables/cell-value.js';
export type * from './api/types.js';
