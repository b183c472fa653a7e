/**
 * @xxgk/web — the browser app (built by `npm run build -w @xxgk/web` into `dist/`, which the
 * server serves). The package also exports the pure helpers the app is built on; the national
 * tables' merged-cell layouts it draws come from @xxgk/model, as the renderers' do.
 */
export * from './tables/totals.js';
export * from './tables/cell-value.js';
export type * from './api/types.js';
