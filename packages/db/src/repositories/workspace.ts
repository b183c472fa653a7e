import type { Database } from '../database.js';
import { FindingCountsRepository } from './finding-counts.js';
import { ImportsRepository } from './imports.js';
import { ReportPagesRepository } from './report-pages.js';
import { ReviewCommentsRepository } from './review-comments.js';
import { SourceTextsRepository } from './source-texts.js';

export * from './finding-counts.js';
export * from './imports.js';
export * from './report-pages.js';
export * from './review-comments.js';
export * from './source-texts.js';
export {
  IMPORT_STATUSES,
  type ImportError,
  type ImportRow,
  type ImportStatus,
  type ReviewComment,
  type SourceText,
} from '../schema/index.js';

/**
 * The repositories the report workspace (the server) adds to the core ones: import staging,
 * readings of original files, review comments, per-severity finding counts and the report
 * page read in one query. Build them
 * over a transaction's `db` to use them inside `Repositories.transaction`.
 */
export class WorkspaceRepositories {
  readonly imports: ImportsRepository;
  readonly sourceTexts: SourceTextsRepository;
  readonly reviewComments: ReviewCommentsRepository;
  readonly findingCounts: FindingCountsRepository;
  readonly reportPages: ReportPagesRepository;

  constructor(readonly db: Database) {
    this.imports = new ImportsRepository(db);
    this.sourceTexts = new SourceTextsRepository(db);
    this.reviewComments = new ReviewCommentsRepository(db);
    this.findingCounts = new FindingCountsRepository(db);
    this.reportPages = new ReportPagesRepository(db);
  }
}
