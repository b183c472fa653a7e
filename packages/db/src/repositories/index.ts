import type { Database } from '../database.js';
import { AgenciesRepository } from './agencies.js';
import { AuditRepository } from './audit.js';
import { ApplicationsRepository } from './casework-applications.js';
import { CaseworkCompileRepository } from './casework-compile.js';
import {
  Article20Repository,
  CalendarYearsRepository,
  ProactiveItemsRepository,
  ReviewCasesRepository,
} from './casework-registers.js';
import { FindingsRepository } from './findings.js';
import { RegionsRepository } from './regions.js';
import { ReportsRepository } from './reports.js';
import { SessionsRepository } from './sessions.js';
import { SourceFilesRepository } from './source-files.js';
import { UsersRepository } from './users.js';
import { VersionsRepository } from './versions.js';

export * from './agencies.js';
export * from './audit.js';
export * from './casework-applications.js';
export * from './casework-compile.js';
export * from './casework-derive.js';
export * from './casework-registers.js';
export * from './findings.js';
export * from './paging.js';
export * from './regions.js';
export * from './reports.js';
export * from './sessions.js';
export * from './source-files.js';
export * from './users.js';
export * from './versions.js';

/** Every repository over one database (or one transaction). */
export class Repositories {
  readonly regions: RegionsRepository;
  readonly agencies: AgenciesRepository;
  readonly users: UsersRepository;
  readonly sessions: SessionsRepository;
  readonly reports: ReportsRepository;
  readonly versions: VersionsRepository;
  readonly findings: FindingsRepository;
  readonly sourceFiles: SourceFilesRepository;
  readonly audit: AuditRepository;
  /** 依申请公开 applications and their event logs. */
  readonly applications: ApplicationsRepository;
  readonly proactiveItems: ProactiveItemsRepository;
  readonly article20: Article20Repository;
  readonly reviewCases: ReviewCasesRepository;
  readonly calendarYears: CalendarYearsRepository;
  /** The annual report compiled from the casework tables. */
  readonly casework: CaseworkCompileRepository;

  constructor(readonly db: Database) {
    this.regions = new RegionsRepository(db);
    this.agencies = new AgenciesRepository(db);
    this.users = new UsersRepository(db);
    this.sessions = new SessionsRepository(db);
    this.reports = new ReportsRepository(db);
    this.versions = new VersionsRepository(db);
    this.findings = new FindingsRepository(db);
    this.sourceFiles = new SourceFilesRepository(db);
    this.audit = new AuditRepository(db);
    this.applications = new ApplicationsRepository(db);
    this.proactiveItems = new ProactiveItemsRepository(db);
    this.article20 = new Article20Repository(db);
    this.reviewCases = new ReviewCasesRepository(db);
    this.calendarYears = new CalendarYearsRepository(db);
    this.casework = new CaseworkCompileRepository(db);
  }

  /**
   * Runs `work` in one transaction with repositories bound to it: an action and its audit
   * entry are saved together or not at all.
   */
  async transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => work(new Repositories(tx)));
  }
}

/** The repositories over a database handle's `db`. */
export function createRepositories(db: Database): Repositories {
  return new Repositories(db);
}
